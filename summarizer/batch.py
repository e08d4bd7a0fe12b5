"""Batch runs: many articles in, one JSON line per article out.

The pieces are plain functions so that any engine can drive them:

- `iter_tasks(spec)` streams `Task`s from a directory (every file under it,
  recursively, in sorted path order), a glob (`'news/**/*.html'`, sorted), or
  a JSONL file (`-` for stdin) of `{"id", "text"}`, `{"id", "url"}` or
  `{"id", "path"}` records, in file order;
- `process(task, options)` is the per-article function: it reads, summarises
  and (when the claim tagger is installed) extracts claims, and returns one
  JSON-ready record. It never raises: a bad record becomes
  `{"id", "error"}`;
- `run_local` (a process pool) and `run_dask` (a Dask cluster) map
  `process` over the tasks and yield records **in input order**, keeping only
  a bounded window of articles in flight, so memory does not grow with the
  corpus. Every record also carries its `id`;
- `JsonlOutput` appends one line per record and flushes it at once;
  `resume_state` reads back what an interrupted run wrote (dropping a
  truncated last line) so that `--resume` skips the ids already done.

An output line is `{"id", "article": {...}, "summary": Summary.to_dict(),
"claims": [...]}` (plus `"warnings"` when, say, an encoding was guessed), or
`{"id", "error"}`.
"""

from __future__ import annotations

import fnmatch
import glob
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from summarizer.errors import InputError, error_text
from summarizer.reading import Limits, article_from_text, read_article, replace_lone_surrogates

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
GLOB_CHARS = frozenset("*?[")
# Articles in flight per worker: enough to keep every worker busy while the
# head of the queue is written, few enough that memory stays flat.
IN_FLIGHT_PER_WORKER = 4
# Articles sent to a worker at once: fewer round trips, still a small window.
TASKS_PER_SUBMIT = 4
DASK_WINDOW = 256
DASK_PARTITION = 16


