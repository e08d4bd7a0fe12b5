"""From raw text to a `Document`: sentences, paragraphs, headlines, boilerplate.

Headlines at the top (a headline and a standfirst, say), subheads inside
the article and website furniture (navigation links, teaser headlines,
comment prompts) are told apart from the body so that no ranker or tagger
picks them. Offsets stay those of the original text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Literal

from summarizer.headlines import CLAUSE_END, HEADLINE_MAX_WORDS, QUOTE_CLOSERS, is_headline_like, is_title_like
from summarizer.model import Document, Paragraph, Sentence, Span
from summarizer.nlp.splitter import split_sentences
from summarizer.nlp.words import one_line
from summarizer.rules import load_rules, load_word_set

if TYPE_CHECKING:
    from summarizer.reading import Article

TEASER_MARK = "=> teaser"
HEADLINES_MAX = 3
# Rule `deck_is_no_lede`: a deck runs to this many words at most; a longer
# unstopped paragraph is prose the splitter could not end.
DECK_MAX_WORDS = 45
LINE_END = re.compile(r"[\r\n\u2028\u2029]")
TABLE_ROW = re.compile(r"\s*\|")
# A subhead inside the article is shorter than a headline may be, and does
# not end in a quotation mark.
SUBHEAD_MAX_WORDS = 15
# A paragraph of at least this many words, this share of whose word triples
# the rest of the article holds, is a repeat (a pull quote).
PULL_QUOTE_MIN_WORDS = 8
PULL_QUOTE_SHARE = 0.8
WORD = re.compile(r"\w+")
# A numbered subhead's number: "2. In Washington, ...".
NUMBERED = re.compile(r"\s*(\d{1,2})[.)]\s+\S")
# A list bullet (not a dash that opens prose: "\u2014 and then the lights went out").
BULLET = re.compile(r"[-*\u2022\u2023\u2043\u25aa\u25cf\u25e6]\s+")
# What stands inside double quotation marks, straight or curly; a quotation
# left open runs to the end of the paragraph (it goes on in the next one).
QUOTE_MARK = re.compile("[\"\u201c]")
QUOTATION = re.compile(r"\u201c[^\u201d]*(?:\u201d|$)|\"[^\"]*(?:\"|$)")


@cache
def _boilerplate_patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    patterns = []
    for entry in load_rules("boilerplate"):
        is_teaser_link = entry.endswith(TEASER_MARK)
        expression = entry.removesuffix(TEASER_MARK).strip()
        patterns.append((re.compile(expression, re.IGNORECASE), is_teaser_link))
    # The prompts the splitter cuts out of running text (rule
    # `run_in_page_prompt`) are furniture on a line of their own too.
    patterns.extend((re.compile(entry, re.IGNORECASE), False) for entry in load_rules("run_in_prompts"))
    return tuple(patterns)


def boilerplate_kind(line: str) -> Literal["link", "line"] | None:
    """`"link"` for navigation that introduces a teaser, `"line"` for other
    boilerplate, None for article text."""
    stripped = line.strip()
    for pattern, is_teaser_link in _boilerplate_patterns():
        if pattern.fullmatch(stripped):
            return "link" if is_teaser_link else "line"
    return None


def parse_article(article: Article) -> Document:
    """The document of an article as read: its text, and the title it came
    with. Every command takes an article's title from here (through
    `Document.title`), so that all of them show the same one."""
    return replace(parse_document(article.text, title=article.title), warnings=article.warnings)


def parse_document(text: str, title: str | None = None) -> Document:
    """Split `text` and sort its sentences into headlines, body and
    boilerplate. `title` is the title the article came with, if any (a web
    page's headline); without one the first headline of the text is the
    title."""
    sentences = split_sentences(text)
    headlines: list[Span] = []
    boilerplate: list[Span] = []
    skip = set()

    # Leading headline paragraphs: a one-line paragraph that reads as a
    # headline, even when the splitter cut it at a "?" ("Is the banking
    # club dead? Five women on..."). A line break inside one of its sentences
    # is a hard-wrapped line: a headline wrapped over two lines is one title.
    # The first line may end on an abbreviation's stop (rule
    # `abbreviation_stop_ends_no_headline`); a later one is a lede as likely.
    for number, paragraph in enumerate(_sentences_by_paragraph(sentences)[:HEADLINES_MAX]):
        start, end = sentences[paragraph[0]].start, sentences[paragraph[-1]].end
        gaps = (text[sentences[i].end : sentences[i + 1].start] for i in paragraph[:-1])
        reads_as_headline = is_title_like if number == 0 else is_headline_like
        if any(LINE_END.search(gap) for gap in gaps) or not reads_as_headline(one_line(text[start:end])):
            break
        headlines.append(Span(start, end, text[start:end]))
        skip.update(paragraph)
    deck = _deck(text, sentences, skip) if headlines else None
    if deck is not None:
        headlines.append(sentences[deck].span)
        skip.add(deck)
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
    for i in _pull_quotes(sentences, skip):
        boilerplate.append(sentences[i].span)
        skip.add(i)
    boilerplate.sort(key=lambda span: span.start)

    body: list[Sentence] = []
    for i, sentence in enumerate(sentences):
        if i not in skip:
            start = sentence.start + _bullet_length(sentence.text)
            body.append(Sentence(len(body), start, sentence.end, text[start : sentence.end], sentence.paragraph))
    body = _renumber_paragraphs(body)
    return Document(
        text=text,
        sentences=tuple(body),
        paragraphs=tuple(_paragraphs(body)),
        headlines=tuple(headlines),
        boilerplate=tuple(boilerplate),
        headings=tuple(sentences[i].span for i in sorted(headings)),
        page_title=title,
    )


def _deck(text: str, sentences: list[Sentence], skip: set[int]) -> int | None:
    """Rule `deck_is_no_lede` (web tester s17): the paragraph right under the
    headlines, when it is one sentence that reads as a deck rather than a
    lede, is a headline too: a teaser that opens with a phrase of
    rules/deck_openers.txt ("How to get your hands on an RTX 3000 card
    before they sell out.", tomshardware.com), or a line too long for
    `headline_like` that still does not end as a sentence does (dailymail's
    30-word second headline over a list of bullets). A lede that ends with
    a stop ("Police arrested a man on Sunday.") stays the first sentence,
    and so does an article of that paragraph alone. The index of that
    sentence, or None."""
    paragraphs = [p for p in _sentences_by_paragraph(sentences) if not any(i in skip for i in p)]
    if len(paragraphs) < 2 or len(paragraphs[0]) != 1:
        return None
    number = paragraphs[0][0]
    line = one_line(sentences[number].text).strip()
    opening = line.lstrip("\"'\u2018\u201c").lower()
    words = line.split()
    if "\n" in text[sentences[number].start:sentences[number].end].strip():
        return None
    teaser = any(opening.startswith(phrase + " ") for phrase in load_word_set("deck_openers"))
    unstopped = (HEADLINE_MAX_WORDS < len(words) <= DECK_MAX_WORDS and not CLAUSE_END.search(line)
                 and line[-1:] not in "!?" + QUOTE_CLOSERS)
    return number if teaser or unstopped else None


def _bullet_length(text: str) -> int:
    """Rule `bullet_is_no_text`: the page's list bullet before a sentence
    ("• It was an underwhelming first quarter", "- Libraries will return")
    is layout; the sentence starts after it, so a summary or a brief never
    shows it beside its own bullet. Numbers ("3. Profile pic") stay."""
    match = BULLET.match(text)
    return match.end() if match and match.end() < len(text) else 0


def _pull_quotes(sentences: list[Sentence], skip: set[int]) -> list[int]:
    """Rule `pull_quote`: a paragraph that only repeats what the rest of the
    article says is kept out of the body. A bare quotation (nothing outside
    its quotation marks: a pull quote set off in large type) goes when its
    words stand inside quotation marks elsewhere (`"It is not enough for one
    day in a hospital."` beside `"It is not enough for one day in a
    hospital," he said.`): the copy in the body has its speaker. A paragraph
    without quotation marks goes when its words stand anywhere else (a
    paragraph printed twice; a statement appended after the article that
    quoted it). A paragraph that quotes and attributes (`He said: "..."`) is
    never a repeat. "Repeats" means PULL_QUOTE_SHARE of the paragraph's
    word triples occur in the other paragraphs left, for a paragraph of at
    least PULL_QUOTE_MIN_WORDS words; of two equal paragraphs the later
    one stays."""
    paragraphs = [[i for i in group if i not in skip] for group in _sentences_by_paragraph(sentences)]
    texts = [" ".join(sentences[i].text for i in group) for group in paragraphs]
    triples = [_word_triples(text) for text in texts]
    quoted = [_word_triples(" ".join(QUOTATION.findall(text))) if QUOTE_MARK.search(text) else set()
              for text in texts]
    counts = Counter(t for found in triples for t in found)
    quoted_counts = Counter(t for found in quoted for t in found)
    once = {t for t, n in counts.items() if n == 1}  # set arithmetic below: fast on megabytes of text
    quoted_once = {t for t, n in quoted_counts.items() if n == 1}
    repeated = []
    for group, text, found, inside in zip(paragraphs, texts, triples, quoted, strict=True):
        if len(found) < PULL_QUOTE_MIN_WORDS - 2:
            continue
        outside = WORD.search(QUOTATION.sub(" ", text))
        if inside and outside:
            continue  # it quotes and says who: never a repeat
        elsewhere = len(found - quoted_once) if inside else len(found - once)
        if elsewhere < PULL_QUOTE_SHARE * len(found):
            continue
        repeated.extend(group)
        for seen, unique, gone in ((counts, once, found), (quoted_counts, quoted_once, inside)):
            for t in gone:
                seen[t] -= 1
                if seen[t] == 1:
                    unique.add(t)
    return repeated if len(repeated) < len(sentences) - len(skip) else []


def _word_triples(text: str) -> set[tuple[str, str, str]]:
    words = WORD.findall(text.casefold())
    return set(zip(words, words[1:], words[2:], strict=False))


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
    found |= _numbered_subheads(sentences, skip, found)
    if len(found) + len(skip) >= len(sentences):
        return set()
    return found


def _numbered_subheads(sentences: list[Sentence], skip: set[int], subheads: set[int]) -> set[int]:
    """Rule `numbered_subhead`: an article set out as a numbered list of
    subheads ("1. Iowa and New Hampshire's political classes aren't excited
    about Biden", "2. In Washington, centrist Democrats really don't want
    Warren or Sanders … or Buttigieg or Klobuchar", "3. The billionaires
    are looking pretty good") has every one of them as a heading, the long
    ones too: a one-line paragraph that opens with a number ("2. ") and
    reads as a headline (up to HEADLINE_MAX_WORDS words, no sentence end)
    is a subhead when a subhead found by rule `subhead` carries the number
    before or after it. A numbered paragraph that ends as a sentence does
    ("2. Keep the receipt.") stays a sentence, and so does a lone numbered
    line with no numbered subhead beside it."""
    numbers = {}
    for i in subheads:
        match = NUMBERED.match(sentences[i].text)
        if match:
            numbers[int(match.group(1))] = i
    if not numbers:
        return set()
    found = set()
    for paragraph in _sentences_by_paragraph(sentences):
        if len(paragraph) != 1 or paragraph[0] in skip or paragraph[0] in subheads:
            continue
        text = one_line(sentences[paragraph[0]].text)
        match = NUMBERED.match(text)
        if match and is_headline_like(text) and {int(match.group(1)) - 1, int(match.group(1)) + 1} & numbers.keys():
            found.add(paragraph[0])
    return found


def _is_subhead(text: str) -> bool:
    """Short and headline-like, and not a quotation that ends in a question
    (`"What does he think of you?" the narrator says` is speech). The
    splitter has made the sentence one line of text: a line break left
    inside it is a hard wrap, so a subhead wrapped over two lines is still
    one (as for headlines)."""
    line = one_line(text)
    return (is_headline_like(line) and len(line.split()) <= SUBHEAD_MAX_WORDS
            and line[-1:] not in QUOTE_CLOSERS)


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
