"""`summarizer batch`: summaries (and claims) for many articles, one JSON line each."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

import summarizer.cli.common as common
from summarizer.cli.common import Debug, command, fail, guarded, method_option, ratio_value

if TYPE_CHECKING:
    from summarizer.batch import Tally

# Exit code when the run finished but some records are error lines.
SOME_FAILED = 3


class Engine(StrEnum):
    """Where batch runs its articles: a local process pool or a Dask cluster."""

    local = "local"
    dask = "dask"


def default_workers() -> int:
    """The cores this process may use: the default number of workers."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


@command(
    "summarizer batch articles/ -o out.jsonl       # every file under articles/",
    "summarizer batch 'news/**/*.html' -o out.jsonl -j 2 -n 3",
    "summarizer batch corpus.jsonl -o out.jsonl --resume   # go on after a kill",
    "summarizer batch corpus.jsonl -o - -q --no-claims | head -1",
)
def batch(
    source: Annotated[str, typer.Argument(
        metavar="INPUT",
        help="A directory (every file under it), a quoted glob ('news/*.html'), or a JSONL file of "
             '{"id", "text"}, {"id", "url"} or {"id", "path"} records (- for JSONL on stdin).',
        show_default=False)],
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="FILE", show_default=False,
        help="JSONL file to write, one line per article (- for stdout); not a file that INPUT reads.")],
    workers: Annotated[int | None, typer.Option(
        "--workers", "-j", min=1, metavar="N", help="Worker processes. Default: the number of cores.",
        show_default=False)] = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Keep the --output file and skip the ids already in it (after a crash or kill).")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the --output file if it exists.")] = False,
    sentences: Annotated[int | None, typer.Option(
        "--sentences", "-n", min=1, metavar="N", help="Keep N sentences per article.", show_default=False)] = None,
    ratio: Annotated[float | None, typer.Option(
        "--ratio", "-r", metavar="SHARE", help="Keep this share of the sentences: above 0, at most 1.",
        show_default=False, callback=ratio_value)] = None,
    words: Annotated[int | None, typer.Option(
        "--words", "-w", min=1, metavar="N", help="Keep at most N words per summary.", show_default=False)] = None,
    method: Annotated[str, method_option("Ranker")] = "default",
    no_claims: Annotated[bool, typer.Option(
        "--no-claims", help="Leave out the attributed claims of each article.")
    ] = False,
    max_mb: Annotated[float | None, typer.Option(
        "--max-mb", min=0.001, metavar="MB", help="Size cap per article in MB (default 10, or SUMMARIZER_MAX_MB).",
        show_default=False)] = None,
    timeout: Annotated[float | None, typer.Option(
        "--timeout", min=0.1, metavar="SECONDS",
        help="Seconds allowed per URL fetch (default 20, or SUMMARIZER_TIMEOUT).",
        show_default=False)] = None,
    engine: Annotated[Engine, typer.Option(
        "--engine", metavar="ENGINE", help="local: a process pool; dask: a Dask cluster (needs summarizer\\[dask]).")
    ] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", metavar="ADDRESS",
        help="Dask scheduler address (tcp://host:8786); default: a local cluster of --workers.",
        show_default=False)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no closing line.")] = False,
    debug: Debug = False,
) -> None:
    """Summarise many articles into JSON Lines, one line per article.

    Lines keep the input order and carry the article's id: a path relative
    to the directory, the path matched by the glob, or the record's "id". A
    line is {"id", "article", "summary", "claims"} or, for a bad article,
    {"id", "error"}; the run goes on and exits with code 3 when some
    articles failed. Each line is written and flushed as soon as it is
    ready, so a run killed at any point can go on with --resume.
    """

    def work() -> int | None:
        from pathlib import Path

        from summarizer.batch import (
            JsonlOutput,
            Options,
            Tally,
            check_output,
            count_tasks,
            iter_tasks,
            pending_tasks,
            resume_state,
            run_dask,
            run_local,
            write_records,
        )
        from summarizer.reading import Limits
        from summarizer.summarizers import check_method
        from summarizer.summarizers.base import Length

        check_method(method)
        Length(sentences=sentences, ratio=ratio, words=words)  # fail on bad limits before any work
        check_output(output, source, resume=resume, force=force)
        common.note_terminal_input(source, 'JSONL records ({"id", "text"} a line)', "type or paste them")
        out_path = Path(output)
        options = Options(sentences=sentences, ratio=ratio, words=words, method=method, claims=not no_claims,
                          limits=Limits.from_env(max_mb, timeout, cap_option="--max-mb"))
        tally = Tally()
        state = resume_state(out_path) if resume else None
        done = state.done if state else frozenset()
        if state:
            tally.earlier_failed = state.failed
        tasks = iter_tasks(source)
        first = next(tasks, None)  # surfaces a bad INPUT before any output is created
        if first is None:
            raise ValueError(f"{source}: no articles found")
        tasks = _prepend(first, tasks)
        worker_count = workers or default_workers()
        todo = pending_tasks(tasks, done, tally)
        if engine is Engine.dask:
            records = run_dask(todo, options, scheduler=scheduler, workers=worker_count)
        else:
            records = run_local(todo, options, workers=worker_count)
        show_progress = not quiet and sys.stderr.isatty()
        started = time.perf_counter()
        try:
            with JsonlOutput(output, append=resume) as sink:
                if show_progress:
                    total = count_tasks(source)
                    remaining = None if total is None else max(0, total - len(done))
                    with BatchProgress(remaining, started) as progress:
                        write_records(records, sink, tally, on_record=progress.advance)
                else:
                    write_records(records, sink, tally)
        finally:  # `-o - | head` ends here too (OutputClosed is a BrokenPipeError: common.guarded)
            records.close()  # a generator: stops the workers at once
        elapsed = time.perf_counter() - started
        if not quiet and sys.stderr.isatty():
            sys.stderr.write(closing_line(tally, elapsed, output) + "\n")
        return tally.failed + tally.earlier_failed

    failed = guarded(debug, work)
    if failed is None:
        raise typer.Exit(0)
    if failed:
        fail(f"{failed} article(s) failed; see the \"error\" lines in {output}", SOME_FAILED)


