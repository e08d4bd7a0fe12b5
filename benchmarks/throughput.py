"""Batch throughput and memory: `summarizer batch` over the BBC and PolNeAR texts.

Articles per second for summary + claims with 1 and 2 workers, and the peak memory of the batch run over
1x and 4x the corpus (4x: every article four times under new ids), which
must not grow with the corpus.

Peak memory is measured two ways: the largest single process of the run
(`ru_maxrss` of the waited-for children, taken in a fresh wrapper process
per run) and the whole process tree (the main process plus its workers,
summed from /proc every 50 ms).

Reads ../shared/data relative to the repository root; skips (exit 0) with a
message when it is absent. The corpus is written to a temporary directory.

    .venv/bin/python benchmarks/throughput.py            # the full table (a few minutes)
    .venv/bin/python benchmarks/throughput.py --limit 200 # a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SOURCES = (
    DATA / "bbc-news-summary" / "dev.jsonl",
    DATA / "polnear" / "dev.jsonl",
    DATA / "polnear" / "train.jsonl",
)
SAMPLE_SECONDS = 0.05
# Runs a command and prints the peak RSS (kB) of its largest process.
PEAK_WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)


@dataclass(frozen=True)
class Run:
    label: str
    articles: int
    workers: int
    seconds: float
    largest_mb: float
    tree_mb: float | None
    failed: int
    exit_code: int

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def write_corpus(path: Path, copies: int, limit: int | None) -> int:
    """BBC and PolNeAR articles as {"id", "text"} lines, `copies` times over."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            taken = 0
            for source in SOURCES:
                corpus = source.parent.name
                with source.open(encoding="utf-8") as lines:
                    for line in lines:
                        if limit is not None and taken >= limit:
                            break
                        record = json.loads(line)
                        suffix = f"#{copy}" if copy else ""
                        out.write(json.dumps({"id": f"{corpus}/{record['id']}{suffix}", "text": record["text"]},
                                             ensure_ascii=False) + "\n")
                        taken += 1
                        count += 1
    return count


def tree_rss_kb(root: int) -> int:
    """Resident memory of `root` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, parent = int(entry), int(fields[1])
        children.setdefault(parent, []).append(pid)
        rss[pid] = int(fields[21]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run_batch(label: str, corpus: Path, articles: int, workers: int, out: Path) -> Run:
    command = [sys.executable, "-c", PEAK_WRAPPER, sys.executable, "-m", "summarizer", "batch", str(corpus),
               "-o", str(out), "--force", "--quiet", "-j", str(workers)]
    peak_tree = 0
    started = time.perf_counter()
    wrapper = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.is_set():
            peak_tree = max(peak_tree, tree_rss_kb(wrapper.pid))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    if Path("/proc/self/stat").exists():
        sampler.start()
    stdout, _ = wrapper.communicate()
    seconds = time.perf_counter() - started
    done.set()
    if sampler.is_alive():
        sampler.join()
    largest_kb = int(stdout.strip().splitlines()[-1]) if stdout.strip() else 0
    failed = 0
    written = 0
    with out.open(encoding="utf-8") as lines:
        for line in lines:
            written += 1
            failed += '"error"' in line[:200] and "error" in json.loads(line)
    if written != articles:
        print(f"warning: {label}: wrote {written} lines for {articles} articles", file=sys.stderr)
    # The wrapper itself is small; the tree sum includes it.
    return Run(label, articles, workers, seconds, largest_kb / 1024, peak_tree / 1024 if peak_tree else None, failed,
               wrapper.returncode)


def print_table(runs: list[Run]) -> None:
    print("summarizer batch throughput (summary + claims, default method)")
    header = f"{'run':<14}{'articles':>9}{'workers':>8}{'seconds':>9}{'art/s':>8}{'largest MB':>12}" \
             f"{'tree MB':>9}{'failed':>8}"
    print(header)
    print("-" * len(header))
    for run in runs:
        tree = f"{run.tree_mb:.0f}" if run.tree_mb is not None else "-"
        print(f"{run.label:<14}{run.articles:>9}{run.workers:>8}{run.seconds:>9.1f}{run.rate:>8.1f}"
              f"{run.largest_mb:>12.0f}{tree:>9}{run.failed:>8}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None,
                        help="Articles per copy of the corpus, for a quick look (default: all).")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="Worker counts to time on 1x.")
    parser.add_argument("--memory-workers", type=int, default=2, help="Workers for the 1x/4x memory runs.")
    args = parser.parse_args()
    missing = [str(p) for p in SOURCES if not p.exists()]
    if missing:
        print(f"skipped: the BBC/PolNeAR data is not there ({', '.join(missing)})")
        return 0
    with tempfile.TemporaryDirectory(prefix="summarizer-bench-") as scratch:
        folder = Path(scratch)
        one, four = folder / "corpus-1x.jsonl", folder / "corpus-4x.jsonl"
        one_count = write_corpus(one, 1, args.limit)
        four_count = write_corpus(four, 4, args.limit)
        runs = [run_batch(f"1x, {w} worker{'s' if w > 1 else ''}", one, one_count, w, folder / f"out-{w}.jsonl")
                for w in args.workers]
        if args.memory_workers not in args.workers:
            runs.append(run_batch("1x", one, one_count, args.memory_workers, folder / "out-1x.jsonl"))
        runs.append(run_batch("4x", four, four_count, args.memory_workers, folder / "out-4x.jsonl"))
    print_table(runs)
    by_label = {r.label: r for r in runs}
    base = next(r for r in runs if r.workers == args.memory_workers and r.label.startswith("1x"))
    grown = by_label["4x"]
    print(f"\npeak memory 4x / 1x ({args.memory_workers} workers): largest process "
          f"{grown.largest_mb / base.largest_mb:.2f}x"
          + (f", whole tree {grown.tree_mb / base.tree_mb:.2f}x" if grown.tree_mb and base.tree_mb else ""))
    print(f"machine: {os.cpu_count()} cores; load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
