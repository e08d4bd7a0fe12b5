"""Claim kinds of session 18's second wave (claims2-s18): each kind has a
sentence it changes and a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described


def _triples(text: str) -> list[tuple[str | None, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_claims(text)]


# Rule `doubt_adverb_before_the_source_is_content`
@pytest.mark.parametrize("adverb", ["Perhaps", "Maybe"])
def test_a_doubt_adverb_before_a_parenthetical_source_is_the_claims_hedge(adverb: str) -> None:
    text = f"{adverb}, Smith said, the plan will work."
    claims = extract_claims(text)
    assert [(c.speaker, c.content, c.hedged) for c in claims] == [
        ("Smith", f"{adverb} the plan will work", True)], described(text)


def test_a_connective_before_a_parenthetical_source_stays_out() -> None:
    text = "Indeed, Smith said, the plan will work."
    claims = extract_claims(text)
    assert [(c.speaker, c.content, c.hedged) for c in claims] == [
        ("Smith", "the plan will work", False)], described(text)