def _prepend(first: Any, rest: Any) -> Any:
    yield first
    yield from rest


def articles_per_second(count: int, elapsed: float) -> float:
    """The rate that the progress bar and the closing line both show: articles
    processed in this run over the seconds of this run (so far), worker
    start-up included; ids skipped by --resume do not count."""
    return count / elapsed if elapsed > 0 else 0.0


def closing_line(tally: Tally, elapsed: float, output: str) -> str:
    """The line batch ends with on a terminal: written, failed, time, rate, skipped, and where to."""
    rate = articles_per_second(tally.written, elapsed)
    parts = [f"{tally.written} written ({tally.failed} failed) in {elapsed:.1f} s, {rate:.1f} articles/s"]
    if tally.skipped:
        parts.append(f"{tally.skipped} already done")
    if tally.duplicates:
        parts.append(f"{tally.duplicates} repeated ids skipped")
    return f"summarizer: {'; '.join(parts)} -> {output}"


class BatchProgress:
    """A rich progress bar on stderr: count, rate and time left.

    `started` is when the run started, on the `clock` (`time.perf_counter`)
    that also times the closing line, so both show the same rate.
    """

    def __init__(self, total: int | None, started: float, clock: Callable[[], float] = time.perf_counter) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("[bold blue]batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._task = self._progress.add_task("batch", total=total, rate="-", failed=0)
        self._failed = 0
        self._done = 0
        self._started = started
        self._clock = clock

    def advance(self, record: dict[str, Any]) -> None:
        """Count one more record (failed when it is an error line) and show the rate so far."""
        self._failed += "error" in record
        self._done += 1
        rate = articles_per_second(self._done, self._clock() - self._started)
        self._progress.update(self._task, advance=1, failed=self._failed, rate=f"{rate:.1f}")

    @property
    def rate(self) -> str:
        """The rate as shown."""
        return str(self._progress.tasks[0].fields["rate"])

    def __enter__(self) -> BatchProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()
