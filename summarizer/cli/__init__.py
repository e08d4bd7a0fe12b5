"""The `summarizer` command line: one module per command.

Heavy modules (sumy, nltk, numpy, rich views) are imported inside the
commands so that `summarizer --help` answers at once.
"""

from summarizer.cli import batch as _batch  # noqa: F401 - registers the command
from summarizer.cli import brief as _brief  # noqa: F401 - registers the command
from summarizer.cli import claims as _claims  # noqa: F401 - registers the command
from summarizer.cli import summarize as _summarize  # noqa: F401 - registers the command
from summarizer.cli.common import app


def main() -> None:
    app()
