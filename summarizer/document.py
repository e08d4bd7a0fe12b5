"""From raw text to a `Document`: sentences, paragraphs, headlines, boilerplate.

Headlines at the top (a headline and a standfirst, say), subheads inside
the article and website furniture (navigation links, teaser headlines,
comment prompts) are told apart from the body so that no ranker or tagger
picks them. Offsets stay those of the original text.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.model import Document, Paragraph, Sentence, Span
from summarizer.nlp.splitter import split_sentences
from summarizer.rules import load_rules

TEASER_MARK = "=> teaser"
# A headline is a short line at the top that does not read as a sentence.
HEADLINE_MAX_WORDS = 25
HEADLINES_MAX = 3
SENTENCE_END = re.compile(r"""[.:;,]['"\u2019\u201d)\]]*$""")
LINE_END = re.compile(r"[\r\n\u2028\u2029]")
TABLE_ROW = re.compile(r"\s*\|")
# A subhead inside the article is shorter than a headline may be, and does
# not end in a quotation mark.
SUBHEAD_MAX_WORDS = 15
QUOTE_CLOSERS = "\"'\u2019\u201d\u00bb"


@cache
def _boilerplate_patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    patterns = []
    for entry in load_rules("boilerplate"):
        is_teaser_link = entry.endswith(TEASER_MARK)
        expression = entry.removesuffix(TEASER_MARK).strip()
        patterns.append((re.compile(expression, re.IGNORECASE), is_teaser_link))
    return tuple(patterns)


def boilerplate_kind(line: str) -> str | None:
    """`"link"` for navigation that introduces a teaser, `"line"` for other
    boilerplate, None for article text."""
    stripped = line.strip()
    for pattern, is_teaser_link in _boilerplate_patterns():
        if pattern.fullmatch(stripped):
            return "link" if is_teaser_link else "line"
    return None


def is_headline_like(text: str) -> bool:
    """Rule `headline_like`: short, one line, not ending as a sentence does."""
    words = text.split()
    return (
        "\n" not in text
        and 0 < len(words) <= HEADLINE_MAX_WORDS
        and not SENTENCE_END.search(text)
        and not text.rstrip().endswith(".")
    )


def parse_document(text: str) -> Document:
    """Split `text` and sort its sentences into headlines, body and boilerplate."""
    sentences = split_sentences(text)
    headlines: list[Span] = []
    boilerplate: list[Span] = []
    skip = set()

    # Leading headline paragraphs: a one-line paragraph that reads as a
    # headline, even when the splitter cut it at a "?" ("Is the banking
    # club dead? Five women on..."). A line break inside one of its sentences
    # is a hard-wrapped line: a headline wrapped over two lines is one title.
    for paragraph in _sentences_by_paragraph(sentences)[:HEADLINES_MAX]:
        start, end = sentences[paragraph[0]].start, sentences[paragraph[-1]].end
        gaps = (text[sentences[i].end : sentences[i + 1].start] for i in paragraph[:-1])
        if any(LINE_END.search(gap) for gap in gaps) or not is_headline_like(" ".join(text[start:end].split())):
            break
        headlines.append(Span(start, end, text[start:end]))
        skip.update(paragraph)
    # Never take the whole article for headlines.
    if len(skip) == len(sentences) and sentences:
        headlines.clear()
        skip.clear()

    teaser_paragraph = None
    for i, sentence in enumerate(sentences):
        if i in skip:
            continue
        kind = boilerplate_kind(sentence.text)
        is_teaser = teaser_paragraph is not None and sentence.paragraph == teaser_paragraph
        if kind or is_teaser:
            boilerplate.append(sentence.span)
            skip.add(i)
        if kind == "link":
            teaser_paragraph = sentence.paragraph + 1
        elif not is_teaser:
            teaser_paragraph = None

    headings = _subheads(sentences, skip)
    skip.update(headings)

    body: list[Sentence] = []
    for i, sentence in enumerate(sentences):
        if i not in skip:
            body.append(Sentence(len(body), sentence.start, sentence.end, sentence.text, sentence.paragraph))
    return Document(
        text=text,
        sentences=tuple(_renumber_paragraphs(body)),
        paragraphs=tuple(_paragraphs(_renumber_paragraphs(body))),
        headlines=tuple(headlines),
        boilerplate=tuple(boilerplate),
        headings=tuple(sentences[i].span for i in sorted(headings)),
    )


def _subheads(sentences: list[Sentence], skip: set[int]) -> set[int]:
    """Rule `subhead`: a paragraph of one short line that does not end as a
    sentence does ("What comes next", "Are barbers open?") is a heading
    inside the article. Rule `table_row`: a paragraph written as a table row
    ("| Item | Cost |") is data, not a sentence. Both are kept for the view,
    never ranked or tagged. Never all of the body: a text of short lines
    keeps them."""
    found = set()
    for paragraph in _sentences_by_paragraph(sentences):
        if any(i in skip for i in paragraph):
            continue
        first, last = sentences[paragraph[0]], sentences[paragraph[-1]]
        if TABLE_ROW.match(first.text) and last.text.rstrip().endswith("|"):
            found.update(paragraph)
        elif len(paragraph) == 1 and _is_subhead(first.text):
            found.add(paragraph[0])
    if len(found) + len(skip) >= len(sentences):
        return set()
    return found


def _is_subhead(text: str) -> bool:
    """Short and headline-like, and not a quotation that ends in a question
    (`"What does he think of you?" the narrator says` is speech)."""
    stripped = text.rstrip()
    return (is_headline_like(text) and len(text.split()) <= SUBHEAD_MAX_WORDS
            and stripped[-1:] not in QUOTE_CLOSERS)


def _sentences_by_paragraph(sentences: list[Sentence]) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for i, sentence in enumerate(sentences):
        groups.setdefault(sentence.paragraph, []).append(i)
    return list(groups.values())


def _renumber_paragraphs(body: list[Sentence]) -> list[Sentence]:
    """Paragraph numbers of the body alone, counted from 0."""
    numbers: dict[int, int] = {}
    renumbered = []
    for s in body:
        number = numbers.setdefault(s.paragraph, len(numbers))
        renumbered.append(Sentence(s.index, s.start, s.end, s.text, number))
    return renumbered


def _paragraphs(body: list[Sentence]) -> list[Paragraph]:
    groups: dict[int, list[Sentence]] = {}
    for s in body:
        groups.setdefault(s.paragraph, []).append(s)
    return [
        Paragraph(number, group[0].start, group[-1].end, tuple(s.index for s in group))
        for number, group in groups.items()
    ]
