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


# --- Rule `irregular_past_opens_an_unclosed_relative` (rules.py _relative_clause_verb, for
# `unclosed_relative_before_the_cue`) ---


@pytest.mark.parametrize("sentence", [
    # gave the source "won the title with his old team in 2008" (unresolved)
    "Carter, who won the title with his old team in 2008 said he was looking forward to the challenge.",
    "Carter, who led the party for a decade told reporters he was looking forward to the challenge.",
])
def test_rule_irregular_past_opens_an_unclosed_relative(sentence: str) -> None:
    assert [(s, k) for s, _, _, k, _ in _claims(sentence)] == [("Carter", "person")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    # near variants: the clause closed by its comma, and a relative with no comma, read as before
    ("Carter, who won the title in 2008, said he was looking forward to the challenge.", "Carter"),
    ("The driver who won the title in 2008 said he was looking forward to the challenge.", "The driver"),
])
def test_rule_irregular_past_opens_an_unclosed_relative_near_variants_stay(sentence: str, speaker: str) -> None:
    assert [s for s, _, _, _, _ in _claims(sentence)] == [speaker]


# --- Rule `particle_verb_before_a_purpose_cue` (rules.py subject_attribution) ---


@pytest.mark.parametrize(("sentence", "speaker"), [
    # gave the source "The senator stood"
    ('The senator stood up to say "We will not back down."', "The senator"),
    ("Smith spoke up to say the vote was rigged.", "Smith"),
])
def test_rule_particle_verb_before_a_purpose_cue(sentence: str, speaker: str) -> None:
    assert [s for s, _, _, _, _ in _claims(sentence)] == [speaker]


@pytest.mark.parametrize("sentence", [
    # a passive, a participle after its noun and an infinitive have no subject that speaks
    # (gave "a profound challenge" as the speaker of what "all of us" were brought up to believe)
    "She was never sworn in to tell the truth.",
    "It raised a challenge to all of us brought up to believe that economies quickly recover.",
    "Victims should be encouraged to come forward to report crimes.",
])
def test_rule_particle_verb_before_a_purpose_cue_without_a_speaker(sentence: str) -> None:
    assert _claims(sentence) == []


def test_rule_particle_verb_near_variant_stays() -> None:
    # near variant: a purpose after a phone call keeps its caller (rule caller_speaks_the_purpose)
    assert [(s, c) for s, _, c, _, _ in _claims("Obama called Netanyahu to say that the deal was good.")] == [
        ("Obama", "the deal was good")]
