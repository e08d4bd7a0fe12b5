"""The `summarizer` command line: one module per command.

Heavy modules (sumy, nltk, numpy, rich views) are imported inside the
commands so that `summarizer --help` answers at once.
"""

import os
import sys

import typer

try:  # typer from 0.2x carries its own copy of click
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - older typer uses click itself
    from click import exceptions as click_errors

from summarizer.cli import batch as _batch  # noqa: F401 - registers the command
from summarizer.cli import brief as _brief  # noqa: F401 - registers the command
from summarizer.cli import claims as _claims  # noqa: F401 - registers the command
from summarizer.cli import summarize as _summarize  # noqa: F401 - registers the command
from summarizer.cli.common import app


def main() -> None:
    """Run the app; a usage error is one line on stderr (exit 2), like every
    other error, rather than click's boxed panel."""
    try:
        code = app(standalone_mode=False)
    except click_errors.NoArgsIsHelpError as error:
        sys.stdout.write(error.ctx.get_help() + "\n")
        code = 0
    except click_errors.UsageError as error:
        command = error.ctx.command_path if error.ctx else "summarizer"
        sys.stderr.write(f"summarizer: error: {error.format_message()} (see '{command} --help')\n")
        code = 2
    except click_errors.ClickException as error:
        sys.stderr.write(f"summarizer: error: {error.format_message()}\n")
        code = error.exit_code
    except typer.Abort:
        sys.stderr.write("summarizer: error: interrupted\n")
        code = 130
    except BrokenPipeError:
        code = 0
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = 0
    if code == 0:
        # `summarizer --help | head -1`: the reader left, nothing is lost;
        # keep Python's own flush at exit from failing again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(code if isinstance(code, int) else 0)
