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

__all__ = ["OutputFormat", "Views", "claim_tail", "count_of", "markdown_escape", "note_lines", "notes_view",
           "one_line", "warnings_field"]

MARKDOWN_SPECIALS = "\\`*_[]<>|#"
# Rule `warnings_travel_with_the_output` (session 13: a note saved with -o from a paywalled page,
# 23 words, gave no sign of it; the warning was on stderr only): each warning of the record is a
# line of the view that a reader keeps (Markdown, the brief's text, rich), and a JSON field.
NOTE = "Note: "


def claim_tail(content: str) -> str:
    """Rule `bare_refusal_shows_no_content`: the colon and the claim after a
    cue (": the plan failed"), or nothing for a claim with no content ("A
    spokeswoman declined to comment", never "declined to comment: ")."""
    return f": {one_line(content)}" if content else ""


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


def warnings_field(warnings: tuple[str, ...]) -> dict[str, list[str]]:
    """`{"warnings": [...]}` to add to a JSON record, or nothing for an
    article without warnings (its JSON stays as it was)."""
    return {"warnings": list(warnings)} if warnings else {}


def note_lines(warnings: tuple[str, ...], escape: bool = False, lead: str = NOTE) -> list[str]:
    """One plain line a warning, `Note: ...`; Markdown-escaped when `escape`."""
    return [lead + (markdown_escape(w) if escape else w) for w in warnings]


def notes_view(lines: list[str]) -> RenderableType:
    """Note lines (`note_lines`) in the rich view, folded to its width."""
    from summarizer.render.layout import NoteLines

    return NoteLines(lines)
