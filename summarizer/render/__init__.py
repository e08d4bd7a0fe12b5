"""Views of the pipeline's results: rich renderables, plain text, Markdown, JSON.

Rendering never computes: every number shown comes from the data passed in.
The rich views import rich only when they are drawn, so that `--format text`
and `--format json` do not load it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from summarizer.nlp.words import one_line

if TYPE_CHECKING:
    from rich.console import RenderableType

__all__ = ["OutputFormat", "Views", "count_of", "markdown_escape", "one_line"]

MARKDOWN_SPECIALS = "\\`*_[]<>|#"


class OutputFormat(StrEnum):
    """Every command that prints a result offers these four: rich is drawn
    on a terminal, the others are text."""

    rich = "rich"
    text = "text"
    markdown = "markdown"
    json = "json"


@dataclass(frozen=True, slots=True)
class Views:
    """One result in every format a command offers, each laid out only when
    asked for: `text`, `markdown` and `json` give the text, `rich` the
    terminal view. Each render module has a function that makes these for
    its record (`summary_views`, `claims_views`, ...)."""

    text: Callable[[], str]
    markdown: Callable[[], str]
    json: Callable[[], str]
    rich: Callable[[], RenderableType]

    def render(self, format: OutputFormat) -> str:
        """The result as text in `format` (not rich: that one is drawn)."""
        if format is OutputFormat.rich:
            raise ValueError("the rich view is drawn, not rendered as text")
        return {OutputFormat.text: self.text, OutputFormat.markdown: self.markdown, OutputFormat.json: self.json}[
            format]()


def markdown_escape(text: str) -> str:
    """`text` as literal Markdown: no stray emphasis, links or table cells."""
    for char in MARKDOWN_SPECIALS:
        text = text.replace(char, "\\" + char)
    return text


def count_of(number: int, noun: str, plural: str | None = None) -> str:
    """`1 word`, `2 words`: a count with its noun in the right number."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
