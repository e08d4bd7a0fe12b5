"""Findings of the session 9 review on the brief's and views' new rules."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from summarizer.cli.common import folded_warning
from summarizer.summarizers.standalone import is_reported_question

# --- rule `reported_question_needs_answer`: a request is no question ------------------------


@pytest.mark.parametrize("sentence", [
    "Police asked anyone who saw the crash to call them.",
    "Officials asked residents who live near the river to evacuate.",
    "The FBI asked people who may have information to come forward.",
    "The senator asked why the agency had waited so long, but got no answer.",
])
def test_a_request_or_an_answered_question_is_no_reported_question(sentence: str) -> None:
    assert not is_reported_question(sentence)


@pytest.mark.parametrize("sentence", [
    "CNN affiliate CFN 13 asked Chitwood whether he had any issue with the father's reaction.",
    "Reporters asked who would pay for the wall.",
    "She asked the minister who had ordered the strike.",
])
def test_a_reported_question_stays_one(sentence: str) -> None:
    assert is_reported_question(sentence)


# --- rule `warning_folds_to_the_terminal`: cells, not characters ------------------------------


def test_a_warning_in_wide_letters_folds_within_the_width() -> None:
    folded = folded_warning("日本語の記事 " * 20, 80)
    assert max(cell_len(line) for line in folded.splitlines()) <= 80
    assert folded.replace("\n", " ").split() == ("summarizer: warning: " + "日本語の記事 " * 20).split()


def test_a_plain_warning_folds_as_before() -> None:
    folded = folded_warning("the page has almost no article text (23 words); it may be behind a paywall", 40)
    assert folded.splitlines() == ["summarizer: warning: the page has almost",
                                   "  no article text (23 words); it may be", "  behind a paywall"]


# --- "N more claims" under the claims' heading ------------------------------------------------


def test_left_out_claims_stand_under_who_said_what_when_no_claim_is_shown(demo_text: str) -> None:
    # jamaicaobserver page: no claim shown, "2 more claims:" stood as a line of the key points
    import dataclasses
    import io

    from rich.console import Console

    from summarizer.brief import make_brief
    from summarizer.reading import Article
    from summarizer.render.brief import BriefView, brief_markdown, brief_text

    brief = make_brief([Article(text=demo_text, source="nato.txt")])
    quiet = dataclasses.replace(brief, speakers=(), uncertain=(),
                                sources=tuple(dataclasses.replace(s, claims_left_out=2, claims_in_points=0)
                                for s in brief.sources))
    console = Console(width=80, record=True, file=io.StringIO())
    console.print(BriefView(quiet))
    for shown in (console.export_text(), brief_markdown(quiet), brief_text(quiet)):
        # rule `no_more_without_a_first`: no "more" when the note lists no claim (QA round 33);
        # rule `no_heading_over_nothing` (session 11): no "Who said what" over that one line
        assert "who said what" not in shown.lower()
        assert shown.index("No claim listed here; the 2 found are left out to keep this note short:") \
            < shown.lower().index("mentioned")
    # near variant: nothing left out, nothing shown: no heading
    bare = dataclasses.replace(quiet, sources=brief.sources and tuple(
        dataclasses.replace(s, claims_left_out=0) for s in brief.sources))
    assert "who said what" not in brief_markdown(bare).lower()
