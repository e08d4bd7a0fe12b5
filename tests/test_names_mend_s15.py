"""One fact in one place (mend-s15): the names layer's helpers that the
claim tagger's speakers and the brief's Mentioned both read."""

from __future__ import annotations

from summarizer.claims.names import words_in_lower_case
from summarizer.claims.text import Token, tokenize


def _sentences(*texts: str) -> list[list[Token]]:
    return [tokenize(text, 0, len(text)) for text in texts]


def test_words_in_lower_case_as_written() -> None:
    # Mentioned's list: words only, as the article writes them
    words = words_in_lower_case(_sentences("Reached by phone, she bought an iPhone.", "And Alley left."))
    assert {"by", "phone", "she", "bought", "an", "iPhone", "left"} <= words
    assert "Reached" not in words and "Alley" not in words and "," not in words and "reached" not in words


def test_words_in_lower_case_lowered() -> None:
    # the gender rules' list: looked up lower-cased, so "iPhone" is "iphone"
    words = words_in_lower_case(_sentences("She bought an iPhone."), lowered=True)
    assert "iphone" in words and "iPhone" not in words and "She" not in words and "she" not in words


def test_words_in_lower_case_with_marks() -> None:
    # the claim tagger's list keeps the marks and numbers it always held
    words = words_in_lower_case(_sentences("In 2016, it rose."), words_only=False)
    assert {",", "it", "rose"} <= words and "In" not in words
    assert "," not in words_in_lower_case(_sentences("In 2016, it rose."))
