"""Views of the pipeline's results: rich renderables, plain text, Markdown, JSON.

Rendering never computes: every number shown comes from the data passed in.
The rich views import rich only when they are drawn, so that `--format text`
and `--format json` do not load it.
"""

from __future__ import annotations

MARKDOWN_SPECIALS = "\\`*_[]<>|#"


def one_line(text: str) -> str:
    """`text` with every run of white space (line breaks too) as one space."""
    return " ".join(text.split())


def markdown_escape(text: str) -> str:
    """`text` as literal Markdown: no stray emphasis, links or table cells."""
    for char in MARKDOWN_SPECIALS:
        text = text.replace(char, "\\" + char)
    return text


def count_of(number: int, noun: str, plural: str | None = None) -> str:
    """`1 word`, `2 words`: a count with its noun in the right number."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
