"""Claims news writes that the tagger used to miss (issue 9, PolNeAR dev
error analysis): each test a sentence of the same kind as the missed one.
Missing them lost the claim; where a neighbouring claim swallowed them it
also showed the writer's words inside someone's claim.

Sentences are written after real news sentences; none is read from ../shared.
"""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.lexicon import is_people_noun
from summarizer.claims.text import tokenize

from .claim_helpers import described, only

# --- rule subject_contraction_splits ---------------------------------------------


def test_a_fused_pronoun_and_auxiliary_are_two_tokens() -> None:
    text = "He\u2019s claiming that voting fraud is a big problem."
    assert [t.text for t in tokenize(text, 0, len(text))][:3] == ["He", "\u2019s", "claiming"]


def test_a_possessive_stays_one_token() -> None:
    text = "Trump\u2019s claim was false."
    assert tokenize(text, 0, len(text))[0].text == "Trump\u2019s"


def test_he_is_claiming_with_a_contraction_is_a_claim() -> None:
    text = "Donald Trump spoke in Ohio. He\u2019s claiming that voting fraud is a big problem in this country."
    claim = only(text)
    assert claim.cue == "claim"
    assert claim.content == "voting fraud is a big problem in this country"


def test_she_has_said_with_a_contraction_is_a_claim() -> None:
    claim = only("She's said that the deal will not survive the election.")
    assert claim.cue == "say"
    assert claim.negated is False
    assert claim.content == "the deal will not survive the election"


# --- rule people_by_ending ---------------------------------------------------------


def test_plurals_naming_people_by_their_ending_are_unnamed_sources() -> None:
    assert is_people_noun("environmentalists")
    assert is_people_noun("physicians")
    assert not is_people_noun("insists")
    assert not is_people_noun("lists")
    claim = only("But environmentalists worry that the cost of cleaning up the mines could fall to taxpayers.")
    assert claim.speaker == "environmentalists"
    assert claim.speaker_kind == "unnamed"
    assert claim.content == "the cost of cleaning up the mines could fall to taxpayers"


def test_such_a_plural_opening_the_sentence_is_unnamed_not_a_person() -> None:
    claim = only("Economists warned that inflation would rise again next year.")
    assert claim.speaker_kind == "unnamed"


# --- rule next_attribution_ends_content: participles and "though" ------------------


def test_adding_after_a_closing_quotation_is_a_claim_of_its_own() -> None:
    text = (
        'In a statement, Peabody said: "Patriot Coal was highly successful when it became an independent '
        'company," adding that its market capitalization quadrupled in less than a year.'
    )
    found = extract_claims(text)
    assert [(c.speaker, c.cue) for c in found] == [("Peabody", "say"), ("Peabody", "add")]
    assert "adding" not in found[0].content
    assert found[1].content == "its market capitalization quadrupled in less than a year"


def test_going_on_to_say_is_a_claim_of_its_own() -> None:
    text = "Sanders said the debate was insane, going on to say that the country has spent years fighting it."
    found = extract_claims(text)
    assert [(c.speaker, c.content) for c in found] == [
        ("Sanders", "the debate was insane"),
        ("Sanders", "the country has spent years fighting it"),
    ]
    assert found[1].rule == "participle_clause"


def test_a_though_clause_with_its_own_cue_is_not_part_of_the_claim() -> None:
    text = "Figueroa said the campaign planned a protest, though she acknowledged it was unlikely to work."
    found = extract_claims(text)
    assert [(c.cue, c.content) for c in found] == [
        ("say", "the campaign planned a protest"),
        ("acknowledge", "it was unlikely to work"),
    ]


def test_a_horizontal_bar_aside_is_a_dash() -> None:
    text = "Trump \u2015 who spoke for an hour \u2015 said the plan would work."
    claim = only(text)
    assert claim.speaker == "Trump"
    assert claim.content == "the plan would work"


# --- rule possessive_noun_clause --------------------------------------------------------


def test_a_possessive_claim_that_is_the_owners_claim() -> None:
    claim = only(
        "Politifact seized on Donald Trump\u2019s claim that there have been thousands of shootings in Chicago."
    )
    assert claim.rule == "possessive_noun_clause"
    assert claim.speaker == "Donald Trump"
    assert claim.cue == "claim"
    assert claim.content == "there have been thousands of shootings in Chicago"


def test_a_possessive_claim_as_the_sentence_subject_gives_no_claim() -> None:
    # the writer's verb follows the "that" clause: "crime is up was false" is nobody's claim
    assert described("Trump's claim that crime is up was false.") == []


def test_a_possessive_claim_with_a_second_unjoined_verb_gives_no_claim() -> None:
    assert described("Voters ignored his warning that the bill would fail was a mistake.") == []


def test_a_possessive_claim_stops_at_a_comma() -> None:
    claim = only("Voters ignored the senator\u2019s warning that the bill would fail, and it did.")
    assert claim.rule == "possessive_noun_clause"
    assert claim.cue == "warning"
    assert claim.content == "the bill would fail"


def test_which_after_a_prepositions_object_is_that_body() -> None:
    claim = only("They turned to the Chicago Police Department, which reported 2,521 shooting incidents in the city.")
    assert claim.speaker == "Chicago Police Department"
    assert claim.speaker_kind == "organisation"
