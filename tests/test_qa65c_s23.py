"""Claims grammar and hedges of QA round 65 (session 23, helper qa65c): each
kind has a sentence it changes and a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described


def _triples(text: str) -> list[tuple[str | None, str, str]]:
    return [(c.source_as_written, c.cue, c.content) for c in extract_claims(text)]


# Rule `cue_in_a_hypothetical_condition_is_no_claim` (JUNK_RULES): a forecast "will" and "unless"
@pytest.mark.parametrize("text", [
    "If she does not believe the athlete thought there was an intruder, she will find him guilty of murder.",
    "Unless she believes the athlete thought there was an intruder, she will find him guilty of murder.",
])
def test_a_cue_in_a_condition_before_a_forecast_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_a_stated_disbelief_stays() -> None:
    text = "She said she does not believe the athlete thought there was an intruder."
    assert _triples(text) == [("She", "say", "she does not believe the athlete thought there was an intruder")], \
        described(text)


def test_a_disbelief_before_a_stated_fact_stays() -> None:
    text = "If she does not believe the athlete, she did not say so in court."
    assert "believe" in [c.cue for c in extract_claims(text)], described(text)


# Rule `raised_infinitive_keeps_its_verb` (rules.py) now holds for a raised perfect too
@pytest.mark.parametrize(("text", "content"), [
    ("Last summer Jiang was rumored to have died, but he has since made a rare public appearance.",
     "Last summer Jiang was rumored to have died"),
    ("The game, known as Neknominate, is thought to have originated in Australia.",
     "The game, known as Neknominate, is thought to have originated in Australia"),
])
def test_a_hedged_raised_perfect_keeps_its_hedge_in_the_content(text: str, content: str) -> None:
    claims = extract_claims(text)
    assert [(c.content, c.hedged, c.speaker) for c in claims] == [(content, True, None)], described(text)


def test_a_passive_that_clause_keeps_its_content_alone() -> None:
    text = "It was rumored that Jiang had died."
    assert [(c.content, c.hedged) for c in extract_claims(text)] == [("Jiang had died", True)], described(text)
