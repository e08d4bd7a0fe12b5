"""What reads as a headline: rule `headline_like`.

The document parser takes the headlines at the top of an article and the
subheads inside it by this rule, and a web page's title goes at the top of
its text only when it reads as one. It stands apart so that both can use it
without either importing the other.
"""

from __future__ import annotations

import re

from summarizer.nlp.lines import CLOSERS
from summarizer.nlp.splitter import is_abbreviation

HEADLINE_MAX_WORDS = 25
# A question longer than this, with a clause break inside, reads as prose.
QUESTION_HEADLINE_MAX_WORDS = 16
CLAUSE_BREAK = re.compile(r"[,:;]\s")
QUOTE_CLOSERS = "\"'\u2019\u201d\u00bb"
# How a sentence or a clause ends, closing quotes and brackets after it.
CLAUSE_END = re.compile(rf"[.:;,]{CLOSERS}$")
# The last word of a line and its final stop.
LAST_WORD_STOP = re.compile(r"(\S+)\.$")


def is_headline_like(text: str) -> bool:
    """Rule `headline_like`: short, one line, not ending as a sentence or a
    clause does, and no long question (rule `long_question_is_prose`)."""
    words = text.split()
    return (
        "\n" not in text
        and 0 < len(words) <= HEADLINE_MAX_WORDS
        and not CLAUSE_END.search(text)
        and not text.rstrip().endswith(".")
        and not is_long_question(text)
    )


def is_title_like(text: str) -> bool:
    """Rule `abbreviation_stop_ends_no_headline`: a title line reads as a
    headline by rule `headline_like`, or would but for the final stop of an
    abbreviation ("Don't forget Iran, Netanyahu tells U.N.", "Apple sues
    Samsung Inc."), which ends no sentence. A title that ends on a word's
    stop ("Netanyahu tells the U.N. assembly.") ends as a sentence.

    Only for an article's first line: a one-line paragraph in the body
    ending "... in the U.S." is prose, so subheads keep `is_headline_like`."""
    if is_headline_like(text):
        return True
    stripped = text.rstrip()
    last = LAST_WORD_STOP.search(stripped)
    return (last is not None and is_abbreviation(last.group(1).lstrip("(\"'\u2018\u201c"))
            and is_headline_like(stripped[:-1]))


def is_long_question(text: str) -> bool:
    """Rule `long_question_is_prose`: a question of more than
    QUESTION_HEADLINE_MAX_WORDS words with a clause break (comma, colon)
    inside is an article's opening sentence ("In Why We're Polarized, Ezra
    Klein sets out to answer a simple question: Why was America's 2016
    election so normal?"), not a headline ("Will the Fed raise rates?")."""
    stripped = text.rstrip().rstrip(QUOTE_CLOSERS)
    return (stripped.endswith("?") and len(text.split()) > QUESTION_HEADLINE_MAX_WORDS
            and bool(CLAUSE_BREAK.search(stripped)))
