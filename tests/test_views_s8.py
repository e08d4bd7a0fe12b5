"""Views at 80 columns (session 8): every line of a brief fits, a long file
path folds after a `/` and the left-out claims command still pastes as one
command; standard input is `-` in JSON and "standard input" in the views."""

import json
import re
import shlex
from dataclasses import replace

from rich.cells import cell_len
from rich.console import Console
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.model import Brief, BriefSource
from summarizer.render.brief import BriefView
from summarizer.render.layout import command_lines, path_pieces

WIDTH = 80
LONG_PATH = ("/home/analyst/reading/a-rather-long-folder-name-for-the-weekly-reading/another level of folders/"
             "nato-third-country-agreements-2023-12-22-final-version.txt")
URL = "https://www.example.com/news/2023/11/08/a-very-long-headline-slug-that-runs-well-past-eighty-columns/"
URL_LINE = re.compile(r"^\s*https?://\S+$")

NOTE = Brief(sources=(BriefSource(1, LONG_PATH, "Third-country agreements", "2023-12-22", None, 400, 4),),
             bottom_line=None, key_points=(), speakers=(), uncertain=(), mentions=(), references=(),
             words_in=400, words_out=100)


def _rich_lines(note: Brief, width: int = WIDTH) -> list[str]:
    console = Console(width=width, record=True, force_terminal=False)
    console.print(BriefView(note), crop=False)
    return console.export_text().splitlines()


def _pasted(lines: list[str]) -> list[str]:
    """What a shell reads from `lines`: a backslash at a line's end joins it to the next."""
    return shlex.split("\n".join(lines).replace("\\\n", ""))


def test_rule_command_fits_the_line_with_a_long_path() -> None:
    lines = _rich_lines(NOTE)
    assert all(cell_len(line) <= WIDTH for line in lines), [line for line in lines if cell_len(line) > WIDTH]
    label = "No claim listed here; the 4 found are left out to keep this note short:"  # no_heading_over_nothing
    at = next(k for k, line in enumerate(lines) if line.strip() == label)
    command = lines[at + 1 : at + 1 + next(k for k, line in enumerate(lines[at + 1 :]) if not line.endswith("\\")) + 1]
    assert len(command) > 1 and _pasted(command) == ["summarizer", "claims", LONG_PATH]


def test_a_command_that_fits_stays_on_one_line() -> None:
    assert command_lines("summarizer claims", "page one.html", WIDTH, indent=4) == [
        "    summarizer claims 'page one.html'"]
    # one too long: the path on the next line, after a backslash
    path = "/work/shared/data/webpages/pages/0a3108e507c54157a95fe7a1338f5e9c.html"
    assert command_lines("summarizer claims", path, WIDTH, indent=4) == ["    summarizer claims \\", f"      {path}"]


def test_rule_long_path_folds_at_slashes_in_a_note_over_several_articles() -> None:
    several = replace(NOTE, sources=(*NOTE.sources, BriefSource(2, "knox.txt", "Knox retrial", None, URL, 300, 0)))
    lines = _rich_lines(several)
    assert all(cell_len(line) <= WIDTH or URL_LINE.match(line) for line in lines)
    # the path is whole under its title: its lines, read in order, give it back
    at = lines.index(next(line for line in lines if line.strip().startswith("1. Third-country")))
    assert "".join(line.strip() for line in lines[at + 1 : at + 4]) == LONG_PATH
    assert lines[at + 2].startswith(" " * 5)  # hanging under the path's start
    assert any(line.strip() == URL for line in lines)  # a URL is never folded: it is copied whole


def test_path_pieces_break_after_a_slash_and_inside_a_name_only_when_it_is_longer_than_the_line() -> None:
    assert path_pieces("/a/bb/ccc.txt", 80) == ["/a/bb/ccc.txt"]
    assert path_pieces("/abc/defg/hij.txt", 9) == ["/abc/", "defg/", "hij.txt"]
    assert path_pieces("/" + "x" * 12, 5) == ["/xxxx", "xxxxx", "xxx"]
    # a name longer than the line breaks after a hyphen, not inside a word
    assert path_pieces("/news/south-carolina-primary-2012.txt", 20) == [
        "/news/south-", "carolina-primary-", "2012.txt"]
    assert path_pieces("/tmp/\u4e16\u754c\u4e16\u754c/a", 5) == ["/tmp/", "\u4e16\u754c", "\u4e16\u754c/", "a"]


def test_standard_input_is_dash_in_json_and_standard_input_in_the_views() -> None:
    text = ("Storm closes schools\n\nThe storm closed every school in the county on Tuesday. "
            "Officials said the schools would reopen on Friday. The river rose past the old mill overnight.\n")
    runner = CliRunner()
    for command in ("summarize", "claims", "brief"):
        data = json.loads(runner.invoke(app, [command, "-", "--format", "json"], input=text).stdout)
        source = data["sources"][0]["name"] if command == "brief" else data["source"]
        assert source == "-", command
    markdown = runner.invoke(app, ["brief", "-", "--format", "markdown"], input=text).stdout
    assert "*standard input · " in markdown and "'standard input'" not in markdown
    note = replace(NOTE, sources=(BriefSource(1, "-", "Storm closes schools", None, None, 30, 2),))
    lines = [line.strip() for line in _rich_lines(note)]
    # rule `stdin_is_read_once` (session 11): the input is gone, the reader gives it again
    assert "standard input" in lines and "run summarizer claims on the same input" in lines
