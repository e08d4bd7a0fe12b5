"""Every rich view reads in full at 60, 80 and 120 columns: no cell is cut
to "…", no line is wider than the terminal, and every word of every claim,
picked sentence and score is there."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from rich.console import Console

from summarizer.brief import Brief, make_brief
from summarizer.claims import Claim, claims_in_document
from summarizer.document import parse_document
from summarizer.model import ScoredSentence, Span, Summary
from summarizer.reading import Article
from summarizer.render.brief import BriefView
from summarizer.render.claims import ClaimsView, cue_label
from summarizer.render.explain import ExplanationView
from summarizer.render.summary import SummaryView
from summarizer.summary import explain, summarize

from .conftest import DEMO

WIDTHS = (60, 80, 120)
BOX = re.compile(r"[\u2500-\u257f]")  # box-drawing characters: table and panel borders


def render(view: object, width: int, **console: Any) -> str:
    options = {"color_system": None, **console}
    out = Console(width=width, record=True, file=open("/dev/null", "w"), **options)  # noqa: SIM115
    out.print(view)
    text = out.export_text()
    out.file.close()
    return text


WORD = re.compile(r"\w(?:[\w'\u2019.\-]*\w)?")


def words(text: str) -> Counter[str]:
    """The words of `text`, without the punctuation around them."""
    return Counter(WORD.findall(BOX.sub(" ", text)))


def assert_reads_in_full(text: str, width: int, *pieces: str) -> None:
    assert "…" not in text
    assert max(len(line) for line in text.splitlines()) <= width
    shown = words(text)
    for piece in pieces:
        missing = words(piece) - shown
        assert not missing, (piece, missing)


# A made-up claim whose speaker, role and cue are long: the table cannot fit
# at 80 columns, the stacked layout must.
LONG_TEXT = (
    "Hedge Talk\n\n"
    "The Deputy Assistant Secretary-General for Humanitarian Affairs, Alexandra Konstantinopoulou-Whitfield, "
    "acknowledged reluctantly that the internationally coordinated reconstruction programme might not be funded "
    "before the extraordinarily cold winter arrives.\n"
)


def long_claim() -> Claim:
    body = LONG_TEXT.index("The Deputy")
    speaker = "Alexandra Konstantinopoulou-Whitfield"
    cue = "acknowledged reluctantly"
    content = ("the internationally coordinated reconstruction programme might not be funded before the "
               "extraordinarily cold winter arrives")

    def span(piece: str) -> Span:
        start = LONG_TEXT.index(piece)
        return Span(start, start + len(piece), piece)

    assert body >= 0
    return Claim(speaker=speaker, speaker_span=span(speaker), cue="acknowledge", cue_class="assertive",
                 cue_span=span(cue), content=content, content_span=span(content), kind="indirect", hedged=True,
                 sentence=0, role="Deputy Assistant Secretary-General for Humanitarian Affairs")


def claims_part(text: str) -> str:
    return text[text.index("Claims by speaker"):]


@pytest.mark.parametrize("width", WIDTHS)
def test_summary_view(demo_text: str, width: int) -> None:
    summary = summarize(demo_text)
    text = render(SummaryView(summary), width)
    assert_reads_in_full(text, width, summary.title or "", *(s.text for s in summary.sentences),
                         f"default · 3/17 sentences · {summary.kept_words}/368 words")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("method", ["default", "lexrank"])
def test_explanation_view(demo_text: str, width: int, method: str) -> None:
    explanation = explain(demo_text, method=method)
    text = render(ExplanationView(explanation), width)
    sentences = [s.text for s in explanation.sentences]
    scores = [f"{s.score:.3f}" for s in explanation.sentences]
    assert_reads_in_full(text, width, *sentences, *scores)
    assert text.count("✓") >= len(explanation.summary.sentences)


def test_explanation_parts_are_columns_with_room_and_lines_without(demo_text: str) -> None:
    explanation = explain(demo_text)
    wide = render(ExplanationView(explanation), 200)
    headline_weight = dict(zip(explanation.component_names, explanation.component_weights, strict=True))
    assert "central" in wide.splitlines()[2] and f"×{headline_weight['headline_overlap']:g}" in wide  # weight below
    central = explanation.sentences[0].components[explanation.component_names.index("centrality")]
    for width in (60, 80, 120):
        narrow = render(ExplanationView(explanation), width)
        assert f"central={central:.2f}" in narrow  # the parts under the first sentence
        assert "names, speaker, quote and forward weigh 0 (not shown)" in " ".join(narrow.split())


@pytest.mark.parametrize("width", WIDTHS)
def test_claims_view(demo_text: str, width: int) -> None:
    document = parse_document(demo_text)
    claims = claims_in_document(document)
    text = render(ClaimsView(document, claims), width)
    assert_reads_in_full(claims_part(text), width, *(c.content for c in claims), *(cue_label(c) for c in claims),
                         *(c.speaker or "" for c in claims), *(c.role or "" for c in claims))
    assert "…" not in text


@pytest.mark.parametrize("width", WIDTHS)
def test_claims_view_with_long_speaker_role_and_cue(width: int) -> None:
    claim = long_claim()
    text = render(ClaimsView(parse_document(LONG_TEXT), [claim]), width)
    assert_reads_in_full(claims_part(text), width, claim.content, claim.speaker or "", claim.role or "",
                         cue_label(claim))


def test_claims_switch_to_stacked_below_the_table_width(demo_text: str) -> None:
    document = parse_document(demo_text)
    claims = claims_in_document(document)
    for width in (60, 80):
        stacked = claims_part(render(ClaimsView(document, claims), width))
        assert "┃ Speaker" not in stacked
        lines = stacked.splitlines()
        speaker_line = lines.index("Dmytro Kuleba — Foreign Minister")
        assert lines[speaker_line + 1].startswith("[9] signaled (tentative) · hedged: aid from")
    assert "┃ Speaker" in render(ClaimsView(document, claims), 140)


def test_claims_view_sweep_of_widths(demo_text: str) -> None:
    document = parse_document(demo_text)
    claims = [*claims_in_document(document)]
    for width in range(40, 161, 7):
        text = render(ClaimsView(document, claims), width)
        assert "…" not in text, width
        assert max(len(line) for line in text.splitlines()) <= width


def test_explanation_sweep_of_widths(demo_text: str) -> None:
    explanation = explain(demo_text)
    for width in range(40, 221, 9):
        text = render(ExplanationView(explanation), width)
        assert "…" not in text, width


@pytest.mark.parametrize("width", WIDTHS)
def test_brief_view(width: int) -> None:
    note = make_brief([DEMO])
    text = render(BriefView(note), width)
    pieces = [p.text for p in note.key_points]
    if note.bottom_line:
        pieces.append(note.bottom_line.text)
    for group in note.speakers:
        pieces += [c.content for c in group.claims]
    assert_reads_in_full(text, width, *pieces)


def test_brief_references_name_the_source_by_title() -> None:
    note = make_brief([DEMO])
    text = render(BriefView(note), 80)
    references = text[text.index("References"):]
    assert "NATO Seeks Expanded Third-Country Agreements to Back Ukraine" in references
    assert "[1] sentence 1" in references
    assert "source 1" not in references


def test_panel_title_too_long_for_the_border_goes_above(demo_text: str) -> None:
    summary = summarize(demo_text)
    text = render(SummaryView(summary), 60)
    assert text.splitlines()[0] == "NATO Seeks Expanded Third-Country Agreements to Back Ukraine"
    assert "NATO Seeks" in render(SummaryView(summary), 120).splitlines()[0]  # on the border when it fits
    assert render(SummaryView(summary), 120).startswith("╭─ NATO Seeks")


def test_legend_without_colour_names_no_colour(demo_text: str) -> None:
    document = parse_document(demo_text)
    view = ClaimsView(document, claims_in_document(document))
    plain = render(view, 120, no_color=True, force_terminal=True, color_system="truecolor")
    assert "speakers and cues in bold · 4 claims" in plain
    assert "hedged claim" not in plain
    coloured = render(view, 120, force_terminal=True, color_system="truecolor")
    assert "speaker · cue · claim · hedged claim · 4 claims" in coloured


LONG_URL = "https://www.example-caribbean-news.com/2022/04/29/premier-arrested-in-miami-on-drug-charges-territorys-governor-responds/"


def two_source_brief() -> Brief:
    from summarizer.reading import Article

    first = Article(text="Premier arrested in Miami\n\nThe premier was arrested in Miami on Thursday. The governor "
                    "called for calm.\n", source="first.html", kind="html", title="Premier arrested in Miami",
                    date="2022-04-29", url=LONG_URL)
    second = Article(text="Governor calls for calm\n\nThe governor called for calm on Friday after the arrest. "
                     "Lawmakers met in the capital.\n", source="second.html", kind="html",
                     title="Governor calls for calm", date="2022-04-28", url=LONG_URL.replace("premier", "leader"))
    return make_brief([first, second])


@pytest.mark.parametrize("width", (60, 80))
def test_brief_urls_stay_whole_and_copyable(width: int) -> None:
    note = two_source_brief()
    out = Console(width=width, record=True, file=open("/dev/null", "w"), color_system=None)  # noqa: SIM115
    out.print(BriefView(note), crop=False)  # as the command prints it
    text = out.export_text()
    out.file.close()
    lines = text.splitlines()
    for source in note.sources:
        assert source.url is not None
        assert any(line.strip() == source.url or line.strip().endswith(source.url) for line in lines), source.url
    assert all(len(line.rstrip()) <= width for line in lines if "https://" not in line)
    assert "…" not in text
    # Each source's date by its own title, in source order (s4: one header date for all was wrong for some).
    assert text.index("Premier arrested in Miami · 2022-04-29") < text.index("Governor calls for calm · 2022-04-28")
    assert "2022-04-29, 2022-04-28" not in text


def test_brief_url_is_a_terminal_hyperlink() -> None:
    note = two_source_brief()
    out = Console(width=80, record=True, file=open("/dev/null", "w"), force_terminal=True,  # noqa: SIM115
                  color_system="truecolor")
    out.print(BriefView(note), crop=False)
    html = out.export_html()
    out.file.close()
    assert f'href="{LONG_URL}"' in html


def test_brief_rich_references_give_character_offsets() -> None:
    note = make_brief([DEMO])
    text = render(BriefView(note), 80)
    first = note.references[0]
    assert f"[1] sentence {first.sentence + 1} (characters {first.start}–{first.end})" in text


def test_a_stacked_claim_wraps_under_its_start_beside_its_number() -> None:
    """`Hanging`: the sentence number, then the claim; every further line
    starts where the claim started, and no word is lost."""
    from rich.text import Text

    from summarizer.render.claims import Hanging

    entry = Text("said (neutral): " + " ".join(f"word{n}" for n in range(40)))
    lines = render(Hanging("[12]", entry), 40).splitlines()
    assert lines[0].startswith("[12] said (neutral): word0")
    assert len(lines) > 2 and all(line.startswith("     word") for line in lines[1:])
    assert_reads_in_full("\n".join(lines), 40, entry.plain)


def test_a_speaker_that_looks_like_markup_is_shown_as_written() -> None:
    """Table cells are rich Text, never parsed as markup: a name in square
    brackets keeps its brackets."""
    text = "Notes\n\n[bold]Ana Silva said the plan will work.\n"
    document = parse_document(text)
    start = text.index("[bold]")
    cue = text.index("said")
    content = text.index("the plan")
    claim = Claim(
        speaker="[bold]Ana Silva", speaker_span=Span(start, cue - 1, "[bold]Ana Silva"), cue="say",
        cue_class="neutral", cue_span=Span(cue, cue + 4, "said"), content="the plan will work",
        content_span=Span(content, content + 18, "the plan will work"), kind="indirect", hedged=False,
        sentence=0, speaker_kind="person",
    )
    shown = render(ClaimsView(document, [claim]), 200)
    assert "┃ Speaker" in shown
    assert "[bold]Ana Silva" in shown.split("Claims by speaker")[1]


WIDE_CHARACTERS = (
    "Learning Japanese on the train is common.\n\n"
    "The expression \u201cverb te form + \u304a\u304f\u201d conveys that you\u2019re acting or will act, "
    "with the future in mind.\n\n"
    "Many learners find it useful when they plan ahead for the week."
)


@pytest.mark.parametrize("width", WIDTHS)
def test_wide_characters_never_cut_a_word(width: int) -> None:
    # rich measured this line one cell too long and cut "will" to "wil…" at 80 columns (as sentence 46)
    line = WIDE_CHARACTERS.split("\n\n")[1]
    summary = Summary("Wide", "default", (ScoredSentence(45, 0, len(line), line, 1.0),), 60, 900, len(line.split()))
    text = render(SummaryView(summary), width)
    assert "…" not in text
    assert "will" in text.split()
    brief_text = render(BriefView(make_brief([Article(text=WIDE_CHARACTERS, source="wide.txt")])), width)
    assert "…" not in brief_text
