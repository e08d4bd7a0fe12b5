"""Every file in tests/bad_inputs/ through every command: a non-zero exit and
one line on stderr, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app

from .conftest import run_command

BAD = Path(__file__).resolve().parent / "bad_inputs"
# huge-line.txt is 70 kB on one line: above this cap, so the cap's error is what it tests.
CAP_MB = "0.064"
EXPECTED = {
    "empty.txt": "is empty",
    "whitespace.txt": "is empty",
    "image.png": "looks like a binary file",
    "report.pdf": "PDF files are not supported",
    "control-chars.txt": "looks like a binary file",
    "utf16-no-bom.txt": "UTF-16 without a byte-order mark",
    "truncated-utf16.txt": "truncated UTF-16 text",
    "huge-line.txt": "larger than the 0.064 MB size cap",
    "no-text.html": "no article text found in the page",
    "nav-only.html": "no article text found in the page",  # trafilatura would give "Home News"
    "a-directory": "is a directory",
    "missing.txt": "no such file",
}
# The single-article commands.
COMMANDS = ["summarize", "claims", "brief"]
runner = CliRunner()


def test_the_corpus_is_all_there() -> None:
    present = {p.name for p in BAD.iterdir()}
    assert present == set(EXPECTED) - {"missing.txt"}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_single_article_commands_fail_with_one_line(command: str, name: str) -> None:
    result = runner.invoke(app, [command, str(BAD / name)], env={"SUMMARIZER_MAX_MB": CAP_MB, "NO_COLOR": "1"})
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.stdout == ""
    assert result.stderr.startswith(f"summarizer: error: {BAD / name}: ")
    assert EXPECTED[name] in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert "--max-mb" not in result.stderr  # only batch has that option


@pytest.mark.parametrize("command", COMMANDS)
def test_the_command_entry_prints_no_traceback(command: str) -> None:
    # Through summarizer.cli.run, the installed command's entry (test_cli has one real process per command).
    result = run_command(command, str(BAD / "truncated-utf16.txt"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_batch_turns_every_bad_input_into_an_error_line(tmp_path: Path) -> None:
    records = tmp_path / "bad.jsonl"
    records.write_text("".join(json.dumps({"id": name, "path": str(BAD / name)}) + "\n" for name in EXPECTED),
                       encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(records), "-o", str(out), "-j", "1", "--max-mb", CAP_MB])
    assert result.exit_code == 3
    assert result.stderr == f'summarizer: error: {len(EXPECTED)} article(s) failed; see the "error" lines in {out}\n'
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == list(EXPECTED)
    for line in lines:
        assert set(line) == {"id", "error"}
        assert EXPECTED[line["id"]] in line["error"], line
    assert lines[list(EXPECTED).index("huge-line.txt")]["error"].endswith(
        "; raise it with --max-mb or SUMMARIZER_MAX_MB")


@pytest.mark.parametrize(("name", "message"), [
    ("a-directory", "no articles found"),
    ("missing.txt", "no such file or directory"),
    ("empty.txt", "give a directory, a glob or a JSONL file"),
    ("image.png", "give a directory, a glob or a JSONL file"),
])
def test_batch_rejects_a_bad_input_argument_with_one_line(tmp_path: Path, name: str, message: str) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(BAD / name), "-o", str(out)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"summarizer: error: {BAD / name}: {message}")
    assert result.stderr.count("\n") == 1
    assert not out.exists()
