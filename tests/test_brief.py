import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.brief import is_near_duplicate, make_brief
from summarizer.cli import app
from summarizer.document import parse_document
from summarizer.reading import Article

from .conftest import DEMO

GOLDEN = Path(__file__).parent / "golden" / "nato-brief.md"
CITATION = re.compile(r"\[(\d+)\]")

# Two reports of the same story: the agency sentence appears in both, and
# the speaker is named in full in one and by surname in the other. Sentences
# adapted from the PolNeAR corpus (Politico, 2016).
AGENCY = "The Senate voted 52 to 48 on Tuesday to confirm the nominee after a lengthy debate."
FIRST = (
    "Senate confirms nominee\n\n"
    f"{AGENCY} Senate Majority Leader Mitch McConnell said the vote was \"a victory for the rule of law.\" "
    "Democrats had tried to delay the vote for weeks.\n\n"
    "The nominee is expected to be sworn in on Friday, officials said."
)
SECOND = (
    "Nominee clears the Senate\n\n"
    "Protesters gathered outside the Capitol as senators arrived in the morning. "
    f"{AGENCY} McConnell said the chamber had \"done its duty.\"\n\n"
    "Critics warned that the confirmation could deepen divisions in Congress."
)


def test_demo_markdown_matches_the_golden_file() -> None:
    markdown = make_brief([DEMO]).to_markdown().replace(str(DEMO), "data/nato-third-country-agreements.txt")
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(markdown, encoding="utf-8")
    assert markdown == GOLDEN.read_text(encoding="utf-8")


def test_demo_brief_content(demo_text: str) -> None:
    note = make_brief([DEMO])
    assert note.bottom_line is not None
    speakers = {group.speaker: group for group in note.speakers}
    assert set(speakers) == {"Jens Stoltenberg", "Dmytro Kuleba"}
    assert [c.cue for c in speakers["Jens Stoltenberg"].claims] == ["outlined", "emphasized", "urged"]
    assert speakers["Dmytro Kuleba"].claims[0].hedged
    assert [c.speaker for c in note.uncertain] == ["Dmytro Kuleba"]
    body = [p.text for p in (note.bottom_line, *note.key_points)]
    for banned in ("Previous Article", "Leave a Comment", "Taxation rules", "NATO Seeks Expanded"):
        assert not any(banned in text for text in body)
    assert note.words_in == 368 and note.words_out < note.words_in


def test_every_citation_resolves_to_a_sentence_quoted_verbatim(demo_text: str) -> None:
    note = make_brief([DEMO])
    references = {ref.number: ref for ref in note.references}
    markdown = note.to_markdown()
    assert set(int(n) for n in CITATION.findall(markdown)) == set(references)
    for point in (note.bottom_line, *note.key_points):
        for number in point.citations:
            ref = references[number]
            assert demo_text[ref.start : ref.end] == ref.text == point.text
            assert point.text in markdown
    for group in note.speakers:
        for claim in group.claims:
            for number in claim.citations:
                ref = references[number]
                assert demo_text[ref.start : ref.end] == ref.text
                assert claim.content in ref.text  # the claim is quoted from the sentence it cites


def test_same_sentence_in_two_articles_is_cited_once_with_both_sources() -> None:
    note = make_brief([Article(FIRST, "first.txt"), Article(SECOND, "second.txt")], points=5)
    points = [p for p in (note.bottom_line, *note.key_points) if p.text == AGENCY]
    assert len(points) == 1
    sources = {ref.source for ref in note.references if ref.number in points[0].citations}
    assert sources == {1, 2}
    markdown = note.to_markdown()
    assert markdown.count(AGENCY) == 1


def test_a_speaker_named_in_two_articles_is_one_speaker() -> None:
    note = make_brief([Article(FIRST, "first.txt"), Article(SECOND, "second.txt")])
    names = [group.speaker for group in note.speakers if group.named]
    assert names.count("Mitch McConnell") == 1
    assert "McConnell" not in names
    group = next(g for g in note.speakers if g.speaker == "Mitch McConnell")
    cited_sources = {ref.source for ref in note.references for c in group.claims if ref.number in c.citations}
    assert cited_sources == {1, 2}


def test_rule_near_duplicate() -> None:
    def stems(text: str) -> frozenset[str]:
        from summarizer.brief import _stems

        return _stems(text)

    edited = "The Senate voted 52-48 on Tuesday to confirm the nominee after lengthy debate."
    assert is_near_duplicate(stems(AGENCY), stems(edited))
    assert not is_near_duplicate(stems(AGENCY), stems("Democrats had tried to delay the vote for weeks."))


def test_points_and_words_limits() -> None:
    note = make_brief([DEMO], points=1)
    assert len(note.key_points) == 1
    note = make_brief([DEMO], words=60)
    used = sum(len(p.text.split()) for p in (note.bottom_line, *note.key_points) if p)
    assert used <= 60
    with pytest.raises(ValueError, match="only one"):
        make_brief([DEMO], points=2, words=50)


def test_key_points_are_in_article_order() -> None:
    note = make_brief([DEMO])
    document = parse_document(DEMO.read_text(encoding="utf-8"))
    order = [next(s.index for s in document.sentences if s.text == p.text) for p in note.key_points]
    assert order == sorted(order)


def test_cli_markdown_when_piped_and_json_by_suffix(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["brief", str(DEMO)])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Briefing note: NATO Seeks Expanded")
    target = tmp_path / "note.json"
    result = runner.invoke(app, ["brief", str(DEMO), "-o", str(target)])
    assert result.exit_code == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["bottom_line"]["citations"] == [1]
    assert {s["speaker"] for s in data["speakers"]} == {"Jens Stoltenberg", "Dmytro Kuleba"}


def test_cli_rich_view() -> None:
    result = CliRunner().invoke(app, ["brief", str(DEMO), "--format", "rich"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    for section in ("Bottom line", "Key points", "Who said what", "Hedged or unconfirmed", "Mentioned"):
        assert section in result.stdout
    assert "emphasized" in result.stdout


def test_cli_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["brief", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr
    result = runner.invoke(app, ["brief", "-", "-"], input="Some text.")
    assert result.exit_code == 2
    assert "only once" in result.stderr


def test_cli_word_budget_too_small_is_an_error() -> None:
    result = CliRunner().invoke(app, ["brief", str(DEMO), "--words", "1"])
    assert result.exit_code == 2
    assert "no sentence fits in 1 words" in result.stderr


def test_cli_reads_a_source_named_twice_once() -> None:
    result = CliRunner().invoke(app, ["brief", str(DEMO), str(DEMO), "-f", "json"])
    assert result.exit_code == 0
    assert "given more than once" in result.stderr
    assert len(json.loads(result.stdout)["sources"]) == 1


def test_cli_unwritable_output_is_a_one_line_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file.txt"
    blocked.write_text("not a folder")
    result = CliRunner().invoke(app, ["brief", str(DEMO), "-o", str(blocked / "note.md")])
    assert result.exit_code == 2
    assert str(blocked / "note.md") in result.stderr
    assert "Traceback" not in result.stderr
