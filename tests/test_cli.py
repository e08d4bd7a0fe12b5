"""The command line, run in-process through typer's CliRunner and
`summarizer.cli.run` (the same entry as the installed `summarizer`: usage
errors, help, every format). One real process per command checks the
installed entry point itself."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from summarizer.cli import run as run_cli
from summarizer.nlp.words import tokenize_words

from .conftest import DEMO, Result, run_command

COMMANDS = ("summarize", "claims", "brief")
FORMATS = ("rich", "text", "markdown", "json")


@pytest.fixture
def cli() -> Callable[..., Result]:
    """Run the command line in this process: `cli("summarize", path, stdin=b"...")`."""

    def invoke(*args: str, stdin: bytes | None = None, columns: int = 100) -> Result:
        return run_command(*args, stdin=stdin, env={"COLUMNS": str(columns)})

    return invoke


def real_process(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    return subprocess.run([sys.executable, "-m", "summarizer", *args], input=stdin, capture_output=True, env=env,
                          timeout=120, check=False)


# -- one real process per command ---------------------------------------------------------------------------------


def test_summarize_in_a_real_process_reads_stdin_and_pipes_text() -> None:
    result = real_process("summarize", "-", "-n", "1", stdin=DEMO.read_bytes())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith("NATO members are examining")


def test_claims_in_a_real_process() -> None:
    result = real_process("claims", str(DEMO))
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines()[0].startswith("sentence\tspeaker")


def test_brief_in_a_real_process() -> None:
    result = real_process("brief", str(DEMO), "-f", "text")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith("Briefing note: NATO Seeks")


def test_usage_error_and_version_in_a_real_process() -> None:
    result = real_process("summarize", str(DEMO), "--format", "xml")
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "summarizer: error: unknown format 'xml'; choose one of: rich, text, markdown, json "
        "(see 'summarizer summarize --help')\n"
    )
    assert real_process("--version").stdout.decode().startswith("summarizer ")


# -- summarize ------------------------------------------------------------------------------------------------------


def test_text_is_the_default_when_piped(cli) -> None:
    result = cli("summarize", str(DEMO))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("NATO members are examining")


def test_json_offsets_index_the_input(cli) -> None:
    data = json.loads(cli("summarize", str(DEMO), "--format", "json", "-n", "4").stdout)
    text = DEMO.read_text(encoding="utf-8")
    assert data["title"].startswith("NATO Seeks")
    assert len(data["sentences"]) == 4
    for sentence in data["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]


def test_rich_view_has_title_positions_and_footer(cli) -> None:
    result = cli("summarize", str(DEMO), "--format", "rich", columns=120)
    assert result.returncode == 0
    assert "NATO Seeks Expanded" in result.stdout
    assert "[1]" in result.stdout
    assert "3/17 sentences" in result.stdout


def test_summary_markdown(cli) -> None:
    out = cli("summarize", str(DEMO), "-f", "markdown").stdout
    assert out.startswith("# Summary: NATO Seeks Expanded Third-Country Agreements to Back Ukraine\n\n")
    bullets = [line for line in out.splitlines() if line.startswith("- ")]
    assert len(bullets) == 3
    assert bullets[0].startswith("- NATO members are examining") and bullets[0].endswith("(sentence 1)")
    kept = sum(len(tokenize_words(line.split(" (sentence")[0])) for line in bullets)
    assert out.rstrip().endswith(f"*default · 3/17 sentences · {kept}/368 words*")


def test_explanation_markdown_is_a_table(cli) -> None:
    out = cli("summarize", str(DEMO), "--explain", "-f", "markdown").stdout
    rows = [line for line in out.splitlines() if line.startswith("|")]
    assert rows[0].startswith("| # | ✓ | score | lead ×1 |")
    assert len(rows) == 2 + 17  # heading, rule, one row a sentence
    assert sum(" | ✓ | " in row for row in rows[2:]) == 3


@pytest.mark.parametrize("method", ["lead", "lexrank", "edmundson", "random"])
def test_methods_from_the_command_line(cli, method: str) -> None:
    result = cli("summarize", str(DEMO), "-m", method, "-f", "text")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 3


def test_words_budget_from_the_command_line(cli) -> None:
    result = cli("summarize", str(DEMO), "-w", "50", "-f", "json")
    assert json.loads(result.stdout)["stats"]["words_kept"] <= 50


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("output_format", FORMATS)
def test_every_command_has_every_format(cli, command: str, output_format: str) -> None:
    result = cli(command, str(DEMO), "--format", output_format)
    assert result.returncode == 0, result.stderr
    assert "Stoltenberg" in result.stdout or "NATO" in result.stdout
    if output_format == "json":
        json.loads(result.stdout)
    if output_format == "markdown":
        assert result.stdout.startswith("# ")


# -- claims and brief -----------------------------------------------------------------------------------------------


def test_claims_text_has_a_header_row(cli) -> None:
    lines = cli("claims", str(DEMO), "-f", "text").stdout.splitlines()
    assert lines[0].split("\t") == ["sentence", "speaker", "role", "cue", "class", "kind", "hedged", "negated",
                                     "source", "content", "speaker_kind"]
    assert all(len(line.split("\t")) == 11 for line in lines)
    assert len(lines) == 1 + 4


def test_brief_text_is_plain_and_cited(cli) -> None:
    out = cli("brief", str(DEMO), "-f", "text").stdout
    assert out.startswith("Briefing note: NATO Seeks Expanded Third-Country Agreements to Back Ukraine\n")
    for heading in ("BOTTOM LINE", "KEY POINTS", "WHO SAID WHAT", "SOURCES", "REFERENCES"):
        assert f"\n{heading}\n" in out
    assert "**" not in out and "## " not in out
    assert "- Jens Stoltenberg emphasized" in out or "- emphasized: increasing defense production" in out
    assert f"[1] {DEMO}, sentence 1 (characters" in out  # a file source: its path and the sentence


def test_brief_output_suffix_txt_is_text(cli, tmp_path: Path) -> None:
    target = tmp_path / "note.txt"
    assert cli("brief", str(DEMO), "-o", str(target)).returncode == 0
    assert target.read_text(encoding="utf-8").startswith("Briefing note: NATO")


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_brief_output_follows_the_umask(cli, tmp_path: Path, umask: int, mode: int) -> None:
    target = tmp_path / "note.md"
    old = os.umask(umask)
    try:
        assert cli("brief", str(DEMO), "-o", str(target)).returncode == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert not list(tmp_path.glob(".note.md.*"))  # no temporary file left behind


def test_brief_output_keeps_the_mode_of_the_file_it_replaces(cli, tmp_path: Path) -> None:
    target = tmp_path / "note.md"
    target.write_text("old")
    target.chmod(0o640)
    assert cli("brief", str(DEMO), "-o", str(target)).returncode == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8").startswith("# Briefing note")


@pytest.mark.parametrize(("command", "suffix", "start"), [
    ("summarize", ".md", "# Summary: NATO Seeks"),
    ("summarize", ".json", '{\n  "source": "'),
    ("summarize", ".txt", "NATO members are examining"),
    ("claims", ".json", '{\n  "source": "'),
    ("claims", ".md", "# Claims: NATO Seeks"),
    ("claims", ".txt", "sentence\tspeaker"),
])
def test_summarize_and_claims_write_output_by_suffix(cli, tmp_path: Path, command: str, suffix: str,
                                                     start: str) -> None:
    target = tmp_path / f"out{suffix}"
    old = os.umask(0o022)
    try:
        result = cli(command, str(DEMO), "-o", str(target))
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"summarizer: wrote {target}\n"
    assert target.read_text(encoding="utf-8").startswith(start)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert not list(tmp_path.glob(".out*"))


def test_output_format_beats_the_suffix_and_rich_is_refused(cli, tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    assert cli("summarize", str(DEMO), "-o", str(target), "-f", "json").returncode == 0
    assert json.loads(target.read_text(encoding="utf-8"))["title"].startswith("NATO")
    result = cli("claims", str(DEMO), "-o", str(target), "-f", "rich")
    assert result.returncode == 2
    assert "--format rich is for the terminal" in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_output_that_is_an_input_is_refused(cli, tmp_path: Path, command: str) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(DEMO.read_bytes())
    link = tmp_path / "link.txt"
    link.symlink_to(article)
    (tmp_path / "sub").mkdir()
    other_paths = [str(article), str(tmp_path / "sub" / ".." / "article.txt"), str(link)]
    for output in other_paths:
        result = cli(command, str(article), "-o", output)
        assert result.returncode == 2, (output, result.stderr)
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1
        assert "give another file for --output" in result.stderr
        assert article.read_bytes() == DEMO.read_bytes()
    result = cli(command, str(link), "-o", str(article))  # the input named through a link
    assert result.returncode == 2
    assert f"is the same file as the input {link}" in result.stderr
    assert article.read_bytes() == DEMO.read_bytes()


def test_brief_refuses_an_output_that_is_any_of_its_inputs(cli, tmp_path: Path) -> None:
    second = tmp_path / "second.txt"
    second.write_text("Second headline\n\nThe council met on Monday and agreed to the plan.\n")
    result = cli("brief", str(DEMO), str(second), "-o", str(second))
    assert result.returncode == 2
    assert second.read_text().startswith("Second headline")


def test_counts_of_one_are_singular(cli) -> None:
    result = cli("brief", "-", "-f", "text", stdin=b"Hello\n")
    assert "1 word in \u2192 1 word out" in result.stdout
    result = cli("summarize", "-", "-f", "markdown", stdin=b"One sentence only.\n")
    assert "1/1 sentence \u00b7 3/3 words" in result.stdout


def test_batch_output_follows_the_umask(tmp_path: Path) -> None:
    from summarizer.batch import JsonlOutput

    target = tmp_path / "out.jsonl"
    old = os.umask(0o002)
    try:
        with JsonlOutput(str(target), append=False) as sink:
            sink.write({"id": "a"})
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o664


# -- errors, in our words -------------------------------------------------------------------------------------------


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
        "--ratio must be above 0 and at most 1 (got 3)": [str(DEMO), "--ratio", "3"],
    }


def test_bad_inputs_give_one_line_and_non_zero_exit(cli, tmp_path: Path) -> None:
    for expected, args in bad_inputs(tmp_path).items():
        result = cli("summarize", *args)
        assert result.returncode == 2, args
        assert result.stdout == ""
        assert expected.strip() in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback(cli, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no such file"):
        cli("summarize", str(tmp_path / "missing.txt"), "--debug")


USAGE_ERRORS = [
    (["summarize", str(DEMO), "--format", "xml"], "summarize",
     "unknown format 'xml'; choose one of: rich, text, markdown, json"),
    (["brief", str(DEMO), "-f", "html"], "brief", "unknown format 'html'; choose one of: rich, text, markdown, json"),
    (["claims", str(DEMO), "--kind", "bogus"], "claims",
     "unknown kind 'bogus'; choose one of: direct, indirect, mixed, according_to"),
    (["summarize", str(DEMO), "-n", "0"], "summarize", "--sentences must be at least 1 (got 0)"),
    (["summarize", str(DEMO), "-w", "0"], "summarize", "--words must be at least 1 (got 0)"),
    (["brief", str(DEMO), "-p", "-1"], "brief", "--points must be at least 0 (got -1)"),
    (["summarize", str(DEMO), "-n", "three"], "summarize", "--sentences takes a whole number, not 'three'"),
    (["summarize", str(DEMO), "-r", "half"], "summarize", "--ratio takes a number, not 'half'"),
    (["summarize", str(DEMO), "--ratio", "2"], "summarize", "--ratio must be above 0 and at most 1 (got 2)"),
    (["batch", str(DEMO), "-o", "x.jsonl", "-r", "0"], "batch", "--ratio must be above 0 and at most 1 (got 0)"),
    (["summarize"], "summarize", "missing SOURCE"),
    (["brief"], "brief", "missing SOURCE"),
    (["batch", str(DEMO)], "batch", "--output is required"),
    (["bogus"], "", "unknown command 'bogus'; choose one of: batch, brief, claims, summarize, text"),
    (["summarize", str(DEMO), "--sentenc", "3"], "summarize", "unknown option --sentenc; did you mean --sentences?"),
    (["summarize", str(DEMO), "--nope"], "summarize", "unknown option --nope"),
    (["summarize", str(DEMO), "-f"], "summarize", "-f needs a value"),
    (["summarize", str(DEMO), "--explain=yes"], "summarize", "--explain takes no value"),
    (["summarize", str(DEMO), "other.txt"], "summarize", "unexpected extra argument(s): other.txt"),
]


@pytest.mark.parametrize(("args", "command", "message"), USAGE_ERRORS)
def test_usage_errors_are_one_line_in_our_words(cli, args: list[str], command: str, message: str) -> None:
    result = cli(*args)
    assert result.returncode == 2
    see = f"summarizer {command}".strip()
    assert result.stderr == f"summarizer: error: {message} (see '{see} --help')\n"
    for library_wording in ("Value error", "Input should", "Invalid value", "Missing argument", "No such"):
        assert library_wording not in result.stderr


# -- help, version, completion --------------------------------------------------------------------------------------


def test_no_arguments_show_the_help(cli) -> None:
    result = cli()
    assert result.returncode == 0
    assert "summarize" in result.stdout and "brief" in result.stdout


def test_version(cli) -> None:
    from importlib.metadata import version

    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout == f"summarizer {version('summarizer')}\n"


@pytest.mark.parametrize("command", [[], ["summarize"], ["claims"], ["brief"], ["batch"]])
@pytest.mark.parametrize("columns", [60, 80])
def test_help_reads_well_at_narrow_widths(cli, command: list[str], columns: int) -> None:
    result = cli(*command, "--help", columns=columns)
    assert result.returncode == 0
    out = result.stdout
    assert all(len(line) <= columns for line in out.splitlines())
    for placeholder in ("<bool>", "<str>", "<int", "<float", "list[", "[x>=", "<file>"):
        assert placeholder not in out
    assert "…" not in out


def test_help_names_every_choice_whole(cli) -> None:
    out = cli("claims", "--help", columns=80).stdout
    assert "KIND" in out and "FORMAT" in out
    flat = " ".join(line.strip("│ ") for line in out.splitlines())
    for choice in ("direct,", "indirect,", "mixed", "according_to;", "rich,", "text,", "markdown", "json."):
        assert choice in flat.split(), choice


def test_command_help_has_no_line_break_inside_a_paragraph() -> None:
    """typer keeps single line breaks: a docstring wrapped in the source
    would break mid-sentence in `--help` and in the list of commands."""
    import typer

    from summarizer.cli import app

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        for paragraph in command.help.split("\n\n"):
            assert "\n" not in paragraph, name


def test_shell_completion_words(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_SUMMARIZER_COMPLETE", "complete_bash")
    kinds = ["direct", "indirect", "mixed", "according_to"]
    for words, cword, expected in (("summarizer cl", "1", ["claims"]),
                                   ("summarizer claims x --kind ", "4", kinds),
                                   ("summarizer summarize x -f ", "4", list(FORMATS))):
        monkeypatch.setenv("COMP_WORDS", words)
        monkeypatch.setenv("COMP_CWORD", cword)
        assert run_cli([]) == 0
        assert capsys.readouterr().out.split() == expected


# typer reads "--show-completion" as a flag and asks the parent process which shell it is: under `sh`
# (make's recipes, some CI runners) it says "Shell sh not supported". With detection off it takes the
# shell named after the option, whatever runs the tests.
NAMED_SHELL = {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}


def test_show_completion_prints_a_script() -> None:
    result = run_command("--show-completion", "bash", env={"COLUMNS": "100", **NAMED_SHELL})
    assert result.returncode == 0
    assert "_SUMMARIZER_COMPLETE=complete_bash" in result.stdout


# -- start-up -------------------------------------------------------------------------------------------------------


def test_public_api_names_resolve() -> None:
    from importlib import import_module

    import summarizer

    for name in summarizer.__all__:
        value = getattr(summarizer, name)
        assert value is not None
        assert value is getattr(import_module(summarizer._EXPORTS[name]), name)  # the defining module's own
    assert summarizer.make_brief.__module__ == "summarizer.brief"


def test_a_hard_wrapped_copy_has_the_same_one_line_title(cli, tmp_path: Path) -> None:
    import textwrap

    text = DEMO.read_text(encoding="utf-8")
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text("\n\n".join(textwrap.fill(p, 30) for p in text.split("\n\n")), encoding="utf-8")
    title = "NATO Seeks Expanded Third-Country Agreements to Back Ukraine"
    summary = json.loads(cli("summarize", str(wrapped), "-f", "json").stdout)
    assert summary["title"] == title
    assert cli("summarize", str(wrapped), "-f", "markdown").stdout.startswith(f"# Summary: {title}\n")
    note = cli("brief", str(DEMO), str(wrapped), "-f", "text").stdout
    assert note.startswith(f"Briefing note: {title}\n")  # one title for the same article given twice
    assert note.count(title) == 3  # the heading and the two sources
