"""Views of an `Explanation`: every sentence, its score parts, picked or not.

Rendering never computes: scores, parts and weights all come from the ranker.
"""

from __future__ import annotations

import json

from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

from summarizer.render.summary import footer
from summarizer.summarizers.explanation import Explanation

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
}
PICKED_MARK = "✓"


def heading(name: str, weight: float) -> str:
    return f"{SHORT_NAMES.get(name, name)}\n×{weight:g}"


class ExplanationView:
    """A table of every sentence: position, text, each score part (the
    weight under its name), the score, and a mark on the picked ones."""

    def __init__(self, explanation: Explanation) -> None:
        self.explanation = explanation

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        explanation = self.explanation
        summary = explanation.summary
        table = Table(title=Text(summary.title, style="bold") if summary.title else None, title_justify="left",
                      caption=footer(summary) + (" · score = Σ weight × part" if explanation.component_names else ""),
                      caption_justify="right", show_lines=False, expand=True, header_style="bold")
        table.add_column("#", justify="right", style="dim", no_wrap=True)
        table.add_column("sentence", ratio=1, overflow="ellipsis", no_wrap=True, min_width=20)
        for name, weight in zip(explanation.component_names, explanation.component_weights, strict=True):
            table.add_column(heading(name, weight), justify="right", no_wrap=True,
                             style="dim" if weight == 0 else None)
        table.add_column("score", justify="right", style="bold", no_wrap=True)
        table.add_column(PICKED_MARK, justify="center", style="green", no_wrap=True)
        for sentence in explanation.sentences:
            table.add_row(
                str(sentence.index + 1),
                Text(" ".join(sentence.text.split()), style="" if sentence.picked else "dim"),
                *(f"{value:.2f}" for value in sentence.components),
                f"{sentence.score:.3f}",
                PICKED_MARK if sentence.picked else "",
            )
        yield table


def explanation_text(explanation: Explanation) -> str:
    """Tab-separated: index, picked (1/0), score, each part, the sentence."""
    names = [SHORT_NAMES.get(n, n) for n in explanation.component_names]
    lines = ["\t".join(["index", "picked", "score", *names, "sentence"])]
    for s in explanation.sentences:
        lines.append("\t".join([str(s.index + 1), "1" if s.picked else "0", f"{s.score:.4f}",
                                *(f"{v:.4f}" for v in s.components), " ".join(s.text.split())]))
    return "\n".join(lines) + "\n"


def explanation_json(explanation: Explanation) -> str:
    return json.dumps(explanation.to_dict(), ensure_ascii=False, indent=2) + "\n"
