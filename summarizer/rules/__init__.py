"""Rules as data: plain, commented text files shipped inside the package.

Each file holds one entry per line. `#` starts a comment when it opens the
line or follows a space; blank lines are skipped. Files are read once.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_COMMENT = re.compile(r"(^|\s)#.*$")


# One line of a word-set file: a set name (no spaces; "/" may join several
# names, as in organisation_descriptions.txt), a colon, then at least one word.
_WORD_SET_LINE = re.compile(r"(?P<name>[^\s:]+)\s*:(?P<words>.*\S.*)")


@cache
def _lines(name: str) -> tuple[str, ...]:
    """The lines of `rules/<name>.txt` as written: the one read of a rules
    file, for its entries (`_numbered_entries`) and its headings (`_sections`)."""
    return tuple(resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8").splitlines())


@cache
def _numbered_entries(name: str) -> tuple[tuple[int, str], ...]:
    """The entries of `rules/<name>.txt` with their line numbers (from 1), in
    file order, comments and blank lines removed."""
    entries = ((number, _COMMENT.sub("", line).strip()) for number, line in enumerate(_lines(name), 1))
    return tuple((number, entry) for number, entry in entries if entry)


# A section heading of a rules file: "# --- countries", "# --- US states (those that ...)",
# "# --- byline (whole): who wrote it ----"; the heading is the words before a bracket, a colon
# or the closing dashes ("countries", "US states", "byline")
_HEADING = re.compile(r"#\s*---\s*(?P<heading>[^(:]*?)[\s-]*(?:[(:].*)?")


@cache
def _sections(name: str) -> dict[str, tuple[int, int]]:
    """The sections of `rules/<name>.txt`, heading -> (the heading's line,
    the next heading's line or the line after the file's end). A heading
    written twice is an error (session 27: places.txt had a second
    "# --- countries" part that `load_section`, reading the first only,
    never saw: "Central African Republic" was no country)."""
    lines = _lines(name)
    headings = [(number, found["heading"]) for number, line in enumerate(lines, 1)
                if (found := _HEADING.fullmatch(line.strip())) is not None]
    sections: dict[str, tuple[int, int]] = {}
    # a file with no heading has no sections (its `load_section` then says so, not zip's error)
    ends = [number for number, _ in headings[1:]] + ([len(lines) + 1] if headings else [])
    for (number, heading), end in zip(headings, ends, strict=True):
        if heading in sections:
            raise ValueError(f"{name}.txt line {number}: heading '# --- {heading}' again (first on line "
                             f"{sections[heading][0]}); merge the two parts into one")
        sections[heading] = (number, end)
    return sections


@cache
def load_rules(name: str) -> tuple[str, ...]:
    """The entries of `rules/<name>.txt`, in file order, comments removed."""
    return tuple(entry for _, entry in _numbered_entries(name))


@cache
def load_section(name: str, heading: str) -> frozenset[str]:
    """The entries of one part of `rules/<name>.txt`, lower case: the lines
    after its `# --- <heading>` line and before the next `# ---` line
    (places.txt: "countries"), read as `load_rules` reads the file. A
    heading the file does not have, or has twice, is an error raised at
    once, never a part silently left out."""
    sections = _sections(name)
    if heading not in sections:
        raise ValueError(f"{name}.txt has no heading '# --- {heading}'")
    first, end = sections[heading]
    return frozenset(entry.lower() for number, entry in _numbered_entries(name) if first < number < end)


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
    for number, entry in _numbered_entries(name):
        line = _WORD_SET_LINE.fullmatch(entry)
        if line is None:
            # A line of another shape (a stray word, a git conflict marker left
            # by a merge) would else become an empty set nobody asks for.
            raise ValueError(f"{name}.txt line {number}: not a 'name: words' line: {entry!r}")
        sets.setdefault(line["name"], set()).update(line["words"].lower().split())
    return {key: frozenset(words) for key, words in sets.items()}


@cache
def word_set(name: str, set_name: str) -> frozenset[str]:
    """One set of a `SET: words` rules file (`load_word_sets`); a set the file
    does not have is a programming error, raised at once."""
    words = load_word_sets(name).get(set_name)
    if not words:
        raise ValueError(f"{name}.txt has no set {set_name!r}")
    return words


def alternation(words: frozenset[str], spaced: bool = False, capitalised: bool = False) -> str:
    """A regular-expression group matching any of `words` as written, the
    longest first (so "could have" wins over "could"). `spaced`: a "_" in a
    word stands for any run of spaces, as word-set files write a phrase
    ("no_longer" matches "no longer"). `capitalised`: each word with its
    first letter upper-cased, as a sentence or a name opens ("saint" matches
    "Saint"), since word-set files are read lower-cased."""
    if capitalised:
        words = frozenset(word[:1].upper() + word[1:] for word in words)
    escaped = sorted(map(re.escape, words), key=len, reverse=True)
    return "(?:" + "|".join(w.replace("_", r"\s+") if spaced else w for w in escaped) + ")"
