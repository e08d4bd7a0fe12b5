"""One fact in one place (mend-s15): the names layer's helpers that the
claim tagger's speakers and the brief's Mentioned both read."""

from __future__ import annotations

from summarizer.claims.names import after_staff_at, words_in_lower_case
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


def _before(text: str, name: str) -> tuple[list[Token], int]:
    tokens = tokenize(text, 0, len(text))
    return tokens, next(k for k, t in enumerate(tokens) if t.text == name)


def test_staff_at_a_name() -> None:
    # rule `staff_at_marks_a_body` / `body_by_context`: a body's staff or work, then "at"
    assert after_staff_at(*_before("She worked at Inmarsat for years.", "Inmarsat"))
    assert after_staff_at(*_before("Researchers at Hopkins found it.", "Hopkins"), as_written=True)
    # near variant: a friend is no staff
    assert not after_staff_at(*_before("She met a friend at Inmarsat.", "Inmarsat"))


def test_staff_at_the_name_only_when_asked() -> None:
    tokens, k = _before("A team at the Mayo Clinic found it.", "Mayo")
    assert after_staff_at(tokens, k, the_between=True, as_written=True)
    assert not after_staff_at(tokens, k)  # the tagger's one-word bodies: no "the" between


def test_staff_at_as_written() -> None:
    tokens, k = _before("Researchers At Google Say So", "Google")
    assert after_staff_at(tokens, k)  # the tagger takes "At"
    assert not after_staff_at(tokens, k, as_written=True)  # Mentioned reads "at" as written
