"""What every ranker shares: the `Ranker` interface and sentence selection.

A ranker gives every body sentence a score (higher is better). Selection
then keeps the best ones under a length limit, in article order.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from summarizer.model import Document
from summarizer.nlp.words import count_words

# Articles up to this many sentences get SHORT_ARTICLE_SENTENCES by default;
# longer ones get LONG_ARTICLE_RATIO of their sentences, at most
# DEFAULT_MAX_SENTENCES: a fifth of a 500-sentence FAQ page was 100
# sentences, three screens (new-user test). Explicit limits are not capped.
SHORT_ARTICLE_MAX = 15
SHORT_ARTICLE_SENTENCES = 3
LONG_ARTICLE_RATIO = 0.2
DEFAULT_MAX_SENTENCES = 10


@dataclass(frozen=True, slots=True)
class Length:
    """How long a summary may be: exactly one of the three, or none for the
    default."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        given = [name for name in ("sentences", "ratio", "words") if getattr(self, name) is not None]
        if len(given) > 1:
            raise ValueError(f"give only one length limit, not {' and '.join(given)}")
        if self.sentences is not None and self.sentences < 1:
            raise ValueError("sentences must be at least 1")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise ValueError("ratio must be above 0 and at most 1")
        if self.words is not None and self.words < 1:
            raise ValueError("words must be at least 1")

    def sentence_count(self, total: int) -> int:
        """Sentences to keep out of `total` (the word budget is separate)."""
        if self.sentences is not None:
            return min(self.sentences, total)
        if self.ratio is not None:
            return min(total, max(1, round(self.ratio * total)))
        if total <= SHORT_ARTICLE_MAX:
            return min(SHORT_ARTICLE_SENTENCES, total)
        return min(DEFAULT_MAX_SENTENCES, round(LONG_ARTICLE_RATIO * total))


class Ranker(ABC):
    """Scores the body sentences of a document; may refine the selection."""

    name: str = ""

    @abstractmethod
    def score(self, document: Document) -> list[float]:
        """One score per `document.sentences`, higher is more summary-worthy."""

    def headings(self, document: Document) -> frozenset[int]:
        """The sentences of `document` that are run-in headings
        (standalone.run_in_headings, rule `subhead_set_as_a_sentence`), which a
        brief takes as no point; a ranker that works them out for its scores
        gives its own, so that a document's are worked out once."""
        from summarizer.summarizers.standalone import run_in_headings  # the tokenizer: only when asked for

        return run_in_headings(document)

    def components(self, document: Document) -> dict[str, list[float]]:
        """Named parts of each sentence's score, for --explain: plain data,
        one value per sentence for each part. Empty for rankers that only
        have the score."""
        return {}

    def component_weights(self) -> dict[str, float]:
        """How much each part of `components` counts: the score is the
        weighted sum of the parts. Empty when there are no parts."""
        return {}

    def select(self, document: Document, scores: Sequence[float], length: Length) -> list[int]:
        """Indices of the sentences to keep, in article order."""
        if length.words is not None:
            word_counts = [count_words(s.text) for s in document.sentences]
            return select_within_words(scores, word_counts, length.words)
        return select_top(scores, length.sentence_count(len(scores)))


def best_first(scores: Sequence[float]) -> list[int]:
    """Every index, best score first, the earlier first among equals: the
    order a ranker's scores give (a brief takes its key points in it)."""
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))


def select_top(scores: Sequence[float], count: int) -> list[int]:
    """The `count` best-scored indices, earlier first among equals, in order."""
    return sorted(best_first(scores)[:count])


def select_within_words(scores: Sequence[float], word_counts: Sequence[int], budget: int) -> list[int]:
    """The set of sentences with the highest total score whose words fit the
    budget (a 0/1 knapsack), in article order. Never exceeds the budget.

    Scores at or below zero (sumy's SumBasic and KL rate by negative ranks)
    are shifted above zero first: a knapsack only adds positive values.
    """
    n = len(scores)
    if n == 0:
        return []
    values = np.asarray(scores, dtype=float)
    low, high = float(values.min()), float(values.max())
    if low <= 0:
        values = values - low + (0.1 * (high - low) if high > low else 1.0)
    best = np.zeros(budget + 1)
    taken = np.zeros((n, budget + 1), dtype=bool)
    for i in range(n):
        weight = word_counts[i]
        if weight > budget:
            continue
        candidate = np.full(budget + 1, -1.0)
        candidate[weight:] = best[: budget + 1 - weight] + values[i]
        improves = candidate > best
        taken[i] = improves
        best = np.where(improves, candidate, best)
    picked = []
    remaining = int(np.argmax(best))
    for i in range(n - 1, -1, -1):
        if taken[i, remaining]:
            picked.append(i)
            remaining -= word_counts[i]
    return sorted(picked)
