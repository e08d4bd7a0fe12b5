"""Review of the session 7 claims rules: a dangling "but when" before a second
cue, junk rules that reached past their news cases (a cue noun after an
adjective, a sum pledged, "to find", naming usage), and "commented that"."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import cues, described


# Rule `second_cue_takes_the_quotation`: the first claim ends before ", and when" or ", but when"
@pytest.mark.parametrize("conjunction", ["and", "but"])
def test_a_claim_before_a_second_cue_ends_before_the_conjunction_and_when(conjunction: str) -> None:
    text = (f'The mayor said the budget was balanced, {conjunction} when pressed, he admitted, '
            '"We borrowed to close the gap."')
    claims = {c.cue: c.content for c in extract_claims(text)}
    assert claims == {"say": "the budget was balanced", "admit": '"We borrowed to close the gap."'}, described(text)


# Rule `cue_noun_after_an_adjective_is_no_cue`: the -s form after "the" or a possessive and an
# -ary/-ic/-al word is a subject and its verb ("judiciary", "emissary" are nouns)
@pytest.mark.parametrize("text", [
    "The judiciary demands an apology from the president.",
    "The Pope's emissary demands the release of the hostages.",
])
def test_a_cue_after_a_noun_in_ary_stays_a_claim(text: str) -> None:
    assert cues(text) == ["demand"], described(text)


@pytest.mark.parametrize("text", [
    "Instead of sending individual orders all over the world, the company ships in bulk.",
    "One of the central claims of President Barack Obama's speech does not stand up to scrutiny.",
    "Thus, a manager's behavior and the situational demands give rise to several leadership styles.",
])
def test_a_cue_noun_after_an_adjective_is_still_no_cue(text: str) -> None:
    assert extract_claims(text) == [], described(text)


# Rule `pledging_an_amount_is_an_act`: a verb or modal after the sum makes it a clause's subject
def test_a_pledge_of_a_clause_without_that_stays_a_claim() -> None:
    text = "The governor pledged $5 million would go to flood victims."
    assert [(c.cue, c.content) for c in extract_claims(text)] == [
        ("pledge", "$5 million would go to flood victims")], described(text)


def test_a_sum_pledged_to_people_who_did_something_is_still_an_act() -> None:
    text = "The charity pledged $100,000 to families who were displaced by the storm."
    assert "pledge" not in cues(text), described(text)


# Rule `trying_to_find_a_thing_is_an_act`: after "failed" or "unable", what was found is a finding
@pytest.mark.parametrize("text", [
    "An internal review failed to find any evidence of wrongdoing by the officers.",
    "Investigators were unable to find any link between the two attacks.",
])
def test_failing_to_find_a_thing_is_a_finding(text: str) -> None:
    assert cues(text) == ["find"], described(text)


@pytest.mark.parametrize("text", [
    "The family tried to find a buyer for the house.",
    "Obama and Putin fail to find common ground during talks on Syria.",
    "The foundation is dedicated to finding cures for inflammatory bowel diseases.",
])
def test_trying_or_failing_to_find_a_thing_is_still_an_act(text: str) -> None:
    assert "find" not in cues(text), described(text)


# Rule `naming_usage_is_no_claim`: only for the group itself or a proper name
def test_calling_people_by_a_plural_label_stays_a_claim() -> None:
    text = "The Nazis came to power in 1933. Trump referred to the protesters as Nazis."
    assert "refer to" in cues(text), described(text)


def test_calling_the_group_by_its_name_is_still_no_claim() -> None:
    text = ("The group calls itself the Islamic State. Others call it ISIS. "
            "CNN has been referring to the organization as ISIS.")
    assert "refer to" not in cues(text), described(text)


# Cue comment (cues.txt +quote +clause): beside a direct quotation only, as the comments say
def test_commented_with_a_quotation_is_a_claim() -> None:
    text = 'While having a heated debate, a friend commented: "Immigration is the most important reason."'
    assert cues(text) == ["comment"], described(text)


@pytest.mark.parametrize("text", [
    "The company commented that sales would fall.",
    "Pentagon spokesman John Kirby declined comment, but the family welcomed the news on Tuesday.",
    "He did not comment on whether the plan would pass.",
])
def test_commented_without_a_quotation_is_no_claim(text: str) -> None:
    assert "comment" not in cues(text), described(text)
