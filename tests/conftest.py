import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import run

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "data" / "nato-third-country-agreements.txt"


@pytest.fixture(scope="session")
def demo_text() -> str:
    return DEMO.read_text(encoding="utf-8")


@dataclass
class Result:
    """What a command gave: its exit code, standard output and error."""

    returncode: int
    stdout: str
    stderr: str


def run_command(*args: str, stdin: bytes | str | None = None, env: Mapping[str, str | None] | None = None) -> Result:
    """`summarizer ARGS` in this process, through typer's CliRunner (its
    isolated standard streams and environment) and `summarizer.cli.run`,
    the entry the installed command calls: usage errors, exit codes and
    output are the command's own. Tests that need a process of its own
    (start-up, kill -9, a closed pipe, a terminal) start one."""
    with CliRunner().isolation(input=stdin, env={"NO_COLOR": "1", "COLUMNS": "100", **(env or {})}) as streams:
        code = run(list(args))
        sys.stdout.flush()
        sys.stderr.flush()
        stdout, stderr = streams[0].getvalue(), streams[1].getvalue()
    return Result(code, stdout.decode("utf-8", "replace"), stderr.decode("utf-8", "replace"))


def read_terminal(leader: int) -> bytes:
    """All a child process wrote to the terminal whose leader end is
    `leader`, until it closed its end (Linux reports that as an OSError)."""
    written = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        written += chunk
    return written
