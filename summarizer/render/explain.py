"""Views of an `Explanation`: every sentence, its score parts, picked or not.

Rendering never computes: scores, parts and weights all come from the ranker.
"""

from __future__ import annotations

import json
from functools import partial
from typing import TYPE_CHECKING

from summarizer.model import Explanation
from summarizer.render import Views, markdown_escape, note_lines, notes_view, one_line, warnings_field
from summarizer.render.summary import footer

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.table import Table

# Column headings for the news ranker's components; others show their own name.
SHORT_NAMES = {
    "lead_position": "lead",
    "paragraph_start": "para",
    "centrality": "central",
    "headline_overlap": "headline",
    "entity_density": "names",
    "number_density": "numbers",
    "speaker_claim": "speaker",
    "length_fit": "length",
    "first_sentence": "first",
    "attributed_statement": "stated",
    "direct_quote": "quote",
    "forward_centrality": "forward",
}
PICKED_MARK = "✓"
# The sentence column never gets narrower than this; when a column per
# score part leaves it less, the parts go on a line under each sentence.
WIDE_SENTENCE_MIN = 40
COMPACT_SENTENCE_MIN = 16

# New-user report s6: a sentence of score 2.83 was picked over one of 2.95 and nothing said why. The news
# ranker picks one by one by score less likeness to the sentences already picked (maximal marginal relevance)
SELECTION_NOTE = "picked one by one: score less likeness to those already picked"


def short_name(name: str) -> str:
    """A score component's name as a column heading has room for."""
    return SHORT_NAMES.get(name, name)


def heading(name: str, weight: float) -> str:
    """A component's column heading: its short name over its weight."""
    return f"{short_name(name)}\n×{weight:g}"


class ExplanationView:
    """Every sentence with its position, score and a mark on the picked
    ones, and the parts of the score.

    With room, each part is a column (its weight under its name). Where the
    columns would squeeze the sentences, the parts that count (weight above
    0) go on a dim line under each sentence and the weights into the
    caption. Sentences always wrap; no cell is cut.
    """

    def __init__(self, explanation: Explanation) -> None:
        self.explanation = explanation

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.text import Text

        from summarizer.render.layout import table_fits

        explanation = self.explanation
        wide = self.wide_table()
        table = wide if explanation.component_names and table_fits(console, options, wide) else self.compact_table()
        if explanation.summary.title:
            yield Text(explanation.summary.title, style="bold")
        if explanation.summary.warnings:
            yield notes_view(note_lines(explanation.summary.warnings))
        yield table
        yield Text(self.caption(compact=table is not wide), style="dim")

    def caption(self, compact: bool) -> str:
        """The footer of the table: method and counts, how the score is made, and (compact) the weights."""
        explanation = self.explanation
        text = footer(explanation.summary)
        if not explanation.component_names:
            return text
        text += " · score = Σ weight × part"
        if not compact:
            return f"{text} · {SELECTION_NOTE}"
        pairs = list(zip(explanation.component_names, explanation.component_weights, strict=True))
        counted = ", ".join(f"{short_name(n)}×{w:g}" for n, w in pairs if w)  # one word: never split
        ignored = [short_name(n) for n, w in pairs if not w]
        text += f": {counted}"
        if ignored:
            listed = ", ".join(ignored[:-1]) + " and " + ignored[-1] if len(ignored) > 1 else ignored[0]
            text += f"; {listed} weigh{'s' if len(ignored) == 1 else ''} 0 (not shown)"
        return f"{text} · {SELECTION_NOTE}"

    def _table(self, sentence_min: int) -> Table:
        from rich.table import Table

        table = Table(show_lines=False, expand=True, header_style="bold")
        table.add_column("#", justify="right", style="dim", no_wrap=True)
        table.add_column("sentence", ratio=1, min_width=sentence_min, overflow="fold")
        return table

    def wide_table(self) -> Table:
        """One column per score component, for a terminal wide enough."""
        from rich.text import Text

        explanation = self.explanation
        table = self._table(WIDE_SENTENCE_MIN)
        for name, weight in zip(explanation.component_names, explanation.component_weights, strict=True):
            table.add_column(heading(name, weight), justify="right", no_wrap=True,
                             style="dim" if weight == 0 else None)
        table.add_column("score", justify="right", style="bold", no_wrap=True)
        table.add_column(PICKED_MARK, justify="center", style="green", no_wrap=True)
        for sentence in explanation.sentences:
            table.add_row(
                str(sentence.index + 1),
                Text(one_line(sentence.text), style="" if sentence.picked else "dim"),
                *(f"{value:.2f}" for value in sentence.components),
                f"{sentence.score:.3f}",
                PICKED_MARK if sentence.picked else "",
            )
        return table

    def compact_table(self) -> Table:
        """The components that weigh on a line under each sentence, for a narrow terminal."""
        from rich.console import Group
        from rich.text import Text

        explanation = self.explanation
        table = self._table(COMPACT_SENTENCE_MIN)
        table.add_column("score", justify="right", style="bold", no_wrap=True)
        table.add_column(PICKED_MARK, justify="center", style="green", no_wrap=True)
        counted = [(short_name(n), i) for i, (n, w) in
                   enumerate(zip(explanation.component_names, explanation.component_weights, strict=True)) if w]
        for sentence in explanation.sentences:
            text = Text(one_line(sentence.text), style="" if sentence.picked else "dim")
            cell: RenderableType = text
            if counted:
                parts = " · ".join(f"{name}={sentence.components[i]:.2f}" for name, i in counted)
                cell = Group(text, Text(parts, style="dim italic"))
            table.add_row(str(sentence.index + 1), cell, f"{sentence.score:.3f}",
                          PICKED_MARK if sentence.picked else "")
        return table


