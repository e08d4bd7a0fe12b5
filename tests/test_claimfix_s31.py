"""Claims a reader saw wrong or missing, each fixed by a small named rule,
with a sentence of its kind and a near variant where the rule must not
fire. The sentences are written in the manner of the articles; none is read
from the shared data sets."""

from __future__ import annotations

from .claim_helpers import described, only


# Rule `age_follows_its_person`
def test_rule_age_follows_its_person_people_noun() -> None:
    text = "One resident, 45, who said business was down, left the town."
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == ("One resident", "unnamed"), described(text)
    assert claim.content == "business was down"


def test_rule_age_follows_its_person_name_after_a_verb() -> None:
    text = "Among them was Jones, 45, who said business was down."
    claim = only(text)
    assert claim.speaker == "Jones", described(text)


def test_age_after_a_whole_name_reads_as_before() -> None:
    claim = only("Mary Jones, 45, who said she had lived there for a decade, was among the witnesses.")
    assert (claim.speaker, claim.content) == ("Mary Jones", "she had lived there for a decade")


# Rule `age_is_shown_as_none`
def test_rule_age_is_shown_as_none() -> None:
    text = "The mother, 45, who said she lived nearby, called police."
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind, claim.speaker_span) == (None, "unresolved", None), described(text)
    assert claim.content == "she lived nearby"


def test_a_count_opening_its_clause_is_no_age() -> None:
    # near variant: a number with no comma after it is the count of who spoke, not an age
    text = "In Ohio, 60 delegates said the rules were unfair."
    claim = only(text)
    assert claim.speaker_span is not None and claim.speaker_span.text == "60 delegates", described(text)


# Rule `subordinate_subject_may_own_the_joined_passive`
def test_rule_subordinate_subject_may_own_the_joined_passive() -> None:
    # with rule `joined_passive_agrees_with_its_subject`: "are" agrees with "the prisoners" alone
    text = "The guard watched as the prisoners escaped and are believed to have fled north."
    claim = only(text)
    assert not claim.content.startswith("The guard"), described(text)
    assert claim.content == "to have fled north"


def test_clause_without_a_subject_of_its_own_keeps_the_opening_subject() -> None:
    # near variants: "after being accused" and "since January 2013" hold no subject of their own
    assert only("He resigned after being accused of fraud and is believed to be abroad.").content \
        == "He is believed to be abroad"
    assert only("HR 212 has sat in committee since January 2013 and is believed to have little chance.").content \
        == "HR 212 is believed to have little chance"


# Rule `joined_counts_inside_a_phrase`
def test_rule_joined_counts_inside_a_phrase() -> None:
    text = '"I will be running in the heats," the world-record holder in the 100 and 200 meters said on Saturday.'
    claim = only(text)
    assert claim.content == '"I will be running in the heats,"', described(text)
    assert claim.source_as_written == "the world-record holder in the 100 and 200 meters"


def test_counts_joined_after_the_phrase_are_no_part_of_it() -> None:
    # near variant: the last word is itself a count, so no noun is counted and the walk stops at "and"
    claim = only("The panel reviewed 100 and 200 said the rules were fine.")
    assert claim.source_as_written != "The panel reviewed 100 and 200", described(claim.content)


# Rule `manner_cue_with_a_that_clause_speaks`
def test_rule_manner_cue_with_a_that_clause_speaks() -> None:
    text = ("The hospital became a football, with Israel saying Hamas built it to hide tunnels "
            "and the Indonesian government firing back that it built the hospital for the residents of Gaza.")
    assert described(text) == [
        ("Israel", "say", "Hamas built it to hide tunnels"),
        ("Indonesian government", "fire back", "it built the hospital for the residents of Gaza"),
    ]


def test_manner_cue_as_an_act_gives_no_claim() -> None:
    # near variants: no clause after "fired back" ("at", or a demonstrative "that day")
    assert described("Police fired back at the gunmen.") == []
    assert described("Police fired back that day and the gunmen fled.") == []


