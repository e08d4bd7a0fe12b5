"""How summary time grows with the size of one input.

Prints seconds for texts of 0.5 to 5 MB, for the lead and the default (news)
ranker, and the time per MB relative to the smallest size: near 1.0 means
linear growth. Two kinds of text: the demo article's paragraphs repeated,
numbered (worst case for a similarity graph: every pair of sentences alike) and, when
../shared is present, CNN-Corpus dev articles joined.

    .venv/bin/python benchmarks/scaling.py
    .venv/bin/python benchmarks/scaling.py --splitter   # the splitter alone, adversarial shapes
    .venv/bin/python benchmarks/scaling.py --claims     # extract_claims, the same shapes
    .venv/bin/python benchmarks/scaling.py --commands   # whole commands, adversarial shapes

The splitter section (`splitter_scaling`) times `split_sentences` alone on
odd but real shapes beside joined CNN articles, at 16 KB to 1 MB, and prints
seconds per MB at each size and the ratio of the 1 MB figure to the 16 KB
one (at most 2 is the target). The claims section (`claims_scaling`) does the
same for `extract_claims`: splitting, parsing and tagging.

The whole-command section (`command_scaling`, issue 15) runs `summarizer
summarize`, `claims` and `brief` as a user would (the command line, in this
process, reading a file) on the same shapes plus a deeply nested web page,
each at 16 KB to 1 MB, and prints the same figures. Each run is a forked
child of a warmed-up process (Punkt, rules and imports loaded once, not
timed), so a run that stalls is stopped after `--give-up` seconds (shown as
`>N s`) and the larger sizes of that row are skipped. Times are the child's
CPU seconds (user + system), which a busy machine moves less than wall time.
`--only summarize,brief` and `--shape quoted` narrow the table;
`--no-tagger` makes the claim tagger find nothing, to time the rest of
each command apart from it.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import argparse  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from typing import TypeVar  # noqa: E402

from summarizer import summarize  # noqa: E402

SIZES_MB = (0.5, 1, 2, 5)
CNN = ROOT.parent / "shared" / "data" / "cnn-corpus" / "dev.jsonl"


def repeated_demo(size: int) -> str:
    """The demo's paragraphs over and over, every third word numbered with
    its copy: sentences all alike, yet no paragraph a word-for-word repeat
    (the pull-quote rule keeps those out of the body, and the text would
    shrink to one copy)."""
    paragraphs = (ROOT / "data" / "nato-third-country-agreements.txt").read_text(encoding="utf-8").split("\n\n")
    words = [paragraph.split() for paragraph in paragraphs[2:9]]
    copies, total, copy = [], 0, 0
    while total < size:
        for paragraph in words:
            copies.append(" ".join(f"{w} {copy}" if k % 3 == 2 else w for k, w in enumerate(paragraph)))
            total += len(copies[-1]) + 2
        copy += 1
    return "\n\n".join(copies)


def joined_cnn(size: int) -> str | None:
    if not CNN.exists():
        return None
    texts, total = [], 0
    while total < size:
        with CNN.open(encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line)["text"]
                texts.append(text)
                total += len(text.encode("utf-8"))
                if total >= size:
                    break
    return "\n\n".join(texts)


# --- The splitter alone ------------------------------------------------------------

T = TypeVar("T")
SPLITTER_SIZES = (16_000, 64_000, 256_000, 1_000_000)
SPLITTER_UNITS: dict[str, str] = {
    "titles and initials (one sentence)": "Mr. A. B. C. Smith said that Dr. D. E. Jones told Ms. F. G. Brown that ",
    "short quoted sentences": '"Yes," he said. ',
    "unmatched quote marks": '\u201cYes he said " and then \u2019 the ',
    "no punctuation at all": "the minister said that the plan would work and Smith agreed ",
    "one word per line": "minister\nsaid\nthat\nThe\nplan\n",
}


def repeated(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size].rstrip() + "."


def splitter_shapes(title: str, columns: str = "") -> dict[str, Callable[[int], str | None]]:
    """The shapes the splitter and the tagger are timed on, once their
    table's heading (`title`, the sizes, then `columns`) is printed."""
    shapes: dict[str, Callable[[int], str | None]] = {"CNN-Corpus joined": joined_cnn}
    shapes.update({name: repeated(unit) for name, unit in SPLITTER_UNITS.items()})
    sizes = " ".join(f"{size // 1000:>7} KB" for size in SPLITTER_SIZES)
    print(f"## {title}, seconds per MB\n{'shape':<36} {sizes}   1 MB / 16 KB{columns}")
    return shapes


