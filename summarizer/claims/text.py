"""Tokens with offsets, and quotations found over the whole text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from summarizer.nlp.splitter import paragraph_spans

# Abbreviated titles keep their dot so "Sen. Rubio said" stays one clause.
TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Rev|Prof|St|Jr|Sr|Adm|Sgt)\.(?=\s)"
    r"|(?:[A-Za-z]\.){2,}"
    r"|[\w\u00C0-\u024F]+(?:['\u2019\-][\w\u00C0-\u024F]+)*(?:['\u2019](?=\s|$))?"
    r"|[^\s\w]"
)
OPENING_DOUBLE = "\u201c"
CLOSING_DOUBLE = "\u201d"
OPENING_SINGLE = "\u2018"
CLOSING_SINGLE = "\u2019"
QUOTE_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def bare(self) -> str:
        """The word without a possessive ending: "NATO's" -> "NATO"."""
        return re.sub(r"['\u2019]s?$", "", self.text)


def tokenize(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), start + m.start(), start + m.end()) for m in TOKEN.finditer(text[start:end])]


@dataclass(frozen=True, slots=True)
class Quotes:
    """Quotations in a text, as sorted (start, end) spans including the marks."""

    spans: tuple[tuple[int, int], ...]

    def covering(self, position: int) -> tuple[int, int] | None:
        """The quotation that holds `position`, if any."""
        i = bisect_right(self.spans, (position, 1 << 62)) - 1
        for start, end in self.spans[max(0, i - 2) : i + 1]:
            if start <= position < end:
                return start, end
        return None

    def inside(self, start: int, end: int) -> list[tuple[int, int]]:
        """Quotations that overlap start..end, in order."""
        i = max(0, bisect_right(self.spans, (start, 1 << 62)) - 3)
        found = []
        for q in self.spans[i:]:
            if q[0] >= end:
                break
            if q[1] > start:
                found.append(q)
        return found


def find_quotes(text: str) -> Quotes:
    """Double-quoted spans (straight or curly) and UK-style single quotes.

    Rule `quote_runs_into_next_paragraph`: a quote left open at the end of a
    paragraph goes on when the next paragraph opens with a quote mark; left
    open otherwise, it ends with its paragraph.
    Rule `single_quotes_as_uk_outlets_use_them`: single quotes count only in a
    paragraph with no double quotes, opening before a letter after a space
    and closing after a letter or punctuation before a space or punctuation.
    """
    paragraphs = paragraph_spans(text)  # the splitter's paragraphs, so quotes and sentences agree
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for number, (p_start, p_end) in enumerate(paragraphs):
        first = p_start
        if open_at is not None:
            first += 1  # the continuing paragraph's opening mark
        has_double = False
        for i in range(first, p_end):
            c = text[i]
            if c == OPENING_DOUBLE:
                has_double = True
                # a second opening mark means the first was never closed
                open_at = i
            elif c == CLOSING_DOUBLE:
                has_double = True
                if open_at is not None:
                    spans.append((open_at, i + 1))
                    open_at = None
            elif c == '"':
                has_double = True
                if open_at is None:
                    open_at = i
                else:
                    spans.append((open_at, i + 1))
                    open_at = None
        if open_at is not None:
            following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
            if following is None or text[following[0]] not in '"\u201c':
                spans.append((open_at, p_end))
                open_at = None
        elif not has_double:
            spans.extend(_single_quotes(text, p_start, p_end))
    return Quotes(tuple(sorted(spans)))


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014\u2013-/:") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _single_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    open_at = None
    for i in range(start, end):
        c = text[i]
        if c not in ("'", OPENING_SINGLE, CLOSING_SINGLE):
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if open_at is None and c != CLOSING_SINGLE and (before.isspace() or before in "([\u2014") and after.isalpha():
            open_at = i
        elif (
            open_at is not None
            and c != OPENING_SINGLE
            and not before.isspace()
            and (after.isspace() or after in ".,;:?!)\u2014")
            and before != "s"  # states' rights: a possessive, not a closing quote
        ):
            spans.append((open_at, i + 1))
            open_at = None
    return spans
