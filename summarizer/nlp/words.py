"""Words for the rankers: a tokenizer that needs no download, Snowball
stems and sumy's bundled English stop words."""

from __future__ import annotations

import re
from functools import cache, lru_cache

WORD = re.compile(r"[^\W_](?:[^\W_]|['\u2019.\-](?=[^\W_])|-(?:\r\n|\r|\n)[ \t]*(?=[^\W_]))*")
HYPHEN_LINE_BREAK = re.compile(r"-\s+")
LETTER = re.compile(r"[^\W\d_]")


def tokenize_words(text: str) -> list[str]:
    """Words and numbers in `text`, apostrophes and hyphens kept inside:
    "NATO's", "third-country", "4.25". A hyphenated word that a hard-wrapped
    text breaks after its hyphen ("third-" / "country") is still one word."""
    words = WORD.findall(text)
    if "-\n" in text or "-\r" in text:
        return [HYPHEN_LINE_BREAK.sub("-", word) if "-" in word else word for word in words]
    return words


def content_words(text: str) -> list[str]:
    """Lower-cased words with letters in them, stop words removed."""
    stops = stop_words()
    return [w for w in (t.lower() for t in tokenize_words(text)) if LETTER.search(w) and w not in stops]


@cache
def stop_words() -> frozenset[str]:
    """sumy's English list, read as sumy.utils.get_stop_words reads it, but
    without importing sumy.utils (requests and pycountry: ~0.1 s at start-up)."""
    import pkgutil

    data = pkgutil.get_data("sumy", "data/stopwords/english.txt")
    if data is None:  # pragma: no cover - sumy installed as a zip without a loader for data
        raise LookupError("sumy's English stop words cannot be read")
    return frozenset(word.rstrip() for word in data.decode("utf-8").splitlines() if word)


@cache
def _stemmer():
    from summarizer.nlp.nltk_parts import snowball_stemmer  # nltk's, without nltk/__init__.py

    return snowball_stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball (Porter2) stem of a lower-cased word."""
    return _stemmer().stem(word.lower())


def count_words(text: str) -> int:
    """How many words `text` has, as every count the tool shows counts them."""
    return len(tokenize_words(text))


def one_line(text: str) -> str:
    """`text` with every run of white space (line breaks too) as one space."""
    return " ".join(text.split())


def quotation_balance(text: str) -> tuple[int, int]:
    """(straight double quotes, opening minus closing curly double quotes):
    whether a text leaves a quotation open (the summary's rule
    `open_quotation`, and its view's `open_quotation_is_one_row`)."""
    return text.count('"'), text.count("\u201c") - text.count("\u201d")
