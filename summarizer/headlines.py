"""What reads as a headline: rule `headline_like`.

The document parser takes the headlines at the top of an article and the
subheads inside it by this rule, and a web page's title goes at the top of
its text only when it reads as one. It stands apart so that both can use it
without either importing the other.
"""

from __future__ import annotations

import re

from summarizer.nlp.lines import CLOSERS

HEADLINE_MAX_WORDS = 25
# How a sentence or a clause ends, closing quotes and brackets after it.
CLAUSE_END = re.compile(rf"[.:;,]{CLOSERS}$")


def is_headline_like(text: str) -> bool:
    """Rule `headline_like`: short, one line, not ending as a sentence or a
    clause does."""
    words = text.split()
    return (
        "\n" not in text
        and 0 < len(words) <= HEADLINE_MAX_WORDS
        and not CLAUSE_END.search(text)
        and not text.rstrip().endswith(".")
    )
