"""Why each sentence was or was not picked: plain data for --explain."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.model import Summary


@dataclass(frozen=True, slots=True)
class ExplainedSentence:
    """One body sentence: its score, the parts of the score (in the order of
    `Explanation.component_names`) and whether the summary kept it."""

    index: int
    start: int
    end: int
    text: str
    score: float
    picked: bool
    components: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Explanation:
    """Every sentence of a document as its ranker saw it, and the summary."""

    summary: Summary
    component_names: tuple[str, ...]
    component_weights: tuple[float, ...]
    sentences: tuple[ExplainedSentence, ...]

    def to_dict(self) -> dict[str, object]:
        """The summary's JSON with an `explain` section added."""
        data = self.summary.to_dict()
        data["explain"] = {
            "weights": dict(zip(self.component_names, self.component_weights, strict=True)),
            "sentences": [
                {
                    "index": s.index, "text": s.text, "start": s.start, "end": s.end, "score": s.score,
                    "picked": s.picked, "components": dict(zip(self.component_names, s.components, strict=True)),
                }
                for s in self.sentences
            ],
        }
        return data