def splitter_scaling(give_up_seconds: float = 60.0) -> None:
    """Seconds per MB of split_sentences on each shape; sizes after one that
    took longer than `give_up_seconds` are skipped (printed as -)."""
    from summarizer.nlp.splitter import split_sentences

    split_sentences("Warm up: Punkt is built on first use. Then it is timed.")
    for name, make in splitter_shapes("split_sentences").items():
        if make(1000) is None:
            print(f"{name:<36} skipped: {CNN} not found")
            continue
        per_mb, _, _ = per_mb_times(name, make, split_sentences, give_up_seconds)
        ratio, cells = table_cells(per_mb)
        print(f"{name:<36} {cells}   {ratio}")


def per_mb_times(name: str, make: Callable[[int], str | None], work: Callable[[str], T],
                 give_up_seconds: float) -> tuple[list[float | None], float, T | None]:
    """CPU seconds per MB of `work` on `make(size)` at each of SPLITTER_SIZES
    (None for a size that failed, took longer than `give_up_seconds`, or
    comes after one that did), with the last run's seconds and result."""
    per_mb: list[float | None] = []
    seconds, result = 0.0, None
    for size in SPLITTER_SIZES:
        if per_mb and per_mb[-1] is None:
            per_mb.append(None)
            continue
        text = make(size)
        assert text is not None
        started = time.process_time()
        try:
            result = work(text)
        except Exception as error:  # e.g. a regex time limit
            print(f"{name}: {size // 1000} KB failed: {type(error).__name__}")
            per_mb.append(None)
            continue
        seconds = time.process_time() - started
        per_mb.append(seconds / (len(text) / 1_000_000) if seconds <= give_up_seconds else None)
    return per_mb, seconds, result


def table_cells(per_mb: list[float | None]) -> tuple[str, str]:
    """The 1 MB / 16 KB ratio and the row's cells (- where no time)."""
    first, last = per_mb[0], per_mb[-1]
    ratio = f"{last / first:.2f}" if first and last else "-"
    return ratio, " ".join(f"{p:10.3f}" if p is not None else f"{'-':>10}" for p in per_mb)


# --- Claims (extract_claims) ------------------------------------------------------------


def claims_scaling(give_up_seconds: float = 60.0) -> None:
    """Seconds per MB of `extract_claims` (split, parse, tag) on the issue-15
    shapes beside joined CNN articles, 16 KB to 1 MB, the ratio of the 1 MB
    figure to the 16 KB one (target at most 2), and the slowest 1 MB time
    (target at most 15 s). Sizes after one slower than `give_up_seconds` are
    skipped (printed as -)."""
    from summarizer.claims import extract_claims

    extract_claims("Warm up: Punkt is built on first use, the tagger said.")
    for name, make in splitter_shapes("extract_claims", "   1 MB s   claims at 1 MB").items():
        if make(1000) is None:
            print(f"{name:<36} skipped: {CNN} not found")
            continue
        per_mb, seconds, found = per_mb_times(name, make, lambda text: len(extract_claims(text)), give_up_seconds)
        ratio, cells = table_cells(per_mb)
        whole = f"{seconds:.1f}" if per_mb[-1] is not None else "-"
        print(f"{name:<36} {cells}   {ratio:>12}   {whole:>7}   {found or 0:>14,}")


