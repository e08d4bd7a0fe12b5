"""`summarizer brief`: a briefing note for one article or several."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

import summarizer.cli.common as common
from summarizer.cli.common import Debug, OutputFormat, command


@command(
    "summarizer brief article.txt                  # rich view on a terminal",
    "summarizer brief a.txt b.html -o note.md      # one note over two articles",
    "summarizer brief https://example.com/story --points 3",
    "summarizer brief article.txt -f text          # plain text, for e-mail",
)
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
    method: Annotated[str, common.method_option("Ranker that picks the key points")] = "default",
    output_format: Annotated[
        OutputFormat | None,
        common.format_option(OutputFormat.markdown, common.SUFFIX_HELP),
    ] = None,
    output: Annotated[Path | None, common.output_option("the note")] = None,
    debug: Debug = False,
) -> None:
    """Write a briefing note: bottom line, key points, who said what, what is
    hedged or unconfirmed, who is mentioned – every point cited."""

    def work() -> None:
        from summarizer.brief import make_brief
        from summarizer.render.brief import brief_views
        from summarizer.summarizers import check_method

        if sources.count("-") > 1:
            raise ValueError("standard input (-) can be read only once")
        common.check_output(output, sources)
        check_method(method)
        in_view = common.view_shows_warnings(output_format, output)
        articles = [common.read_noted(source, method, in_view) for source in unique_sources(sources)]
        note = make_brief(articles, points=points, words=words, method=method)
        if words is not None and note.bottom_line is None:
            raise ValueError(f"no sentence fits in {words} words as the note's bottom line; raise --words")
        width = common.text_width(to_file=output is not None)
        common.deliver(brief_views(note, width), output=output, requested=output_format, piped=OutputFormat.markdown)

    common.one_length_limit(**{"--points": points, "--words": words})
    common.guarded(debug, work)


def unique_sources(sources: list[str]) -> list[str]:
    """Each source once: the same file named twice would cite every point twice."""
    seen: set[str] = set()
    unique = []
    for source in sources:
        key = source if source == "-" or "://" in source else str(Path(source).resolve())
        if key in seen:
            common.warn(f"{source} is given more than once; it is read once")
            continue
        seen.add(key)
        unique.append(source)
    return unique