def explanation_text(explanation: Explanation) -> str:
    """Tab-separated: index, picked (1/0), score, each part, the sentence."""
    names = [short_name(n) for n in explanation.component_names]
    lines = ["\t".join(["index", "picked", "score", *names, "sentence"])]
    for s in explanation.sentences:
        lines.append("\t".join([str(s.index + 1), "1" if s.picked else "0", f"{s.score:.4f}",
                                *(f"{v:.4f}" for v in s.components), one_line(s.text)]))
    return "\n".join(lines) + "\n"


def explanation_markdown(explanation: Explanation) -> str:
    """A Markdown table: position, picked, score, each part (its weight in
    the heading), the sentence."""
    summary = explanation.summary
    heading_line = f"# Explanation: {markdown_escape(summary.title)}" if summary.title else "# Explanation"
    parts = [f"{short_name(n)} ×{w:g}" for n, w in
             zip(explanation.component_names, explanation.component_weights, strict=True)]
    rule = f"score = Σ weight × part · {SELECTION_NOTE} · " if parts else ""
    lines = [heading_line, "", *(line for note in note_lines(summary.warnings, escape=True) for line in (note, ""))]
    lines += [f"*{footer(summary)} · {rule}{PICKED_MARK} = picked*", ""]
    lines.append("| " + " | ".join(["#", PICKED_MARK, "score", *parts, "sentence"]) + " |")
    lines.append("|" + "|".join(["---:", ":---:", "---:", *("---:" for _ in parts), "---"]) + "|")
    for s in explanation.sentences:
        cells = [str(s.index + 1), PICKED_MARK if s.picked else "", f"{s.score:.3f}",
                 *(f"{v:.2f}" for v in s.components), markdown_escape(one_line(s.text))]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def explanation_json(explanation: Explanation, source: str | None = None) -> str:
    """`--explain` as JSON: the summary's (with its `source`), with an
    `explain` section."""
    data = {"source": source, **explanation.to_dict(), **warnings_field(explanation.summary.warnings)}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def explanation_views(explanation: Explanation, source: str | None = None) -> Views:
    """`--explain` in every format."""
    return Views(partial(explanation_text, explanation), partial(explanation_markdown, explanation),
                 partial(explanation_json, explanation, source), partial(ExplanationView, explanation))
