"""The command line's rough edges: help into a closed pipe, very large
inputs, batch output inside its input directory, help at 80 columns, bad
inputs a user would give."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import summarizer.cli.common as common
from summarizer.cli.common import reader_closed_pipe

from .conftest import DEMO, run_command

# -- help, version and rich views into a closed pipe ---------------------------------------------------------------


def closed_pipe_process(*args: str) -> tuple[int, bytes]:
    """`summarizer ARGS` in a process of its own whose standard output is a
    pipe nobody reads: closed before the command writes, as when `| head -1`
    has left. Its exit code and standard error."""
    # the shell named after --show-completion, not the parent's (test_cli.NAMED_SHELL)
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
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


# -- very large inputs: a note before the wait ------------------------------------------------------------------------


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo (3 KB) counts as far beyond an article and long for kl."""
    monkeypatch.setattr(common, "LONG_INPUT_BYTES", 2_000)
    monkeypatch.setattr(common, "SLOW_METHOD_BYTES", {"kl": 2_000})


@pytest.mark.parametrize("command", ["summarize", "claims", "brief"])
def test_an_input_far_beyond_an_article_gets_one_note_and_its_full_output(small_limits: None, command: str) -> None:
    noted = run_command(command, str(DEMO), "-f", "json")
    assert noted.returncode == 0, noted.stderr
    assert noted.stderr == (f"summarizer: warning: {DEMO}: 0.0 MB of text, far more than an article; this may "
                            "take a while (give one article at a time, or many with 'summarizer batch')\n")
    json.loads(noted.stdout)  # the output is whole


def test_an_article_below_the_limits_gets_no_note() -> None:
    assert run_command("summarize", str(DEMO), "-f", "json", "-m", "kl").stderr == ""


@pytest.mark.parametrize("command", ["summarize", "brief"])
def test_a_slow_method_on_long_text_is_noted(small_limits: None, command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "LONG_INPUT_BYTES", 10**9)
    result = run_command(command, str(DEMO), "-f", "json", "-m", "kl")
    assert result.returncode == 0, result.stderr
    assert result.stderr == (f"summarizer: warning: {DEMO}: --method kl slows down steeply on long text, and this "
                             "is 3 KB: it may take a long time (--method default takes seconds)\n")
    assert run_command(command, str(DEMO), "-f", "json", "-m", "lexrank").stderr == ""


# -- batch: an output that a re-run would read as an input ------------------------------------------------------------


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "nato.txt").write_bytes(DEMO.read_bytes())
    return folder


@pytest.mark.parametrize("output", ["out.jsonl", "sub/out.jsonl", "sub/../out.jsonl"])
@pytest.mark.parametrize("flag", [[], ["--force"], ["--resume"]])
def test_batch_refuses_an_output_inside_the_input_directory(news: Path, output: str, flag: list[str]) -> None:
    # Under a folder the run has not reached yet, even the first run would read its own output.
    result = run_command("batch", str(news), "-o", str(news / output), "-j", "1", *flag)
    assert result.returncode == 2
    assert result.stderr == (f"summarizer: error: {news / output}: is inside the input directory {news}, so it "
                             "would be read as an article; give a file outside it for --output\n")
    assert sorted(p.name for p in news.rglob("*")) == ["nato.txt", "sub"]


def test_batch_takes_an_output_beside_the_input_directory_or_hidden_in_it(news: Path) -> None:
    for output in (news.parent / "out.jsonl", news / ".out.jsonl"):
        for _ in range(2):  # a re-run reads the same one article
            result = run_command("batch", str(news), "-o", str(output), "-j", "1", "--no-claims", "--force")
            assert result.returncode == 0, result.stderr
            assert [json.loads(line)["id"] for line in output.read_text().splitlines()] == ["nato.txt"]


@pytest.mark.parametrize(("pattern", "output"), [
    ("{news}/*", "{news}/out.jsonl"),
    ("{news}/**", "{news}/sub/out.jsonl"),
    ("{news}/**/*.jsonl", "{news}/out.jsonl"),
    ("{news}/../news/*.jsonl", "{news}/out.jsonl"),
])
def test_batch_refuses_an_output_its_input_glob_matches(news: Path, pattern: str, output: str) -> None:
    (news / "old.jsonl").write_text("{}\n")  # something for the .jsonl globs to match
    glob, out = pattern.format(news=news), output.format(news=news)
    result = run_command("batch", glob, "-o", out, "-j", "1")
    assert result.returncode == 2
    assert result.stderr == (f"summarizer: error: {out}: matches the input {glob}, so it would be read as an "
                             "article; give a file it does not match for --output\n")
    assert not Path(out).exists()


@pytest.mark.parametrize("pattern", ["{news}/*.txt", "{news}/*"])
def test_batch_takes_an_output_its_input_glob_does_not_match(news: Path, pattern: str) -> None:
    out = news / "sub" / "out.jsonl"  # `*` matches no file in a folder below
    for _ in range(2):
        result = run_command("batch", pattern.format(news=news), "-o", str(out), "-j", "1", "--no-claims", "--force")
        assert result.returncode == 0, result.stderr
        assert len(out.read_text().splitlines()) == 1


# -- --help at 80 columns ---------------------------------------------------------------------------------------------

COMMAND_NAMES = ["summarize", "claims", "brief", "batch", "text"]


