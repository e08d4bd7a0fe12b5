"""Paragraphs and line breaks: which line breaks end a sentence.

Punkt only sees one block of running text at a time. Blank lines
(paragraphs) always end a sentence; a single line break ends one only by the
named rules below, each tested with a real passage in
tests/splitter_cases.txt. Everything else is a hard-wrapped line (a PDF, an
e-mail, `fmt -w 72`), and its line break is a space.

Rules: `paragraph_break`, `hard_wrap`, `list_items`, `open_line_goes_on`,
`lowercase_line_goes_on`, `lowercase_list`, `line_break_ends_headline`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

# Rule `paragraph_break`: a blank line ("\n\n", "\r\n\r\n", or a line of spaces).
NEWLINE = r"(?:\r\n|\r(?!\n)|\n|\u2028|\u2029)"
PARAGRAPH_BREAK = re.compile(rf"(?:{NEWLINE}[ \t\f\v\u00a0]*{NEWLINE}|\u2029)\s*")
LINE_BREAK = re.compile(NEWLINE)
LIST_ITEM = re.compile(r"\s*(?:[-*\u2022\u2013\u2014\u25aa\u25cf\u2043]|\d{1,2}[.)])\s+")
# Closing quotation marks and brackets that may follow a sentence's end:
# every "ends like a sentence" pattern of the project allows them.
CLOSERS = r"""['"\u2019\u201d)\]]*"""
TERMINAL = re.compile(rf"[.!?\u2026:;]{CLOSERS}\s*$")
LIST_NUMBER_LINE = re.compile(r"\d{1,3}[.)]?")
NUMBERED = re.compile(r"\s*\d")
SENTENCE_INSIDE = re.compile(r"""[.!?]['"\u2019\u201d)]*\s""")
# Rule `open_line_goes_on`: a line that ends in a comma, dash or opening bracket.
LINE_GOES_ON = re.compile(r"""(?:[,\u2013\u2014-]['"\u2019\u201d]*|[(\[])$""")
FIRST_WORD = re.compile(r"""['"\u2018\u201c(\[]*([^\W\d_]+)""")
WORD = re.compile(r"\S+")
HEADLINE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")

# Short lines without final punctuation in a paragraph of longer lines are
# headlines, datelines or list items, not hard-wrapped prose.
SHORT_LINE_SHARE = 0.7
HEADLINE_CAPITALISED_SHARE = 0.75
# Hard-wrapped text is filled to a width between these (PDF lines are the
# longest); most of its line breaks fall where the next word would not fit.
WRAP_WIDTH_MIN, WRAP_WIDTH_MAX = 40, 120
WRAPPED_BREAK_SHARE = 0.4
WRAPPED_BREAKS_MIN = 3

Span = tuple[int, int]


def paragraph_spans(text: str) -> list[Span]:
    """(start, end) of each paragraph: text between blank lines, trimmed."""
    spans = []
    position = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        spans.extend(trimmed(text, position, match.start()))
        position = match.end()
    spans.extend(trimmed(text, position, len(text)))
    return spans


def trimmed(text: str, start: int, end: int) -> list[Span]:
    """[(start, end)] without the outer whitespace, or [] when only whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if start < end else []


def paragraph_lines(text: str, start: int, end: int) -> list[Span]:
    """The paragraph's lines, trimmed, without the lines that hold only whitespace."""
    lines = []
    position = start
    for match in LINE_BREAK.finditer(text, start, end):
        lines.extend(trimmed(text, position, match.start()))
        position = match.end()
    lines.extend(trimmed(text, position, end))
    return lines


def _first_word_length(text: str, start: int, end: int, limit: int) -> int:
    match = WORD.match(text, start, min(end, start + limit + 1))
    return match.end() - start if match else 0


def wrap_width(text: str, paragraphs: Sequence[Sequence[Span]]) -> int | None:
    """Rule `hard_wrap`: the width the text was filled to, or None.

    A hard-wrapped text (`fmt`, `textwrap`, a PDF or an old e-mail) has no
    wrapped line longer than its width (the width is the longest line that
    another line follows in its paragraph: a paragraph on one line tells
    nothing), and most of its line breaks inside a paragraph fall where the
    next word would not have fitted on the line.
    Such a line break is a space, whatever the line looks like:
    `NATO Considers Expanding Agreements With Third Countries to Support` /
    `Ukraine` is one headline.
    """
    width = max((end - start for lines in paragraphs for start, end in lines[:-1]), default=0)
    if not WRAP_WIDTH_MIN <= width <= WRAP_WIDTH_MAX:
        return None
    breaks = wrapped = 0
    for lines in paragraphs:
        for (start, end), (next_start, next_end) in pairwise(lines):
            breaks += 1
            wrapped += end - start + 1 + _first_word_length(text, next_start, next_end, width) > width
    return width if breaks >= WRAPPED_BREAKS_MIN and wrapped >= WRAPPED_BREAK_SHARE * breaks else None


def line_blocks(text: str, lines: Sequence[Span], width: int | None) -> Iterator[Span]:
    """Cut a paragraph's lines into blocks of running text at the line breaks
    that end a sentence.

    Rule `hard_wrap` (see `wrap_width`): in hard-wrapped text, a line that
    the next word would have overflowed goes on.
    Rule `list_items`: a list item, and the line before one, end at the
    line break: `- Increased spending on health` (see `_is_list_item`); an
    item goes on into a line that starts in lower case.
    A line that ends in punctuation is left to Punkt, and so is
    Rule `open_line_goes_on`: a line that ends in a comma, a dash or an
    opening bracket: `on board the California Zephyr (CNN) --` / `Woooooh...`
    Otherwise:
    Rule `lowercase_line_goes_on`: a sentence broken by a stray line break
    goes on into a line that starts in lower case: `This line was` /
    `broken by the converter.`
    Rule `lowercase_list`: unless the block itself opened in lower case and
    no sentence ended in it since: then its lines are items of a list:
    `agenda` / `budget review`.
    Rule `line_break_ends_headline`: a line without final punctuation ends
    its sentence when it is clearly shorter than the paragraph's longest line,
    or when it opens a sentence and is written as a headline, most words
    capitalised (`Historic Climate Change Agreement Adopted In Paris`); in
    hard-wrapped text, only when the next line is a headline too. A line
    that is only a list number (`1`) stays with the line after it.
    """
    if not lines:
        return
    longest = max(end - start for start, end in lines)
    block_start = lines[0][0]
    opens_lower = _opens_lower(text, block_start, lines[0][1])
    opens_sentence = True
    for (start, end), (next_start, next_end) in pairwise(lines):
        line = text[start:end]
        # A list has no sentences in it: once one ends, lines go on.
        opens_lower = opens_lower and not SENTENCE_INSIDE.search(line)
        if _ends_sentence(text, line, (next_start, next_end), width, longest, opens_lower, opens_sentence):
            yield block_start, end
            block_start = next_start
            opens_lower = _opens_lower(text, next_start, next_end)
            opens_sentence = True
        else:
            opens_sentence = TERMINAL.search(line) is not None
            opens_lower = opens_lower and not opens_sentence
    yield block_start, lines[-1][1]


def _ends_sentence(text: str, line: str, following: Span, width: int | None, longest: int, opens_lower: bool,
                   opens_sentence: bool) -> bool:
    next_start, next_end = following
    if LIST_NUMBER_LINE.fullmatch(line):
        return False
    if width is not None and len(line) + 1 + _first_word_length(text, next_start, next_end, width) > width:
        return False
    next_opens_lower = _opens_lower(text, next_start, next_end)
    line_ends = TERMINAL.search(line) is not None
    if _is_list_item(text, following, line, line_ends) or (LIST_ITEM.match(line) and not next_opens_lower):
        return True
    if line_ends or LINE_GOES_ON.search(line):
        return False
    if next_opens_lower:
        return opens_lower
    if len(line) < SHORT_LINE_SHARE * longest:
        return True
    # In hard-wrapped text a line of capitalised words is a headline only
    # among headlines: `ECB President` / `Mario Draghi said ...` goes on.
    next_is_headline = width is None or _is_headline(text[next_start:next_end])
    return opens_sentence and _is_headline(line) and next_is_headline


def _is_list_item(text: str, span: Span, line_before: str, line_before_ends: bool) -> bool:
    """A line that opens with a bullet or dash, or with a number (`2. `) after
    a line that ends a sentence or is an item itself: `18 and` / `89.
    Participants ...` is a number wrapped to the start of a line."""
    item = LIST_ITEM.match(text, *span)
    if item is None:
        return False
    return not NUMBERED.match(item.group()) or line_before_ends or LIST_ITEM.match(line_before) is not None


def _opens_lower(text: str, start: int, end: int) -> bool:
    first = FIRST_WORD.match(text, start, min(end, start + 64))
    return first is not None and first.group(1).islower()


def _is_headline(line: str) -> bool:
    words = [word for word in HEADLINE_WORD.findall(line) if len(word) > 3]
    capitalised = sum(word[0].isupper() for word in words)
    return len(words) >= 2 and capitalised >= HEADLINE_CAPITALISED_SHARE * len(words)
