"""What every command shares: the app, common options, output and errors."""

from __future__ import annotations

import inspect
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup

from summarizer.cli.errors import click_errors
from summarizer.errors import InputError
from summarizer.nlp.words import one_line
from summarizer.render import OutputFormat, Views

if TYPE_CHECKING:
    from rich.console import RenderableType

    from summarizer.model import Document
    from summarizer.reading import Article

# The metavar of a flag in --help: it takes no value, so nothing to show.
FLAG = ""
# Rule `warning_folds_to_the_terminal`: a warning's lines after the first, and the narrowest width
# folded to (a terminal reported narrower would give a word a line).
WARNING_INDENT = "  "
WARNING_MIN_WIDTH = 40


class _PlainHelp:
    """--help without typer's type placeholders: a flag shows no "<bool>"
    (it takes no value), an argument no "<str>" or "<list[str]>" (its name
    and help say what it is), a number no "[x>=1]" (typer still checks the
    range). Options keep the metavar they declare ("N", "FORMAT")."""

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if getattr(param, "is_flag", False) and param.metavar is None:
                param.metavar = FLAG
            elif param.param_type_name == "argument":
                param.display_type_rich = _nothing
                param.get_usage_pieces = _plain_usage(param)
            param._get_number_range_help_str = _nothing
        return params


def _nothing(*args: Any, **kwargs: Any) -> None:
    return None


def _plain_usage(param: Any) -> Callable[[Any], list[str]]:
    """An argument in the usage line as man pages write it: `SOURCE`,
    `SOURCE...`, `[SOURCE]` when optional (typer writes `{SOURCE}`, which
    reads like a set of choices)."""
    name = param.metavar or (param.name or "").upper()
    shown = name if param.required else f"[{name}]"
    return lambda ctx: [shown + ("..." if param.nargs != 1 else "")]


class Command(_PlainHelp, TyperCommand):
    """A command whose --help shows no type placeholders."""

    pass


class Group(_PlainHelp, TyperGroup):
    """The app's group of commands, its --help without type placeholders."""

    pass


app = typer.Typer(
    name="summarizer",
    help="Extractive news summaries, attributed claims and briefing notes, offline.",
    epilog="Run 'summarizer COMMAND --help' for a command's options and examples.",
    cls=Group,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., None])


FORMAT_CHOICES = "rich, text, markdown or json"

Source = Annotated[
    str,
    typer.Argument(metavar="SOURCE", show_default=False,
                   help="Article: a text file, a saved web page, an http(s) URL, or - for standard input."),
]
Debug = Annotated[bool, typer.Option("--debug", help="Show the full traceback when something fails.")]

METHODS_HELP = ("default (the project's news ranker, also called news), lead (the first sentences), or one of "
                "sumy's: lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic, reduction, random")


def method_option(what: str) -> Any:
    """--method NAME: the ranker, its choices named."""
    return typer.Option("--method", "-m", metavar="NAME", show_default=False, help=f"{what}: {METHODS_HELP}.",
                        callback=method_value)


def one_length_limit(**limits: object) -> None:
    """A usage error, with its --help hint as every other, when more than
    one length limit is given ("-n 2 --words 5")."""
    given = [name for name, value in limits.items() if value is not None]
    if len(given) > 1:
        raise click_errors.UsageError(f"give only one length limit, not {' and '.join(given)}")


def method_value(value: str) -> str:
    """--method's check while the command line is read, so that an unknown
    name is a usage error like any other ("... (see 'summarizer summarize
    --help')")."""
    from summarizer.summarizers import METHODS

    if value not in METHODS:
        raise click_errors.BadParameter(f"unknown method {value!r}; choose one of: {', '.join(METHODS)}")
    return value


# The format of a file written with --output, by its suffix.
SUFFIX_FORMATS = {".md": OutputFormat.markdown, ".markdown": OutputFormat.markdown, ".json": OutputFormat.json,
                  ".txt": OutputFormat.text}
SUFFIX_HELP = ", or as the --output suffix says (.md, .txt, .json)"


