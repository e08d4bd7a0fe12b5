"""`summarizer text`: the article text as read, which every offset indexes."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

import summarizer.cli.common as common
from summarizer.cli.common import Debug, Source, command


class TextFormat(StrEnum):
    """The values of `text --format`. No rich or Markdown view: either would
    change the characters (wrapping, escapes), and the point of the command
    is the text exactly as the offsets index it."""

    text = "text"
    json = "json"


@command(
    "summarizer text page.html                     # the text the offsets index",
    "summarizer text page.html -f json             # with title, author, date, ...",
    "summarizer text https://example.com/story -o story.txt",
    "cat article.txt | summarizer text -",
)
def text(
    source: Source,
    output_format: Annotated[
        TextFormat | None,
        typer.Option("--format", "-f", metavar="FORMAT", show_default=False,
                     help="text or json. Default: text, or json for an --output ending in .json."),
    ] = None,
    output: Annotated[Path | None, common.output_option("the text")] = None,
    debug: Debug = False,
) -> None:
    """Print an article's text exactly as read: the text that the offsets
    (start, end) in the JSON of summarize, claims and brief index.

    For a text file it is the file as decoded. For a saved web page or a URL
    it is the extracted article: its title line, a blank line, then the
    paragraphs, a blank line apart. The JSON adds source, kind, title,
    author, date, site, url, encoding, what the page clean-up removed and
    any warnings.
    """

    def work() -> None:
        from summarizer.reading import read_article
        from summarizer.render.article import article_json, article_text

        common.check_output(output, [source])
        common.note_terminal_input(source, "the article", "paste it")
        article = read_article(source, on_warning=common.warn)
        suffix_json = output is not None and output.suffix.lower() == ".json"
        chosen = output_format or (TextFormat.json if suffix_json else TextFormat.text)
        common.write_or_print(article_json(article) if chosen is TextFormat.json else article_text(article), output)

    common.guarded(debug, work)
