"""Speaker faults a reader saw after session 25 (resolve s26): each fixed by a
named rule, with a sentence of its kind and a near variant that must stay as
it is. The sentences are invented in the manner of news articles; none is
copied from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from tests.claim_helpers import last_it_speaker_and_kind, speakers_kinds_and_shown_cues


def _names(sentence: str) -> list[str]:
    return [n.text for n in find_names(tokenize(sentence, 0, len(sentence)))]


# --- rule `one_reported_as_saying_is_no_antecedent` (speakers.py; CNN-Corpus dev 890: "Khan
# identified an AQAP leader, Sheikh Abu Basir, as saying, '...' He also ..." gave "He" to Abu Basir)

KHAN = ("The magazine was a success. In a new issue, Khan identified a group leader, Sheikh Abu Salim, as "
        "saying, \"The media work is half of the fight.\" ")


def test_one_the_subject_reports_as_saying_is_not_the_next_he() -> None:
    # the subject, of no kind the tagger knows, may be "he": unresolved, never the one reported
    assert speakers_kinds_and_shown_cues(KHAN + "He also wrote that the group had grown stronger.") \
        == [("He", "unresolved", "wrote")]


def test_a_person_who_reports_someone_as_saying_is_the_next_he() -> None:
    text = KHAN.replace("Khan identified", "Peter Khan identified") + "He also wrote that the group had grown stronger."
    assert speakers_kinds_and_shown_cues(text) == [("Peter Khan", "person", "wrote")]


def test_one_a_body_reports_as_saying_may_still_be_the_next_he() -> None:
    # near variant: a newspaper, no person, reported him; "he" is the one reported
    text = ("The newspaper identified a group leader, Sheikh Abu Salim, as saying, \"The media work is half of "
            "the fight.\" He also said that the group had grown stronger.")
    assert speakers_kinds_and_shown_cues(text)[-1][0] == "Abu Salim"


# --- rules `quoted_one_described_by_the_quoter` (rules.py) and
# `naming_of_another_claims_source_is_no_claim` (extract.py; CNN-Corpus dev 890: 'He also quotes
# someone he describes as a "brother" as saying, "..."' gave the words to "he" with cue "describes")


def test_one_quoted_by_a_quoted_description_is_that_description() -> None:
    text = ("Omar Khan edited the magazine for two years. He also quotes someone he describes as a \"brother\" "
            "as saying, \"A powerful video is as hard-hitting as an operation.\"")
    claims = extract_claims(text)
    assert [(c.speaker, c.speaker_kind, c.shown_cue) for c in claims] == [("a \"brother\"", "unnamed", "saying")]
    assert claims[0].content == "\"A powerful video is as hard-hitting as an operation.\""


def test_one_cited_by_a_description_is_that_description() -> None:
    assert speakers_kinds_and_shown_cues("Omar Khan was in court. She cited a man she described as a witness as saying "
                                         "the car was red.") == [("a witness", "unnamed", "saying")]
    assert speakers_kinds_and_shown_cues("State media cited television sources on Saturday as saying that the "
                                         "detention "
                                         "was linked to the case.") == [("television sources", "unnamed", "saying")]


def test_a_description_with_no_quoted_one_stays_a_claim() -> None:
    # near variants: a naming cue with no "as saying" inside its content is still its subject's
    # claim, and a citing cue without "as saying" keeps its own content
    assert speakers_kinds_and_shown_cues("Mayor Jane Doe described the plan as a \"disaster.\"") \
        == [("Jane Doe", "person", "described")]
    claims = extract_claims("Senator Jane Doe cited reports that the agency had lost the files.")
    assert [(c.speaker, c.shown_cue) for c in claims] == [("Jane Doe", "cited")]


# --- rule `lower_case_field_ends_a_ministry` (names.py; CNN-Corpus dev 801: "Malaysia's Ministry of
# Foreign affairs said in its statement that ..." left the speaker unresolved)


def test_a_field_in_lower_case_ends_a_ministry() -> None:
    sentence = "Malaysia's Ministry of Foreign affairs said in its statement that it had full faith in the courts."
    assert "Ministry of Foreign affairs" in _names(sentence)
    assert speakers_kinds_and_shown_cues(sentence) \
        == [("Malaysia's Ministry of Foreign affairs", "organisation", "said")]


def test_a_lower_case_word_after_another_name_is_no_field() -> None:
    # near variants: "affairs" after no ministry, another lower-case word after a ministry
    assert not any("affairs" in name for name in _names("Foreign affairs experts said the talks had failed."))
    assert "Ministry of Health" in _names("Ministry of Health officials said the clinic was closed.")
    assert not any("officials" in name for name in _names("Ministry of Health officials said the clinic was closed."))


# --- rule `it_is_the_passive_agent_just_before` (speakers.py; CNN-Corpus dev 938: "The mission is
# being planned by the Dutch nonprofit foundation Mars One. In April 2013, it announced ..." left
# "it" unresolved)


def test_it_is_the_agent_of_the_passive_just_before() -> None:
    text = ("The voyage is being planned by the Dutch nonprofit foundation Red Horizon. In April, it announced "
            "that it would train the crew in Iceland.")
    assert last_it_speaker_and_kind(text) == ("Red Horizon", "organisation")


def test_it_after_a_passive_with_a_body_as_its_subject_is_unresolved() -> None:
    # near variants: the passive's subject is a body that may be "it"; the agent follows no passive
    for before in ("The Dutch government was criticized by Greenpeace.",
                   "The crew trained in Iceland with Red Horizon."):
        assert last_it_speaker_and_kind(f"{before} In April, it announced that it would train the crew "
                                        "in Iceland.")[1] == "unresolved"


# --- rule `person_noun_opening_the_sentence_is_a_source` (grammar.py; a note of reviewfix-s25: "The
# soldier questioned claims that ..." gave no claim)


def test_a_person_noun_opening_the_sentence_is_a_source() -> None:
    assert speakers_kinds_and_shown_cues("The soldier questioned claims that the unit had fired first.") == [
        ("The soldier", "unresolved", "questioned")]


def test_a_person_noun_inside_a_clause_leaves_the_claim_to_the_name() -> None:
    # near variant: "a soldier" inside the clause is no source; the name after it says the whole
    claims = extract_claims("During the trek, they never saw a soldier in the forest where authorities believe the "
                            "gunmen hid the girls, said Enoch Mark, a farmer.")
    assert [c.speaker for c in claims] == ["Enoch Mark"]


def test_a_person_noun_before_a_bare_verb_is_a_modifier() -> None:
    # near variant: "volunteer" before "support" (no verb a singular subject takes) modifies a noun
    assert speakers_kinds_and_shown_cues("A six-person volunteer support team in Canada also handles the paperwork.") \
        == []
