"""What every command shares: the app, common options, output and errors."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, NoReturn, TypeVar

import typer

app = typer.Typer(
    name="summarizer",
    help="Extractive news summaries, attributed claims and briefing notes, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

T = TypeVar("T")


class OutputFormat(StrEnum):
    rich = "rich"
    text = "text"
    json = "json"


Source = Annotated[
    str,
    typer.Argument(help="Article: a text file, a saved web page, an http(s) URL, or - for standard input.",
                   show_default=False),
]
Debug = Annotated[bool, typer.Option("--debug", help="Show the full traceback when something fails.")]
Format = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format", "-f", help="Output format. Default: rich on a terminal, text when piped.", show_default=False
    ),
]


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr and a non-zero exit."""
    sys.stderr.write(f"summarizer: error: {message}\n")
    raise typer.Exit(code)


def guarded(debug: bool, work: Callable[[], T]) -> T:
    """Run `work`; turn expected failures into a one-line error."""
    from summarizer.reading import InputError

    try:
        return work()
    except typer.Exit:
        raise  # a deliberate exit (a closed pipe, say), not a failure
    except (InputError, ValueError) as error:
        if debug:
            raise
        fail(str(error))
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except Exception as error:
        if debug:
            raise
        fail(f"unexpected {type(error).__name__}: {error} (run with --debug for details)", 1)


def choose_format(requested: OutputFormat | None) -> OutputFormat:
    if requested is not None:
        return requested
    return OutputFormat.rich if sys.stdout.isatty() else OutputFormat.text


def emit(text: str) -> None:
    """Write to stdout; a closed pipe (`| head`) is not an error."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None


def show(renderable: object) -> None:
    from rich.console import Console

    try:
        Console().print(renderable)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None


def version_callback(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"summarizer {version('summarizer')}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Extractive news summaries, attributed claims and briefing notes, offline."""
