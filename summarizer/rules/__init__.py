"""Rules as data: plain, commented text files shipped inside the package.

Each file holds one entry per line. `#` starts a comment when it opens the
line or follows a space; blank lines are skipped. Files are read once.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_COMMENT = re.compile(r"(^|\s)#.*$")


@cache
def load_rules(name: str) -> tuple[str, ...]:
    """The entries of `rules/<name>.txt`, in file order, comments removed."""
    raw = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = (_COMMENT.sub("", line).strip() for line in raw.splitlines())
    return tuple(entry for entry in entries if entry)


@cache
def load_word_set(name: str) -> frozenset[str]:
    """A rules file read as a set of lower-cased words."""
    return frozenset(entry.lower() for entry in load_rules(name))


@cache
def load_word_sets(name: str) -> dict[str, frozenset[str]]:
    """A rules file of `SET: word word ...` lines (a set may run over several
    lines), as set name -> lower-cased words. The one reader of such files:
    cleanup reads datelines.txt with it, the claim tagger its word sets."""
    sets: dict[str, set[str]] = {}
    for entry in load_rules(name):
        set_name, _, listed = entry.partition(":")
        sets.setdefault(set_name.strip(), set()).update(listed.lower().split())
    return {key: frozenset(words) for key, words in sets.items()}


@cache
def word_set(name: str, set_name: str) -> frozenset[str]:
    """One set of a `SET: words` rules file (`load_word_sets`); a set the file
    does not have is a programming error, raised at once."""
    words = load_word_sets(name).get(set_name)
    if not words:
        raise ValueError(f"{name}.txt has no set {set_name!r}")
    return words


def alternation(words: frozenset[str]) -> str:
    """A regular-expression group matching any of `words` as written, the
    longest first (so "could have" wins over "could")."""
    return "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"
