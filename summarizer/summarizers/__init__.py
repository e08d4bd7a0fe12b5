"""Extractive summarisers: one ranker per method, one selection for all."""

from __future__ import annotations

from summarizer.document import parse_document
from summarizer.model import Document, ScoredSentence, Summary
from summarizer.nlp.words import count_words
from summarizer.summarizers.base import Length, Ranker
from summarizer.summarizers.lead import LeadRanker
from summarizer.summarizers.sumy_rankers import SUMY_SUMMARIZERS, SumyRanker

# The project's own choice for --method default. Measured on CNN-Corpus dev
# (benchmarks/summary_quality.py): the lead beats every sumy method on news.
DEFAULT_METHOD = "lead"

METHODS: tuple[str, ...] = ("default", "lead", *SUMY_SUMMARIZERS)


def get_ranker(method: str) -> Ranker:
    """The ranker behind a --method name."""
    if method == "default":
        method = DEFAULT_METHOD
    if method == "lead":
        return LeadRanker()
    if method in SUMY_SUMMARIZERS:
        return SumyRanker(method)
    raise ValueError(f"unknown method {method!r}; choose one of: {', '.join(METHODS)}")


def summarize_document(document: Document, length: Length, method: str = "default") -> Summary:
    """Rank a parsed document's sentences and keep the best in article order."""
    ranker = get_ranker(method)
    scores = ranker.score(document)
    picked = ranker.select(document, scores, length) if scores else []
    sentences = tuple(
        ScoredSentence(i, document.sentences[i].start, document.sentences[i].end,
                       document.sentences[i].text, float(scores[i]))
        for i in picked
    )
    return Summary(
        title=document.title,
        method=method,
        sentences=sentences,
        total_sentences=len(document.sentences),
        total_words=sum(count_words(s.text) for s in document.sentences),
        kept_words=sum(count_words(s.text) for s in sentences),
        headlines=document.headlines,
    )


def summarize(
    text: str,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    method: str = "default",
) -> Summary:
    """Extractive summary of `text`: its key sentences, verbatim, in order.

    Give at most one of `sentences`, `ratio` or `words` (a budget that is
    never exceeded); with none, short articles get 3 sentences and long ones
    about a fifth of theirs.
    """
    length = Length(sentences=sentences, ratio=ratio, words=words)
    get_ranker(method)  # fail on a bad name before any work
    return summarize_document(parse_document(text), length, method)
