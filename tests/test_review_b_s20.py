"""Review s20 B: near-miss sentences whose real hedges the session-20 no-hedge
rules dropped. A dropped hedge tells a reader a prediction is a fact, so each
rule is narrowed (or, with nothing safe to tell the cases apart, dropped).
Each rule has the sentences it now keeps hedged and near variants that must
stay as they were."""

from __future__ import annotations

import pytest

from tests.claim_helpers import described, only


# Rule `perception_could_is_no_hedge`: "see their bills rise" is see = undergo, a prediction; a clause
# with its own modal ("how the economy might recover") is a guess
@pytest.mark.parametrize("text", [
    "Residents said they could see their bills rise by 20 percent next year.",
    "Farmers warned that they could see their harvests cut in half if the drought continues.",
    "The banker said we could see our rates go up again in the spring.",
    "She said she could see how the economy might recover.",
    "He said he could tell how the vote would go.",
])
def test_a_could_see_that_predicts_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "He said he could see her face in the crowd.",  # the possessed thing, then a preposition
    "He said he could see their fear.",  # the possessed thing ends the clause
    "She said she could see how the economy works.",  # a clause with no modal of its own
    "One passenger said he could see that Butts was black.",
])
def test_what_someone_could_perceive_stays_no_hedge(text: str) -> None:
    assert not only(text).hedged, described(text)


# Rule `entitlement_may_is_no_hedge`: a ruling as an earlier event ("after", "following") is no licence
@pytest.mark.parametrize("text", [
    "The lawyer said that after the court ruled against him, his client may appeal to the Supreme Court.",
    "Following Monday's ruling, the company may appeal, a spokesman said.",
])
def test_a_may_after_a_ruling_as_an_event_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "Under the ruling, the company may appeal, a spokesman said.",  # the ruling as the licence
    "The lawyer said the court ruled that his client may appeal to the Supreme Court.",
])
def test_a_may_under_a_ruling_stays_no_hedge(text: str) -> None:
    assert not only(text).hedged, described(text)


# Rule `negative_subject_could_is_no_hedge`: a condition after it makes a conditional forecast
@pytest.mark.parametrize("text", [
    "The analyst said nothing could stop the index from rising if rates fall.",
    "The analyst said nothing could stop the index from rising unless rates fall.",
])
def test_what_nobody_could_do_under_a_condition_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "The analyst said nothing could stop the index from rising.",
    "The mayor said nobody could predict whether the storm would hit.",  # "whether" asks, sets no condition
])
def test_what_nobody_could_do_stays_no_hedge(text: str) -> None:
    assert not only(text).hedged, described(text)


# (dropped rule modal_in_a_prepositional_relative_is_no_hedge): nothing safe tells a relative that
# describes a fact from one that holds the speaker's doubt, so the modal keeps its hedge in both
@pytest.mark.parametrize("text", [
    "The envoy said it was a test on which the ceasefire might depend.",
    "The minister said it was the only issue on which the coalition might split.",
    "The report described a scenario in which the government could fall within weeks, the analyst said.",
    "Hewitt suggested Trump simply meant that Obama's policies created the conditions in which ISIS could emerge.",
])
def test_a_modal_in_a_prepositional_relative_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)


def test_a_modal_before_a_prepositional_relative_is_the_claims() -> None:
    # the near variant: the modal in the main clause, the relative closed before it
    text = "The senator said the talks, in which both sides gave ground, could collapse."
    assert only(text).hedged, described(text)


# (review s20 E) the subject after "could see that" reads claim_grammar.txt determiners, which adds
# "no", "any", "every", "each", "such" to the words hedge_scope.txt listed: what one saw, no doubt
@pytest.mark.parametrize("text", [
    "He said he could see that no one cared.",
    "She said she could see that every seat was taken.",
])
def test_a_clause_after_could_see_that_opened_by_a_determiner_is_perceived(text: str) -> None:
    assert not only(text).hedged, described(text)


def test_a_bare_verb_after_could_see_that_stays_hedged() -> None:
    text = "Analysts said we could see that happen again."
    assert only(text).hedged, described(text)