def output_option(what: str) -> Any:
    """--output FILE: write `what` to a file instead of standard output."""
    return typer.Option("--output", "-o", metavar="FILE", show_default=False, dir_okay=False,
                        help=f"Write {what} to FILE instead of standard output (never over an input).")


def check_output(output: Path | None, inputs: Sequence[str]) -> None:
    """Refuse an --output that is one of the inputs, by any path (a link,
    `./a.txt` for `a.txt`): writing it would destroy the article."""
    if output is None:
        return
    from summarizer.batch import same_file
    from summarizer.reading import is_url

    for source in inputs:
        if source != "-" and not is_url(source) and same_file(str(output), source):
            what = "is an input" if str(output) == source else f"is the same file as the input {source}"
            raise ValueError(f"{output}: {what}; give another file for --output")


def deliver(views: Views, *, output: Path | None, requested: OutputFormat | None, piped: OutputFormat) -> None:
    """Print or write a command's result: the one output path of every
    command. With --output the file is written atomically in the format
    asked for, else the one its suffix names, else `piped`; without, rich
    goes to a terminal and `piped` to a pipe."""
    if output is not None:
        chosen = requested or SUFFIX_FORMATS.get(output.suffix.lower(), piped)
        if chosen is OutputFormat.rich:
            raise ValueError("--format rich is for the terminal; write text, markdown or json to a file")
        write_or_print(views.render(chosen), output)
        return
    chosen = choose_format(requested, piped)
    if chosen is OutputFormat.rich:
        show(views.rich())
    else:
        emit(views.render(chosen))


def write_or_print(rendered: str, output: Path | None) -> None:
    """`rendered` written atomically to `output` (and said so on stderr), or
    printed when there is no `output`."""
    if output is None:
        emit(rendered)
        return
    write_atomically(output, rendered)
    sys.stderr.write(f"summarizer: wrote {output}\n")


def read_document(source: str, method: str | None = None, in_view: bool = False) -> Document:
    """The one parse of a command's article: read (warnings on stderr,
    unless `in_view`) and parsed once, the title it came with kept. A note
    on stderr first when the article is long enough to take a while
    (`long_input_notes`)."""
    from summarizer.document import parse_article

    return parse_article(read_noted(source, method, in_view))


def read_noted(source: str, method: str | None = None, in_view: bool = False) -> Article:
    """`source` read, its warnings and any `long_input_notes` on stderr;
    the warnings not when `in_view` (rule `warning_shown_once`)."""
    from summarizer.reading import read_article

    note_terminal_input(source, "the article", "paste it")
    article = read_article(source, on_warning=None if in_view else warn)
    for note in long_input_notes(article, method):
        warn(note)
    return article


def warn(message: str) -> None:
    """A warning on stderr. Rule `warning_folds_to_the_terminal` (session 9:
    warnings ran up to about 210 characters on one line): on a terminal it
    is folded to the terminal's width, as the views are; to a file or a
    pipe it stays one line, for a log to search."""
    import shutil

    width = max(shutil.get_terminal_size().columns, WARNING_MIN_WIDTH) if sys.stderr.isatty() else None
    sys.stderr.write(folded_warning(message, width) + "\n")


def folded_warning(message: str, width: int | None) -> str:
    """`message` as a warning, in lines of at most `width` cells (one line
    when `width` is None): no word is cut or lost, a path longer than a
    line stays whole (to be copied) on a line of its own, and the lines
    after the first are indented."""
    from rich.cells import cell_len  # cells, as the views count them: a CJK letter takes two

    line = f"summarizer: warning: {message}"
    if width is None:
        return line
    lines: list[str] = []
    current = ""
    for word in line.split():
        joined = f"{current} {word}" if current else (WARNING_INDENT if lines else "") + word
        if current and cell_len(joined) > width:
            lines.append(current)
            current = WARNING_INDENT + word
        else:
            current = joined
    lines.append(current)
    return "\n".join(lines)