def summary_scaling() -> None:
    kinds = {"repeated demo": repeated_demo, "CNN-Corpus joined": joined_cnn}
    print(f"{'text':<18} {'method':<8} " + " ".join(f"{mb:>6} MB" for mb in SIZES_MB) + "   s/MB vs smallest")
    for kind, make in kinds.items():
        if make(1000) is None:
            print(f"{kind:<18} skipped: {CNN} not found")
            continue
        for method in ("lead", "default"):
            seconds = []
            for mb in SIZES_MB:
                text = make(int(mb * 1_000_000))
                assert text is not None  # the shape is available: checked above
                started = time.process_time()
                summarize(text, sentences=5, method=method)
                seconds.append(time.process_time() - started)
            per_mb = [s / mb for s, mb in zip(seconds, SIZES_MB, strict=True)]
            ratios = " ".join(f"{p / per_mb[0]:.2f}" for p in per_mb)
            print(f"{kind:<18} {method:<8} " + " ".join(f"{s:9.1f}" for s in seconds) + f"   {ratios}")


# --- Whole commands (issue 15) ------------------------------------------------------

COMMAND_SIZES = SPLITTER_SIZES
COMMANDS: dict[str, list[str]] = {
    "summarize": ["summarize", "--format", "text"],
    "claims": ["claims", "--format", "text"],
    "brief": ["brief", "--format", "markdown"],
}


def distinct_paragraphs(size: int) -> list[str]:
    """Plain news-like paragraphs, no two alike (the pull-quote rule drops a
    paragraph the rest of the text repeats, so repetition would shrink the
    input), enough for `size` characters."""
    paragraphs, total, i = [], 0, 0
    while total < size:
        paragraph = (f"The council of district {i} met on day {i % 28 + 1} of the month and voted {i * 7 % 50} "
                     f"to {i * 3 % 40} for plan number {i}. Officials said repairs to road {i} would start "
                     f"within {i % 12 + 2} weeks and cost about {i * 13 % 900 + 100} thousand dollars.")
        paragraphs.append(paragraph)
        total += len(paragraph) + 30
        i += 1
    return paragraphs


def nested_html(size: int) -> str:
    """A web page whose article sits in ever deeper <div>s: each paragraph
    opens one more level, none closes before the end."""
    head = "<!DOCTYPE html><html><head><title>A deeply nested page</title></head><body><article>" \
           "<h1>A deeply nested page</h1>"
    paragraphs = distinct_paragraphs(size - len(head))
    opened = "".join(f"<div><p>{paragraph}</p>" for paragraph in paragraphs)
    return head + opened + "</div>" * len(paragraphs) + "</article></body></html>"


def command_shapes() -> dict[str, tuple[Callable[[int], str | None], str]]:
    """shape name -> (text of about `size` characters, file suffix)."""
    shapes: dict[str, tuple[Callable[[int], str | None], str]] = {"CNN-Corpus joined": (joined_cnn, ".txt")}
    shapes.update({name: (repeated(unit), ".txt") for name, unit in SPLITTER_UNITS.items()})
    shapes["deeply nested HTML (web path)"] = (nested_html, ".html")
    return shapes


def _timed_command(argv: list[str], give_up: float, tagger: bool = True) -> float | None:
    """CPU seconds of `summarizer ARGV` run in a forked child (output thrown
    away), or None when it fails or takes longer than `give_up` seconds.
    Without `tagger`, the claim tagger finds nothing (instantly)."""
    import os
    import signal

    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # the child: run the command, write its CPU time, leave
        os.close(read_end)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        from summarizer.cli import run

        if not tagger:
            import summarizer.claims

            summarizer.claims.claims_in_document = lambda document, **options: []
        started = time.process_time()
        code = run(argv)
        seconds = time.process_time() - started
        os.write(write_end, f"{code} {seconds}".encode())
        os._exit(0)
    os.close(write_end)
    deadline = time.monotonic() + give_up
    while time.monotonic() < deadline:
        done, _ = os.waitpid(child, os.WNOHANG)
        if done:
            break
        time.sleep(0.05)
    else:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        os.close(read_end)
        return None
    answer = os.read(read_end, 100).decode().split()
    os.close(read_end)
    if len(answer) != 2 or answer[0] != "0":
        return None
    return float(answer[1])


