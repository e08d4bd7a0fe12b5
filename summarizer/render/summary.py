"""Views of a `Summary`: rich, plain text, Markdown and JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from summarizer.model import ScoredSentence, Summary
from summarizer.nlp.words import quotation_balance
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
        for row in quotation_rows(summary.sentences):
            table.add_row(f"[{row_numbers(row)}]", Text(row_text(row)))
        if not summary.sentences:
            table.add_row("", Text("(no sentence fits)", style="italic dim"))
        title = Text(summary.title, style="bold") if summary.title else None
        if summary.warnings:
            yield notes_view(note_lines(summary.warnings))
        yield from framed(table, title, Text(footer(summary)), options.max_width)


def quotation_rows(sentences: Sequence[ScoredSentence]) -> list[tuple[ScoredSentence, ...]]:
    """Rule `open_quotation_is_one_row` (reader round J, pagesix.com: the
    summary showed '[2] Myers, ..., told Variety: “I’m going to take
    some time to figure out what’s next.' and '[3] I don’t have any set
    ideas.”', one quotation as two items, the second alone with a closing
    mark no item opens): a picked sentence that leaves a double quotation
    open shares its row with the picked sentences right after it in the
    article, to the one that closes it (the summary picks a quotation's
    sentences together: standalone's rule `open_quotation`). A sentence
    whose quotation closes in it, or whose next sentence was not picked,
    is a row of its own."""
    rows: list[tuple[ScoredSentence, ...]] = []
    straight, curly = 0, 0
    for sentence in sentences:
        still_open = straight % 2 == 1 or curly > 0
        if rows and still_open and rows[-1][-1].index + 1 == sentence.index:
            rows[-1] = (*rows[-1], sentence)
        else:
            rows.append((sentence,))
            straight, curly = 0, 0
        more_straight, more_curly = quotation_balance(sentence.text)
        straight, curly = straight + more_straight, curly + more_curly
    return rows


def row_numbers(row: Sequence[ScoredSentence]) -> str:
    """`2` or `2–3`: the sentences of a row by their place in the article."""
    first, last = row[0].index + 1, row[-1].index + 1
    return f"{first}" if first == last else f"{first}–{last}"


def row_text(row: Sequence[ScoredSentence]) -> str:
    """The row's sentences on one line, as the article runs them on."""
    return " ".join(one_line(sentence.text) for sentence in row)


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
    lines += [f"- {markdown_escape(row_text(row))} (sentence{'s' if len(row) > 1 else ''} {row_numbers(row)})"
              for row in quotation_rows(summary.sentences)]
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
