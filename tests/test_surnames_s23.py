"""Speakers that were right before session 22 and were left unresolved once
surnames-s22 read a bare surname as the person the article names in full
("the Cruz slate", "Carson's friend", "reaction to Trump"): closing note
s22, "Right -> unresolved". Each rule with a sentence of its kind and a near
variant that must stay as it is. The sentences are invented in the manner of
news articles; none is copied from the shared data sets."""

from __future__ import annotations

import pytest

from tests.claim_helpers import speakers_and_kinds

LEAD = "Lawmakers met on Tuesday.\n\n"


# --- rule `cue_verb_after_a_name_is_no_first_name` (speakers.py) -----------------------------------

HEADING = (
    "Donald Trump spoke in Iowa. Ted Cruz spoke in Ohio.\n\n"
    "February 6, 2016 9:09PM Ted Cruz Hints Trump Would Get Border Wall Contract. "
    "Cruz said the wall would cost too much.\n\n"
    'Trump, however, wasted no time responding. "He is wrong," he said of Cruz.'
)


def test_rule_cue_verb_after_a_name_is_no_first_name() -> None:
    # PolNeAR train huff-post gop-debate s168/s215: "Hints Trump" was a name, so every later "Trump"
    # had two people to be, and the reply after "Trump, however, wasted no time responding." was
    # left unresolved
    assert speakers_and_kinds(LEAD + HEADING)[-1] == ("Donald Trump", "person")


def test_rule_cue_verb_after_a_name_near_variant() -> None:
    # two people of the surname named in full: whose reply, the text does not say
    text = HEADING.replace("Ted Cruz spoke in Ohio.", "Ivanka Trump spoke in Ohio.")
    assert speakers_and_kinds(LEAD + text)[-1] == ("he", "unresolved")


# --- rule `speaker_goes_on_past_a_name_after_a_preposition` (speakers.py) -------------------------

ORTEGA = (
    "Donald Trump spoke in Iowa. Freddy Ortega and German Ortega are brothers who act in a comedy show.\n\n"
    "German Ortega says that the reaction to Trump has been rejection. "
    '"It set off something really cool for Latinos," he said.'
)


def test_rule_speaker_goes_on_past_a_name_after_a_preposition() -> None:
    # PolNeAR train wash-post mexican-satire s31-s32: Trump, a man, named only after "to" inside
    # Ortega's claim, is whom Ortega spoke of; Ortega goes on
    assert speakers_and_kinds(LEAD + ORTEGA)[-2:] == [("German Ortega", "person")] * 2


@pytest.mark.parametrize("sentence", [
    # Trump as the claim's subject, or as the hearer: he may be the one who goes on
    "German Ortega says that Trump has been rejected.",
    "German Ortega told Trump that the reaction has been rejection.",
    # Trump as the object of the claim's verb
    "German Ortega says that the reaction has surprised Trump.",
])
def test_rule_speaker_goes_on_past_a_name_after_a_preposition_near_variants(sentence: str) -> None:
    text = ORTEGA.replace("German Ortega says that the reaction to Trump has been rejection.", sentence)
    assert speakers_and_kinds(LEAD + text)[-1] == ("he", "unresolved")


# --- rule `possessed_person_named_by_the_apposition` (speakers.py) --------------------------------

WILLIAMS = (
    "Ben Carson spoke in Iowa.\n\n"
    "Armstrong Williams, Carson's longtime friend and adviser, suggested that the candidate was back. "
    '"Dr. Carson is back in charge," he told the AP.'
)


def test_rule_possessed_person_named_by_the_apposition() -> None:
    # PolNeAR train politico ben-carson s57-s58: the friend possessed is Armstrong Williams, whom
    # the description is apposed to, not someone unknown
    assert speakers_and_kinds(LEAD + WILLIAMS)[-2:] == [("Armstrong Williams", "person")] * 2


@pytest.mark.parametrize("sentence", [
    # no name the description is apposed to: who the friend is, the text does not say
    "Carson's longtime friend and adviser suggested that the candidate was back.",
    # the possessed person is the object, not the apposition of the opening name
    "Armstrong Williams met Carson's longtime friend and adviser on Monday.",
])
def test_rule_possessed_person_named_by_the_apposition_near_variants(sentence: str) -> None:
    text = WILLIAMS.replace(
        "Armstrong Williams, Carson's longtime friend and adviser, suggested that the candidate was back.",
        sentence)
    assert speakers_and_kinds(LEAD + text)[-1] == ("he", "unresolved")


# --- rule `surname_qualifying_a_noun_names_no_one` (speakers.py) ----------------------------------

SLATE = "Sen. Ted Cruz won the state.\n\n{} said he was only leaning Cruz."


def test_rule_surname_qualifying_a_noun_names_no_one() -> None:
    # PolNeAR train politico cruz-tops-trump s21: "the Cruz slate" names no one the delegate is, so
    # the name apposed to the delegate is the speaker
    assert speakers_and_kinds(LEAD + SLATE.format("Another delegate on the Cruz slate, Jim Poolman,")) \
        == [("Jim Poolman", "person")]


@pytest.mark.parametrize(("source", "speaker"), [
    # a name that heads the description names someone already: kept as it was
    ("Cruz's delegate, Jim Poolman,", ("Jim Poolman", "person")),
    # no name apposed: the description as written
    ("Another delegate on the Cruz slate", ("Another delegate on the Cruz slate", "unnamed")),
])
def test_rule_surname_qualifying_a_noun_near_variants(source: str, speaker: tuple[str, str]) -> None:
    assert speakers_and_kinds(LEAD + SLATE.format(source)) == [speaker]