def command_scaling(give_up: float = 60.0, only: Sequence[str] = (), shape_filter: str = "",
                    tagger: bool = True) -> None:
    """Seconds per MB of each command on each shape, and the 1 MB / 16 KB ratio."""
    import contextlib
    import io
    import tempfile

    from summarizer.cli import run

    with contextlib.redirect_stdout(io.StringIO()):  # warm up: Punkt, rules, imports
        run(["summarize", str(ROOT / "data" / "nato-third-country-agreements.txt"), "--format", "json"])
    commands = {name: argv for name, argv in COMMANDS.items() if not only or name in only}
    sizes = " ".join(f"{size // 1000:>7} KB" for size in COMMAND_SIZES)
    without = "" if tagger else ", the claim tagger finding nothing"
    print(f"## whole commands{without}, CPU seconds per MB (give up after {give_up:.0f} s)")
    print(f"{'shape':<36} {'command':<10} {sizes}   1 MB / 16 KB   1 MB s")
    with tempfile.TemporaryDirectory() as folder:
        for name, (make, suffix) in command_shapes().items():
            if shape_filter and shape_filter.lower() not in name.lower():
                continue
            if make(1000) is None:
                print(f"{name:<36} skipped: {CNN} not found")
                continue
            files = []
            for size in COMMAND_SIZES:
                path = Path(folder) / f"input-{size}{suffix}"
                text = make(size)
                assert text is not None
                path.write_text(text, encoding="utf-8")
                files.append((path, len(text.encode("utf-8"))))
            for command, argv in commands.items():
                cells: list[str] = []
                per_mb: list[float | None] = []
                seconds: float | None = None
                for path, length in files:
                    if cells and cells[-1].strip().startswith((">", "-")):
                        cells.append(f"{'-':>10}")
                        per_mb.append(None)
                        continue
                    seconds = _timed_command([argv[0], str(path), *argv[1:]], give_up, tagger)
                    per_mb.append(seconds / (length / 1_000_000) if seconds is not None else None)
                    cells.append(f"{per_mb[-1]:10.3f}" if seconds is not None else f"{f'>{give_up:.0f} s':>10}")
                first, last = per_mb[0], per_mb[-1]
                ratio = f"{last / first:12.2f}" if first and last else f"{'-':>12}"
                total = f"{seconds:7.1f}" if last is not None and seconds is not None else f"{'-':>7}"
                print(f"{name:<36} {command:<10} {' '.join(cells)}   {ratio}   {total}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--splitter", action="store_true", help="Only the splitter section.")
    parser.add_argument("--claims", action="store_true", help="Only the claims section (extract_claims).")
    parser.add_argument("--commands", action="store_true", help="Only the whole-command section.")
    parser.add_argument("--only", default="", help="With --commands: a comma-separated list of commands.")
    parser.add_argument("--shape", default="", help="With --commands: shapes whose name contains this.")
    parser.add_argument("--give-up", type=float, default=60.0, help="With --commands: seconds before a run stops.")
    parser.add_argument("--no-tagger", action="store_true",
                        help="With --commands: the claim tagger finds nothing, so the rest of each command is timed.")
    args = parser.parse_args()
    if args.splitter:
        splitter_scaling()
        return
    if args.claims:
        claims_scaling()
        return
    if args.commands:
        command_scaling(args.give_up, [name for name in args.only.split(",") if name], args.shape,
                        tagger=not args.no_tagger)
        return
    summary_scaling()


if __name__ == "__main__":
    main()
