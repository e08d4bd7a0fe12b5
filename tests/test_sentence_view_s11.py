"""SentenceView.token_indices: a character span as token positions, the one
conversion the claim rules share (it was written out in seven places)."""

from __future__ import annotations

from summarizer.claims.text import find_quotes, sentence_view


def test_token_indices_are_the_tokens_wholly_inside_the_span() -> None:
    text = "The city council said on Friday that it would vote."
    view = sentence_view(text, 0, 0, len(text), find_quotes(text))
    start, end = text.index("city"), text.index("council") + len("council")
    inside = view.token_indices(start, end)
    assert [view.tokens[k].text for k in inside] == ["city", "council"]
    assert [view.tokens[k] for k in inside] == view.tokens_within(start, end)
    assert view.token_indices(start + 1, end) == [inside[1]]  # "ity" cuts "city": not wholly inside
