"""Views of a `Summary`."""

from __future__ import annotations

import json

from rich.console import Console, ConsoleOptions, RenderResult
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from summarizer.model import Summary


class SummaryView:
    """The headline, the picked sentences with their place in the article,
    and a one-line footer."""

    def __init__(self, summary: Summary) -> None:
        self.summary = summary

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        summary = self.summary
        table = Table.grid(padding=(0, 1))
        table.add_column(justify="right", style="dim", no_wrap=True)
        table.add_column()
        for sentence in summary.sentences:
            table.add_row(f"[{sentence.index + 1}]", Text(sentence.text))
        if not summary.sentences:
            table.add_row("", Text("(no sentence fits)", style="italic dim"))
        title = Text(summary.title, style="bold") if summary.title else None
        yield Panel(table, title=title, title_align="left", border_style="blue", subtitle=footer(summary),
                    subtitle_align="right")


def footer(summary: Summary) -> str:
    return (
        f"{summary.method} · {len(summary.sentences)}/{summary.total_sentences} sentences · "
        f"{summary.kept_words}/{summary.total_words} words"
    )


def summary_text(summary: Summary) -> str:
    """One sentence per line, nothing else: for pipes and scripts."""
    return "".join(" ".join(s.text.split()) + "\n" for s in summary.sentences)


def summary_json(summary: Summary) -> str:
    return json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n"
