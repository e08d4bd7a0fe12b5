"""Briefs as a new user read them (s4 new-user test): key points that
exist, stand alone, and views that say who spoke."""

from dataclasses import replace
from types import SimpleNamespace
from typing import cast

from summarizer.brief import (
    DESCRIBED,
    _Candidate,
    _GatheredClaim,
    _group_by_speaker,
    _within_half_words_in,
    leans_on_what_follows,
    make_brief,
    names_someone,
)
from summarizer.model import Brief, BriefClaim, BriefSource
from summarizer.reading import Article
from summarizer.render.brief import BriefView, brief_markdown, brief_text, claim_line, cue_shown, plain_claim_line

# Every sentence but two is a claim, and the ranker puts the claims first:
# the note had a bottom line and claims, and no key point at all.
CLAIMS_FIRST = (
    "Ring busted in Boston\n\n"
    "A sex ring catering to wealthy clients was busted in Boston, federal prosecutors announced on Wednesday. "
    "\"The three people behind these websites exploited the women,\" said Acting U.S. Attorney Joshua Levy. "
    "Levy said the case was still open and that more arrests could follow in the coming weeks. "
    "Three people were arrested on Wednesday morning, authorities said.\n\n"
    "The suspects rented apartments in Cambridge and Watertown for up to $3,664 a month. "
    "\"Pick a profession, they're probably represented in this case,\" Levy said. "
    "The buyers had to give references before they were approved, the affidavit said. "
    "Levy said this was the 16th human trafficking case since the unit was formed in 2022. "
    "The websites advertised models available for photography appointments, with pictures of the women."
)


def test_a_note_keeps_key_points_when_claims_rank_first() -> None:
    note = make_brief([Article(CLAIMS_FIRST, source="ring.txt")], points=4)
    assert note.bottom_line is not None
    assert note.key_points  # rule note_has_key_points
    assert note.words_out <= note.words_in / 2


def test_the_best_key_points_go_in_before_claims_that_rank_higher() -> None:
    # Bottom line 10 words; claims ranked 1-3 of 25 words each; key points ranked 10 and 11 of 20 words.
    # Within 70 words, the claims took everything and the note had no key point.
    picked = [_Candidate(((0, i),), f"point {i}", frozenset(), size) for i, size in ((0, 10), (10, 20), (11, 20))]
    said = SimpleNamespace(speaker_kind="person", hedged=False, content="the case was still open")
    claims = [cast(_GatheredClaim, SimpleNamespace(words=25, members=((0, (i,)),), claim=said, speaker="Joshua Levy",
                                                   whole=None)) for i in (1, 2, 3)]
    ranks = [list(range(12))]
    points, kept_claims = _within_half_words_in(picked, claims, ranks, 70)
    # the best key point goes in before the claims; the second gives way to the best claim, ranked
    # above it, that fits (rule claim_above_a_key_point_first)
    assert [p.members for p in points] == [((0, 0),), ((0, 10),)]
    assert [c.members for c in kept_claims] == [((0, (1,)),)]


def test_questions_and_colons_lean_on_what_follows() -> None:
    assert leans_on_what_follows('A reporter asked her, \u201cWhat do you see as the biggest problem?\u201d')
    assert leans_on_what_follows("Why did the talks fail?")
    assert leans_on_what_follows("You can use this code:")
    assert not leans_on_what_follows('He asked "why now?" and left the room.')
    assert not leans_on_what_follows("The talks failed on Monday.")


QUESTION = (
    "Judge sworn in\n\n"
    "The state has sworn in its first Native American Supreme Court justice, Raquel Montoya-Lewis. "
    "Governor Jay Inslee appointed Montoya-Lewis, 51, to serve on the state's highest court. "
    "At a press conference announcing her appointment, a reporter asked Montoya-Lewis, "
    "\u201cWhat do you see as the biggest problem with implicit bias in the courts right now?\u201d\n\n"
    "Montoya-Lewis was born in Spain in 1968, where her father served in the US Air Force. "
    "She is an enrolled member of the Pueblo of Isleta tribe.\n\n"
    "Her husband teaches history at a university in the state. "
    "You can use this code:\n\n"
    "The court will hear its first cases in the new year, a spokesman said."
)


def test_no_key_point_is_a_question_or_a_colon_alone() -> None:
    # The lead ranker takes the sentences in order: the question and the colon would be points.
    note = make_brief([Article(QUESTION, source="judge.txt")], points=6, method="lead")
    points = [p.text for p in (note.bottom_line, *note.key_points) if p]
    assert len(points) >= 3
    assert not any(text.rstrip().endswith(("?\u201d", "?", ":")) for text in points)


