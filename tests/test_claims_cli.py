"""`summarizer claims` from the command line: every format, filters, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app

from .conftest import DEMO

runner = CliRunner()


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def run(*args: str, stdin: str | None = None) -> Result:
    """The command in-process (fast); `subprocess_run` checks the real thing once."""
    result = runner.invoke(app, ["claims", *args], input=stdin, env={"NO_COLOR": "1", "COLUMNS": "120"})
    return Result(result.exit_code, result.stdout, result.stderr)


def subprocess_run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run(
        [sys.executable, "-m", "summarizer", "claims", *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=60, check=False,
    )


def test_json_has_the_four_claims_with_offsets_into_the_input() -> None:
    result = run(str(DEMO), "--format", "json")
    assert result.returncode == 0, result.stderr
    claims = json.loads(result.stdout)["claims"]
    text = DEMO.read_text(encoding="utf-8")
    assert [c["speaker"] for c in claims] == ["Jens Stoltenberg"] * 3 + ["Dmytro Kuleba"]
    assert [c["hedged"] for c in claims] == [False, False, False, True]
    for claim in claims:
        for key in ("cue_span", "content_span", "speaker_span"):
            span = claim[key]
            assert text[span["start"] : span["end"]] == span["text"]
        assert set(claim["cue_span"]) == {"start", "end", "text"}


def test_text_is_the_default_when_piped() -> None:
    result = run(str(DEMO))
    lines = result.stdout.splitlines()
    assert len(lines) == 1 + 4
    assert lines[0].split("\t")[:2] == ["sentence", "speaker"]  # a header row names the columns
    fields = lines[4].split("\t")
    assert fields[1:5] == ["Dmytro Kuleba", "Foreign Minister", "signaled", "tentative"]
    assert fields[6] == "hedged"


def test_markdown_groups_by_speaker() -> None:
    result = run(str(DEMO), "-f", "markdown")
    out = result.stdout
    assert out.startswith("# Claims: NATO Seeks Expanded")
    assert "## Jens Stoltenberg (Secretary General)" in out
    assert "## Dmytro Kuleba (Foreign Minister)" in out
    assert out.index("Jens Stoltenberg") < out.index("Dmytro Kuleba")
    assert out.count("\n- **") == 4
    assert "_hedged_" in out


def test_rich_view_highlights_and_tabulates() -> None:
    result = runner.invoke(app, ["claims", str(DEMO), "--format", "rich"], env={"COLUMNS": "140"})
    assert result.exit_code == 0
    out = result.stdout
    assert "NATO Seeks Expanded" in out
    assert "Claims by speaker" in out
    assert "Secretary General" in out and "Foreign Minister" in out
    assert "signaled (tentative)" in out
    assert "4 claims" in out
    assert "Previous Article" not in out  # boilerplate is not shown as article text


def test_rich_view_styles_speaker_cue_and_content() -> None:
    from rich.console import Console

    from summarizer.claims import extract_claims
    from summarizer.document import parse_document
    from summarizer.render.claims import CONTENT_STYLE, CUE_STYLE, HEDGED_STYLE, SPEAKER_STYLE, ClaimsView

    text = DEMO.read_text(encoding="utf-8")
    view = ClaimsView(parse_document(text), extract_claims(text))
    article = view.article()
    styled = {str(span.style): article.plain[span.start : span.end] for span in article.spans}
    assert styled[SPEAKER_STYLE] in {"Ukrainian Foreign Minister Dmytro Kuleba"}
    assert "signaled" in [article.plain[s.start : s.end] for s in article.spans if str(s.style) == CUE_STYLE]
    assert any(str(s.style) == HEDGED_STYLE for s in article.spans)
    assert any(str(s.style) == CONTENT_STYLE for s in article.spans)
    console = Console(width=120, record=True, color_system=None)
    console.print(view)
    assert "Jens Stoltenberg" in console.export_text()


def test_speaker_filter() -> None:
    result = run(str(DEMO), "--speaker", "stoltenberg", "-f", "json")
    claims = json.loads(result.stdout)["claims"]
    assert [c["cue_span"]["text"] for c in claims] == ["outlined", "emphasized", "urged"]
    assert json.loads(run(str(DEMO), "--speaker", "none", "-f", "json").stdout)["claims"] == []


def test_kind_filter_and_stdin() -> None:
    article = (
        '"We will not be bullied," the minister said.\n\n'
        "The Pentagon said its cost was about $1.1 billion, according to officials.\n"
    )
    direct = json.loads(run("-", "--kind", "direct", "-f", "json", stdin=article).stdout)["claims"]
    assert [c["kind"] for c in direct] == ["direct"]
    both = json.loads(run("-", "-k", "direct", "-k", "according_to", "-f", "json", stdin=article).stdout)["claims"]
    assert sorted(c["kind"] for c in both) == ["according_to", "direct"]


def test_no_claims_is_not_an_error_in_a_real_process() -> None:
    result = subprocess_run("-", "-f", "json", stdin="The weather was fine all week.\n")
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"source": "-", "title": None, "claims": []}


@pytest.mark.parametrize("kind", ["missing", "binary", "empty"])
def test_bad_input_is_one_line_on_stderr(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.txt"
    if kind == "binary":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    elif kind == "empty":
        path.write_text("")
    result = subprocess_run(str(path)) if kind == "missing" else run(str(path))
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summarizer: error:")
    assert "Traceback" not in result.stderr


def test_bad_option_values_are_rejected() -> None:
    assert run(str(DEMO), "--kind", "rumour").returncode == 2
    assert run(str(DEMO), "--format", "html").returncode == 2


def test_help_lists_every_option() -> None:
    result = runner.invoke(app, ["claims", "--help"], env={"COLUMNS": "160"})
    assert result.exit_code == 0
    for option in ("--format", "--speaker", "--kind", "--headlines", "--debug"):
        assert option in result.stdout


def test_rich_view_shows_the_paragraphs_with_claims_and_counts_the_rest() -> None:
    result = runner.invoke(app, ["claims", str(DEMO), "--format", "rich"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    out = " ".join(result.stdout.replace("│", " ").split())
    assert "Ukrainian Foreign Minister Dmytro Kuleba signaled" in out  # paragraph 4 holds a claim
    assert "(3 paragraphs without claims)" in out  # paragraphs 5 to 7 hold none
    assert "Further discussions have taken place" not in out


def test_rich_view_with_a_filter_shows_only_the_paragraphs_of_the_claims_kept() -> None:
    result = runner.invoke(app, ["claims", str(DEMO), "--format", "rich", "--speaker", "Kuleba"],
                           env={"COLUMNS": "80"})
    assert result.exit_code == 0
    out = " ".join(result.stdout.replace("│", " ").split())
    assert "Dmytro Kuleba signaled" in out
    assert "Stoltenberg emphasized" not in out
    assert "(3 paragraphs without claims)" in out  # before Kuleba's paragraph, and after it


def test_two_unresolved_shes_are_never_one_speaker() -> None:
    text = (
        "Alice Smith spoke first. \u201cIt was fine,\u201d she said.\n\n"
        "A woman arrived later. \u201cI disagree,\u201d she said.\n\n"
        "Another woman left. \u201cNo comment,\u201d she said.\n"
    )
    from rich.console import Console

    from summarizer.claims import extract_claims
    from summarizer.document import parse_document
    from summarizer.render.claims import ClaimsView

    view = ClaimsView(parse_document(text), extract_claims(text))
    console = Console(width=80, record=True, color_system=None)
    console.print(view)
    out = console.export_text()
    assert "\nshe\n" not in out  # no speaker heading "she" over two different women
    assert "Speaker not resolved" in out
    assert out.count("\u201cshe\u201d said (neutral)") == 2


@pytest.mark.parametrize("width", [80, 200])
def test_rich_view_with_no_claims_is_one_plain_line_at_any_width(width: int) -> None:
    """With 0 claims the view shows the panel and one plain line, never an
    empty table (a wide terminal) or an empty list (a narrow one)."""
    from rich.console import Console

    from summarizer.claims import extract_claims
    from summarizer.document import parse_document
    from summarizer.render.claims import NO_CLAIMS_LINE, ClaimsView

    text = "The weather was fine all week.\n\nThe market opened on Monday.\n"
    console = Console(width=width, record=True, color_system=None)
    console.print(ClaimsView(parse_document(text), extract_claims(text)))
    out = console.export_text()
    assert out.rstrip().endswith(NO_CLAIMS_LINE)
    assert "Claims by speaker" not in out and "┏" not in out


def test_rich_view_with_claims_keeps_its_by_speaker_layout() -> None:
    from rich.console import Console

    from summarizer.claims import extract_claims
    from summarizer.document import parse_document
    from summarizer.render.claims import NO_CLAIMS_LINE, ClaimsView

    text = "The weather was fine all week, the minister said.\n"
    console = Console(width=80, record=True, color_system=None)
    console.print(ClaimsView(parse_document(text), extract_claims(text)))
    out = console.export_text()
    assert "Claims by speaker" in out and NO_CLAIMS_LINE not in out
