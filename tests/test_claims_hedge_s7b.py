"""Hedge scope, review fixes (session 7): a participle before "would" is no
nested report, a wh-clause that is the subject keeps the claim's own modal,
the scope rules are a registry of named rules with test sentences, and the
look-back before each hedge word is bounded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import summarizer.claims.polarity as polarity
from summarizer.claims import is_hedged
from summarizer.claims.polarity import HEDGE_SCOPE_RULES, LOOK_BACK_CHARS, HedgeWord
from tests.claim_helpers import only


# Rule `nested_backshift_is_no_hedge` needs a reporting verb with "that" or a subject after it
@pytest.mark.parametrize(
    "sentence",
    [
        "Not everyone who is exposed to repeated head trauma would develop the disease, experts say.",
        "Critics say the proposed law would ban most protests.",
        "Officials say the announced cuts would close three schools.",
    ],
)
def test_a_participle_before_would_is_no_nested_report(sentence: str) -> None:
    assert only(sentence).hedged


@pytest.mark.parametrize(
    "content",
    [
        "the ministry warned it would not tolerate blackmail",
        "the ministry said in a statement that it would not tolerate blackmail",
    ],
)
def test_a_reporting_verb_with_its_clause_still_reports_the_future(content: str) -> None:
    assert not is_hedged(content)


# Rule `hedge_in_an_embedded_question`: a wh-clause opening the content is its subject
@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts say what voters want could shape the race.",
        "Analysts said how voters respond could decide the election.",
        "Analysts say that where the money goes could determine the outcome.",
        "Analysts say, where the money goes could determine the outcome.",
    ],
)
def test_a_wh_clause_that_is_the_subject_keeps_the_hedge(sentence: str) -> None:
    assert only(sentence).hedged


@pytest.mark.parametrize(
    "sentence",
    [
        "He asked where he could buy two camels.",
        "The reporter wondered why officials might feel free to back candidates.",
    ],
)
def test_a_question_asked_does_not_hedge(sentence: str) -> None:
    assert not only(sentence).hedged


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials did not say when the information would be released.",  # a negated cue leaves it open
        "The spokesman wouldn't say how the party would prioritize gun control.",
        "He talked about how things could be better.",  # a topic, not a claim
        '"When you have less than 20 percent in your polling, how much worse could it get?" he said.',
    ],
)
def test_an_open_question_topic_or_direct_question_does_not_hedge(sentence: str) -> None:
    assert not only(sentence).hedged


def test_a_reported_future_after_a_relative_report_is_no_hedge() -> None:
    assert not is_hedged("names he said would be publicly released soon")


# Rule `manner_clause_is_no_hedge` (QA 30, 957 [14]: "defend myself as I could")
def test_a_modal_in_a_manner_clause_is_no_hedge() -> None:
    assert not is_hedged("In pain and despair, I started to defend myself as I could and got a strong blow")
    assert is_hedged("The plan is dangerous, as it could trigger a war")


# Rule `contact_relative_is_no_hedge` (QA 30, 791 [22]: "Any speculation or reports you may read ... are conjecture")
def test_a_modal_in_a_relative_without_its_pronoun_is_no_hedge() -> None:
    assert not is_hedged("Any speculation or reports you may read in the media ... are conjecture")
    assert is_hedged("The minister says they may resign")
    assert is_hedged("the talks could collapse")


# Rules with their names: every registered scope rule has a test sentence under a "Rule `name`" comment
def test_every_hedge_scope_rule_has_a_test_sentence() -> None:
    here = Path(__file__).parent
    source = "".join((here / name).read_text(encoding="utf-8")
                     for name in ("test_claims_hedge_s7.py", Path(__file__).name, "test_claims_cues_s14.py",
                                  "test_claims_qa45_s15.py", "test_claims_junk_s16.py",
                                  "test_claims_junk_s17.py", "test_claims_junk_s18.py", "test_hedges_s19.py",
                                  "test_hedges_s20.py", "test_hedges2_s20.py", "test_review_b_s20.py",
                                  "test_junk_s21.py", "test_junk2_s21.py",
                                  "test_qa60a_s21.py", "test_qa61a_s22.py"))
    assert len(HEDGE_SCOPE_RULES) == len({name for name, _ in HEDGE_SCOPE_RULES})
    for name, _ in HEDGE_SCOPE_RULES:
        assert f"Rule `{name}`" in source, name


# Rule `backshift_is_no_hedge`: after a past-tense cue
def test_would_after_a_past_tense_cue_is_reported_future() -> None:
    assert not only("The minister told reporters that Berlin would sign new orders.").hedged
    assert only("The minister tells reporters that Berlin would sign new orders.").hedged


# Rule `could_not_is_no_hedge`
def test_could_not_is_no_hedge() -> None:
    assert not is_hedged("many patients could not reach the hospital")
    assert is_hedged("many patients could reach the hospital")


# Rule `alleged_charge_is_no_hedge`: each rule tests one hedge word and what stands before it
def test_each_rule_sees_one_hedge_word() -> None:
    text = "arrested for allegedly lying"
    found = re.search(r"allegedly", text)
    assert found is not None
    hit = polarity._hedge_word("content", text, text, found)
    assert hit.word == "allegedly" and hit.before == "arrested for " and hit.from_start
    assert [name for name, test in HEDGE_SCOPE_RULES if test(hit)] == ["alleged_charge_is_no_hedge"]


# Bounded look-back: a 150 KB content with thousands of out-of-scope hedges is read in linear time
def test_the_look_back_before_each_hedge_word_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    def counted(test: polarity.HedgeScopeRule) -> polarity.HedgeScopeRule:
        def wrapper(hit: HedgeWord) -> bool:
            seen.append(len(hit.before))
            return test(hit)

        return wrapper

    monkeypatch.setattr(polarity, "HEDGE_SCOPE_RULES", tuple((n, counted(t)) for n, t in HEDGE_SCOPE_RULES))
    content = "the three were arrested for allegedly running a network, and " * 2500
    assert len(content) > 150_000
    assert not is_hedged(content)
    hedges = content.count("allegedly")
    assert len(seen) <= hedges * len(HEDGE_SCOPE_RULES)
    assert max(seen) <= LOOK_BACK_CHARS


# Rule `purpose_clause_is_no_hedge`: a modal that tells what an act was for
def test_a_modal_of_purpose_is_no_hedge() -> None:
    assert not only("Colvin died trying to get her shoes so she could escape the attack, her paper reported.").hedged
    assert only("Officials said the plan could fail.").hedged


# Rule `object_relative_is_no_hedge` (session 11, QA round 37): a hedge word in a relative clause
# that describes a noun


def test_a_modal_in_a_relative_clause_about_a_thing_is_no_hedge() -> None:
    claim = only('"We felt we had to do something so there was a place that people could donate," '
                 "family member Michael Colvin said.")
    assert not claim.hedged
    assert only("Officials said people could donate at the bank.").hedged  # the claim's own modal


def test_allegedly_about_a_third_partys_act_is_no_hedge_of_the_denial() -> None:
    claim = only('"Media outlets are reporting on an e-mail that Doe #2 allegedly sent to his bosses, which '
                 'does not refer to my client at all," Singer said.')
    assert not claim.hedged
    assert only("Singer said Doe #2 allegedly sent an e-mail to his bosses.").hedged


def test_a_noun_with_a_that_clause_of_its_own_keeps_the_hedge() -> None:
    assert is_hedged("there is a chance that they could win the seat")
    assert is_hedged("the company told employees that they could lose their jobs")
    assert is_hedged("officials warned that they could strike")


def test_a_hearer_before_that_keeps_the_hedge() -> None:
    assert is_hedged("he told the officer that he could have used his flip-flops to hurt himself")
    assert is_hedged("the company told the court that they could pay")


# Rule `free_choice_ability_is_no_hedge` (session 14): what anyone is able to do, no doubt
@pytest.mark.parametrize("sentence", [
    "A senior prison official said 'anyone with sufficient determination to escape' from the prison could "
    "do so.",
    "She said it wasn't the kind of place anyone could just walk into.",
])
def test_what_anyone_could_do_is_no_hedge(sentence: str) -> None:
    assert not only(sentence).hedged


@pytest.mark.parametrize("sentence", [
    "A senior prison official said anyone could be infected.",
    "A senior prison official said the prisoners could escape.",
    "The official told anyone who asked that the plan could fail.",
])
def test_a_possibility_stays_hedged(sentence: str) -> None:
    assert only(sentence).hedged


# Rule `wished_modal_is_no_hedge` (QA round 43, 861 s20): "may" in a "that" clause of a call or a wish
def test_may_in_a_wished_clause_is_no_hedge() -> None:
    assert not is_hedged("I call for an immediate halt to the violence and looting, and that a political solution "
                         "to the crisis may be reached as soon as possible")
    assert not is_hedged("we pray that peace may return to the region")


def test_may_after_a_contrast_with_a_wish_stays_a_hedge() -> None:
    assert is_hedged("we hope for talks, but experts warn that the deal may fail")
    assert is_hedged("the deal may fail")
