"""Lead: the first sentences of the article, the classic news baseline."""

from __future__ import annotations

from summarizer.model import Document
from summarizer.summarizers.base import Ranker


class LeadRanker(Ranker):
    """Scores fall with position: the first sentence scores 1, the last 1/n."""

    name = "lead"

    def score(self, document: Document) -> list[float]:
        """Earlier sentences score higher: the lead is the summary."""
        n = len(document.sentences)
        return [1.0 - i / n for i in range(n)] if n else []
