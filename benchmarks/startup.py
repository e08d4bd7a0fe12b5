"""Start-up: how long each command takes on the demo from a cold process.

1. Median wall time of `summarizer summarize DEMO --format text`, `claims`,
   `brief` and `--help`, each a fresh process, beside `python -c pass` and
   `python -c "import summarizer.cli"` measured in the same run (interleaved,
   so a busy machine slows every row alike). The ratio column is each
   command over `python -c pass`; the cpu column the process's own user +
   system time, which a busy machine moves less than wall time.
2. The import time of each top-level package the `summarize` and `--help`
   commands load (`python -X importtime`: the self time of every module of
   the package, summed), so a slow start can be traced to its import.

With `--compare DIR` the same commands also run on the summarizer package
found in DIR (say, an earlier commit: `git archive COMMIT | tar -x -C DIR`),
interleaved with ours in the same run: before and after on equal terms.

Usage:
  .venv/bin/python benchmarks/startup.py [--repeat 7] [--top 15] [--compare DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "data" / "nato-third-country-agreements.txt"
PYTHON = sys.executable
CLI = [PYTHON, "-m", "summarizer"]

COMMANDS: dict[str, list[str]] = {
    "python -c pass": [PYTHON, "-c", "pass"],
    "import summarizer.cli": [PYTHON, "-c", "import summarizer.cli"],
    "summarizer --help": [*CLI, "--help"],
    "summarize DEMO -f text": [*CLI, "summarize", str(DEMO), "--format", "text"],
    "claims DEMO -f text": [*CLI, "claims", str(DEMO), "--format", "text"],
    "brief DEMO -f markdown": [*CLI, "brief", str(DEMO), "--format", "markdown"],
}


def environment(source: Path | None = None) -> dict[str, str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # byte-code caches are part of a normal start
    if source is not None:
        env["PYTHONPATH"] = str(source)  # ahead of the installed package
    return env


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wall_times(repeat: int, compare: Path | None) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    # Each run starts in the folder of the package it times: `python -m` and
    # `python -c` look in the current folder first.
    runs = [(name, command, environment(), ROOT) for name, command in COMMANDS.items()]
    if compare is not None:
        runs += [(f"{name} [{compare.name}]", command, environment(compare), compare)
                 for name, command in COMMANDS.items() if name != "python -c pass"]
    times: dict[str, list[float]] = defaultdict(list)
    cpu: dict[str, list[float]] = defaultdict(list)
    for _, command, env, folder in runs:  # warm the byte-code and file caches once
        subprocess.run(command, env=env, cwd=folder, capture_output=True, check=True)
    for _ in range(repeat):
        for name, command, env, folder in runs:
            started, cpu_before = time.perf_counter(), child_cpu()
            subprocess.run(command, env=env, cwd=folder, capture_output=True, check=True)
            times[name].append(time.perf_counter() - started)
            cpu[name].append(child_cpu() - cpu_before)
    return times, cpu


def import_times(argv: list[str]) -> dict[str, int]:
    """Import time (µs) of each top-level package `argv` loads: the self time
    of all its modules summed, so nltk's cost is nltk's even when
    summarizer imports it."""
    result = subprocess.run([PYTHON, "-X", "importtime", *argv[1:]], env=environment(), cwd=ROOT,
                            capture_output=True, text=True, check=True)
    totals: dict[str, int] = defaultdict(int)
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or line.count("|") != 2:
            continue
        own, _, name = (part.strip() for part in line.removeprefix("import time:").split("|"))
        if own.isdigit():
            totals[name.split(".")[0]] += int(own)
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7, help="Runs of each command (median shown).")
    parser.add_argument("--top", type=int, default=15, help="Top-level modules to list.")
    parser.add_argument("--compare", type=Path, help="Also time the summarizer package in this folder.")
    args = parser.parse_args()

    times, cpu = wall_times(args.repeat, args.compare)
    baseline = statistics.median(times["python -c pass"])
    print(f"Wall time, median of {args.repeat} cold processes (python {sys.version.split()[0]}):\n")
    width = max(len(name) for name in times)
    print(f"| {'command':<{width}} | {'median s':>8} | {'min s':>6} | {'× pass':>6} | {'cpu s':>6} |")
    print(f"|{'-' * (width + 2)}|{'-' * 10}|{'-' * 8}|{'-' * 8}|{'-' * 8}|")
    for name, runs in sorted(times.items(), key=lambda item: item[0].replace(" [", "~")):
        median = statistics.median(runs)
        print(f"| {name:<{width}} | {median:8.3f} | {min(runs):6.3f} | {median / baseline:6.1f} | "
              f"{statistics.median(cpu[name]):6.3f} |")
    print("\ncpu s: user + system time of the process (median); on a busy machine it moves less than wall time.")

    for name in ("summarize DEMO -f text", "claims DEMO -f text", "summarizer --help"):
        totals = import_times(COMMANDS[name])
        print(f"\nImport time of top-level modules, `{name}` (python -X importtime, self time per package):\n")
        print(f"| {'module':<24} | {'ms':>7} |")
        print(f"|{'-' * 26}|{'-' * 9}|")
        for module, micros in sorted(totals.items(), key=lambda item: -item[1])[: args.top]:
            print(f"| {module:<24} | {micros / 1000:7.1f} |")


if __name__ == "__main__":
    main()
