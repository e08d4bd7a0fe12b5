"""Views of a `Summary`: rich, plain text, Markdown and JSON."""

from __future__ import annotations

import json
from functools import partial
from typing import TYPE_CHECKING

from summarizer.model import Summary
from summarizer.render import Views, count_of, markdown_escape, note_lines, notes_view, one_line, warnings_field

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult


class SummaryView:
    """The headline, the picked sentences with their place in the article,
    and a one-line footer."""

    def __init__(self, summary: Summary) -> None:
        self.summary = summary

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.table import Table
        from rich.text import Text

        from summarizer.render.layout import framed

        summary = self.summary
        table = Table.grid(padding=(0, 1))
        table.add_column(justify="right", style="dim", no_wrap=True)
        table.add_column(overflow="fold")  # never "…": rich measures some wide characters one cell long
        for sentence in summary.sentences:
            table.add_row(f"[{sentence.index + 1}]", Text(one_line(sentence.text)))
        if not summary.sentences:
            table.add_row("", Text("(no sentence fits)", style="italic dim"))
        title = Text(summary.title, style="bold") if summary.title else None
        if summary.warnings:
            yield notes_view(note_lines(summary.warnings))
        yield from framed(table, title, Text(footer(summary)), options.max_width)


def footer(summary: Summary) -> str:
    """`method · kept/total sentences · kept/total words`."""
    return (
        f"{summary.method} · {len(summary.sentences)}/{count_of(summary.total_sentences, 'sentence')} · "
        f"{summary.kept_words}/{count_of(summary.total_words, 'word')}"
    )


def summary_text(summary: Summary) -> str:
    """One sentence per line, nothing else: for pipes and scripts."""
    return "".join(one_line(s.text) + "\n" for s in summary.sentences)


def summary_markdown(summary: Summary) -> str:
    """The headline as the heading, one bullet a sentence with its place in
    the article, and the footer in italics."""
    lines = [f"# Summary: {markdown_escape(summary.title)}" if summary.title else "# Summary", ""]
    lines += [*(line for note in note_lines(summary.warnings, escape=True) for line in (note, ""))]
    lines += [f"- {markdown_escape(one_line(s.text))} (sentence {s.index + 1})" for s in summary.sentences]
    if not summary.sentences:
        lines.append("_No sentence fits._")
    lines += ["", f"*{footer(summary)}*"]
    return "\n".join(lines) + "\n"


def summary_json(summary: Summary, source: str | None = None) -> str:
    """The summary as JSON, indented: `source` (what was read: a path, a URL
    or "-" for standard input), then `Summary.to_dict`."""
    return json.dumps({"source": source, **summary.to_dict(), **warnings_field(summary.warnings)},
                      ensure_ascii=False, indent=2) + "\n"


def summary_views(summary: Summary, source: str | None = None) -> Views:
    """The summary of the article read from `source` in every format."""
    return Views(partial(summary_text, summary), partial(summary_markdown, summary),
                 partial(summary_json, summary, source), partial(SummaryView, summary))
