"""Hedges of session 19 (QA round 53, "Hedges and negation"): a hedge counts
only in the claim's own content, not in the writer's aside or another
person's words. Each rule has a sentence it changes and a near variant that
must stay as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import extract_claims
from summarizer.brief import make_brief
from summarizer.model import Point
from summarizer.reading import Article
from summarizer.render.brief import point_line
from tests.claim_helpers import described, only


# Rules `something_after_a_dash_is_the_writers` and `thing_pronoun_opens_a_contact_relative`
# (553 s5)
def test_a_dash_aside_summed_up_by_something_is_not_the_claim() -> None:
    text = ("The Syrian government said it was working to repair the outage -- something opposition activists "
            "suspected could be an ominous sign.")
    claims = extract_claims(text)
    assert [(c.speaker, c.content, c.hedged) for c in claims] == [
        ("Syrian government", "it was working to repair the outage", False)], described(text)


@pytest.mark.parametrize("text", [
    "The ministry said it was working to repair the outage -- and it could take days.",
    "Officials said the talks could fail.",
])
def test_a_dash_that_goes_on_with_the_speakers_clause_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)


def test_the_em_dash_apposition_still_cuts() -> None:
    text = ("The group ordered residents to move south \u2014 a declaration that Amnesty International said "
            "could amount to a war crime.")
    assert extract_claims(text)[0].content == "residents to move south", described(text)


# Rule `could_have_done_more_is_no_hedge` (696 s15)
@pytest.mark.parametrize("text", [
    "According to its version of events, the crew members could have carried out a far more effective rescue "
    "operation.",
    "Critics said the coach could have answered the question better.",
])
def test_could_have_done_more_is_a_reproach_not_a_doubt(text: str) -> None:
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "According to its version of events, the crew members could have carried out the attack.",
    "According to prosecutors, the crew members may have done more to help.",
    "Officials said the outbreak could have been more widespread than reported.",
])
def test_could_have_as_a_guess_and_may_have_stay_hedges(text: str) -> None:
    assert only(text).hedged, described(text)


# Rule `could_establish_only_is_no_hedge` (934 s17)
def test_could_prove_only_is_a_limited_ability() -> None:
    text = "The tribunal said the coalition could prove only that PRI officials gave the cards to supporters."
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "The tribunal said the coalition could prove that PRI officials gave the cards to supporters.",
    "Analysts said prices could rise only slightly.",
])
def test_could_prove_without_a_limit_or_could_rise_only_stay_hedges(text: str) -> None:
    assert only(text).hedged, described(text)


# Rule `hedge_in_a_noun_complement_after_a_preposition` (707 s9)
def test_a_modal_in_suspicions_after_a_preposition_is_no_hedge() -> None:
    text = ("Peter Garrett called his parents' arrest \"ridiculous,\" and, alluding to suspicions that the action "
            "taken against his parents might have been motivated by their religious convictions, played down "
            "their evangelism.")
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "Peter Garrett said the action taken against his parents might have been motivated by their convictions.",
    "Peter Garrett said there were suspicions that the action might have been motivated by their convictions.",
])
def test_the_speakers_own_might_or_an_indefinite_suspicion_stay_hedges(text: str) -> None:
    assert only(text).hedged, described(text)


# Rule `point_shows_its_claims_hedge` (brief.py; the demo note's key point [9], Kuleba's "could arrive")
DEMO = Path(__file__).parent.parent / "data" / "nato-third-country-agreements.txt"


def _points(text: str) -> list[Point]:
    note = make_brief([Article(text, "nato.txt")])
    return [p for p in (note.bottom_line, *note.key_points) if p]


def test_a_point_that_gives_a_hedged_claim_is_marked_hedged() -> None:
    points = _points(DEMO.read_text(encoding="utf-8"))
    kuleba = [p for p in points if "Kuleba" in p.text]
    assert [p.hedged for p in kuleba] == [True]
    assert not any(p.hedged for p in points if "Kuleba" not in p.text)
    assert "could arrive" in point_line(kuleba[0]) and "(hedged) [" in point_line(kuleba[0])


def test_a_point_that_gives_a_firm_claim_stays_unmarked() -> None:
    text = DEMO.read_text(encoding="utf-8").replace("could arrive", "will arrive").replace("signaled", "said")
    points = _points(text)
    assert any("Kuleba" in p.text for p in points)
    assert not any(p.hedged for p in points)
