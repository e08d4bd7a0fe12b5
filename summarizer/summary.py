"""The summary stage: a document's sentences ranked by a method, the best
kept in article order (`summarize_document`), or every sentence with its
score and its parts (`explain_document`, for --explain); and the same from
plain text (`summarize`, `explain`), the public API."""

from __future__ import annotations

from summarizer.cleanup import dateline_length
from summarizer.document import parse_document
from summarizer.model import Document, ExplainedSentence, Explanation, ScoredSentence, Summary
from summarizer.nlp.words import count_words
from summarizer.summarizers import check_method, get_ranker
from summarizer.summarizers.base import Length, Ranker


def _rank(document: Document, length: Length, method: str) -> tuple[Ranker, list[float], list[int]]:
    ranker = get_ranker(method)
    scores = ranker.score(document)
    picked = ranker.select(document, scores, length) if scores else []
    return ranker, scores, picked


def _summary(document: Document, method: str, scores: list[float], picked: list[int]) -> Summary:
    # Each sentence from after its dateline, as the brief shows it (rule dateline_is_no_point in cleanup;
    # a glued one only on the first sentence, rule glued_dateline).
    cuts = {i: dateline_length(document.sentences[i].text, opens_body=i == 0) for i in picked}
    sentences = tuple(
        ScoredSentence(i, document.sentences[i].start + cuts[i], document.sentences[i].end,
                       document.sentences[i].text[cuts[i]:], float(scores[i]))
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
        warnings=document.warnings,
    )


def summarize_document(document: Document, length: Length, method: str = "default") -> Summary:
    """Rank a parsed document's sentences and keep the best in article order."""
    _, scores, picked = _rank(document, length, method)
    return _summary(document, method, scores, picked)


def explain_document(document: Document, length: Length, method: str = "default") -> Explanation:
    """The summary, plus every sentence with its score, the parts of that
    score (for rankers that have parts) and whether it was picked."""
    ranker, scores, picked = _rank(document, length, method)
    components = ranker.components(document)
    weights = ranker.component_weights()
    names = tuple(components)
    kept = set(picked)
    sentences = tuple(
        ExplainedSentence(s.index, s.start, s.end, s.text, float(scores[s.index]), s.index in kept,
                          tuple(components[name][s.index] for name in names))
        for s in document.sentences
    )
    return Explanation(_summary(document, method, scores, picked), names,
                       tuple(weights.get(name, 0.0) for name in names), sentences)


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
    about a fifth of theirs, at most 10.
    """
    length = Length(sentences=sentences, ratio=ratio, words=words)
    check_method(method)
    return summarize_document(parse_document(text), length, method)


def explain(
    text: str,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    method: str = "default",
) -> Explanation:
    """Like `summarize`, with every sentence's score and its parts."""
    length = Length(sentences=sentences, ratio=ratio, words=words)
    check_method(method)
    return explain_document(parse_document(text), length, method)