@dataclass(frozen=True, slots=True)
class Task:
    """One article to process: a path or URL to read, or inline text.

    `error` marks a record that was bad before any work (a line that is not
    JSON, say); `process` turns it into an error line.
    """

    id: str
    source: str | None = None
    text: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Options:
    """What to compute for each article."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None
    method: str = "default"
    claims: bool = True
    limits: Limits = field(default_factory=Limits)


# --- input ----------------------------------------------------------------------------------------------------------

def iter_tasks(spec: str, stdin: IO[bytes] | None = None) -> Iterator[Task]:
    """Tasks from a directory, a glob, a JSONL file, or `-` (JSONL on stdin)."""
    if spec == "-":
        yield from _jsonl_tasks(stdin if stdin is not None else sys.stdin.buffer)
        return
    path = Path(spec)
    if path.is_dir():
        for file in _walk_sorted(path):
            yield Task(id=file.relative_to(path).as_posix(), source=str(file))
    elif path.is_file():
        if path.suffix.lower() not in JSONL_SUFFIXES:
            raise InputError(f"{spec}: give a directory, a glob or a JSONL file (.jsonl) of records")
        try:
            with path.open("rb") as handle:
                yield from _jsonl_tasks(handle)
        except OSError as error:
            raise InputError(f"{spec}: cannot read ({error.strerror or error})") from None
    elif GLOB_CHARS & set(spec):
        matches = sorted(m for m in glob.iglob(spec, recursive=True) if Path(m).is_file())
        if not matches:
            raise InputError(f"{spec}: no file matches")
        for match in matches:
            yield Task(id=match, source=match)
    else:
        raise InputError(f"{spec}: no such file or directory")


def count_tasks(spec: str) -> int | None:
    """How many tasks `iter_tasks(spec)` will give, when cheap to know
    (counting lines streams the file; nothing is parsed)."""
    if spec == "-":
        return None
    path = Path(spec)
    if path.is_dir():
        return sum(1 for _ in _walk_sorted(path))
    if path.is_file():
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    return sum(1 for m in glob.iglob(spec, recursive=True) if Path(m).is_file())


def _walk_sorted(root: Path) -> Iterator[Path]:
    """Files under `root` in sorted path order; hidden ones skipped."""
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(directory) / name


def _jsonl_tasks(handle: IO[bytes]) -> Iterator[Task]:
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        yield task_from_line(raw, number)


def task_from_line(raw: bytes | str, number: int) -> Task:
    """A `Task` from one JSONL line; a bad line gives a task with an error.

    A record without an id is named `line N` after its line number, so a
    resumed run names it the same way.
    """
    fallback = f"line {number}"
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        return Task(id=fallback, error=f"line {number}: not valid JSON ({error_text(error)})")
    if not isinstance(record, dict):
        return Task(id=fallback, error=f"line {number}: a record must be a JSON object")
    raw_id = record.get("id")
    if raw_id is None or isinstance(raw_id, bool) or not isinstance(raw_id, str | int) or raw_id == "":
        record_id = fallback
    else:
        record_id = replace_lone_surrogates(str(raw_id))[0]  # as it will be written, so --resume finds it
    text, url, path = record.get("text"), record.get("url"), record.get("path")
    if isinstance(text, str):
        return Task(id=record_id, text=text)
    if isinstance(url, str):
        return Task(id=record_id, source=url)
    if isinstance(path, str):
        return Task(id=record_id, source=path)
    return Task(id=record_id, error=f"line {number}: a record needs a \"text\", \"url\" or \"path\" string")


# --- the per-article function ---------------------------------------------------------------------------------------

def process(task: Task, options: Options) -> dict[str, Any]:
    """One task in, one JSON-ready record out. Never raises."""
    from summarizer.claim_cache import document_claims
    from summarizer.document import parse_article
    from summarizer.summarizers.base import Length
    from summarizer.summary import summarize_document

    try:
        if task.error is not None:
            raise InputError(task.error)
        if task.text is not None:
            article = article_from_text(task.text, task.id, max_bytes=options.limits.max_bytes,
                                        raise_cap=options.limits.raise_cap)
        else:
            article = read_article(task.source or "", limits=options.limits)
        length = Length(sentences=options.sentences, ratio=options.ratio, words=options.words)
        document = parse_article(article)  # one parse for the summary and the claims, the page's title
        summary = summarize_document(document, length, options.method)
        metadata = article.metadata()
        if metadata["title"] is None:  # a text's title is its first line, as in the summary
            metadata["title"] = document.title
        record: dict[str, Any] = {"id": task.id, "article": metadata, "summary": summary.to_dict()}
        if options.claims:
            record["claims"] = [claim.to_dict() for claim in document_claims(document)]
        if article.warnings:
            record["warnings"] = list(article.warnings)
        return record
    except (InputError, ValueError) as error:
        return {"id": task.id, "error": error_text(error)}
    except Exception as error:  # one bad article must not stop a run of thousands
        return {"id": task.id, "error": f"unexpected {type(error).__name__}: {error_text(error)}"}


def process_many(tasks: list[Task], options: Options) -> list[dict[str, Any]]:
    """`process` over a few tasks: one round trip to a worker for several articles."""
    return [process(task, options) for task in tasks]


def warm_up() -> None:
    """Load the rules, Punkt and the stemmer once per worker process."""
    from summarizer.summary import summarize

    summarize("Warm up the splitter. And the ranker.")


# --- engines --------------------------------------------------------------------------------------------------------

def run_local(tasks: Iterable[Task], options: Options, workers: int = 1) -> Generator[dict[str, Any], None, None]:
    """`process` over `tasks` on `workers` processes, results in input order.

    One worker runs in this process. At most `IN_FLIGHT_PER_WORKER *
    TASKS_PER_SUBMIT * workers` tasks are in flight, so memory stays flat whatever the input.
    """
    if workers <= 1:
        for task in tasks:
            yield process(task, options)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # forkserver: forking a process that runs a progress thread can deadlock.
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=warm_up) as pool:
        window: deque[Any] = deque()
        try:
            for chunk in _chunks(tasks, TASKS_PER_SUBMIT):
                window.append(pool.submit(process_many, chunk, options))
                if len(window) >= IN_FLIGHT_PER_WORKER * workers:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()
        except BrokenProcessPool:
            raise RuntimeError("a worker process died (out of memory?); rerun with --resume to go on") from None
        finally:
            for future in window:
                future.cancel()


def run_dask(
    tasks: Iterable[Task], options: Options, *, scheduler: str | None = None, workers: int = 1,
    processes: bool = True, window: int = DASK_WINDOW,
) -> Generator[dict[str, Any], None, None]:
    """`process` over `tasks` on a Dask cluster, results in input order.

    The input is streamed in windows of `window` tasks; each window is a
    Dask bag mapped with `process`, and two windows are in flight at a time,
    so memory stays flat. With no `scheduler` address a local cluster of
    `workers` workers is started (threads when `processes` is false) and
    closed at the end.
    """
    try:
        import dask.bag as bag
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("the dask engine needs the dask extra: pip install 'summarizer[dask]'") from None

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError, ValueError) as error:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler} ({error_text(error)})") from None
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        pending: deque[Any] = deque()
        for chunk in _chunks(tasks, window):
            mapped = bag.from_sequence(chunk, partition_size=DASK_PARTITION).map(process, options)
            pending.append(client.compute(mapped))
            if len(pending) >= 2:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _chunks(items: Iterable[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- output and resume ----------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ResumeState:
    """What an earlier run left in the output file."""

    done: frozenset[str]
    failed: int
    kept_bytes: int
    dropped_bytes: int


def resume_state(path: Path) -> ResumeState:
    """The ids already written to `path` by an earlier run.

    Only a last line without its newline (a write cut short by `kill -9`) is
    dropped, and cut off the file so that its id is done again. Any other
    line that is not a batch record (a JSON object with an "id" and a
    "summary" or an "error") means the file is not ours, or was damaged in
    the middle: an `InputError`, and the file is left untouched.
    """
    done: set[str] = set()
    failed = 0
    kept = 0
    if not path.exists():
        return ResumeState(frozenset(), 0, 0, 0)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.endswith(b"\n"):
                    break  # the last line, cut short: dropped below
                record = _parse_record(line)
                if record is None:
                    raise InputError(f"{path}: line {number} is not a batch output record; not resuming into "
                                     "a file that another run did not write (give another --output)")
                done.add(str(record["id"]))
                failed += "error" in record
                kept += len(line)
        if kept < size:
            with path.open("r+b") as handle:
                handle.truncate(kept)
    except OSError as error:
        raise InputError(f"{path}: cannot resume ({error.strerror or error})") from None
    return ResumeState(frozenset(done), failed, kept, size - kept)


def _parse_record(line: bytes) -> dict[str, Any] | None:
    """The record on a whole output line, or None when it is not one."""
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        return None
    return record if "summary" in record or "error" in record else None


def same_file(first: str, second: str) -> bool:
    """True when two paths name one file (links and `..` included); `-` is no file."""
    if first == "-" or second == "-":
        return False
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist (yet)
        return Path(first).resolve() == Path(second).resolve()


def check_output(output: str, source: str, *, resume: bool, force: bool) -> None:
    """Refuse an OUT that would lose data before any work: the input itself
    (by any path), a directory, or a file with lines in it unless --resume
    continues it or --force overwrites it; `-` (standard output) cannot be
    resumed."""
    if output == "-":
        if resume:
            raise ValueError("--resume needs an output file, not -")
        return
    path = Path(output)
    if same_file(output, source):
        raise ValueError(f"{output}: is the input too; give another file for --output")
    if Path(source).is_dir() and _read_from_directory(path, Path(source)):
        raise ValueError(f"{output}: is inside the input directory {source}, so it would be read as an article; "
                         "give a file outside it for --output")
    if GLOB_CHARS & set(source) and not Path(source).exists() and _glob_matches(source, output):
        raise ValueError(f"{output}: matches the input {source}, so it would be read as an article; "
                         "give a file it does not match for --output")
    if path.is_dir():
        raise ValueError(f"{output}: is a directory; give a file for --output")
    if path.exists() and not (resume or force) and path.stat().st_size > 0:
        raise ValueError(f"{output}: exists; use --resume to continue it or --force to overwrite it")


def _read_from_directory(output: Path, directory: Path) -> bool:
    """Whether `iter_tasks` would read `output` as an article of `directory`:
    it is under it, by any path, and neither it nor a folder on the way is
    hidden (`_walk_sorted` skips those)."""
    inside, top = output.resolve(), directory.resolve()
    if not inside.is_relative_to(top):
        return False
    return not any(name.startswith(".") for name in inside.relative_to(top).parts)


def _glob_matches(pattern: str, output: str) -> bool:
    """Whether the glob `pattern` matches the file `output` (written or
    not yet), as `iter_tasks` expands it: by any path when it exists, else
    by the names of its absolute path."""
    target = Path(output)
    if target.exists() and any(same_file(m, output) for m in glob.iglob(pattern, recursive=True)):
        return True
    return _parts_match(Path(os.path.abspath(pattern)).parts, Path(os.path.abspath(output)).parts)


def _parts_match(pattern: Sequence[str], names: Sequence[str]) -> bool:
    """glob's matching of path names, one name a part: `**` is any number of
    names, and a wildcard does not match a hidden name."""
    if not pattern:
        return not names
    first, rest = pattern[0], pattern[1:]
    if first == "**":
        return any(_parts_match(rest, names[skip:]) for skip in range(len(names) + 1)
                   if not any(name.startswith(".") for name in names[:skip]))
    if not names or (names[0].startswith(".") and not first.startswith(".")):
        return False
    return fnmatch.fnmatchcase(names[0], first) and _parts_match(rest, names[1:])


class OutputClosed(BrokenPipeError):
    """Standard output was closed by its reader (`| head`): time to stop, quietly."""


class JsonlOutput:
    """Appends one JSON line per record, each with a single write, at once.

    The file is opened for appending, so lines only ever go at its end; a
    `kill -9` can at worst cut the last line short, which `resume_state`
    drops. A file that cannot be opened or written is an `InputError`
    naming it; a closed standard output is `OutputClosed`.
    """

    def __init__(self, path: str, *, append: bool) -> None:
        self.path = path
        if path == "-":
            self._fd = sys.stdout.fileno()
            self._owned = False
        else:
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if append else os.O_TRUNC)
            try:
                self._fd = os.open(path, flags, 0o666)  # less the umask, as open() would give
            except OSError as error:
                raise InputError(_cannot_write(path, error)) from None
            self._owned = True

    def write(self, record: dict[str, Any]) -> None:
        """Append `record` as one JSON line in a single write (an error line when it is not strict JSON)."""
        try:
            line = json.dumps(record, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as error:  # a NaN score, say: strict JSON readers would choke
            line = json.dumps({"id": record.get("id"), "error": f"result is not JSON ({error_text(error)})"})
        # A lone surrogate (an id of "\ud800", say) has no UTF-8 form: U+FFFD instead, so OUT is always UTF-8.
        data = (replace_lone_surrogates(line)[0] + "\n").encode("utf-8")
        view = memoryview(data)
        try:
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
        except OSError as error:  # a full disk, say
            if isinstance(error, BrokenPipeError) and not self._owned:
                raise OutputClosed from None
            raise InputError(_cannot_write(self.path, error)) from None

    def close(self) -> None:
        """Close the file (standard output stays open)."""
        if self._owned:
            os.close(self._fd)

    def __enter__(self) -> JsonlOutput:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- the whole run --------------------------------------------------------------------------------------------------

@dataclass(slots=True)
class Tally:
    """Counts for the closing line and the exit code."""

    written: int = 0
    failed: int = 0
    skipped: int = 0
    duplicates: int = 0
    earlier_failed: int = 0


def pending_tasks(tasks: Iterable[Task], done: frozenset[str], tally: Tally) -> Iterator[Task]:
    """Tasks whose id is not done yet; a repeated id is skipped (and
    counted), so that every id appears in the output exactly once."""
    seen: set[str] = set()
    for task in tasks:
        if task.id in done:
            tally.skipped += 1
        elif task.id in seen:
            tally.duplicates += 1
        else:
            seen.add(task.id)
            yield task


def write_records(records: Iterable[dict[str, Any]], output: JsonlOutput, tally: Tally,
                  on_record: Callable[[dict[str, Any]], None] | None = None) -> None:
    """Write each record as it comes, counting written and failed ones in `tally`; `on_record` sees each after it is
    written."""
    for record in records:
        output.write(record)
        tally.written += 1
        tally.failed += "error" in record
        if on_record is not None:
            on_record(record)


def _cannot_write(path: str, error: OSError) -> str:
    name = "standard output" if path == "-" else path
    if isinstance(error, FileNotFoundError):
        return f"{name}: cannot write (no directory {Path(path).parent})"
    return f"{name}: cannot write ({error.strerror or error_text(error)})"
