"""`summarizer brief`: a briefing note for one article or several."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from summarizer.cli.common import (
    Debug,
    OutputFormat,
    choose_format,
    command,
    emit,
    format_option,
    guarded,
    show,
    write_atomically,
)

if TYPE_CHECKING:
    from summarizer.brief import Brief

SUFFIX_FORMATS = {".md": OutputFormat.markdown, ".markdown": OutputFormat.markdown, ".json": OutputFormat.json,
                  ".txt": OutputFormat.text}


@command
def brief(
    sources: Annotated[
        list[str],
        typer.Argument(metavar="SOURCE", show_default=False,
                       help="Article files, saved web pages or http(s) URLs; - for standard input."),
    ],
    points: Annotated[
        int | None,
        typer.Option("--points", "-p", min=0, metavar="N", show_default=False,
                     help="Key points besides the bottom line. Default: 4, or 6 for several articles."),
    ] = None,
    words: Annotated[
        int | None,
        typer.Option("--words", "-w", min=1, metavar="N", show_default=False,
                     help="Word budget for the bottom line and key points together."),
    ] = None,
    method: Annotated[
        str, typer.Option("--method", "-m", metavar="NAME", help="Ranker that picks the key points.")
    ] = "default",
    output_format: Annotated[
        OutputFormat | None,
        format_option(OutputFormat.markdown, ", or as the --output suffix says (.md, .txt, .json)"),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", show_default=False, dir_okay=False,
                     help="Write the note to FILE instead of standard output."),
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
        if output is not None:
            chosen = output_format or SUFFIX_FORMATS.get(output.suffix.lower(), OutputFormat.markdown)
            if chosen is OutputFormat.rich:
                raise ValueError("--format rich is for the terminal; write text, markdown or json to a file")
            write_atomically(output, render_brief(note, chosen))
            sys.stderr.write(f"summarizer: wrote {output}\n")
            return
        chosen = choose_format(output_format, piped=OutputFormat.markdown)
        if chosen is OutputFormat.rich:
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


def render_brief(note: Brief, output_format: OutputFormat) -> str:
    from summarizer.render.brief import brief_json, brief_markdown, brief_text

    renderers = {OutputFormat.json: brief_json, OutputFormat.text: brief_text, OutputFormat.markdown: brief_markdown}
    return renderers[output_format](note)
