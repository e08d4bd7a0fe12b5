"""The `summarizer` command line: one module per command.

Heavy modules (sumy, nltk, numpy, rich views) are imported inside the
commands so that `summarizer --help` answers at once.
"""

import os
import sys

import typer

from summarizer.cli import batch as _batch  # noqa: F401 - registers the command
from summarizer.cli import brief as _brief  # noqa: F401 - registers the command
from summarizer.cli import claims as _claims  # noqa: F401 - registers the command
from summarizer.cli import summarize as _summarize  # noqa: F401 - registers the command
from summarizer.cli import text as _text  # noqa: F401 - registers the command
from summarizer.cli.common import app, reader_closed_pipe, silence_stdout
from summarizer.cli.errors import click_errors, usage_message

__all__ = ["app", "main", "run"]


def run(args: list[str] | None = None) -> int:
    """Run the app on `args` (default: the command line) and return the exit
    code. A usage error is one line on stderr (exit 2), like every other
    error, rather than click's boxed panel."""
    try:
        code = app(args=args, prog_name="summarizer", standalone_mode=False)
    except click_errors.NoArgsIsHelpError as error:
        sys.stdout.write(error.ctx.get_help() + "\n")
        code = 0
    except click_errors.UsageError as error:
        command = error.ctx.command_path if error.ctx else command_path(args)
        sys.stderr.write(f"summarizer: error: {usage_message(error)} (see '{command} --help')\n")
        code = 2
    except click_errors.ClickException as error:
        sys.stderr.write(f"summarizer: error: {usage_message(error)}\n")
        code = error.exit_code
    except typer.Abort:
        sys.stderr.write("summarizer: error: interrupted\n")
        code = 130
    except BrokenPipeError:  # commands handle their own (common.guarded)
        silence_stdout()
        code = 0
    except SystemExit as stop:
        if reader_closed_pipe(stop):  # `summarizer --help | head -1`: click and rich exit 1 there
            silence_stdout()
            code = 0
        else:  # typer's shell completion exits by itself
            code = stop.code
    return code if isinstance(code, int) else 0


def command_path(args: list[str] | None) -> str:
    """`summarizer claims` when the command line names a command, else `summarizer`."""
    words = sys.argv[1:] if args is None else args
    named = next((word for word in words if not word.startswith("-")), None)
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    return f"summarizer {named}" if named in commands else "summarizer"


# numpy's OpenBLAS starts a thread per core when it loads (0.07 s of CPU
# at every start here); the commands do no large matrix work, and batch
# runs one process per core. A value the user set is kept.
BLAS_THREADS = {"OPENBLAS_NUM_THREADS": "1"}


def main() -> None:
    """The installed `summarizer` command: run the app on the command line and exit with its code."""
    for name, value in BLAS_THREADS.items():
        os.environ.setdefault(name, value)
    code = run()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = 0
    if code == 0:
        # `summarizer --help | head -1`: the reader may have left; keep
        # Python's own flush at exit from failing again.
        silence_stdout()
    sys.exit(code)
