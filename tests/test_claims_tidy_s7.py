"""Session 7 tidy: twins in the claims code made one, or named for what
sets them apart (behaviour kept; the claims dump is byte-identical)."""

from __future__ import annotations

from summarizer.claims.text import LOWER_CASE_WORD, LOWER_CASE_WORD_OR_HYPHEN_TAIL


def test_lower_case_word_skips_the_tail_of_a_capitalised_compound() -> None:
    text = "Anti-war Groups: the long-term plan, McCain's aides"
    assert LOWER_CASE_WORD.findall(text) == ["the", "long-term", "plan", "aides"]
    assert LOWER_CASE_WORD_OR_HYPHEN_TAIL.findall(text) == ["war", "the", "long-term", "plan", "aides"]
