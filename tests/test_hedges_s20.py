"""Hedges of session 20 (QA round 54, the last wrong hedges): a hedge is the
speaker's doubt about the claim. A "may" that grants leave and a "could" that
tells what someone was able to do are no doubt. Each rule has sentences it
changes and near variants that must stay hedged."""

from __future__ import annotations

import pytest

from tests.claim_helpers import described, only


# Rule `entitlement_may_is_no_hedge` (QA round 54, CNN dev 633 s19 and 661 s3)
@pytest.mark.parametrize("text", [
    "The high court rejected parts of the federal Defense of Marriage Act, citing equal protection guarantees to "
    "conclude same-sex spouses legally married in a state may receive federal benefits such as tax breaks.",
    "The ruling cites the U.S. Supreme Court's June rejection of part of the federal Defense of Marriage Act, a move "
    "that ensured same-sex spouses legally married in a state may receive federal benefits.",
    "Officials said same-sex couples may now marry in the state.",
    "Under the new law, employees may apply for paid leave, the ministry said.",
    "The court ruled that the couples may now marry.",
])
def test_a_may_that_grants_leave_is_no_hedge(text: str) -> None:
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "Officials said patients may receive the wrong dose.",  # no licence named: a doubt
    "Under the new law, prices may rise, the ministry said.",  # no entitlement verb
    "The judge ruled that the evidence may have been tainted.",
    "Officials said that under the law patients may have received the wrong dose.",  # a guess at the past
    "Officials said same-sex couples might receive federal benefits.",  # "might" grants no leave
    "The Foreign Ministry said Kuleba may travel to Brussels next week.",
])
def test_a_may_of_doubt_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)


# Rule `perception_could_is_no_hedge` (QA round 54; polnear-train nyt 2016-01-20 s9, CNN dev 182 s3)
@pytest.mark.parametrize("text", [
    "''I could see his love and compassion as he spoke last year and again today,'' Abedini wrote.",
    "One passenger said he could see that Butts was black.",
    "\"Just delivering a little bit of new information, we could see that his brand takes a hit,\" Morrison said.",
    "\"We could observe the changes in real time,\" the researcher said.",
    "Rick said the beta test was something quick and easy that we could observe.",
])
def test_what_someone_could_perceive_is_no_hedge(text: str) -> None:
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "Officials said the UK could see similar rates of infection.",  # "see" = undergo, a thing's
    "Analysts said we could see higher taxes next year.",  # no clause or possessed thing
    "Analysts said we could see that happen.",  # "that" before a verb
    "\"I could see his campaign collapsing,\" Smith said.",  # a scene imagined
    "Officials said the vote could be delayed.",
    "Analysts said it could take years.",
])
def test_a_could_of_possibility_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)


# Rule `could_barely_is_no_hedge` (QA round 54; polnear-dev west-journal 2016-09-14 s13)
@pytest.mark.parametrize("text", [
    "She said her right foot was \"so swollen I could barely get my shoe on.\"",
    "He said he could hardly breathe after the blast.",
])
def test_could_barely_is_a_near_inability_not_a_doubt(text: str) -> None:
    assert not only(text).hedged, described(text)


def test_could_easily_stays_a_hedge() -> None:
    text = "Analysts said the plan could easily fail."
    assert only(text).hedged, described(text)


# Rule `negative_subject_could_is_no_hedge` (polnear-train wash-post 2016-05-19 s50, west-journal 2016-01-29 s1)
@pytest.mark.parametrize("text", [
    "Sanders suggested the early support created a barrier no candidate could scale.",
    "Trump told reporters that nothing could change his mind.",
    "\"We could not engage in a quid pro quo, nor could any money change hands,\" the statement said.",
    "Critics said nobody could stop the plan.",
])
def test_what_nobody_could_do_is_no_hedge(text: str) -> None:
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "Tribe said there is no question Obama could name someone well qualified.",  # "no" + a noun, no person
    "Critics said the plan could fail.",
])
def test_a_could_after_no_person_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)


# (review s20 B: the rule for a modal in a prepositional relative was dropped; its former fixtures now
# stay hedged, tests/test_review_b_s20.py)
@pytest.mark.parametrize("text", [
    "The senator said the talks, in which both sides gave ground, could collapse.",  # the relative closed
    "The senator said the talks in which both sides gave ground could collapse.",  # a verb in the relative
])
def test_a_modal_after_a_closed_prepositional_relative_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)
