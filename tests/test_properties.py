"""Property-based tests: arbitrary Unicode never breaks the pipeline.

Text mixes news-like sentences with control characters, right-to-left
scripts, emoji, unbalanced quotes, very long tokens and runs without spaces.
Example counts stay modest so that the suite stays fast on two cores.
"""

from __future__ import annotations

import math
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import split_sentences, summarize
from summarizer.brief import make_brief
from summarizer.claims import extract_claims
from summarizer.cleanup import without_dateline
from summarizer.document import parse_document
from summarizer.reading import Article

# PROPERTY_EXAMPLES=2000 for a deeper hunt; the default keeps the suite fast.
EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", "40"))
PROPERTY_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["The", "minister", "said", "Mr.", "U.S.", "$1.13bn", "4.25%", "e.g.", "Jan.", "Dr.", "No.", "talks",
         "\u201cWe", "will", "win,\u201d", "he", "said.", "\"Stop.\"", "'quoted'", "(aside)", "\u2026", "?!", "a.m.",
         "\u0627\u0644\u0633\u0644\u0627\u0645", "\u05e9\u05dc\u05d5\u05dd", "\u202eRTL\u202c", "\U0001F600",
         "\U0001F1FA\U0001F1E6", "\u00e9t\u00e9", "\u4e2d\u6587", "\u0000", "\u0007", "\x1b[31m", "\u200b", "\ufeff",
         "\u00a0", "\r", "\t", "\u2028", "\u0301", "\ud7ff", "\"", "\u201c", "\u2019", "--", "\u2014", "."]
SEPARATORS = [" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "", "\t", "\u00a0", "\u3000"]

news_like = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=0, max_size=60
).map(lambda pairs: "".join(word + separator for word, separator in pairs))
long_token = st.text(alphabet=st.characters(codec="utf-8"), min_size=200, max_size=2000).map(
    lambda s: s.replace(" ", "")
)
any_unicode = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
without_spaces = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Zs", "Zl", "Zp", "Cc")),
                         max_size=400)
texts = st.one_of(news_like, any_unicode, long_token, without_spaces,
                  st.lists(st.one_of(news_like, any_unicode), max_size=4).map("\n\n".join))

SUMMARY_METHODS = ["lead", "default", "lexrank", "luhn", "sumbasic"]


@PROPERTY_SETTINGS
@given(texts)
def test_splitter_spans_index_the_text(text: str) -> None:
    sentences = split_sentences(text)
    previous_end = 0
    for position, sentence in enumerate(sentences):
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.index == position
        assert previous_end <= sentence.start < sentence.end
        assert sentence.text.strip()
        previous_end = sentence.end


@PROPERTY_SETTINGS
@given(texts)
def test_document_spans_index_the_text(text: str) -> None:
    document = parse_document(text)
    for span in (*document.headlines, *document.boilerplate, *(s.span for s in document.sentences)):
        assert text[span.start:span.end] == span.text
    assert [s.index for s in document.sentences] == list(range(len(document.sentences)))


@pytest.mark.parametrize("method", SUMMARY_METHODS)
@PROPERTY_SETTINGS
@given(text=texts, count=st.integers(min_value=1, max_value=5))
def test_summary_is_an_ordered_subset_with_exact_spans(method: str, text: str, count: int) -> None:
    summary = summarize(text, sentences=count, method=method)
    body = parse_document(text).sentences
    indices = [s.index for s in summary.sentences]
    assert indices == sorted(set(indices))
    assert len(indices) == min(count, len(body))
    for sentence in summary.sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        # a summary sentence starts after its dateline (cleanup rule dateline_is_no_point)
        assert without_dateline(body[sentence.index].text, sentence.index == 0) == sentence.text
        assert math.isfinite(sentence.score)  # JSON has no NaN


@PROPERTY_SETTINGS
@given(text=texts, budget=st.integers(min_value=1, max_value=40))
def test_word_budget_is_never_exceeded(text: str, budget: int) -> None:
    summary = summarize(text, words=budget)
    assert summary.kept_words <= budget
    indices = [s.index for s in summary.sentences]
    assert indices == sorted(set(indices))


@PROPERTY_SETTINGS
@given(texts)
def test_claim_spans_index_the_text(text: str) -> None:
    for claim in extract_claims(text):
        spans = [claim.cue_span, claim.content_span, *claim.content_parts]
        if claim.speaker_span is not None:
            spans.append(claim.speaker_span)
        for span in spans:
            assert text[span.start:span.end] == span.text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=3))
def test_brief_references_index_their_sources(sources: list[str]) -> None:
    articles = [Article(text=text, source=f"s{i}") for i, text in enumerate(sources)]
    brief = make_brief(articles)
    for reference in brief.references:
        source = sources[reference.source - 1]  # sources are numbered from 1
        assert source[reference.start:reference.end] == reference.text