# --- who said what, and the head of a note over several articles ------------------------------------------------


def _claim(speaker: str, cue: str, kind: str = "unnamed") -> BriefClaim:
    return BriefClaim(speaker=speaker, role=None, cue=cue, cue_class="assertive", content="the road was closed",
                      kind="indirect", hedged=False, citations=(1,), speaker_kind=kind)  # type: ignore[arg-type]


def test_a_cue_after_its_speaker_is_in_lower_case() -> None:
    claim = _claim("officials", "According to")
    assert plain_claim_line(claim, with_speaker=True).startswith("officials according to: the road")
    assert claim_line(claim, with_speaker=True).startswith("officials *according to*:")
    assert plain_claim_line(claim).startswith("According to: the road")  # opening the line under its speaker
    assert cue_shown(_claim("I", "I said"), with_speaker=True) == "I said"
    assert cue_shown(_claim("the agency", "AP reported"), with_speaker=True) == "AP reported"


def test_a_source_that_names_someone_is_not_unnamed() -> None:
    names = {"Joshua Levy", "Levy", "Cambridge Police", "Sobhi Skaik", "Skaik", "NATO", "Smith"}
    assert names_someone("Levy and authorities from Homeland Security Investigations and the Cambridge Police", names)
    assert names_someone("Skaik and his staff", names)
    assert not names_someone("NATO officials", names)
    assert not names_someone("a source close to Smith", names)
    assert not names_someone("officials", names)
    groups = _group_by_speaker([_claim("Skaik and his staff", "don't know"), _claim("officials", "said")], names)
    # QA round 37 (deliberate change): a source that names someone heads its own group as written,
    # as in the claims view, no longer "Speaker not resolved" (its JSON kind is unnamed, not unresolved)
    assert [(g.speaker, [c.speaker for c in g.claims]) for g in groups] == [
        ("Skaik and his staff", ["Skaik and his staff"]), (DESCRIBED, ["officials"])]


def _source(number: int, title: str | None, date: str | None, url: str | None, name: str) -> BriefSource:
    return BriefSource(number, name, title, date, url, 100, 0)


SEVERAL = Brief(
    sources=(_source(1, "Brothel busted in Boston", "2023-11-08", "https://example.com/boston", "boston.html"),
             _source(2, "Knox retrial", None, None, "knox.txt")),
    bottom_line=None, key_points=(), speakers=(), uncertain=(), mentions=(), references=(),
    words_in=200, words_out=50)


def test_a_note_over_several_articles_dates_each_source_and_puts_its_address_under_its_title() -> None:
    text = brief_text(SEVERAL).splitlines()
    assert text[:6] == ["Briefing note", "1. Brothel busted in Boston · 2023-11-08", "   https://example.com/boston",
                        "2. Knox retrial", "   knox.txt", "200 words in → 50 words out"]
    markdown = brief_markdown(SEVERAL)
    assert "1. Brothel busted in Boston · 2023-11-08\n   https://example.com/boston\n" in markdown
    assert "*200 words in → 50 words out*" in markdown


def test_the_left_out_claims_command_is_never_cut() -> None:
    from rich.console import Console

    # Session 8: the command is whole and within the line, the path after a backslash (rule
    # command_fits_the_line; tests/test_views_s8.py has one longer than a line).
    long_path = "/work/shared/data/webpages/pages/" + "a-long-page-name-" * 2 + ".html"
    note = replace(SEVERAL, sources=(BriefSource(1, long_path, "A page", None, None, 100, 4),))
    console = Console(width=80, record=True, force_terminal=False)
    console.print(BriefView(note), crop=False)
    lines = console.export_text().splitlines()
    label = "No claim listed here; the 4 found are left out to keep this note short:"  # no_heading_over_nothing
    at = lines.index(next(line for line in lines if line.strip() == label))
    assert [line.strip() for line in lines[at + 1 : at + 3]] == ["summarizer claims \\", long_path]


def test_the_text_view_gives_the_left_out_claims_command_a_line_of_its_own() -> None:
    note = replace(SEVERAL, sources=(BriefSource(1, "page one.html", "A page", None, None, 100, 2),))
    lines = brief_text(note).splitlines()
    # rule no_heading_over_nothing
    at = lines.index("No claim listed here; the 2 found are left out to keep this note short:")
    assert lines[at + 1] == "  summarizer claims 'page one.html'"
