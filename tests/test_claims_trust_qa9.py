"""Wrong and junk claims found on held-out CNN news in QA round 9 (issue 9).
Each fix a named rule with a sentence of the same kind as the article's and
one variant."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims.text import capitalised
from tests.claim_helpers import described, only

# --- names with a lower-case particle (rule `particle_name`) --------------------------


@pytest.mark.parametrize("word", ["al-Assad", "el-Sisi", "bin-Salman", "Al-Assad"])
def test_a_particle_joined_to_a_capitalised_word_is_a_name_word(word: str) -> None:
    assert capitalised(word)


@pytest.mark.parametrize("word", ["long-term", "anti-American", "al-", "pro-Trump", "ex-President"])
def test_a_lower_case_prefix_that_is_no_name_particle_stays_lower_case(word: str) -> None:
    assert not capitalised(word)


def test_a_surname_with_a_particle_is_a_person_who_speaks() -> None:
    # shown before under "Speaker not resolved" as "al-Assad said"
    claim = only('"I shall try my very best to lead our country," al-Assad said during his inauguration speech.')
    assert (claim.speaker, claim.speaker_kind) == ("al-Assad", "person")


def test_a_surname_with_a_particle_resolves_to_the_full_name() -> None:
    text = (
        "Egypt's president, Abdel Fattah el-Sisi, met the visiting envoy at his palace on a sunny morning. "
        '"We will not give up," el-Sisi told reporters.'
    )
    assert extract_claims(text)[-1].speaker == "Abdel Fattah el-Sisi"


def test_a_full_name_ending_in_a_particle_surname_is_not_cut() -> None:
    claim = only("Syrian Interior Minister Ibrahim al-Shaar said the attack had failed.")
    assert claim.speaker == "Ibrahim al-Shaar"


def test_an_inverted_source_with_a_particle_is_read() -> None:
    claim = only('"We will win," said al-Assad.')
    assert (claim.speaker, claim.content) == ("al-Assad", '"We will win,"')


# --- the hearer ends before "that" (rule `hearer_runs_to_that`) -------------------------


def test_a_hearer_with_a_compound_head_is_no_part_of_the_claim() -> None:
    # shown before: "told: television station that a months-old peace plan ..."
    claim = only(
        "In early July, al-Assad told a German television station that a months-old peace plan "
        "aimed at ending the violence hasn't failed."
    )
    assert claim.content == "a months-old peace plan aimed at ending the violence hasn't failed"


def test_a_hearer_noun_the_phrase_walk_does_not_know_ends_before_that() -> None:
    claim = only("The minister told the crowd that the deal was off.")
    assert claim.content == "the deal was off"


def test_a_plain_object_without_that_is_still_the_claim() -> None:
    assert only("He warned the plan would fail.").content == "the plan would fail"


# --- a participle after a clause-final attribution (rule `participle_after_attribution`) --


def test_adding_after_a_clause_final_source_is_that_sources() -> None:
    # shown before under "Ibrahim — Minister": the man the sentence is about
    found = extract_claims(
        "Interior Minister Ibrahim al-Shaar was among those injured in the blast, state TV said, "
        'adding that he "is in good health and that his condition is stable."'
    )
    assert [(c.cue, c.speaker) for c in found] == [("say", "state TV"), ("add", "state TV")]


def test_adding_after_a_clause_final_unnamed_source_is_theirs() -> None:
    found = extract_claims(
        "The mayor was taken to hospital on Friday, police said on Saturday, adding that she was expected to recover."
    )
    added = next(c for c in found if c.cue == "add")
    assert (added.speaker, added.content) == ("police", "she was expected to recover")


def test_a_participle_after_the_subjects_own_claim_stays_the_subjects() -> None:
    added = next(c for c in extract_claims("Trump attacked Clinton on Tuesday, saying she lied."))
    assert added.speaker == "Trump"


# --- the writer's participle adjunct after an infinitive claim -------------------------
# (rule `infinitive_adjunct_is_the_writers`)


def test_while_and_a_participle_after_a_vow_is_the_writers() -> None:
    claim = only(
        "Meanwhile, al-Assad repeatedly vowed to stamp out corruption while strengthening his own grasp on power."
    )
    assert claim.content == "to stamp out corruption"


def test_before_and_a_participle_after_a_promise_is_the_writers() -> None:
    claim = only("The governor promised to cut taxes, before quietly raising fees on every driver in the state.")
    assert claim.content == "to cut taxes"


def test_by_and_a_participle_is_the_speakers_own_means() -> None:
    assert only("She pledged to cut emissions by closing coal plants.").content == (
        "to cut emissions by closing coal plants"
    )


# --- a cue noun before its clause's verb (rule `noun_cue_before_its_verb`) ---------------


def test_hopes_for_something_that_sank_is_a_noun() -> None:
    # shown before: "Western / hopes (belief): for a more moderate Syria sank when ..."
    text = (
        "But Western hopes for a more moderate Syria sank when the new leader promptly maintained "
        "his country's traditional ties with militant groups."
    )
    assert extract_claims(text) == []


def test_fears_of_something_that_grew_is_a_noun() -> None:
    assert extract_claims("European fears of a trade war grew after the tariffs were announced.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Trump hopes for a deal that will end the war.",
        "She fears for her safety.",
        "He thinks over 30 dead bodies are on the ground.",
    ],
)
def test_a_cue_verb_before_a_preposition_stays_a_verb(text: str) -> None:
    assert len(described(text)) == 1


# --- a state body described, not named (rules `state_body_is_unnamed`, `generic_abbreviation`)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A rebel attack killed three ministers, according to state television.", "state television"),
        ("The minister was injured in the blast, state TV said.", "state TV"),
        ("The army retook the town, the state-run news agency said.", "the state-run news agency"),
        ("The army retook the town, the state media reported.", "the state media"),
    ],
)
def test_a_state_broadcaster_described_is_an_unnamed_source(text: str, speaker: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == (speaker, "unnamed")


def test_a_state_news_agency_named_is_that_organisation() -> None:
    claim = only(
        "Al-Assad named Gen. Fahd Jassem al-Freij as defense minister, according to the state-run news agency SANA."
    )
    assert (claim.speaker, claim.speaker_kind) == ("SANA", "organisation")


def test_a_broadcaster_named_with_tv_is_an_organisation() -> None:
    claim = only("The talks failed, Syrian TV reported.")
    assert (claim.speaker, claim.speaker_kind) == ("Syrian TV", "organisation")


# --- research is no person (rule `document_noun_is_no_name`) -----------------------------


def test_research_opening_a_sentence_is_no_one_he_points_to() -> None:
    # shown before under "Research": "he fears possible retaliation" (the bullied boy's fear); a bare
    # noun phrase after "fear" is no claim since the reader round s29 (rule
    # `bare_noun_phrase_is_no_content`), so the boy's fear is written here with a clause
    text = (
        "Research has indicated that bullying causes absenteeism. Last year a newspaper told the story of a boy "
        "who asks his parents not to report when he has been bullied because he fears the bullies will retaliate."
    )
    found = extract_claims(text)
    assert (found[0].speaker, found[0].speaker_kind) == ("Research", "unnamed")
    feared = next(c for c in found if c.cue == "fear")
    assert (feared.speaker, feared.speaker_kind) == ("he", "unresolved")


def test_studies_opening_a_sentence_are_an_unnamed_source_not_a_person() -> None:
    found = extract_claims("Studies show that sleep matters. He felt that his only option was to keep quiet.")
    assert (found[0].speaker, found[0].speaker_kind) == ("Studies", "unnamed")
    assert found[1].speaker_kind == "unresolved"


# --- a parenthetical source governs its own clause (rule `parenthetical_governs_its_clause`)


def test_a_parenthetical_after_a_dash_claims_only_the_clause_after_the_dash() -> None:
    # shown before: "Lwanga thought: Yet once they are slaughtered ... -- and this represented ..."
    claim = only(
        "Yet once they are slaughtered their striking long horns are usually discarded -- and this, "
        "Lwanga thought, represented a sustainable business opportunity."
    )
    assert (claim.speaker, claim.content) == ("Lwanga", "this represented a sustainable business opportunity")


def test_a_parenthetical_after_a_semicolon_claims_only_its_clause() -> None:
    claim = only("The factory closed in 2009; the town, the mayor said, never recovered.")
    assert claim.content == "the town never recovered"


def test_a_parenthetical_in_a_whole_sentence_keeps_the_subject_before_it() -> None:
    assert only("The plan, he said, will fail.").content == "The plan will fail"


# --- junk: non-claims (rules `anonymity_is_no_claim`, `circumstance_is_no_content`,
# `non_response_is_no_claim`, `lead_and_its_cue_are_one_claim`) ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The official did not want to be identified because the talks were confidential.",
        "A diplomat, who did not want to be named as she was not authorised to speak, left early.",
    ],
)
def test_a_wish_not_to_be_identified_is_no_claim(text: str) -> None:
    assert extract_claims(text) == []


def test_a_source_who_declined_to_be_named_still_claims_what_they_said() -> None:
    claim = only("The official, who declined to be named, said the talks had failed.")
    assert claim.content == "the talks had failed"


@pytest.mark.parametrize(
    "text",
    [
        "Grossman wanted to go to Pakistan, but the Pakistani government declined for the time being.",
        "The minister has refused for now.",
    ],
)
def test_a_time_circumstance_alone_is_no_content(text: str) -> None:
    assert [c for c in extract_claims(text) if c.cue in ("decline", "refuse")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Karzai's spokesman Aimal Faizi declined to give details of the talks with Grossman.",
        "The ministry refused to provide any further information about the crash.",
    ],
)
def test_declining_to_give_details_is_a_non_response(text: str) -> None:
    assert extract_claims(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Police were unable to confirm details.", "details"),
        ("The company refused to confirm that it had been hacked.", "it had been hacked"),
        ("The company declined to confirm that it had been hacked.", "it had been hacked"),
    ],
)
def test_a_negated_cue_after_a_lead_is_one_negated_claim(text: str, content: str) -> None:
    claim = only(text)
    assert (claim.negated, claim.content) == (True, content)


# --- passives (rules `passive_past_an_adverb`, `passive_agent_then_circumstance`,
# `passive_relative_is_no_content`) -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # shown before: "He / found (report): guilty of one gun charge ..." (849 [8])
        "He was also found guilty of one gun charge in an unrelated shooting at a restaurant.",
        "Trump is also expected to unveil on Monday his second ad of the general election.",
        "It was first declared by President Richard Nixon in the 1970s.",
        "Ash wrote to the board, in an email which was first reported by The Associated Press.",
    ],
)
def test_a_passive_gives_its_subject_no_claim(text: str) -> None:
    assert [(c.speaker, c.cue) for c in extract_claims(text) if c.cue in ("find", "expect", "declare", "report")] == []


def test_an_adverb_before_an_active_cue_keeps_it_active() -> None:
    claim = only("Investigators have also found that the pilot was tired.")
    assert (claim.speaker, claim.content) == ("Investigators", "the pilot was tired")


def test_a_passive_with_its_agent_claims_its_subject() -> None:
    claim = only("The registration issue was first reported by The Washington Post.")
    assert (claim.speaker, claim.content) == ("Washington Post", "The registration issue")


# --- a document noun in -s before its verb (rule `cue_noun_before_a_cue`) ------------------


@pytest.mark.parametrize(
    "text",
    [
        # shown before: "Recent / reports: suggest discontent ..." (913 [24])
        "Recent reports, however, suggest discontent even within the minority community.",
        "Recent reports suggest discontent even within the minority community.",
    ],
)
def test_reports_before_suggest_are_the_source(text: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.cue, claim.speaker_kind) == ("Recent reports", "suggest", "unnamed")


def test_a_person_who_reports_past_an_aside_still_reports() -> None:
    claim = only("He reports, however, that the deal is done.")
    assert (claim.cue, claim.content) == ("report", "the deal is done")


# --- speaker kinds: a country and a public-relations agency are no persons -----------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Britain doesn't want foreign governments to march into its embassies.", "Britain"),
        ('"She was the kindest human being," said Capacity Relations, the agency that represented her.',
         "Capacity Relations"),
    ],
)
def test_a_country_or_an_agency_speaks_as_an_organisation(text: str, speaker: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == (speaker, "organisation")
