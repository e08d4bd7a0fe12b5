"""Sentence splitting for news text, offline.

The engine is nltk's Punkt, given parameters the project ships as data
(abbreviations, frequent sentence starters) instead of a downloaded model.
Punkt only sees one block of running text at a time: blank lines
(paragraphs) and line breaks after headline-like lines are boundaries before
Punkt runs, and a few named rules mend what Punkt gets wrong in news.
Every sentence keeps `start`/`end` offsets into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from summarizer.model import Sentence
from summarizer.rules import load_word_set

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
LIST_ITEM = re.compile(r"\s*(?:[-*\u2022\u2013\u2014\u25aa\u25cf]|\d{1,2}[.)])\s+")
TERMINAL = re.compile(r"""[.!?\u2026:;]['"\u2019\u201d)\]]*\s*$""")
# A quote that ends in ? or ! and goes on in lower case is one sentence:
# "Why?" he asked.
QUESTION_OR_EXCLAMATION_END = re.compile(r"""[?!]['"\u2019\u201d)\]]*$""")
NUMBER_ABBREVIATION_END = re.compile(r"\b(?:No|Nos|no|Art|Fig|Vol|p|pp)\.$")
STARTS_LOWER = re.compile(r"""^['"\u2018\u201c(\[]*[a-z]""")
STARTS_DIGIT = re.compile(r"^\d")
# Short lines without final punctuation in a paragraph of longer lines are
# headlines, datelines or list items, not hard-wrapped prose.
SHORT_LINE_SHARE = 0.7


@cache
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(load_word_set("abbreviations"))
    params.sent_starters = set(load_word_set("sentence_starters"))
    return PunktSentenceTokenizer(params)


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences with offsets into `text`.

    A sentence never crosses a blank line. `Sentence.paragraph` counts the
    blocks between blank lines.
    """
    sentences: list[Sentence] = []
    for paragraph_index, (start, end) in enumerate(paragraph_spans(text)):
        for block_start, block_end in _line_blocks(text, start, end):
            for s, e in _sentence_spans(text, block_start, block_end):
                sentences.append(Sentence(len(sentences), s, e, text[s:e], paragraph_index))
    return sentences


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines, trimmed."""
    spans = []
    position = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        spans.extend(_trimmed(text, position, match.start()))
        position = match.end()
    spans.extend(_trimmed(text, position, len(text)))
    return spans


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if start < end else []


def _line_blocks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut a paragraph at line breaks that end a sentence without punctuation.

    Rule `line_break_ends_headline`: a line without final punctuation that is
    clearly shorter than the paragraph's longest line ends its sentence.
    Rule `list_items`: a list item, and the line before one, end at the
    line break. Hard-wrapped prose lines are joined.
    """
    lines = []
    position = start
    for line in text[start:end].split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    if len(lines) == 1:
        yield start, end
        return
    longest = max(e - s for s, e in lines)
    block_start = start
    for (s, e), (next_s, next_e) in zip(lines, lines[1:], strict=False):
        line = text[s:e]
        next_line = text[next_s:next_e]
        ends_without_punctuation = not TERMINAL.search(line)
        is_short = len(line.strip()) < SHORT_LINE_SHARE * longest
        is_list_item = LIST_ITEM.match(line) or LIST_ITEM.match(next_line)
        if is_list_item or (ends_without_punctuation and is_short and line.strip()):
            yield from _trimmed(text, block_start, e)
            block_start = next_s
    yield from _trimmed(text, block_start, end)


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    block = text[start:end]
    pieces = [(start + s, start + e) for s, e in _punkt().span_tokenize(block)]
    return _merge_false_breaks(text, pieces)


def _merge_false_breaks(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged and _is_false_break(text[merged[-1][0] : merged[-1][1]], text[start:end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _is_false_break(before: str, after: str) -> bool:
    """Rules `quote_question_goes_on` and `number_abbreviation`.

    `"Why?" he asked.` stays whole; so does `the No. 1 seed`.
    """
    if QUESTION_OR_EXCLAMATION_END.search(before) and STARTS_LOWER.match(after):
        return True
    return bool(NUMBER_ABBREVIATION_END.search(before) and STARTS_DIGIT.match(after))
