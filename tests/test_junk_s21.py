"""Junk and wrong hedges left by session 20 (junk-s21): wishes of companies,
a quotation cut at a phrase it cites, "it" read as a speaker of a thing's
cue, narrated beliefs, and a hedge a reader would not trust. Each rule
has a sentence of the kind fixed and a near variant that stays."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims.polarity import is_hedged
from summarizer.claims.text import find_quotes
from tests.claim_helpers import cues, described, only


# Rule `aiming_to_be_something_is_no_claim` (543 s22)
def test_aiming_to_be_something_is_no_claim() -> None:
    text = "WatrHub wants to be the Bloomberg Terminal of agriculture."
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize("text", [
    "The company hopes to be profitable by 2015.",
    "She wants to be remembered as a reformer.",
    "The ministry hopes talks resume soon.",
])
def test_a_state_a_passive_or_a_clause_wished_stays(text: str) -> None:
    assert cues(text) == ["hope" if "hope" in text else "want"], described(text)


# Rule `hoping_for_a_thing_is_no_claim` (543 s4)
def test_hoping_for_a_thing_is_no_claim() -> None:
    text = ("Residents, the government and the agriculture industry are hoping for some high-tech solutions "
            "for a very old problem.")
    assert extract_claims(text) == [], described(text)


def test_hoping_for_someone_to_act_stays() -> None:
    assert cues("Officials are hoping for talks to resume next week.") == ["hope"]


# Rule `cited_phrase_opening_a_continued_quotation_nests` (750 s43-s47)
HONG_KONG = ('"I\'m not a prophet," he replied. "I think Hong Kong\'s political system will become fairer, '
             'more democratic and more open.\n\n"One country, two systems" is a fundamental national policy. '
             "No matter how 'Occupy Central' becomes, it won't change shake this policy. I believe it will "
             'be thoroughly implemented into the future."')


def test_a_cited_phrase_opening_a_continued_quotation_stays_inside_it() -> None:
    claim = only(HONG_KONG)
    assert claim.cue == "reply" and claim.content.endswith('implemented into the future."'), described(HONG_KONG)
    assert find_quotes(HONG_KONG).spans[-1][1] == len(HONG_KONG)


def test_a_continued_quotation_closed_before_its_speaker_stays_closed() -> None:
    text = ('"We are ready," she said. "We have trained for months.\n\n"We will win," she added. '
            "The crowd cheered.")
    assert [c.cue for c in extract_claims(text)] == ["say", "add"], described(text)
    assert not any("cheered" in c.content for c in extract_claims(text))


# Rule `unresolved_it_with_a_thing_cue_is_no_speaker`
@pytest.mark.parametrize("text", [
    "But it underscores a fundamental question about Trump's candidacy.",
    "It may point to the fact that couples are having babies later.",
    "It reminds me of an incident a few weeks ago.",
])
def test_it_tied_to_nothing_with_a_things_cue_is_no_speaker(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("The study was published Monday. It shows that teens who smoke do worse.", "The study"),
    ("It said profits rose.", "It"),
    ("It also indicated that the ruling would be appealed.", "It"),
    ("It threatened to sue the city.", "It"),
])
def test_it_tied_to_a_study_or_saying_stays(text: str, speaker: str) -> None:
    assert [c.speaker for c in extract_claims(text)] == [speaker], described(text)


# Rule `narrated_past_belief_is_no_claim` (871 s1, 889 s17)
@pytest.mark.parametrize("text", [
    "Jane Jeong Trenka, adopted from Korea at the age of six months in 1972, never felt she belonged "
    "growing up in a rural Minnesota town.",
    "He was separated from his parents and brother, and thought they were dead for five years after the "
    "genocide.",
])
def test_a_narrated_past_belief_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Smith thought the plan would fail.", ["think"]),
    ("Smith thinks the plan will fail, he told reporters.", ["tell"]),
    ("He said the talks failed and thought the deal was dead.", ["say", "think"]),
])
def test_a_stance_or_a_belief_after_a_cue_stays(text: str, expected: list[str]) -> None:
    assert cues(text) == expected, described(text)


# Rule `ability_could_in_a_past_reason_is_no_hedge` (400 s41)
def test_ability_could_in_a_past_reason_is_no_hedge() -> None:
    text = ('"These moderators were chosen because both sides could agree on them, which means that both '
            'sides will try very hard to be even handed," he said.')
    assert not only(text).hedged


@pytest.mark.parametrize("content", [
    "Moderators are chosen because both sides could agree on them.",
    "The talks were delayed because the vote could slip.",
    "They were chosen because they could have agreed on them.",
])
def test_a_guess_in_a_reason_stays_a_hedge(content: str) -> None:
    assert is_hedged(content)


# Rule `belief_in_no_proposition_is_no_claim`, junk_readings.txt felt_states widened (CNN dev 82 s0)
@pytest.mark.parametrize("text", [
    "Suzanne Jablonski felt alone in her struggles raising a special-needs child.",
    "Max felt ill on December 22.",
])
def test_feeling_a_state_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_feeling_a_clause_stays() -> None:
    assert cues("Suzanne Jablonski felt her struggles were ignored.") == ["feel"]
