"""Junk claims and hedges of session 18 (closing note s17 "Not done", QA
rounds 49-50, web test s17): each kind has a sentence it changes and a near
variant that must stay as it was."""

from __future__ import annotations

import pytest

from tests.claim_helpers import described, only


# Rule `fronted_condition_leaves_the_main_clause_its_hedges` (QA round 50, 961 #16 Hollande)
@pytest.mark.parametrize("text", [
    'French President Francois Hollande has said that if his country had not intervened, Mali "probably would '
    'have fallen into the hands of terrorists."',
    "The groups worry that if the state held up the deal, the company could threaten to sell its land.",
])
def test_a_hedge_in_the_main_clause_after_a_condition_counts(text: str) -> None:
    assert only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "Hollande said that if it rains, the match will be cancelled.",
    "Hollande asked if the match could be cancelled, and left.",
    '"If you look back and check the transcripts," Scott said.',
])
def test_a_condition_with_no_hedge_after_it_or_a_question_stays_unhedged(text: str) -> None:
    assert not only(text).hedged, described(text)


# Rule `quotation_run_into_the_cue_sentence_hedges` (CNN dev 683 s26)
def test_a_short_close_leaves_the_quotations_hedge_to_the_sentence_before() -> None:
    text = '"The numbers could be slowing down because there\'s fewer people. We don\'t really know," he said.'
    assert only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    '"The numbers are slowing down. We don\'t really know," he said.',
    '"It was maybe the worst decision we ever made. I was totally against going into Iraq," he said.',
    '"The plan may fail. We have checked the numbers. We don\'t really know," he said.',
])
def test_a_close_that_says_more_or_a_hedge_further_back_stays_unhedged(text: str) -> None:
    assert not only(text).hedged, described(text)


# Rule `past_narrative_would_is_no_hedge` (CNN dev 618 s28)
def test_would_in_a_past_narrative_is_no_hedge() -> None:
    text = ('"It revealed the community inside -- that no matter the challenges, they would find some intelligent '
            'way to solve it," says Tan.')
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    '"It shows that no matter the challenges, they would find some intelligent way to solve it," says Tan.',
    '"They thought they would win," says Tan.',
])
def test_would_after_a_present_or_a_belief_stays_a_hedge(text: str) -> None:
    assert only(text).hedged, described(text)


# Rule `stated_uncertainty_in_a_reason_is_no_hedge` (fivethirtyeight, Pat Rynard)
def test_unclear_in_a_reason_is_no_hedge() -> None:
    text = ("There's \"less drive to pick a winner since it's so unclear this year who the winner actually will "
            "be,\" said Pat Rynard.")
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    '"It is unclear whether the bill will pass," said Pat Rynard.',
    "There's less drive to pick a winner since the vote could slip, said Pat Rynard.",
])
def test_unclear_as_the_claim_or_a_modal_in_the_reason_stays_a_hedge(text: str) -> None:
    assert only(text).hedged, described(text)