def note_terminal_input(source: str, what: str, how: str) -> None:
    """When `source` is `-` and standard input a terminal, say how to end
    the text: else the command seems to hang."""
    if source == "-" and sys.stdin is not None and sys.stdin.isatty():
        # two lines, each within 80 columns (one line of 83 wrapped inside a word)
        sys.stderr.write(f"summarizer: reading {what} from the terminal;\n"
                         f"{how}, then press Ctrl-D on a line of its own (Ctrl-C to stop)\n")


# Far beyond a news article (CNN-Corpus's longest is 8 KB; a long feature
# 50 KB). The commands take 2-5 s of CPU a MB (5 MB: claims 9 s, summarize
# 14 s, brief 22 s; twice that in wall time on a busy machine), so a user
# who gave a whole corpus or book by mistake is told before the wait, and
# how to cut it. A note, not a refusal: the result is right, only slow, and
# the size cap (SUMMARIZER_MAX_MB) already refuses what is too large to read.
LONG_INPUT_BYTES = 1_000_000
# sumy methods whose time grows much faster than the text, and the size
# from which they take long (measured on CNN-Corpus text: kl 3.6 s at 10 KB,
# 23-34 s at 30 KB, over 5 minutes at 100 KB; at 300 KB lexrank 90 s, textrank
# 38 s, lsa 34 s, where the default ranker takes 4 s).
SLOW_METHOD_BYTES = {"kl": 20_000, "lexrank": 150_000, "textrank": 150_000, "lsa": 150_000,
                     "reduction": 150_000}


def long_input_notes(article: Article, method: str | None = None) -> list[str]:
    """Notes for an article that will take long: far larger than an article,
    or long for a slow --method. Each says what to do instead."""
    size = len(article.text.encode("utf-8", "surrogatepass"))
    notes = []
    if size > LONG_INPUT_BYTES:
        notes.append(f"{article.name}: {size / 1_000_000:.1f} MB of text, far more than an article; this "
                     "may take a while (give one article at a time, or many with 'summarizer batch')")
    slow_from = SLOW_METHOD_BYTES.get(method or "")
    if slow_from is not None and size > slow_from:
        notes.append(f"{article.name}: --method {method} slows down steeply on long text, and this is "
                     f"{round(size / 1000)} KB: it may take a long time (--method default takes seconds)")
    return notes


def ratio_value(value: float | None) -> float | None:
    """--ratio's check, so that its error names the option like the others."""
    if value is not None and not 0 < value <= 1:
        raise click_errors.BadParameter(f"must be above 0 and at most 1 (got {value:g})")
    return value


def format_option(piped: OutputFormat, extra: str = "") -> Any:
    """--format, with the default when stdout is not a terminal named in the help."""
    return typer.Option(
        "--format", "-f", metavar="FORMAT", show_default=False,
        help=f"{FORMAT_CHOICES}. Default: rich on a terminal, {piped.value} when piped{extra}.",
    )


def command(*examples: str) -> Callable[[F], F]:
    """Register a function as a command, its docstring as the help and
    `examples` (command lines, each with an optional `# comment`) under it.

    The docstring's paragraphs are unwrapped first: typer keeps single line
    breaks, so a paragraph wrapped at 80 columns in the source would break
    mid-sentence at any other width (and in the list of commands). Each
    example keeps a line of its own: keep them within 78 columns.
    """

    def register(function: F) -> F:
        epilog = "Examples:\n\n" + "\n".join(examples) if examples else None
        app.command(cls=Command, help=unwrap(function.__doc__ or ""), epilog=epilog)(function)
        return function

    return register


