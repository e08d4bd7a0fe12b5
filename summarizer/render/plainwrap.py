"""Plain text in lines of a width, for the views that are read as text
(the brief's `--format text`): no rich, so that the text format does not
load it.

Rule `text_wraps_to_the_width` (brief s19: `brief -f text` printed a key
point of 60 words on one line, where rich and Markdown read well): a line
is broken between words into rows of at most the width, the rows after the
first hanging under its text ("- " of a bullet, "[3] " of a reference), so
that a bullet stays one block. A word is never cut: a URL or a path longer
than the row stays whole on a row of its own, to be copied and clicked.
Rule `citation_stays_with_its_sentence`: the citations that end a line
("[3]", "[2][5]") and a source tag before them ("(source 2)") go on the
row of the line's last word, so that a row never opens on a citation
alone nor breaks "(source" from "2)". A caller glues other words the same
way with `GLUE` (rule `count_stays_with_its_name`: "Madrid (1)" of the
brief's Mentioned list).
"""

from __future__ import annotations

import re
import unicodedata

# What the text views wrap to off a terminal (a pipe, a file, e-mail), and the narrowest width they
# wrap to (a terminal reported narrower would give a word a row).
TEXT_WIDTH = 80
MIN_TEXT_WIDTH = 40
# The citations that end a line and the source tag before them: joined to the word before them.
CITATION_TAIL = re.compile(r"(?: \(sources? [0-9, ]+\))?(?: (?:\[[^\[\]\s]+\])+)$")
# A space no wrapper breaks at (inside a `CITATION_TAIL`, between a name and its count); a plain
# space once laid out. A character no text holds, of Unicode's private use area and one cell wide,
# so that rich, which breaks at any space (a no-break one too), lays it out as one too
# (`layout.KeptCitations`).
GLUE = "\ue000"


def cells(text: str) -> int:
    """The terminal cells `text` takes: two for a wide (East Asian) character,
    none for a combining mark, one for the rest."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def glued_citations(line: str) -> str:
    """`line` with the spaces of the citations that end it (`CITATION_TAIL`)
    glued, so that no wrapper breaks them from its last word."""
    tail = CITATION_TAIL.search(line)
    return line[: tail.start()] + tail.group().replace(" ", GLUE) if tail else line


def unglued_if_too_long(word: str, width: int) -> list[str]:
    """A glued run of words (`GLUE`) as one word while it fits in `width`
    cells; longer, its words apart, so that a long name breaks between its
    words (rule `name_wraps_whole`) instead of running past the row; a
    count or a citation ("(3)", "[4]") stays glued to the word before it."""
    if GLUE not in word or cells(word) <= width:
        return [word]
    pieces: list[str] = []
    for piece in word.split(GLUE):
        if pieces and piece[:1] in "([":
            pieces[-1] += GLUE + piece
        else:
            pieces.append(piece)
    return pieces


def wrapped(line: str, width: int | None, hang: int = 0) -> list[str]:
    """`line` in rows of at most `width` cells (`text_wraps_to_the_width`),
    the rows after the first indented by `hang` spaces; `[line]` as it is
    when `width` is None or the line fits. Spaces that lead the line are
    kept (an indented command)."""
    if width is None or cells(line) <= width:
        return [line.replace(GLUE, " ")]
    body = glued_citations(line.lstrip(" "))
    lead = line[: len(line) - len(body)]
    rows: list[str] = []
    current = lead
    margin = " " * hang
    for word in (piece for glued in body.split(" ") for piece in unglued_if_too_long(glued, width - hang)):
        if not word:
            continue
        start = current.strip() == ""
        candidate = f"{current}{word}" if start else f"{current} {word}"
        if start or cells(candidate.replace(GLUE, " ")) <= width:
            current = candidate
        else:
            rows.append(current)
            current = margin + word
    rows.append(current)
    return [row.replace(GLUE, " ") for row in rows]