def help_at_80(*args: str) -> str:
    result = run_command(*args, "--help", env={"COLUMNS": "80"})
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("args", [[], *([name] for name in COMMAND_NAMES)], ids=lambda args: " ".join(args) or "top")
def test_help_reads_in_full_at_80_columns(args: list[str]) -> None:
    text = help_at_80(*args)
    assert max(len(line) for line in text.splitlines()) <= 80
    usage = next(line for line in text.splitlines() if "Usage:" in line)
    assert "{" not in usage  # typer's {SOURCE} reads like a set of choices
    assert "[default: default]" not in text


def test_a_several_sources_argument_reads_as_such_in_the_usage_line() -> None:
    usage = next(line for line in help_at_80("brief").splitlines() if "Usage:" in line)
    assert usage.split() == ["Usage:", "summarizer", "brief", "[OPTIONS]", "SOURCE..."]


def help_examples(name: str) -> list[str]:
    """The command lines under "Examples:" in a command's --help."""
    text = help_at_80(name)
    lines = text[text.index("Examples:"):].splitlines()[1:]
    return [line.strip() for line in lines if line.strip()]


@pytest.mark.parametrize("name", COMMAND_NAMES)
def test_every_example_in_the_help_is_a_command_line_it_accepts(name: str) -> None:
    import shlex

    from typer.main import get_command

    from summarizer.cli import app

    examples = help_examples(name)
    assert len(examples) >= 3
    group = get_command(app)
    for example in examples:
        words = shlex.split(example.split("#")[0], comments=False)
        start = words.index("summarizer")
        words = words[start:]
        if "|" in words:
            words = words[:words.index("|")]
        assert words[1] == name, example
        command = group.commands[name]  # type: ignore[attr-defined]
        command.make_context(f"summarizer {name}", words[2:])  # parses every option and checks its value


def test_the_claims_example_cuts_speaker_cue_and_claim() -> None:
    assert "summarizer claims article.txt | cut -f2,4,10  # speaker, cue, claim" in help_examples("claims")
    header = run_command("claims", str(DEMO), "-f", "text").stdout.splitlines()[0].split("\t")
    assert [header[1], header[3], header[9]] == ["speaker", "cue", "content"]


# -- bad inputs a user would give -----------------------------------------------------------------------------------

SINGLE = ["summarize", "claims", "brief", "text"]


def free_port() -> int:
    """A local port nothing listens on."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("command", SINGLE)
def test_a_url_whose_host_cannot_be_found_says_so_in_one_line(command: str) -> None:
    # .invalid never resolves (RFC 2606): the same failure as on a machine without network.
    url = "http://news.example.invalid/story"
    result = run_command(command, url)
    assert result.returncode == 2
    assert result.stderr == f"summarizer: error: {url}: cannot fetch (host not found: no network, or a wrong address)\n"


@pytest.mark.parametrize("command", SINGLE)
def test_a_url_that_refuses_the_connection_says_so_without_an_errno(command: str) -> None:
    url = f"http://127.0.0.1:{free_port()}/story"
    result = run_command(command, url)
    assert result.returncode == 2
    assert result.stderr == f"summarizer: error: {url}: cannot fetch (Connection refused)\n"


@pytest.mark.parametrize("command", SINGLE)
@pytest.mark.parametrize(("given", "message"), [
    (b"", "standard input: is empty"),
    (bytes(range(256)) * 8, "standard input: looks like a binary file"),
])
def test_bad_standard_input_is_one_line(command: str, given: bytes, message: str) -> None:
    result = run_command(command, "-", stdin=given)
    assert result.returncode == 2
    assert result.stderr.startswith(f"summarizer: error: {message}")
    assert result.stderr.count("\n") == 1 and result.stdout == ""


@pytest.mark.parametrize("command", SINGLE)
def test_a_dangling_link_and_a_device_are_one_line(command: str, tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "moved.txt")
    for source, message in ((str(link), "no such file"), ("/dev/null", "is empty")):
        result = run_command(command, source)
        assert result.returncode == 2
        assert result.stderr == f"summarizer: error: {source}: {message}\n"


SENTENCE = "The council met on Monday and agreed to the plan."


@pytest.mark.parametrize(("args", "typed", "note"), [
    (["summarize", "-", "-f", "text", "-n", "1"], SENTENCE, "the article from the terminal; paste it,"),
    (["batch", "-", "-o", "-", "-q", "--no-claims", "-j", "1"], json.dumps({"id": "a", "text": SENTENCE}),
     'JSONL records ({"id", "text"} a line) from the terminal; type or paste them,'),
], ids=["summarize", "batch"])
def test_standard_input_at_a_terminal_says_how_to_end_it(args: list[str], typed: str, note: str) -> None:
    import pty

    main_end, terminal = pty.openpty()
    env = {**os.environ, "NO_COLOR": "1"}
    process = subprocess.Popen([sys.executable, "-m", "summarizer", *args],
                               stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    os.close(terminal)
    try:
        first_line = process.stderr.readline() if process.stderr else b""
        second_line = process.stderr.readline() if process.stderr else b""
        assert (first_line.rstrip(b"\n") + b" " + second_line).startswith(f"summarizer: reading {note}".encode())
        assert second_line.endswith(b" then press Ctrl-D on a line of its own (Ctrl-C to stop)\n")
        assert max(len(first_line), len(second_line)) <= 81  # 80 columns and the line end
        os.write(main_end, typed.encode() + b"\n\x04")
        out, _ = process.communicate(timeout=60)
    finally:
        os.close(main_end)
    assert process.returncode == 0
    assert SENTENCE.encode() in out


def test_piped_standard_input_gets_no_terminal_note() -> None:
    result = run_command("summarize", "-", "-n", "1", stdin=DEMO.read_bytes())
    assert result.returncode == 0 and result.stderr == ""
