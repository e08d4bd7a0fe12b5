"""`summarizer brief`: a briefing note for one article or several."""

from __future__ import annotations

import os
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli.common import Debug, app, emit, guarded, show


class BriefFormat(StrEnum):
    rich = "rich"
    markdown = "markdown"
    json = "json"


SUFFIX_FORMATS = {".md": BriefFormat.markdown, ".markdown": BriefFormat.markdown, ".json": BriefFormat.json}


@app.command()
def brief(
    sources: Annotated[
        list[str],
        typer.Argument(help="Article files, saved web pages or http(s) URLs; - for standard input.",
                       show_default=False),
    ],
    points: Annotated[
        int | None,
        typer.Option("--points", "-p", min=0, help="Key points besides the bottom line. Default: 4, or 6 for "
                     "several articles.", show_default=False),
    ] = None,
    words: Annotated[
        int | None,
        typer.Option("--words", "-w", min=1, help="Word budget for the bottom line and key points together.",
                     show_default=False),
    ] = None,
    method: Annotated[str, typer.Option("--method", "-m", help="Ranker that picks the key points.")] = "default",
    output_format: Annotated[
        BriefFormat | None,
        typer.Option("--format", "-f", help="Output format. Default: rich on a terminal, markdown when piped, "
                     "or as the --output suffix says (.md, .json).", show_default=False),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the note to this file instead of standard output.",
                     show_default=False, dir_okay=False),
    ] = None,
    debug: Debug = False,
) -> None:
    """Write a briefing note: bottom line, key points, who said what, what is
    hedged or unconfirmed, who is mentioned – every point cited."""

    def work() -> None:
        import sys

        from summarizer.brief import make_brief
        from summarizer.reading import read_article, warn_on_stderr

        if sources.count("-") > 1:
            raise ValueError("standard input (-) can be read only once")
        articles = [read_article(source, on_warning=warn_on_stderr) for source in unique_sources(sources)]
        note = make_brief(articles, points=points, words=words, method=method)
        if words is not None and note.bottom_line is None:
            raise ValueError(f"no sentence fits in {words} words; raise --words")
        chosen = output_format or (SUFFIX_FORMATS.get(output.suffix.lower(), BriefFormat.markdown) if output else
                                   BriefFormat.rich if sys.stdout.isatty() else BriefFormat.markdown)
        if output is not None:
            if chosen is BriefFormat.rich:
                raise ValueError("--format rich is for the terminal; write markdown or json to a file")
            write_atomically(output, render_brief(note, chosen))
            sys.stderr.write(f"summarizer: wrote {output}\n")
        elif chosen is BriefFormat.rich:
            from summarizer.render.brief import BriefView

            show(BriefView(note))
        else:
            emit(render_brief(note, chosen))

    guarded(debug, work)


def unique_sources(sources: list[str]) -> list[str]:
    """Each source once: the same file named twice would cite every point twice."""
    import sys

    seen: set[str] = set()
    unique = []
    for source in sources:
        key = source if source == "-" or "://" in source else str(Path(source).resolve())
        if key in seen:
            sys.stderr.write(f"summarizer: warning: {source} is given more than once; it is read once\n")
            continue
        seen.add(key)
        unique.append(source)
    return unique


def render_brief(note: object, output_format: BriefFormat) -> str:
    from summarizer.render.brief import brief_json, brief_markdown

    return brief_json(note) if output_format is BriefFormat.json else brief_markdown(note)


def write_atomically(path: Path, text: str) -> None:
    """Write beside the target and rename: an interrupted run never leaves a
    half-written note in place of a good one."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise ValueError(f"{path}: folder {directory} does not exist")
    if path.is_dir():
        raise ValueError(f"{path}: is a directory; name a file")
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise ValueError(f"{path}: cannot write there ({error.strerror or error})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ValueError(f"{path}: cannot write ({error.strerror or error})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
