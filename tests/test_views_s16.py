"""Session 16 (web test s16, QA round 47): the claims TSV carrying the
JSON's speaker and speaker_kind (rule `text_row_carries_the_json`). The page
is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.claims import extract_claims
from summarizer.render.claims import TEXT_COLUMNS, claims_text

from .conftest import DEMO, run_command

PAGE = """<html><head><meta charset="utf-8"><title>Harbour town approves ferry plan | The Coast Courier</title>
<meta name="author" content="Mara Quill"><meta property="article:published_time" content="2026-03-04">
<meta property="og:site_name" content="The Coast Courier"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour town approves ferry plan</h1>
<p>The harbour council voted on Tuesday to approve a new ferry service to the islands, ending a dispute that has
run for three years.</p>
<p>\u201cThis is the day the islands stop waiting,\u201d said Mayor Elena Ruiz, who has backed the plan since her
election.</p>
<p>The company said the first boats could sail in the spring, once the pier is repaired.</p>
<p>Opponents argued that the fares will be too high for families, and they promised to raise the matter again at
the next meeting.</p>
<p>Ruiz said the council would review the fares after one year of service.</p>
</article><footer>Share this story</footer></body></html>
"""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def ok(*args: str, stdin: bytes | str | None = None) -> str:
    result = run_command(*args, stdin=stdin)
    assert result.returncode == 0, result.stderr
    return result.stdout


# --- rule `text_row_carries_the_json` ---------------------------------------------------------------------------------


def rows(page: Path) -> list[dict[str, str]]:
    lines = ok("claims", str(page), "-f", "text").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def test_the_tsv_speaker_and_speaker_kind_are_the_json_s(page: Path) -> None:
    claims = json.loads(ok("claims", str(page), "-f", "json"))["claims"]
    table = rows(page)
    assert [(row["speaker"], row["speaker_kind"]) for row in table] == [
        (claim["speaker"] or "", claim["speaker_kind"]) for claim in claims]
    unresolved = next(row for row in table if row["cue"] == "said" and row["speaker_kind"] == "unresolved")
    assert unresolved["speaker"] == "The company" and unresolved["source"] == "The company"
    assert "Speaker not resolved" not in ok("claims", str(page), "-f", "text")


def test_a_resolved_speaker_row_stays_as_it_was(page: Path) -> None:
    mayor = rows(page)[0]
    assert (mayor["speaker"], mayor["role"], mayor["source"], mayor["speaker_kind"]) == (
        "Elena Ruiz", "Mayor", "", "person")


def test_a_claim_with_no_source_has_an_empty_speaker() -> None:
    claim = extract_claims("The new pier is reportedly the longest on the coast.")[0]
    row = dict(zip(TEXT_COLUMNS, claims_text([claim]).splitlines()[1].split("\t"), strict=True))
    assert claim.speaker is None and row["speaker"] == "" and row["speaker_kind"] == claim.speaker_kind


def test_the_new_column_is_last_so_cut_keeps_speaker_cue_and_claim() -> None:
    header = ok("claims", str(DEMO), "-f", "text").splitlines()[0].split("\t")
    assert [header[1], header[3], header[9], header[-1]] == ["speaker", "cue", "content", "speaker_kind"]


def test_the_markdown_view_keeps_one_heading_for_a_speaker_not_resolved(page: Path) -> None:
    markdown = ok("claims", str(page), "-f", "markdown")
    assert "## Speaker not resolved\n" in markdown and "**\u201cThe company\u201d said**" in markdown
    assert "\n## The company" not in markdown
