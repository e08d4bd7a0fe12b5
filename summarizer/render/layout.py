"""Rich layout shared by the views: a panel whose title and footer are never
cut, and the width a table needs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from summarizer.render.plainwrap import GLUE, glued_citations, unglued_if_too_long

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.measure import Measurement
    from rich.table import Table
    from rich.text import Text

# A panel's border: corner, rule, space before and after the title, rule, corner.
PANEL_TITLE_MARGIN = 6
UNBOUNDED = 1_000_000


def framed(body: RenderableType, title: Text | None, footer: Text | None, width: int) -> Iterator[RenderableType]:
    """`body` in a blue panel, `title` on its top border and `footer` on its
    bottom one when they fit there; a title or footer too long for the
    border at this `width` goes on its own (wrapped) lines above or below
    the panel instead of being cut."""
    from rich.panel import Panel

    title_fits = title is None or title.cell_len + PANEL_TITLE_MARGIN <= width
    footer_fits = footer is None or footer.cell_len + PANEL_TITLE_MARGIN <= width
    if not title_fits and title is not None:
        yield title
    yield Panel(body, title=title if title_fits else None, title_align="left", border_style="blue",
                subtitle=footer if footer_fits else None, subtitle_align="right")
    if not footer_fits and footer is not None:
        yield footer


def table_fits(console: Console, options: ConsoleOptions, table: Table) -> bool:
    """Whether `table` can be drawn in the available width without cutting
    a cell: every `no_wrap` column as wide as its widest cell, every other
    column at least its `min_width` and its longest word, plus padding and
    borders. (rich's own minimum treats a no-wrap column as wrappable, and
    its layout squeezes columns below `min_width` and crops the row.)"""
    from rich.padding import Padding

    unbounded = options.update(max_width=UNBOUNDED)
    _, right, _, left = Padding.unpack(table.padding)
    needed = 0
    for column in table.columns:
        sizes = [_measure(console, unbounded, cell) for cell in (column.header, *column.cells)]
        width = max((maximum if column.no_wrap else minimum) for minimum, maximum in sizes)
        needed += max(width, column.min_width or 0) + left + right
    if table.box:
        needed += len(table.columns) - 1 + (2 if table.show_edge else 0)
    return needed <= options.max_width


def _measure(console: Console, options: ConsoleOptions, cell: RenderableType) -> tuple[int, int]:
    """(longest word, longest line) of a cell, as rich measures it; a
    `Text` is measured here directly (rich's general path costs ten times
    as much, and a transcript may give a table of tens of thousands of rows)."""
    from rich.cells import cell_len
    from rich.measure import Measurement
    from rich.text import Text

    if not isinstance(cell, Text):
        measured = Measurement.get(console, options, cell)
        return measured.minimum, measured.maximum
    lines = cell.plain.splitlines()
    longest_line = max((cell_len(line) for line in lines), default=0)
    longest_word = max((cell_len(word) for word in cell.plain.split()), default=longest_line)
    return longest_word, longest_line


def colour_shown(console: Console) -> bool:
    """False with NO_COLOR, a dumb terminal or output to a file or pipe:
    colours are then dropped, and a legend must not rely on them."""
    return not console.no_color and console.color_system is not None


def path_pieces(path: str, width: int) -> list[str]:
    """Rule `long_path_folds_at_slashes`: `path` in pieces of at most
    `width` cells, broken after a `/`; a name longer than the line after a
    `-`, `_`, `.` or space too (inside a word only when even that is
    longer), so that a file path read at 80 columns is whole and never cut
    to "…". A URL is never folded: it is printed whole for the terminal to
    wrap, so that it can be copied."""
    from rich.cells import cell_len, chop_cells

    width = max(width, 1)
    pieces: list[str] = []
    current = ""
    for part in re.split(r"(?<=/)", path):
        for word in [part] if cell_len(part) <= width else re.split(r"(?<=[-_. ])", part):
            while word:
                if cell_len(current + word) <= width:
                    current, word = current + word, ""
                elif current and (cell_len(word) <= width or cell_len(current + word[0]) > width):
                    pieces.append(current)
                    current = ""
                else:  # longer than the line: fill the line (one character at least), the rest on the next
                    cut = max(len(chop_cells(word, width - cell_len(current))[0]), 1)
                    pieces.append(current + word[:cut])
                    current, word = "", word[cut:]
    if current or not pieces:
        pieces.append(current)
    return pieces


def folded_words(line: str, width: int) -> list[str]:
    """`line` in rows of at most `width` cells, broken between words; a
    word longer than a row (a file path) folds after a `/` (rule
    `long_path_folds_at_slashes`), a URL stays whole on a row of its own
    (to be copied; the terminal wraps it)."""
    from rich.cells import cell_len

    rows: list[str] = []
    current = ""
    for word in line.split():
        if cell_len(word) > width:
            rows += [current] if current else []
            pieces = [word] if "://" in word else path_pieces(word, width)
            rows += pieces[:-1]
            current = pieces[-1]
        elif current and cell_len(f"{current} {word}") > width:
            rows.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return [*rows, current] if current or not rows else rows


class NoteLines:
    """Note lines (the article's warnings) in the rich view, each folded
    to the view's width by `folded_words`."""

    def __init__(self, lines: list[str], style: str = "yellow") -> None:
        self.lines = lines
        self.style = style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.text import Text

        for line in self.lines:
            for row in folded_words(line, options.max_width):
                yield Text(row, style=self.style, no_wrap=True, overflow="ignore")


# A shell joins a line that ends in a backslash to the next one.
CONTINUATION = " \\"


def command_lines(command: str, argument: str, width: int, indent: int) -> list[str]:
    """Rule `command_fits_the_line`: `command argument` (the argument quoted
    for a shell) as lines of at most `width` cells that a shell still reads
    as one command, so that it can be both read at 80 columns and pasted:
    on one line when it fits; else the argument on the next line, after a
    backslash; and an argument longer than a line in pieces broken after a
    `/`, each quoted on its own and joined by a backslash at the end of the
    line, the next piece at the start of the next line (a space there would
    split the word)."""
    import shlex

    from rich.cells import cell_len

    margin = " " * indent
    quoted = shlex.quote(argument)
    whole = f"{margin}{command} {quoted}"
    if cell_len(whole) <= width:
        return [whole]
    lines = [f"{margin}{command}{CONTINUATION}"]
    hanging = " " * (indent + 2)
    if cell_len(hanging + quoted) <= width:
        return [*lines, hanging + quoted]
    # two cells for the quotes a piece may need, one for the backslash
    pieces = path_pieces(argument, width - len(hanging) - 3)
    for number, piece in enumerate(pieces):
        lead = hanging if number == 0 else ""
        tail = "\\" if number < len(pieces) - 1 else ""
        lines.append(f"{lead}{shlex.quote(piece)}{tail}")
    return lines


class KeptCitations:
    """A `Text` whose closing citations ("[3]", "[2][5]", " [1:12]") stay on
    the row of its last word, as in the text views (rule
    `citation_stays_with_its_sentence`, `plainwrap.CITATION_TAIL`): at 80
    columns a key point's "[14]" no longer wraps onto a row of its own,
    nor "[11][12]" splits. Words the text already holds glued (`GLUE`: a
    listed name and its count, rule `count_stays_with_its_name`) stay
    together too. Wrapped as rich wraps a `Text`; a last word and its
    citations longer than the row fold, as any word does."""

    def __init__(self, text: Text) -> None:
        self.text = text
        self.glued = text.copy()
        self.glued.plain = glued_citations(text.plain)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        from rich.measure import Measurement

        return Measurement.get(console, options, self.glued)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.text import Text

        glued = self.glued.copy()
        # a glued run longer than the row breaks between its words, as plain words do (`name_wraps_whole`)
        glued.plain = " ".join(" ".join(unglued_if_too_long(word, options.max_width))
                               for word in glued.plain.split(" "))
        lines = glued.wrap(console, options.max_width, justify=glued.justify or options.justify,
                                overflow=glued.overflow or options.overflow or "fold",
                                tab_size=glued.tab_size or 8, no_wrap=False)
        shown = Text("\n").join(lines)
        shown.plain = shown.plain.replace(GLUE, " ")
        yield from shown.render(console, end=self.text.end)
