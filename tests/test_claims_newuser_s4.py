"""What a new user saw wrong in claims on real pages (session 4 tester): a time
adjunct after an aside made "on" the speaker, roles lost their portfolio
("Transport Secretary" shown as "Secretary"), "Talk show host" read "show" as
a cue, and stated uncertainty was not marked as hedged."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only


@pytest.mark.parametrize("subject", ["The interior minister, Anna Berg, on Monday",
                                     "Anna Berg, the interior minister, last week"])
def test_a_time_adjunct_after_an_aside_leaves_the_subject(subject: str) -> None:
    # Rule `time_adjunct_after_an_aside`
    claim = only(f"{subject} denied that the army had arrived.")
    assert (claim.speaker, claim.content) == ("Anna Berg", "the army had arrived")


def test_a_relative_aside_ends_before_a_time_adjunct_and_the_main_verb() -> None:
    # "endorsed" (PolNeAR counts it); "denounced the nominee" is a stance on a noun phrase, no claim
    claims = extract_claims("Radio host Glenn Beck, who has endorsed the nominee, on Friday declared Trump was "
                            "a threat.")
    assert [(c.cue, c.content) for c in claims] == [("endorse", "the nominee"), ("declare", "Trump was a threat")]


@pytest.mark.parametrize(("written", "role"), [("Transport Secretary Grant Shapps", "Transport Secretary"),
                                               ("Interior Minister Anna Berg", "Interior Minister"),
                                               ("Foreign Minister Dmytro Kuleba", "Foreign Minister")])
def test_a_portfolio_before_a_title_is_part_of_the_role(written: str, role: str) -> None:
    # Rule `portfolio_before_a_title`
    claim = only(f"{written} said the trains would run.")
    assert claim.role == role


def test_a_place_before_a_title_is_where_the_title_is_held() -> None:
    # Session 11 (rule `place_before_a_title`, names.py): the place is part of the role, as
    # "Flint Mayor" was; a place as a dateline or after a preposition stays apart
    # (tests/test_claims_trust_s11.py)
    claim = only("Ohio Gov. John Kasich said the trains would run.")
    assert (claim.speaker, claim.role) == ("John Kasich", "Ohio Gov.")


def test_a_cue_word_inside_a_compound_noun_is_no_cue() -> None:
    # Rule `cue_word_in_a_compound_noun`
    claim = only("Talk show host Glenn Beck declared Trump was a threat.")
    assert (claim.speaker, claim.cue) == ("Glenn Beck", "declare")
    assert only("Officials report staff shortages.").speaker == "Officials"


@pytest.mark.parametrize("text", ["It is unclear whether the measure will pass, according to two officials.",
                                  "The mayor claimed without evidence that the army had already arrived."])
def test_stated_uncertainty_is_a_hedge(text: str) -> None:
    # hedges.txt; rule `unsupported_claim_is_hedged`
    assert only(text).hedged


def test_a_plain_report_is_no_hedge() -> None:
    assert not only("Smith said the army had arrived.").hedged


def test_an_intensifying_pronoun_leaves_the_source() -> None:
    # Rule `intensifier_leaves_the_source`: the name was shown unresolved, inside the cue column
    claim = only("Judge Raquel Montoya-Lewis herself said that she was honored.")
    assert (claim.speaker, claim.role) == ("Raquel Montoya-Lewis", "Judge")


def test_a_place_before_a_title_is_no_portfolio() -> None:
    # rule `portfolio_before_a_title` (QA round 18: a "Hong Kong" dateline made "Hong Kong President")
    claim = only("Hong Kong President Barack Obama said on Friday that he would meet the Dalai Lama.")
    assert claim.role == "President"


@pytest.mark.parametrize(("written", "role"), [("Washington President Barack Obama", "President"),
                                               ("CNN President Jeff Zucker", "CNN President")])
def test_a_leader_title_takes_only_an_acronym_as_portfolio(written: str, role: str) -> None:
    # rule `portfolio_before_a_title`, leader_titles (QA round 19: a "Washington" dateline)
    assert only(f"{written} said the outbreak was spreading.").role == role
