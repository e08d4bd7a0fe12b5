"""The command line's rough edges: help into a closed pipe, very large
inputs, batch output inside its input directory, help at 80 columns, bad
inputs a user would give."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from summarizer.cli.common import reader_closed_pipe

from .conftest import DEMO

# -- help, version and rich views into a closed pipe ---------------------------------------------------------------


def closed_pipe_process(*args: str) -> tuple[int, bytes]:
    """`summarizer ARGS` in a process of its own whose standard output is a
    pipe nobody reads: closed before the command writes, as when `| head -1`
    has left. Its exit code and standard error."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80"}
    process = subprocess.Popen([sys.executable, "-m", "summarizer", *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    stderr = process.stderr.read()
    process.stderr.close()
    return process.wait(timeout=120), stderr


@pytest.mark.parametrize("args", [
    ["--help"],
    [],  # no command: the help
    ["claims", "--help"],
    ["summarize", "-h"],
    ["brief", "--help"],
    ["batch", "--help"],
    ["--version"],
    ["--show-completion", "bash"],
    ["summarize", str(DEMO), "--format", "rich"],
], ids=" ".join)
def test_help_version_and_rich_views_into_a_closed_pipe_exit_0_quietly(args: list[str]) -> None:
    # click and rich each turn a closed pipe into exit 1; `set -o pipefail` shells then fail.
    assert closed_pipe_process(*args) == (0, b"")


def test_a_usage_error_into_a_closed_pipe_keeps_its_exit_code() -> None:
    code, stderr = closed_pipe_process("claims")
    assert code == 2
    assert stderr == b"summarizer: error: missing SOURCE (see 'summarizer claims --help')\n"


def test_only_an_exit_raised_over_a_broken_pipe_counts_as_the_reader_leaving() -> None:
    try:
        try:
            raise BrokenPipeError(32, "Broken pipe")
        except BrokenPipeError:
            raise SystemExit(1) from None
    except SystemExit as stop:
        assert reader_closed_pipe(stop)
    assert not reader_closed_pipe(SystemExit(1))
