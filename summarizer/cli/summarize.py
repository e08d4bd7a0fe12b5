"""`summarizer summarize`: the key sentences of an article."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from summarizer.cli.common import (
    Debug,
    OutputFormat,
    Source,
    choose_format,
    command,
    emit,
    format_option,
    guarded,
    show,
)

if TYPE_CHECKING:
    from summarizer.model import Summary
    from summarizer.summarizers.explanation import Explanation

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
        typer.Option("--ratio", "-r", metavar="SHARE", show_default=False,
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
    output_format: Annotated[OutputFormat | None, format_option(OutputFormat.text)] = None,
    debug: Debug = False,
) -> None:
    """Print the key sentences of an article, verbatim and in article order.

    With no length option, short articles get 3 sentences and long ones about
    a fifth of theirs.
    """

    def work() -> None:
        from summarizer.reading import read_article, warn_on_stderr
        from summarizer.summarizers import explain as run_explanation
        from summarizer.summarizers import summarize as run_summary

        text = read_article(source, on_warning=warn_on_stderr).text

        if explain:
            explanation = run_explanation(text, sentences=sentences, ratio=ratio, words=words, method=method)
            render_explanation(explanation, choose_format(output_format))
            return
        summary = run_summary(text, sentences=sentences, ratio=ratio, words=words, method=method)
        if words is not None and not summary.sentences:
            raise ValueError(f"no sentence fits in {words} words; raise --words")
        render_summary(summary, choose_format(output_format))

    guarded(debug, work)


def render_summary(summary: Summary, output_format: OutputFormat) -> None:
    from summarizer.render.summary import SummaryView, summary_json, summary_markdown, summary_text

    if output_format is OutputFormat.json:
        emit(summary_json(summary))
    elif output_format is OutputFormat.text:
        emit(summary_text(summary))
    elif output_format is OutputFormat.markdown:
        emit(summary_markdown(summary))
    else:
        show(SummaryView(summary))


def render_explanation(explanation: Explanation, output_format: OutputFormat) -> None:
    from summarizer.render.explain import (
        ExplanationView,
        explanation_json,
        explanation_markdown,
        explanation_text,
    )

    if output_format is OutputFormat.json:
        emit(explanation_json(explanation))
    elif output_format is OutputFormat.text:
        emit(explanation_text(explanation))
    elif output_format is OutputFormat.markdown:
        emit(explanation_markdown(explanation))
    else:
        show(ExplanationView(explanation))
