"""Rule `warnings_travel_with_the_output` (session 13: a note saved with -o
from a paywalled page of 23 words gave no sign of it; the warning was on
stderr only). The article's warnings are in the record each renderer gets,
a "warnings" list in JSON (absent for a clean article), a `Note:` line in
Markdown, the brief's text and rich; still on stderr. The pipe formats of
summarize (one sentence a line) and claims (tab-separated rows) stay as they
are, for scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.model import Summary
from summarizer.reading import read_article
from summarizer.render import markdown_escape, note_lines
from summarizer.render.layout import folded_words

from .conftest import DEMO, run_command

# A page that holds one sentence of article text and a paywall link.
PAYWALLED_PAGE = """<html><head><title>Port plan faces new delay</title></head><body>
<article><h1>Port plan faces new delay</h1>
<p>The harbour authority said on Monday that the new cargo terminal would open a year late, citing rising costs.</p>
<p><a href="/subscribe">Subscribe to read the full story</a></p>
</article></body></html>
"""
FEW_WORDS = "the page has almost no article text (19 words)"
COMMANDS = ("summarize", "claims", "brief")


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "paywalled.html"
    path.write_text(PAYWALLED_PAGE, encoding="utf-8")
    return path


def test_fixture_page_has_the_warning(page: Path) -> None:
    assert any(FEW_WORDS in warning for warning in read_article(str(page)).warnings)


@pytest.mark.parametrize("command", COMMANDS)
def test_json_has_the_warnings(command: str, page: Path) -> None:
    result = run_command(command, str(page), "--format", "json")
    assert result.returncode == 0
    warnings = json.loads(result.stdout)["warnings"]
    assert len(warnings) == 1 and warnings[0].startswith(f"{page}: {FEW_WORDS}")
    assert FEW_WORDS in result.stderr  # still on stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_markdown_has_a_note_line(command: str, page: Path) -> None:
    lines = run_command(command, str(page), "--format", "markdown").stdout.splitlines()
    notes = [line for line in lines if line.startswith("Note: ")]
    assert len(notes) == 1 and FEW_WORDS in notes[0]


@pytest.mark.parametrize("command", COMMANDS)
def test_saved_file_has_the_note(command: str, page: Path, tmp_path: Path) -> None:
    saved = tmp_path / "note.md"
    assert run_command(command, str(page), "-o", str(saved)).returncode == 0
    assert f"Note: {markdown_escape(str(page))}: {FEW_WORDS}" in saved.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", COMMANDS)
def test_clean_article_has_no_warnings_field(command: str) -> None:
    result = run_command(command, str(DEMO), "--format", "json")
    assert result.returncode == 0
    assert "warnings" not in json.loads(result.stdout)
    markdown = run_command(command, str(DEMO), "--format", "markdown").stdout
    assert "Note:" not in markdown


def test_explain_json_and_markdown(page: Path) -> None:
    assert FEW_WORDS in json.loads(run_command("summarize", str(page), "-e", "-f", "json").stdout)["warnings"][0]
    markdown = run_command("summarize", str(page), "-e", "-f", "markdown").stdout
    assert f"Note: {markdown_escape(str(page))}: {FEW_WORDS}" in markdown


@pytest.mark.parametrize("command", ("summarize", "claims", "brief", "summarize -e"))
def test_rich_view_has_the_note_within_80_columns(command: str, page: Path) -> None:
    result = run_command(*command.split(), str(page), "--format", "rich", env={"COLUMNS": "80"})
    assert f"Note: {page}: {FEW_WORDS}" in " ".join(result.stdout.split())  # rows joined
    assert max(len(line.rstrip()) for line in result.stdout.splitlines()) <= 80


def test_brief_text_has_the_note(page: Path) -> None:
    # the text wraps at 80 columns off a terminal (rule `text_wraps_to_the_width`): rows joined
    output = run_command("brief", str(page), "--format", "text").stdout
    assert f"Note: {page}: {FEW_WORDS}" in " ".join(output.split())
    assert any(line.startswith(f"Note: {page}") for line in output.splitlines()[1:5])


@pytest.mark.parametrize("command", ("summarize", "claims"))
def test_pipe_formats_stay_data_only(command: str, page: Path) -> None:
    """Near variant: summarize's text is one sentence a line and claims' text
    tab-separated rows under a header, read by scripts; no note line there."""
    stdout = run_command(command, str(page), "--format", "text").stdout
    assert "Note:" not in stdout


def test_brief_over_several_sources_names_each(page: Path) -> None:
    markdown = run_command("brief", str(DEMO), str(page), "--format", "markdown").stdout
    notes = [line for line in markdown.splitlines() if line.startswith("Note")]
    assert len(notes) == 1 and notes[0].startswith(f"Note on source 2: {markdown_escape(str(page))}: {FEW_WORDS}")
    data = json.loads(run_command("brief", str(DEMO), str(page), "--format", "json").stdout)
    assert [FEW_WORDS in w for w in data["warnings"]] == [True]
    assert all("warnings" not in source for source in data["sources"])  # sources' JSON as it was


def test_summary_dict_leaves_warnings_to_the_record() -> None:
    """`summarizer batch` writes a record's warnings once, beside its summary:
    `Summary.to_dict` does not repeat them."""
    summary = Summary(title=None, method="lead", sentences=(), total_sentences=0, total_words=0, kept_words=0,
                      warnings=("a.html: the page has almost no article text (3 words)",))
    assert "warnings" not in summary.to_dict()


def test_note_lines_escape_markdown() -> None:
    assert note_lines(("my_page.html: few words",), escape=True) == ["Note: my\\_page.html: few words"]


def test_rich_note_folds_a_long_path_at_slashes() -> None:
    """Rule `long_path_folds_at_slashes` holds in a note: a path longer than
    the line breaks after a `/`, never inside a name that fits a line."""
    path = "/work/shared/data/webpages/pages/archive.org.juergenheitmann.com.aggression.html"
    rows = folded_words(f"Note: {path}: the text looks like German, not English", 60)
    assert rows == ["Note:", "/work/shared/data/webpages/pages/",
                    "archive.org.juergenheitmann.com.aggression.html: the text", "looks like German, not English"]


def test_rich_note_keeps_a_url_whole() -> None:
    """Near variant: a URL longer than the line stays whole, to be copied."""
    url = "https://www.example.com/2022/05/04/a-very-long-address-of-a-story-behind-a-paywall/"
    assert folded_words(f"Note: {url}: the page has almost no article text", 40) == [
        "Note:", f"{url}:", "the page has almost no article text"]
