"""`summarizer summarize`: the key sentences of an article."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

import summarizer.cli.common as common
from summarizer.cli.common import Debug, OutputFormat, Source, command


@command(
    "summarizer summarize article.txt              # rich view on a terminal",
    "summarizer summarize article.txt -n 5         # five sentences",
    "summarizer summarize page.html --words 120    # at most 120 words",
    "summarizer summarize article.txt -m lexrank -f json",
    "cat article.txt | summarizer summarize -      # one sentence a line",
    "summarizer summarize article.txt --explain    # why each was picked",
)
def summarize(
    source: Source,
    sentences: Annotated[
        int | None,
        typer.Option("--sentences", "-n", min=1, metavar="N", help="Keep N sentences.", show_default=False),
    ] = None,
    ratio: Annotated[
        float | None,
        typer.Option("--ratio", "-r", metavar="SHARE", show_default=False, callback=common.ratio_value,
                     help="Keep this share of the sentences: above 0, at most 1."),
    ] = None,
    words: Annotated[
        int | None,
        typer.Option("--words", "-w", min=1, metavar="N", help="Keep at most N words.", show_default=False),
    ] = None,
    method: Annotated[str, common.method_option("Ranker")] = "default",
    explain: Annotated[
        bool,
        typer.Option("--explain", "-e", help="Show every sentence with its score, the parts of the "
                     "score (news ranker) and whether it was picked."),
    ] = False,
    output_format: Annotated[OutputFormat | None, common.format_option(OutputFormat.text, common.SUFFIX_HELP)] = None,
    output: Annotated[Path | None, common.output_option("the summary")] = None,
    debug: Debug = False,
) -> None:
    """Print the key sentences of an article, verbatim and in article order.

    With no length option, articles of up to 15 sentences get 3 and longer
    ones a fifth of theirs, at most 10 (-n, --ratio and --words are not
    capped).
    """

    def work() -> None:
        from summarizer.render.explain import explanation_views
        from summarizer.render.summary import summary_views
        from summarizer.summarizers import check_method
        from summarizer.summarizers.base import Length
        from summarizer.summary import explain_document, summarize_document

        common.check_output(output, [source])
        length = Length(sentences=sentences, ratio=ratio, words=words)
        check_method(method)
        document = common.read_document(source, method,
                                            not explain and common.view_shows_warnings(output_format, output))

        if explain:
            views = explanation_views(explain_document(document, length, method), source)
        else:
            summary = summarize_document(document, length, method)
            if words is not None and not summary.sentences:
                raise ValueError(f"no sentence fits in {words} words; raise --words")
            views = summary_views(summary, source)
        common.deliver(views, output=output, requested=output_format, piped=OutputFormat.text)

    common.one_length_limit(**{"-n": sentences, "--ratio": ratio, "--words": words})
    common.guarded(debug, work)

