"""sumy's summarisers, fed with our sentences and words.

sumy's own `Tokenizer` needs NLTK's punkt data, which cannot be downloaded
offline. The adapter builds sumy's document model directly from a
`Document`: our sentences (headlines as sumy headings, for Edmundson's title
method), our word tokenizer, nltk's Snowball stemmer and sumy's bundled
English stop words. Each sumy summariser rates every sentence; the adapter
keeps those ratings as scores, so that selection (and word budgets) work the
same for every method.
"""

from __future__ import annotations

import math
import random
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np

from summarizer.model import Document
from summarizer.nlp.words import LETTER, stem, stop_words, tokenize_words
from summarizer.rules import load_rules
from summarizer.summarizers.base import Ranker

# The random method is a baseline: seeded so that a run can be repeated.
RANDOM_SEED = 20240101


class _WordTokenizer:
    """The one method sumy's sentences ask of a tokenizer."""

    language = "english"

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        return tuple(w for w in tokenize_words(text) if LETTER.search(w))


def _stem(word: str) -> str:
    return stem(word)


def to_sumy_document(document: Document) -> Any:
    """sumy's `ObjectDocumentModel` with sentences that know their index.

    sumy compares sentences by text; two identical sentences would collapse
    into one rating. Ours compare by index.
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    class IndexedSentence(SumySentence):
        __slots__ = ("index",)

        def __init__(self, text: str, index: int, is_heading: bool = False) -> None:
            super().__init__(text, _WordTokenizer(), is_heading)
            self.index = index

        def __eq__(self, other: object) -> bool:
            return (
                isinstance(other, IndexedSentence)
                and self.index == other.index
                and self.is_heading == other.is_heading
            )

        def __hash__(self) -> int:
            return hash((self.index, self.is_heading))

    paragraphs = []
    if document.headlines:
        headings = [IndexedSentence(h.text, -1 - i, is_heading=True) for i, h in enumerate(document.headlines)]
        paragraphs.append(Paragraph(headings))
    for paragraph in document.paragraphs:
        sentences = [IndexedSentence(document.sentences[i].text, i) for i in paragraph.sentences]
        paragraphs.append(Paragraph(sentences))
    return ObjectDocumentModel(paragraphs)


def _edmundson() -> Any:
    from sumy.summarizers.edmundson import EdmundsonSummarizer

    summarizer = EdmundsonSummarizer(_stem)
    summarizer.bonus_words = load_rules("edmundson_bonus")
    summarizer.stigma_words = load_rules("edmundson_stigma")
    summarizer.null_words = stop_words()
    return summarizer


def _with_stop_words(class_path: str) -> Callable[[], Any]:
    def build() -> Any:
        module_name, class_name = class_path.rsplit(".", 1)
        module = __import__(module_name, fromlist=[class_name])
        summarizer = getattr(module, class_name)(_stem)
        summarizer.stop_words = stop_words()
        return summarizer

    return build


def _random() -> Any:
    from sumy.summarizers.random import RandomSummarizer

    return RandomSummarizer(_stem)


# --method name -> how to build the sumy summariser.
SUMY_SUMMARIZERS: dict[str, Callable[[], Any]] = {
    "lexrank": _with_stop_words("sumy.summarizers.lex_rank.LexRankSummarizer"),
    "textrank": _with_stop_words("sumy.summarizers.text_rank.TextRankSummarizer"),
    "lsa": _with_stop_words("sumy.summarizers.lsa.LsaSummarizer"),
    "luhn": _with_stop_words("sumy.summarizers.luhn.LuhnSummarizer"),
    "edmundson": _edmundson,
    "kl": _with_stop_words("sumy.summarizers.kl.KLSummarizer"),
    "sumbasic": _with_stop_words("sumy.summarizers.sum_basic.SumBasicSummarizer"),
    "reduction": _with_stop_words("sumy.summarizers.reduction.ReductionSummarizer"),
    "random": _random,
}


class SumyRanker(Ranker):
    """Any sumy summariser, its sentence ratings used as scores."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._build = SUMY_SUMMARIZERS[name]

    def score(self, document: Document) -> list[float]:
        """The sumy summariser's own rating of every sentence (0 where it gives none or NaN)."""
        n = len(document.sentences)
        if n == 0:
            return []
        # sumy's summarisers import nltk's Snowball module; load it our way
        # first (summarizer.nlp.nltk_parts), or its import of nltk.corpus
        # finishes nltk halfway through importing Snowball itself.
        stem("news")
        summarizer = self._build()
        ratings: dict[int, float] = {}

        def keep_ratings(sentences: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> tuple:
            rate = rating.__getitem__ if isinstance(rating, dict) else rating
            for sentence in sentences:
                ratings[sentence.index] = float(rate(sentence, *args, **kwargs))
            return ()

        # sumy calls self._get_best_sentences(sentences, count, rating, ...)
        # once it has rated every sentence: an instance attribute wins. A
        # private hook, kept on purpose: sumy has no public way to get the
        # ratings (only TextRank, Reduction and Edmundson's parts have
        # `rate_sentences`), this one seam serves all nine methods, sumy is
        # pinned below 0.14 in pyproject.toml, and tests run every method.
        summarizer._get_best_sentences = keep_ratings
        sumy_document = to_sumy_document(document)
        # LexRank divides by a zero norm when no sentence has a word: the NaN
        # it warns about is no score (and no JSON), so it becomes 0 below.
        # LSA warns when a text has fewer words than sentences; it still rates them.
        with np.errstate(invalid="ignore", divide="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            if self.name == "random":
                state = random.getstate()
                random.seed(RANDOM_SEED)
                try:
                    summarizer(sumy_document, n)
                finally:
                    random.setstate(state)
            else:
                summarizer(sumy_document, n)
        return [rating if math.isfinite(rating) else 0.0 for rating in (ratings.get(i, 0.0) for i in range(n))]
