"""Session 16 (web test s16, QA round 47): the text the offsets index, shown
by `summarizer text`; and the claims TSV carrying the JSON's speaker and
speaker_kind (rule `text_row_carries_the_json`). The page is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.claims import extract_claims
from summarizer.render.claims import TEXT_COLUMNS, claims_text

from .conftest import DEMO, run_command
from .test_startup import fresh_python

BAD_INPUTS = Path(__file__).resolve().parent / "bad_inputs"

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


# --- summarizer text: what it prints ---------------------------------------------------------------------------------


def test_the_text_of_a_page_is_title_line_blank_line_and_paragraphs(page: Path) -> None:
    text = ok("text", str(page))
    assert text.startswith("Harbour town approves ferry plan\n\nThe harbour council voted on Tuesday")
    assert "\n\nThe company said the first boats" in text
    assert "Home" not in text and "Share this story" not in text


def test_every_claim_span_of_a_page_indexes_the_printed_text(page: Path) -> None:
    text = ok("text", str(page))
    claims = json.loads(ok("claims", str(page), "-f", "json"))["claims"]
    spans = [span for claim in claims for span in (claim["speaker_span"], claim["cue_span"], claim["content_span"],
                                                   *claim["content_parts"]) if span is not None]
    assert len(claims) >= 4 and spans
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]


def test_summary_and_brief_offsets_index_it_too(page: Path) -> None:
    text = ok("text", str(page))
    for sentence in json.loads(ok("summarize", str(page), "-f", "json"))["sentences"]:
        assert text[sentence["start"]:sentence["end"]] == sentence["text"]
    for reference in json.loads(ok("brief", str(page), "-f", "json"))["references"]:
        assert text[reference["start"]:reference["end"]] == reference["text"]


def test_the_json_is_what_read_article_gives(page: Path) -> None:
    record = json.loads(ok("text", str(page), "-f", "json"))
    assert record["text"] == ok("text", str(page))
    assert {k: record[k] for k in ("source", "kind", "title", "author", "date", "site", "url", "encoding")} == {
        "source": str(page), "kind": "html", "title": "Harbour town approves ferry plan", "author": "Mara Quill",
        "date": "2026-03-04", "site": "The Coast Courier", "url": None, "encoding": "utf-8"}
    assert all(set(block) == {"rule", "text"} for block in record["removed"])
    assert "warnings" not in record  # as in every command's JSON: only when there are any


def test_a_page_s_warnings_are_in_the_json_and_on_stderr(tmp_path: Path) -> None:
    short = tmp_path / "short.html"
    short.write_text("<html><head><title>Pier closed</title></head><body><article><h1>Pier closed</h1>"
                     "<p>The pier is closed for repairs until the spring, the harbour office said.</p>"
                     "</article></body></html>", encoding="utf-8")
    result = run_command("text", str(short), "-f", "json")
    assert result.returncode == 0, result.stderr
    warnings = json.loads(result.stdout)["warnings"]
    assert warnings and all(f"summarizer: warning: {w}" in result.stderr for w in warnings)


def test_a_text_file_is_given_as_decoded_line_endings_kept_and_no_bom(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    body = "Council approves plan\r\n\r\nThe council approved the plan on Monday, its chair said.\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    assert ok("text", str(path)) == body
    assert json.loads(ok("text", str(path), "-f", "json"))["title"] is None  # none read: its headline is in its text


def test_standard_input_and_a_final_line_end() -> None:
    # A text with no final line end gets one, after every offset; one that has it is given as it is.
    assert ok("text", "-", stdin="The council met on Monday.") == "The council met on Monday.\n"
    assert ok("text", "-", stdin="The council met.\n\nIt agreed.\n") == "The council met.\n\nIt agreed.\n"


def test_output_follows_the_suffix_and_never_overwrites_the_input(page: Path, tmp_path: Path) -> None:
    as_json, as_text = tmp_path / "ferry.json", tmp_path / "ferry.txt"
    assert run_command("text", str(page), "-o", str(as_json)).returncode == 0
    assert run_command("text", str(page), "-o", str(as_text)).returncode == 0
    assert json.loads(as_json.read_text(encoding="utf-8"))["text"] == as_text.read_text(encoding="utf-8")
    refused = run_command("text", str(page), "-o", str(page))
    assert refused.returncode == 2 and page.read_text(encoding="utf-8") == PAGE


# --- summarizer text: bad input ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "message"), [
    (["text", "missing.txt"], "summarizer: error: missing.txt: no such file\n"),
    (["text", str(BAD_INPUTS / "nav-only.html")],
     f"summarizer: error: {BAD_INPUTS / 'nav-only.html'}: no article text found in the page\n"),
    (["text", str(BAD_INPUTS / "report.pdf")],
     f"summarizer: error: {BAD_INPUTS / 'report.pdf'}: PDF files are not supported"),
    (["text", str(DEMO), "-f", "markdown"],
     "summarizer: error: unknown format 'markdown'; choose one of: text, json (see 'summarizer text --help')\n"),
])
def test_bad_input_is_one_line_and_a_non_zero_exit(args: list[str], message: str) -> None:
    result = run_command(*args)
    assert result.returncode == 2
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_the_text_command_starts_without_the_language_stack() -> None:
    out = fresh_python(f"""
        import contextlib, io, sys
        from summarizer.cli import run

        with contextlib.redirect_stdout(io.StringIO()):
            assert run(["text", {str(DEMO)!r}, "-f", "json"]) == 0
        print(sorted({{m.split(".")[0] for m in sys.modules}} & {{"numpy", "scipy", "rich", "sumy", "trafilatura"}}
                     | {{m for m in ("nltk.tokenize", "nltk.corpus.reader") if m in sys.modules}}))
    """)
    assert out.strip() == "[]"


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
