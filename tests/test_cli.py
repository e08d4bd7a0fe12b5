import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app

from .conftest import DEMO

runner = CliRunner()


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        input=stdin.decode("utf-8", "replace") if stdin is not None else None,
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )


def test_text_is_the_default_when_piped() -> None:
    result = run("summarize", str(DEMO))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("NATO members are examining")


def test_json_offsets_index_the_input() -> None:
    result = run("summarize", str(DEMO), "--format", "json", "-n", "4")
    data = json.loads(result.stdout)
    text = DEMO.read_text(encoding="utf-8")
    assert data["title"].startswith("NATO Seeks")
    assert len(data["sentences"]) == 4
    for sentence in data["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]


def test_rich_view_has_title_positions_and_footer() -> None:
    result = runner.invoke(app, ["summarize", str(DEMO), "--format", "rich"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "NATO Seeks Expanded" in result.stdout
    assert "[1]" in result.stdout
    assert "3/17 sentences" in result.stdout


def test_stdin() -> None:
    result = run("summarize", "-", "-n", "1", stdin=DEMO.read_bytes())
    assert result.returncode == 0
    assert result.stdout.startswith("NATO members are examining")


@pytest.mark.parametrize("method", ["lead", "lexrank", "edmundson", "random"])
def test_methods_from_the_command_line(method: str) -> None:
    result = runner.invoke(app, ["summarize", str(DEMO), "-m", method, "-f", "text"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 3


def test_words_budget_from_the_command_line() -> None:
    result = runner.invoke(app, ["summarize", str(DEMO), "-w", "50", "-f", "json"])
    assert json.loads(result.stdout)["stats"]["words_kept"] <= 50


def bad_inputs(tmp_path: Path) -> dict[str, list[str]]:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\t\n ")
    binary = tmp_path / "binary.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return {
        "no such file": [str(tmp_path / "missing.txt")],
        "is a directory": [str(tmp_path)],
        "is empty": [str(empty)],
        "is empty ": [str(blank)],
        "binary": [str(binary)],
        "unknown method": [str(DEMO), "--method", "magic"],
        "only one length limit": [str(DEMO), "-n", "2", "-w", "30"],
        "no sentence fits in 3 words": [str(DEMO), "-w", "3"],
    }


def test_bad_inputs_give_one_line_and_non_zero_exit(tmp_path: Path) -> None:
    for expected, args in bad_inputs(tmp_path).items():
        result = run("summarize", *args)
        assert result.returncode != 0, args
        assert result.stdout == ""
        assert expected.strip() in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


def test_bad_option_value_is_rejected() -> None:
    result = run("summarize", str(DEMO), "--ratio", "3")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = run("summarize", str(tmp_path / "missing.txt"), "--debug")
    assert result.returncode != 0
    assert "Traceback" in result.stderr


def test_help_lists_the_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "summarize" in result.stdout


def test_help_does_not_load_the_language_stack() -> None:
    code = "import sys, summarizer.cli; print(sorted(m for m in ('nltk', 'sumy', 'numpy') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_public_api_names_resolve() -> None:
    import summarizer

    for name in summarizer.__all__:
        assert getattr(summarizer, name) is not None


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["summarize", str(DEMO), "-n", "0"], "--sentences"),
        (["summarize", str(DEMO), "--format", "xml"], "'xml' is not one of"),
        (["summarize"], "Missing argument"),
        (["bogus"], "No such command 'bogus'"),
        (["claims", str(DEMO), "--kind", "bogus"], "--kind"),
    ],
)
def test_usage_errors_are_one_line(args: list[str], expected: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("summarizer: error: ")
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_no_arguments_show_the_help() -> None:
    result = run()
    assert result.returncode == 0
    assert "summarize" in result.stdout and "brief" in result.stdout