# Rules `quoted_title_inside_a_circumstance` and `cue_in_a_circumstance_is_no_claim`
def test_rule_quoted_title_inside_a_circumstance() -> None:
    text = ("Bret Stephens, who, after trading insults with the host, said on the MSNBC show ''Morning Joe'' "
            "that ''too much of the Republican Party became an echo chamber of itself.''")
    claim = only(text)
    assert claim.speaker == "Bret Stephens", described(text)
    assert claim.content == "''too much of the Republican Party became an echo chamber of itself.''"


def test_rule_quoted_title_after_a_possessive() -> None:
    text = "Ghazala Khan said on NBC's ''Meet the Press'' on Sunday that Mr. Trump had shown disrespect to his wife."
    assert only(text).content == "Mr. Trump had shown disrespect to his wife", described(text)


def test_rule_cue_in_a_circumstance_is_no_claim_keeps_a_parenthetical_source() -> None:
    # near variants: a source of its own set off by commas between a cue and its "that"
    assert described("He hoped, he said, that the paper would shy away from such reporting.") == [
        ("He", "hope", "the paper would shy away from such reporting"),
        ("he", "say", "the paper would shy away from such reporting"),
    ]
    claim = only("Alice Uden told the same witness, according to court documents, that she had hidden the body.")
    assert (claim.cue, claim.content) \
        == ("according to", "Alice Uden told the same witness that she had hidden the body")


def test_circumstance_with_no_title_reads_as_before() -> None:
    # near variant: no quoted title, the walk over the circumstance is the one it was
    claim = only("Bret Stephens said on the MSNBC show that the party had become an echo chamber.")
    assert claim.content == "the party had become an echo chamber"


# Rules `relative_after_a_time_phrase_is_no_claim` and `relative_after_a_time_phrase_names_no_one`
def test_rule_relative_after_a_time_phrase_is_no_claim() -> None:
    text = ("This reflects an agreement reached between China and the United Kingdom before the handover, "
            'which promised Hong Kong a "high degree of autonomy" for 50 years after its return.')
    assert described(text) == []


def test_rule_relative_after_a_time_phrase_names_no_one() -> None:
    text = "Officials cited a report issued before the storm, which warned that the dam would fail."
    claim = only(text)
    assert (claim.speaker, claim.speaker_span, claim.content) == (None, None, "the dam would fail"), described(text)


def test_relative_after_a_body_keeps_its_source() -> None:
    # near variant: "by the council", no time phrase; the council warned
    claim = only("Officials cited a report by the council, which warned that the dam would fail.")
    assert claim.source_as_written == "the council"


# Rule `where_it_is_based_is_no_part_of_the_speaker`
def test_rule_where_it_is_based_is_no_part_of_the_speaker() -> None:
    assert only('"Carson is cratering," Texas-based Matt Mackowiak said.').speaker == "Matt Mackowiak"
    claim = only("The deaths took place in January, the Britain-based Syrian Observatory for Human Rights said.")
    assert (claim.speaker, claim.speaker_kind) == ("Syrian Observatory for Human Rights", "organisation")
    claim = only("A spokeswoman for the Fort Lauderdale-based Silversea Cruises said the firm was disappointed.")
    assert claim.speaker == "A spokeswoman for the Silversea Cruises"


def test_description_based_somewhere_with_no_name_reads_as_written() -> None:
    # near variant: no name after the place; the description is all a reader has
    assert only("A London-based monitoring group said 40 people died.").speaker == "A London-based monitoring group"


def test_relative_after_a_time_phrase_on_a_body_keeps_its_source() -> None:
    # near variant: the object of "after" is a named body, which speaks
    text = "The silence comes two days after the Huffington Post, which had said it would cover him as news."
    claim = only(text)
    assert claim.speaker == "Huffington Post", described(text)
