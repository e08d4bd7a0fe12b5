"""Subheads and table rows inside an article: kept for the view, never ranked or tagged."""

from __future__ import annotations

from summarizer import extract_claims, summarize
from summarizer.document import parse_document

TEXT = """Council passes budget

The city council voted on Tuesday to approve the new budget, which raises spending on schools.

What comes next

"The vote shows we keep our promises," Mayor Ana Ruiz said after the meeting.

Are property taxes going up?

Property taxes will rise by 2 percent, the first increase since 2015, the finance office said.

| Item | Cost |

| Schools | $2.1 billion. |
"""


def test_subheads_and_table_rows_are_headings_not_sentences() -> None:
    document = parse_document(TEXT)
    assert document.title == "Council passes budget"
    assert [h.text for h in document.headings] == ["What comes next", "Are property taxes going up?",
                                                   "| Item | Cost |", "| Schools | $2.1 billion. |"]
    assert [s.text[:20] for s in document.sentences] == ["The city council vot", "\"The vote shows we k",
                                                         "Property taxes will "]
    for span in document.headings:
        assert TEXT[span.start:span.end] == span.text


def test_headings_are_never_picked_or_tagged() -> None:
    picked = [s.text for s in summarize(TEXT, sentences=10).sentences]
    assert len(picked) == 3
    assert not any(text.startswith(("What comes", "Are property", "|")) for text in picked)
    assert all(not c.content.startswith(("What comes", "Are property")) for c in extract_claims(TEXT))


def test_a_hard_wrapped_subhead_is_still_a_heading() -> None:
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(p, 24) for p in TEXT.split("\n\n"))
    document = parse_document(wrapped)
    assert [" ".join(h.text.split()) for h in document.headings][:2] == ["What comes next",
                                                                        "Are property taxes going up?"]
    assert [s.text[:20] for s in document.sentences] == [s.text[:20] for s in parse_document(TEXT).sentences]


def test_a_text_of_short_lines_keeps_them_as_body() -> None:
    lines = "Shopping list\n\nEggs and milk\n\nBread from the corner shop\n"
    assert [s.text for s in parse_document(lines).sentences] == ["Shopping list", "Eggs and milk",
                                                                 "Bread from the corner shop"]


def test_a_teaser_line_is_a_heading_not_a_key_point() -> None:
    text = ("The state's housing costs rose again in May, the third increase this year, officials said.\n\n"
            "Annie Lowrey: California is becoming unlivable\n\n"
            "Rents in Los Angeles rose 4 percent, and the city's vacancy rate fell to a record low.\n")
    document = parse_document(text)
    assert [h.text for h in document.headings] == ["Annie Lowrey: California is becoming unlivable"]
    assert all("Annie Lowrey" not in s.text for s in summarize(text, sentences=5).sentences)
