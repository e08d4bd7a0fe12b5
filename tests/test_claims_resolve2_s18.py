"""Unresolved speakers a careful reader can name (resolve2 s18, QA round 52),
each a named rule with a sentence of its kind and a near variant that must
stay as it is."""

from __future__ import annotations

import pytest

from tests.claim_helpers import speakers_and_kinds

# --- rule `state_body_of_a_listed_place` (QA 52, 677 s9: "The government of North Korea rejected the report"
# was filed under "Speaker not resolved")

REJECTED = " rejected the report as a ginned-up effort to undermine it."


@pytest.mark.parametrize(("subject", "expected"), [
    ("The government of North Korea", "government of North Korea"),
    ("The government of the United States", "government of the United States"),
    ("The embassy of France", "embassy of France"),
])
def test_a_state_body_of_a_listed_place_is_that_body(subject: str, expected: str) -> None:
    assert speakers_and_kinds(subject + REJECTED) == [(expected, "organisation")]


@pytest.mark.parametrize("subject", [
    "The new government of Ukraine",  # a word of description
    "The government of Smithville",  # no listed place
    "The government of North Korea's ally",  # another's body
    "The company of North Korea",  # no state's own body
])
def test_other_bodies_of_a_place_stay_as_they_were(subject: str) -> None:
    assert speakers_and_kinds(subject + REJECTED)[0][1] == "unresolved"


def test_the_government_of_a_titled_name_is_that_government() -> None:
    # since wrongs2-s19 (rule `state_body_of_a_titled_person`, QA round 54 927 s3): the person's
    # government, an organisation, never the person; it stays no listed place's body
    assert speakers_and_kinds("The government of President Petro Poroshenko" + REJECTED) == [
        ("government of President Petro Poroshenko", "organisation")]


def test_the_body_noun_after_it_spoke_is_that_body() -> None:
    text = 'The government of North Korea' + REJECTED + ' "It is a plot," the government said.'
    assert speakers_and_kinds(text)[-1] == ("government of North Korea", "organisation")


def test_the_body_noun_stays_unresolved_after_another_of_that_noun() -> None:
    text = ("The government of North Korea rejected the report as an effort to undermine its government. "
            '"It is a plot," the government said.')
    assert speakers_and_kinds(text)[-1] == ("the government", "unresolved")


def test_a_bare_government_stays_unresolved() -> None:
    assert speakers_and_kinds("The government said the six were plotting an uprising.") == [
        ("The government", "unresolved")]


# --- rank abbreviations as role words (role_words.txt: "capt" is "captain") and rules
# `described_speaker_keeps_its_role`, `subject_of_the_described_role_since` (QA 52, 688 s11: "He denies
# wrongdoing" after "the captain said ... Schettino is now on trial" stayed unresolved)

TWO_CAPTAINS = "Capt. Lee Joon-seok left the ferry early. Capt. Francesco Schettino did the same in 2012. "
CAPTAIN_SAID = '"We will sail on," the captain said. '


def test_the_rank_is_the_one_person_of_that_abbreviated_title() -> None:
    text = "Capt. Mark Hanna was fired last week. " + CAPTAIN_SAID
    assert speakers_and_kinds(text) == [("Mark Hanna", "person")]


def test_the_rank_stays_unresolved_beside_two_of_that_title() -> None:
    assert speakers_and_kinds(TWO_CAPTAINS + CAPTAIN_SAID) == [("the captain", "unresolved")]


def test_he_after_the_person_of_the_role_opened_a_sentence_since_the_description_spoke() -> None:
    text = TWO_CAPTAINS + CAPTAIN_SAID + "Schettino is now on trial. He denies wrongdoing."
    assert speakers_and_kinds(text)[-1] == ("Francesco Schettino", "person")


@pytest.mark.parametrize("text", [
    TWO_CAPTAINS + CAPTAIN_SAID + "He added that the crew was safe.",  # the described captain goes on
    "Gen. Francesco Schettino did the same. " + CAPTAIN_SAID + "Schettino is on trial. He denies wrongdoing.",
    "Capt. Mark Hanna was fired. \"We will sail on,\" the 53-year-old said. Hanna is on trial. He denies it.",
])
def test_he_after_a_described_speaker_stays_unresolved_otherwise(text: str) -> None:
    assert speakers_and_kinds(text)[-1][1] == "unresolved"


# --- rule `words_before_a_title_are_the_persons` (QA 52, 409 s34: "She predicted" after "But Missouri GOP
# Rep. Ann Wagner ... told CNN" stayed unresolved, "Missouri GOP" read as a newer subject)

PREDICTED = " Rep. Ann Wagner, who is helping with the effort, told CNN that women care about jobs. " \
    "She predicted that female voters will line up with the agenda."


@pytest.mark.parametrize("before", ["But Missouri GOP", "Missouri GOP", "But Missouri"])
def test_words_before_the_title_name_no_newer_subject(before: str) -> None:
    assert speakers_and_kinds(before + PREDICTED)[-1] == ("Ann Wagner", "person")


def test_a_subject_joined_before_the_titled_person_stays_a_subject() -> None:
    assert speakers_and_kinds("But Missouri GOP leaders and" + PREDICTED)[-1] == ("She", "unresolved")


# --- rule `last_speaker_as_a_pronoun_inside_its_claim` (QA 52, 865 s30: "He and Knox made mistakes ...,
# he writes." after Sollecito's "he says" stayed unresolved)

SPOKE = 'Tom Reed was at the game. "It was awful," Reed said. '


def test_the_last_speaker_as_a_pronoun_inside_the_claim_goes_on_speaking() -> None:
    assert speakers_and_kinds(SPOKE + "He and Lee were injured, he said.")[-1] == ("Tom Reed", "person")


@pytest.mark.parametrize("text", [
    SPOKE + "Reed and Lee were injured, he said.",  # named in the claim: what it is about
    SPOKE + "Jack Lee and Reed were injured, he said.",
    "Tom Reed was at the game. He and Lee were injured, he said.",  # Reed has not spoken
])
def test_a_person_listed_in_the_claim_stays_no_antecedent(text: str) -> None:
    assert speakers_and_kinds(text)[-1] == ("he", "unresolved")


@pytest.mark.parametrize("title", ["Lt. Gov.", "Lt. Col."])
def test_a_longer_rank_is_no_lieutenant(title: str) -> None:
    text = title + " Mark Hanna spoke on Monday. The lieutenant said aid would arrive within days."
    assert speakers_and_kinds(text) == [("The lieutenant", "unresolved")]
