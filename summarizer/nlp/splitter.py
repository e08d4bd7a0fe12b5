"""Sentence splitting for news text, offline.

The engine is nltk's Punkt, given parameters the project ships as data
(abbreviations, titles, frequent sentence starters) instead of a downloaded
model. Punkt only sees one block of running text at a time: blank lines
(paragraphs) and line breaks after headline-like lines are boundaries before
Punkt runs, and a few named rules mend what Punkt gets wrong in news.
Every sentence keeps `start`/`end` offsets into the original text.

Rules, each named where it is coded and tested with a real news passage in
tests/splitter_cases.txt:
- before Punkt: `paragraph_break`, `line_break_ends_headline`, `list_items`;
- inside Punkt: `judge_one_boundary`, `dotted_initials`, `starter_before_initial`;
- after Punkt: `detached_closing_mark`, `ellipsis_opens_sentence`,
  `list_marker_opens_item`, `lowercase_goes_on`, `punctuation_goes_on`,
  `dash_goes_on`, `quote_then_attribution`, `title_before_name`,
  `number_abbreviation`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from summarizer.model import Sentence
from summarizer.nlp.nltk_parts import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken
from summarizer.rules import load_word_set

# Rule `paragraph_break`: a blank line ("\n\n", "\r\n\r\n", or a line of spaces).
NEWLINE = r"(?:\r\n|\r(?!\n)|\n|\u2028|\u2029)"
PARAGRAPH_BREAK = re.compile(rf"(?:{NEWLINE}[ \t\f\v\u00a0]*{NEWLINE}|\u2029)\s*")
LINE_BREAK = re.compile(NEWLINE)
LIST_ITEM = re.compile(r"\s*(?:[-*\u2022\u2013\u2014\u25aa\u25cf]|\d{1,2}[.)])\s+")
TERMINAL = re.compile(r"""[.!?\u2026:;]['"\u2019\u201d)\]]*\s*$""")
# Short lines without final punctuation in a paragraph of longer lines are
# headlines, datelines or list items, not hard-wrapped prose.
SHORT_LINE_SHARE = 0.7
HEADLINE_CAPITALISED_SHARE = 0.75
HEADLINE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
LIST_NUMBER_LINE = re.compile(r"\d{1,3}[.)]?")

DOTTED_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")
CLOSING_MARKS = re.compile(r"""[)\]}"'\u2019\u201d\u00bb]+[.,;:!?\u2026]*(?=\s|$|[,;:\u2014\u2013-])""")
OPENING_MARKS = r"""['"\u2018\u201c(\[\s]*"""
FIRST_WORD = re.compile(OPENING_MARKS + r"([^\W\d_]+)")
GOES_ON_PUNCTUATION = re.compile(r"[,;:)\]}]|\u2014|\u2013|--|-\s+[a-z]")
LETTER_OR_DIGIT = re.compile(r"[^\W_]")
LIST_MARKER = re.compile(r"[-*\u2022\u2043]?\s*(?:\d{1,3}|[A-Za-z])[.)]{1,2}")
ELLIPSIS = re.compile(r"\.{3,}|\u2026|(?:\.\s){2,}\.")
QUOTE_ENDS_QUESTION = re.compile(r"""[?!]+['"\u2019\u201d]+$""")
NAME_THEN_VERB = re.compile(r"""((?:[A-Z][\w'\u2019.-]*\s+){1,4})([a-z]+)\b""")
NUMBER_ABBREVIATION_END = re.compile(r"\b(?:No|Nos|no|Art|Fig|Vol|p|pp)\.$")
STARTS_DIGIT = re.compile(r"\d")
LEADING_MARKS = "\"'\u2018\u201c([{"


class _Abbreviations(frozenset[str]):
    """Rule `dotted_initials`: "H.W.", "N.H.", "F.B.I." are abbreviations too.

    Like the listed ones they end a sentence only before a frequent sentence
    starter: `former President George H.W. Bush` stays whole, `a ban on
    Muslims entering the U.S. The proposal...` is two sentences.
    """

    def __contains__(self, word: object) -> bool:
        return super().__contains__(word) or (isinstance(word, str) and DOTTED_INITIALS.fullmatch(word) is not None)


class _NewsLanguageVars(PunktLanguageVars):
    """Rule `judge_one_boundary`: judge a candidate by the next word alone.

    Stock Punkt reads the whole next token, final punctuation included, and
    takes any break inside it for a break at the candidate: `I like Dr.
    Carson.” He left.` was cut after `Dr.`. Here the next token stops before
    its own `.`, `?` or `!`.
    """

    _period_context_fmt = r"""
        %(SentEndChars)s             # a potential sentence ending
        (?=(?P<after_tok>
            %(NonWord)s              # either other punctuation
            |
            \s+(?P<next_tok>[^\s.?!]+|\S+)  # or whitespace and the next word
        ))"""


class _NewsPunkt(PunktSentenceTokenizer):
    """Rule `starter_before_initial`: a capitalised frequent sentence starter
    opens a sentence after an initial or a number too, not only after an
    abbreviation: `able to move from A to B to C. She gets things done`."""

    def _ortho_heuristic(self, aug_tok: PunktToken) -> bool | str:
        if aug_tok.first_upper and aug_tok.type_no_sentperiod in self._params.sent_starters:
            return True
        return super()._ortho_heuristic(aug_tok)


@cache
def _titles() -> frozenset[str]:
    return load_word_set("title_abbreviations")


@cache
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = _Abbreviations(load_word_set("abbreviations") | _titles())
    params.sent_starters = set(load_word_set("sentence_starters"))
    return _NewsPunkt(params, lang_vars=_NewsLanguageVars())


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

    Rule `line_break_ends_headline`: a line without final punctuation ends
    its sentence when it is clearly shorter than the paragraph's longest line
    or is written as a headline, most words capitalised (`Historic Climate
    Change Agreement Adopted In Paris`). A line that is only a list number
    (`1`) stays with the line after it.
    Rule `list_items`: a list item, and the line before one, end at the
    line break. Hard-wrapped prose lines are joined.
    """
    lines = []
    position = start
    for match in LINE_BREAK.finditer(text, start, end):
        lines.append((position, match.start()))
        position = match.end()
    lines.append((position, end))
    longest = max(len(text[s:e].strip()) for s, e in lines)
    block_start = start
    for (s, e), (next_s, next_e) in pairwise(lines):
        line = text[s:e].strip()
        if not line or LIST_NUMBER_LINE.fullmatch(line):
            continue
        is_list_item = LIST_ITEM.match(line) or LIST_ITEM.match(text[next_s:next_e])
        is_short = len(line) < SHORT_LINE_SHARE * longest
        if is_list_item or (not TERMINAL.search(line) and (is_short or _is_headline(line))):
            yield from _trimmed(text, block_start, e)
            block_start = next_s
    yield from _trimmed(text, block_start, end)


def _is_headline(line: str) -> bool:
    words = [word for word in HEADLINE_WORD.findall(line) if len(word) > 3]
    capitalised = sum(word[0].isupper() for word in words)
    return len(words) >= 2 and capitalised >= HEADLINE_CAPITALISED_SHARE * len(words)


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    block = text[start:end]
    pieces = [(start + s, start + e) for s, e in _punkt().span_tokenize(block)]
    return _mend_false_breaks(text, pieces)


def _mend_false_breaks(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Move or join Punkt's pieces where news punctuation misled it.

    Rule `detached_closing_mark`: a closing quote or bracket that Punkt put
    at the start of the next piece (`'Who did you help?' " the dentist
    recounted`) goes back to the sentence it closes, and so does a piece of
    bare punctuation (`the last 25 years!!`).
    Rule `ellipsis_opens_sentence`: a bare ellipsis between two sentences
    opens the second: `Everyone is healthy and happy.` `... A special thanks`.
    Rule `list_marker_opens_item`: so does a list number: `1. They fight
    bloat.` is one sentence, not `1.` and `They fight bloat.`.
    Then pieces that cannot open a sentence join the one before (`_goes_on`).
    """
    mended: list[tuple[int, int]] = []
    carried: int | None = None
    for index, (piece_start, end) in enumerate(pieces):
        start = piece_start
        if LIST_MARKER.fullmatch(text, start, end) and index + 1 < len(pieces):
            carried = start if carried is None else carried
            continue
        if mended and not LETTER_OR_DIGIT.search(text, start, end):
            if ELLIPSIS.fullmatch(text, start, end) and index + 1 < len(pieces):
                carried = start
            else:
                mended[-1] = (mended[-1][0], end)
            continue
        closing = CLOSING_MARKS.match(text, start, end) if mended else None
        if closing:
            mended[-1] = (mended[-1][0], closing.end())
            start = closing.end() + _leading_space(text[closing.end() : end])
            carried = None
        if mended and _goes_on(text[mended[-1][0] : mended[-1][1]], text[start:end]):
            mended[-1] = (mended[-1][0], end)
        else:
            mended.append((start if carried is None else carried, end))
        carried = None
    return mended


def _leading_space(text: str) -> int:
    return len(text) - len(text.lstrip())


def _goes_on(before: str, after: str) -> bool:
    """Whether `after` continues the sentence `before` rather than opening one.

    Rule `lowercase_goes_on`: news sentences open with a capital, a digit or
    a quote: `"Why?" he asked.`, `between 280 B.C. and 220 A.D.`. A word
    such as "iPhone" still opens a sentence.
    Rule `punctuation_goes_on`: a comma, semicolon, colon or closing bracket
    does not open one: `Sen. Elizabeth Warren (D-Mass.), who ...`.
    Rule `dash_goes_on`: nor does a dash: `DECATUR, Ill. — Sen. Ted Cruz ...`,
    `Salaam Bombay! - nominated for the Best Foreign Language Oscar`.
    Rule `title_before_name`: a title such as `Dr.` is followed by a name:
    `Dr. Who`. It is written as a title ("SEC." is no title).
    Rule `number_abbreviation`: `the No. 1 seed`.
    """
    first_word = FIRST_WORD.match(after)
    if (first_word and first_word.group(1).islower()) or GOES_ON_PUNCTUATION.match(after):
        return True
    if _is_attribution(before, after):
        return True
    last_word = before.split()[-1].lstrip(LEADING_MARKS)
    if last_word.endswith(".") and last_word[:-1].istitle() and last_word[:-1].lower() in _titles():
        return True
    return bool(NUMBER_ABBREVIATION_END.search(before) and STARTS_DIGIT.match(after))


def _is_attribution(before: str, after: str) -> bool:
    """Rule `quote_then_attribution`: a quotation that ends in ? or ! and is
    followed by a name and a verb of saying is one sentence with it:
    `"Who do they think they are?" Trump said of Apple in February.`"""
    match = NAME_THEN_VERB.match(after)
    if not (match and QUOTE_ENDS_QUESTION.search(before)):
        return False
    first_word = match.group(1).split()[0].lower()
    is_name = first_word not in load_word_set("sentence_starters")
    return is_name and match.group(2) in load_word_set("attribution_verbs")