def unwrap(doc: str) -> str:
    """Each paragraph of `doc` on one line, paragraphs apart by a blank line."""
    paragraphs = inspect.cleandoc(doc).split("\n\n")
    return "\n\n".join(one_line(p) for p in paragraphs)


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr and a non-zero exit."""
    sys.stderr.write(f"summarizer: error: {message}\n")
    raise typer.Exit(code)


def guarded(debug: bool, work: Callable[[], T]) -> T:
    """Run `work`; turn expected failures into a one-line error, and a
    closed standard output (`| head`) into a quiet exit."""
    try:
        return work()
    except typer.Exit:
        raise  # a deliberate exit, not a failure
    except BrokenPipeError:
        reader_left()
    except SystemExit as stop:
        if reader_closed_pipe(stop):  # a rich view's Console exits by itself on a closed pipe
            reader_left()
        raise
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


def text_width(to_file: bool = False) -> int:
    """The width a text view wraps to (rule `text_wraps_to_the_width`): the
    terminal's (COLUMNS when set, as rich reads it), at least
    MIN_TEXT_WIDTH; TEXT_WIDTH off a terminal (a pipe) and in a file
    (`to_file`), as mail and most readers show text."""
    import shutil

    from summarizer.render.plainwrap import MIN_TEXT_WIDTH, TEXT_WIDTH

    if to_file or (not os.environ.get("COLUMNS") and not sys.stdout.isatty()):
        return TEXT_WIDTH
    return max(shutil.get_terminal_size((TEXT_WIDTH, 24)).columns, MIN_TEXT_WIDTH)


def view_shows_warnings(requested: OutputFormat | None, output: Path | None) -> bool:
    """Rule `warning_shown_once` (web tester s19, lastampa.it: the language
    warning was printed twice on a terminal, on stderr and as the rich
    view's folded "Note:"): the rich view printed (no --output) carries the
    article's warnings as its notes, so stderr does not repeat them. Any
    other view (text, a file) leaves them to stderr, as before."""
    return output is None and choose_format(requested) is OutputFormat.rich


def choose_format(requested: OutputFormat | None, piped: OutputFormat = OutputFormat.text) -> OutputFormat:
    """The format asked for; else rich on a terminal and `piped` otherwise."""
    if requested is not None:
        return requested
    return OutputFormat.rich if sys.stdout.isatty() else piped


def emit(text: str) -> None:
    """Write to stdout, flushed (a closed pipe raises here, inside `guarded`)."""
    sys.stdout.write(text)
    sys.stdout.flush()


def show(renderable: RenderableType) -> None:
    """Print a rich view. Uncropped: the views fit their lines to the
    terminal themselves, except a URL, which is printed whole on a line of
    its own so that it can be copied (the terminal wraps it)."""
    from rich.console import Console

    Console().print(renderable, crop=False)


def reader_left() -> NoReturn:
    """The one closed-pipe handler: the reader of standard output left
    (`summarizer ... | head`), so nothing is lost. Standard output goes to
    /dev/null, so that Python's own flush at exit does not fail again, and
    the command exits with 0."""
    silence_stdout()
    raise typer.Exit(0)


def reader_closed_pipe(stop: SystemExit) -> bool:
    """Whether `stop` is how a library gave up on a closed standard output:
    rich's Console and click both turn a BrokenPipeError into
    `SystemExit(1)`, raised while handling it (their `on_broken_pipe` and
    the EPIPE branch of click's `main`)."""
    return isinstance(stop.__context__, BrokenPipeError)


def silence_stdout() -> None:
    """Point standard output at /dev/null."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def write_atomically(path: Path, text: str) -> None:
    """Write beside the target and rename: an interrupted run never leaves a
    half-written file in place of a good one.

    The file gets the mode a plain `open(path, "w")` would give it (0o666
    less the umask: 0644 under umask 022), or keeps the mode of the file it
    replaces; the temporary file alone would be 0600.
    """
    import tempfile

    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise ValueError(f"{path}: folder {directory} does not exist")
    if path.is_dir():
        raise ValueError(f"{path}: is a directory; name a file")
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise ValueError(f"{path}: cannot write there ({error.strerror or error})") from None
    try:
        os.fchmod(handle, new_file_mode(path))
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ValueError(f"{path}: cannot write ({error.strerror or error})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def new_file_mode(path: Path) -> int:
    """The permission bits `path` should have once written."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)  # the only portable way to read the umask is to set it
        os.umask(mask)
        return 0o666 & ~mask


def version_callback(value: bool) -> None:
    """--version: print the installed version and stop."""
    if value:
        from importlib.metadata import version

        typer.echo(f"summarizer {version('summarizer')}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=version_callback, is_eager=True,
                     help="Show the version and exit."),
    ] = False,
) -> None:
    """Extractive news summaries, attributed claims and briefing notes, offline."""
