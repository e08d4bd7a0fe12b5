"""`summarizer summarize`: the key sentences of an article."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from summarizer.cli.common import (
    SUFFIX_HELP,
    Debug,
    OutputFormat,
    Source,
    check_output,
    command,
    deliver,
    format_option,
    guarded,
    output_option,
    ratio_value,
)

if TYPE_CHECKING:
    from summarizer.model import Explanation, Summary

METHODS_HELP = "default (the news ranker), news, lead, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic, " \
               "reduction or random"


@command
def summarize(
    source: Source,
    sentences: Annotated[
        int | None,
        typer.Option("--sentences", "-n", min=1, metavar="N", help="Keep N sentences.", show_default=False),
    ] = None,
    ratio: Annotated[
        float | None,
        typer.Option("--ratio", "-r", metavar="SHARE", show_default=False, callback=ratio_value,
                     help="Keep this share of the sentences: above 0, at most 1."),
    ] = None,
    words: Annotated[
        int | None,
        typer.Option("--words", "-w", min=1, metavar="N", help="Keep at most N words.", show_default=False),
    ] = None,
    method: Annotated[
        str, typer.Option("--method", "-m", metavar="NAME", help=f"Ranker: {METHODS_HELP}.")
    ] = "default",
    explain: Annotated[
        bool,
        typer.Option("--explain", "-e", help="Show every sentence with its score, the parts of the "
                     "score (news ranker) and whether it was picked."),
    ] = False,
    output_format: Annotated[OutputFormat | None, format_option(OutputFormat.text, SUFFIX_HELP)] = None,
    output: Annotated[Path | None, output_option("the summary")] = None,
    debug: Debug = False,
) -> None:
    """Print the key sentences of an article, verbatim and in article order.

    With no length option, short articles get 3 sentences and long ones about
    a fifth of theirs.
    """

    def work() -> None:
        from summarizer.document import parse_article
        from summarizer.reading import read_article, warn_on_stderr
        from summarizer.summarizers import explain_document, get_ranker, summarize_document
        from summarizer.summarizers.base import Length

        check_output(output, [source])
        length = Length(sentences=sentences, ratio=ratio, words=words)
        get_ranker(method)  # fail on a bad name before any work
        document = parse_article(read_article(source, on_warning=warn_on_stderr))

        if explain:
            explanation = explain_document(document, length, method)
            deliver(lambda chosen: explanation_output(explanation, chosen), lambda: explanation_view(explanation),
                    output=output, requested=output_format, piped=OutputFormat.text)
            return
        summary = summarize_document(document, length, method)
        if words is not None and not summary.sentences:
            raise ValueError(f"no sentence fits in {words} words; raise --words")
        deliver(lambda chosen: summary_output(summary, chosen), lambda: summary_view(summary),
                output=output, requested=output_format, piped=OutputFormat.text)

    guarded(debug, work)


def summary_output(summary: Summary, output_format: OutputFormat) -> str:
    from summarizer.render.summary import summary_json, summary_markdown, summary_text

    renderers = {OutputFormat.json: summary_json, OutputFormat.text: summary_text,
                 OutputFormat.markdown: summary_markdown}
    return renderers[output_format](summary)


def summary_view(summary: Summary) -> object:
    from summarizer.render.summary import SummaryView

    return SummaryView(summary)


def explanation_output(explanation: Explanation, output_format: OutputFormat) -> str:
    from summarizer.render.explain import explanation_json, explanation_markdown, explanation_text

    renderers = {OutputFormat.json: explanation_json, OutputFormat.text: explanation_text,
                 OutputFormat.markdown: explanation_markdown}
    return renderers[output_format](explanation)


def explanation_view(explanation: Explanation) -> object:
    from summarizer.render.explain import ExplanationView

    return ExplanationView(explanation)
