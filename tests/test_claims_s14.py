"""Claims session 14: wrong content and lost roles, each rule with a
sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims.model import Claim


def only(text: str) -> Claim:
    claims = extract_claims(text)
    assert len(claims) == 1, claims
    return claims[0]


# --- Rule `existential_there_after_and_is_the_writers` (grammar.py; web test s13b, pawszilla s288) ---


@pytest.mark.parametrize(("sentence", "content"), [
    ('In September 2019 Bill Maher suggested that shaming should "make a comeback," and there was a lot of '
     "backlash.", 'shaming should "make a comeback,"'),
    ("He did not mention his own impact on her prospects, and there were none of the hecklers she has faced.",
     "his own impact on her prospects"),
])
def test_there_is_after_and_opens_the_writers_clause(sentence: str, content: str) -> None:
    assert only(sentence).content == content


@pytest.mark.parametrize("sentence", [
    "Bill Maher said shaming should make a comeback, and there should be more of it.",
    "Bill Maher said that shaming should make a comeback, and that there was too little of it.",
    'Hua Chunying said her country was watching the race with "bemused interest," and there was a strong '
    "current of opinion online.",
])
def test_there_after_and_stays_reported_when_backshifted_introduced_or_in_the_same_tense(sentence: str) -> None:
    assert only(sentence).content.endswith(sentence.rstrip(".")[-12:])
