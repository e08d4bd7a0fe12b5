"""The summary stage: a document's sentences ranked by a method, the best
kept in article order (`summarize_document`), or every sentence with its
score and its parts (`explain_document`, for --explain); and the same from
plain text (`summarize`, `explain`), the public API."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.cleanup import dateline_length
from summarizer.document import parse_document
from summarizer.model import Document, ExplainedSentence, Explanation, ScoredSentence, Summary
from summarizer.nlp.words import count_words
from summarizer.summarizers import check_method, get_ranker
from summarizer.summarizers.base import Length, Ranker, best_first
from summarizer.summarizers.standalone import (
    is_open_question,
    is_unattributed_quotation,
    opens_with_definite_description,
    sentence_units,
)

# Rule `lead_is_bottom_line`: the lead comes first when it ranks among this
# many of its source's best sentences.
LEAD_RANK = 3
# A sentence that opens in lower case ("the equivalent for Emacs Lisp.") is
# a fragment the page cut, no bottom line.
LOWER_CASE_OPENING = re.compile(r"""[\s"'\u2018\u201c(\[]*[a-z]""")
# Rule `point_needs_what_follows`: a sentence that asks ("a reporter asked
# her, “What do you see ...?”") or ends on a colon ("You can use this
# code:") leans on what comes after it; its end, past closing quotes and brackets.
LEANS_ON_WHAT_FOLLOWS = re.compile(r"""[?:][\s"'\u201d\u2019)\]]*$""")


def leans_on_what_follows(text: str) -> bool:
    """Rule `point_needs_what_follows`: a question (a quoted one too: its
    answer is elsewhere) or a sentence ending on a colon, whose block the
    page may have dropped ("You can use this code:"), is no point alone. A
    question is a point only with its answer: a unit of the two
    (standalone's `question_needs_answer`), which key points pass over."""
    return bool(LEANS_ON_WHAT_FOLLOWS.search(text))


def lead_first(document: Document, units: Sequence[tuple[int, ...]], order: list[int]) -> list[int]:
    """Rule `lead_is_bottom_line`: `order` (best first) with the sentence
    that should open the note first (a brief's bottom line, and the one
    sentence of `summarize -n 1`): the lead when it stands alone and
    ranks among the LEAD_RANK best, else the best sentence that stands alone
    and does not open with a definite description; `order` as it is when
    there is none."""
    if not order:
        return order

    def alone(number: int) -> bool:
        text = document.sentences[number].text
        return (len(units[number]) == 1 and not is_open_question(text) and not is_unattributed_quotation(text)
                and not LOWER_CASE_OPENING.match(text) and not leans_on_what_follows(text))

    def can_open(number: int) -> bool:
        return alone(number) and (number == 0 or not opens_with_definite_description(document.sentences[number].text))

    first = 0 if 0 in order[:LEAD_RANK] and alone(0) else next((n for n in order if can_open(n)), order[0])
    return [first, *(number for number in order if number != first)]


def _rank(document: Document, length: Length, method: str) -> tuple[Ranker, list[float], list[int]]:
    ranker = get_ranker(method)
    scores = ranker.score(document)
    picked = ranker.select(document, scores, length) if scores else []
    if method == "default" and scores and length.words is None and length.sentence_count(len(scores)) == 1:
        # Rule `one_sentence_is_the_bottom_line` (new-user report s6: `-n 1` gave a hedged side
        # claim, not the lead, on 4 of 14 news articles): the sentence a brief opens with. The
        # other methods keep their own pick: they are there to be compared.
        picked = lead_first(document, sentence_units(document), best_first(scores))[:1]
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
