"""Attributions the tagger missed that a reader wants (recall-s21, issue 9):
each rule has a sentence of the kind fixed and a near variant that must stay
as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described


# Rule `bare_cue_after_a_postmodified_plural_is_a_verb` (cues.py)
@pytest.mark.parametrize(("text", "source", "content"), [
    ("People familiar with the matter say the deal will close next week.",
     "People familiar with the matter", "the deal will close next week"),
    ("Residents of the town say they heard gunfire.", "Residents of the town", "they heard gunfire"),
    ("Critics of the plan argue it will fail.", "Critics of the plan", "it will fail"),
    ("Members of the committee say that the bill is dead.", "Members of the committee", "the bill is dead"),
    ("Those surveyed say the economy is bad.", "Those surveyed", "the economy is bad"),
])
def test_a_bare_cue_after_a_plural_with_its_postmodifier_is_a_verb(text: str, source: str, content: str) -> None:
    claims = extract_claims(text)
    assert [(c.source_as_written, c.content, c.rule) for c in claims] == [(source, content, "reported_speech")]


@pytest.mark.parametrize("text", [
    "They gave voters a say in the matter.",
    "The campaign say the vote is close.",
    "At a drugstore, a cashier was shaken by the harsh talk about Muslims she has heard since the shooting.",
])
def test_a_bare_cue_after_a_singular_noun_stays_a_noun(text: str) -> None:
    assert [c for c in extract_claims(text) if c.cue in ("say", "talk about")] == [], described(text)


def test_the_final_say_over_something_is_no_cue_of_its_own() -> None:
    claims = extract_claims("He wanted the final say over the budget.")
    assert [c.cue_text for c in claims] == ["wanted"]
