"""Reader test QA 69a (session 26) on news the project had not been judged
on: each claim fixed by a named rule, with a sentence of its kind and a
near variant that must stay as it is. The sentences are invented in the
manner of news articles; none is copied from the data sets."""

from __future__ import annotations

import pytest

from summarizer import extract_claims

LEAD = "The story broke on Monday.\n\n"


def _claims(text: str) -> list[tuple[str | None, str, str, str, bool]]:
    return [(c.source_as_written, c.cue_text, c.content, c.speaker_kind, c.hedged)
            for c in extract_claims(LEAD + text)]


# --- Rule `named_subject_and_apposition_is_no_inverted_content` (rules.py inverted_attribution) ---


def test_rule_named_subject_and_apposition_is_no_inverted_content() -> None:
    # gave the speaker "the establishment of a new state" and the claim "Ahmed Rashid, the head of ..."
    assert _claims("Ahmed Rashid, the head of the militia, has declared the establishment of a new state "
                   "in the region.") == []
    # the subject's own reading is left to speak: the speaker is the subject, never the object
    assert [(s, c) for s, _, c, _, _ in _claims("Jane Porter, the union's leader, announced a strike for Monday.")] \
        == [("Jane Porter", "a strike for Monday")]


@pytest.mark.parametrize(("sentence", "speaker", "content"), [
    # near variants: a clause before the comma is still an inverted claim, and so is a quotation
    ("The strike will go ahead on Monday, announced Jane Porter.", "Jane Porter",
     "The strike will go ahead on Monday"),
    ("Ahmed Rashid, the head of the militia, is in hiding, said Jane Porter.", "Jane Porter",
     "Ahmed Rashid, the head of the militia, is in hiding"),
])
def test_rule_named_subject_and_apposition_near_variants_stay(sentence: str, speaker: str, content: str) -> None:
    assert [(s, c) for s, _, c, _, _ in _claims(sentence)] == [(speaker, content)]


# --- Rule `count_of_a_count_runs_on` (grammar.py np_right) and the count words of claim_grammar.txt ---


@pytest.mark.parametrize(("sentence", "speaker"), [
    # gave the speaker "Tens" (a person), then "Hundreds"
    ("Tens of thousands of protesters marched on the capital, saying the president must go.",
     "Tens of thousands of protesters"),
    ("Hundreds of thousands of workers walked out, demanding that the wage be raised.",
     "Hundreds of thousands of workers"),
    # gave "Scores" as a person's name
    ("Scores of residents said the water was unsafe.", "Scores of residents"),
])
def test_rule_count_of_a_count_runs_on(sentence: str, speaker: str) -> None:
    assert [(s, k) for s, _, _, k, _ in _claims(sentence)] == [(speaker, "unnamed")]


def test_rule_count_of_a_count_near_variant_stays() -> None:
    # a single count and its noun ran on before and still do; a name is still a name
    assert [(s, k) for s, _, _, k, _ in _claims("Dozens of residents said the water was unsafe.")] == [
        ("Dozens of residents", "unnamed")]
    assert [(s, k) for s, _, _, k, _ in _claims("Tom Scores said the water was unsafe.")] == [
        ("Tom Scores", "person")]


# --- Rule `new_name_of_a_thing_is_no_claim` (junk.py naming_usage) ---


def test_rule_new_name_of_a_thing_is_no_claim() -> None:
    # "Navy communications refer to: it as the Ex-Guardian" was listed as a claim
    assert _claims("Navy communications now refer to it as the Ex-Resolute.") == []


@pytest.mark.parametrize("sentence", [
    # near variants: a characterisation of the thing, and a coined label for a person, stay claims
    "Navy communications now refer to it as a disgrace.",
    "Protesters referred to the governor as Lord Voldemort.",
])
def test_rule_new_name_of_a_thing_near_variants_stay(sentence: str) -> None:
    assert [cue for _, cue, _, _, _ in _claims(sentence)] == ["refer to" if "refer " in sentence else "referred to"]


# --- Rule `hedge_in_a_prepositional_relative` (polarity.py hedge_in_a_relative_clause) ---


@pytest.mark.parametrize("sentence", [
    # Zweig's recollection was filed under "Hedged or unconfirmed" for the "could" of the relative
    '"There was a seductive something in that first outbreak from which one could escape only with '
    'difficulty," he recalled.',
    '"The talks, in which Iran may make concessions, begin Monday," the envoy said.',
])
def test_rule_hedge_in_a_prepositional_relative(sentence: str) -> None:
    assert [h for _, _, _, _, h in _claims(sentence)] == [False]


@pytest.mark.parametrize("sentence", [
    # near variants: the speaker's own modal, and an adverb after the relative, still hedge
    '"From there, one could see the whole valley," he recalled.',
    "Smith said he won every debate in which he took part and perhaps there should be more debates.",
])
def test_rule_hedge_in_a_prepositional_relative_near_variants_stay(sentence: str) -> None:
    assert [h for _, _, _, _, h in _claims(sentence)] == [True]
