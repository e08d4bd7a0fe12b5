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
