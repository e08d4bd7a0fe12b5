"""Session 31, the new cue words and rule view_as read again: each rule below keeps a word of
speaking, judging or regarding from another sense of the same word ("knocked down the door",
"saw the movie as a child", "voiced the character") or from a clause no one speaks ("should be to
push for ...", "the policy Trump advocated in years past"). Each has a sentence where it holds and
a near variant that keeps its claim; the sentences are written for the tests, none is copied from
the data sets."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims.model import Claim


def _claims(text: str) -> list[Claim]:
    return list(extract_claims(text))


# --- rule cue_after_be_to_is_an_aim ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Obama's minimum objective in the Congo should be to push for changes in Kinshasa.",
    "The union's main aim is to push for higher pay.",
    "Their job was to reassure the public that the water was safe.",
])
def test_cue_after_be_to_is_an_aim_and_no_claim(text: str) -> None:
    assert _claims(text) == []


def test_cue_with_a_subject_of_its_own_keeps_its_claim() -> None:
    (claim,) = _claims("Obama will push for changes in Kinshasa.")
    assert (claim.speaker, claim.cue_text) == ("Obama", "push for")


# --- rule cue_in_a_bare_relative_is_no_claim ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The policy Donald Trump advocated in years past -- one that's been widely criticized -- is back.",
    "The tax Warren advocated last year would hit the richest families.",
    "His tone belies the more dovish approach that he's advocated in years past -- one that's less hawkish.",
])
def test_cue_in_a_bare_relative_is_no_claim(text: str) -> None:
    assert _claims(text) == []


def test_cue_with_its_object_keeps_its_claim() -> None:
    (claim,) = _claims("Warren advocated a wealth tax in the debate.")
    assert (claim.speaker, claim.cue_text, claim.content) == ("Warren", "advocated", "a wealth tax")


@pytest.mark.parametrize(("text", "speaker"), [
    ('On May 4, his son Tom Reed posted on Facebook, "We are happy to announce the birth of twins."', "Tom Reed"),
    ('"I don\'t know, I guess so," the affable Donovan deadpanned.', "Donovan"),
])
def test_person_after_the_determiner_keeps_the_claim(text: str, speaker: str) -> None:
    assert [c.speaker for c in _claims(text)] == [speaker]


def test_bare_relative_without_a_verb_after_it_keeps_the_claim() -> None:
    text = "It was a tactic Democrats hope will dampen support for them in the general election."
    assert [c.cue_text for c in _claims(text)] == ["hope"]


# --- rule view_as_names_a_view: the subject's own role after "as" ---------------------------------


@pytest.mark.parametrize("text", [
    "She saw the movie as a child.",
    "He paints landscapes as a hobby.",
    "She saw the film as a teenager in Ohio.",
    "She sees patients as a nurse at the clinic.",
    "Obama saw combat as a young soldier.",
])
def test_role_of_the_subject_after_as_is_no_view(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Investors see the rate cut as a sign of weakness.", "Investors"),
    ("Clinton paints Trump as a danger to the republic.", "Clinton"),
    ("The mayor regards the budget as a disaster.", "The mayor"),
])
def test_view_given_with_as_keeps_its_claim(text: str, speaker: str) -> None:
    (claim,) = _claims(text)
    assert claim.speaker == speaker


def test_view_given_with_as_ends_at_a_dash() -> None:
    (claim,) = _claims("Cannes regards itself as the grande dame of film events -- but does it still matter?")
    assert claim.content == "itself as the grande dame of film events"


@pytest.mark.parametrize("text", [
    "She paints the house every summer.",
    "The prisoner finally sees the light.",
    "Prices rose, and as a result, sales fell.",
    "The hotel offers views of the lake.",
    "He sent his regards to the family.",
    "With regards to the budget, the council voted no.",
])
def test_other_senses_of_the_view_verbs_give_no_claim(text: str) -> None:
    assert _claims(text) == []


# --- rule charge_after_a_particle_is_an_act, and a count of times after "for" -----------------------


@pytest.mark.parametrize("text", [
    "The company hammered out a deal for the workers.",
    "He knocked down the door for the police.",
    "The Yankees knocked Boston out of the playoffs for the first time.",
    "Police knocked on the door of the suspect's home late Tuesday.",
    "The coast was hammered by storms for three days.",
    "Liverpool hammered Arsenal for the second time this season.",
])
def test_hammered_and_knocked_as_acts_give_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("Sanders hammered Clinton for her ties to Wall Street.", "Sanders", "hammered"),
    ("Clinton knocked Trump for his comments about veterans.", "Clinton", "knocked"),
])
def test_hammered_and_knocked_with_a_charge_keep_their_claim(text: str, speaker: str, cue: str) -> None:
    (claim,) = _claims(text)
    assert (claim.speaker, claim.cue_text) == (speaker, cue)


# --- rule voiced_names_a_view ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tom Hanks voiced the character for the film.",
    "She voiced the lead role in the animated film.",
])
def test_voiced_without_a_stance_is_no_claim(text: str) -> None:
    assert _claims(text) == []


def test_voiced_with_a_stance_keeps_its_claim() -> None:
    (claim,) = _claims("The senator voiced his strong support for the bill.")
    assert (claim.speaker, claim.cue_text) == ("The senator", "voiced")


# --- the other senses of the new words stay plain words -----------------------------------------------


@pytest.mark.parametrize("text", [
    "The car bashed into a wall near the station.",
    "Residents should remember to vote on Tuesday.",
    "Residents remember the flood of 1993.",
    "The artist was her muse for a decade.",
    "He shot a grouse on the moor.",
    "Marvel released a new film on Friday.",
    "The new bridge is a marvel of engineering.",
    "Trump's birthday bash drew crowds to the resort.",
    "The tiger savaged a keeper at the zoo.",
    "She emailed the documents to the committee.",
    "The character was voiced by Tom Hanks.",
])
def test_other_senses_of_the_new_words_give_no_claim(text: str) -> None:
    assert _claims(text) == []


# --- rule view_holder_is_no_last_speaker ---------------------------------------------------------------


def test_view_holder_does_not_take_he_from_a_person_named_since() -> None:
    text = ("The New Republic's Jeet Heer sees the piece as a return to the old conservatism. "
            "For Jonathan Chait, the author is exposing a perverse moral logic. "
            "\u201cThe market hasn't failed the workers,\u201d he mocks.")
    mocks = next(c for c in _claims(text) if c.cue_text == "mocks")
    assert mocks.speaker == "Jonathan Chait"


def test_view_holder_is_still_he_when_no_one_else_is_named() -> None:
    text = 'Senator Jane Cole sees the deal as a win for workers. "It is a good deal," she said.'
    said = next(c for c in _claims(text) if c.cue_text == "said")
    assert said.speaker == "Jane Cole"


# --- "bash" and "savaged" need their charge, as "attacked" does (+reason) ------------------------------


@pytest.mark.parametrize("text", [
    "Smith bashed the ball into the net.",
    "A dog savaged a boy in the park for several minutes.",
    "Trump bashed the media at a rally in Ohio.",
])
def test_bash_and_savaged_without_a_charge_give_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("Clinton bashed Sanders for his vote on guns.", "Clinton", "bashed"),
    ("Critics savaged the film as a waste of money.", "Critics", "savaged"),
    ("Lawmakers bashed the bill as a giveaway to the rich.", "Lawmakers", "bashed"),
])
def test_bash_and_savaged_with_a_charge_keep_their_claim(text: str, speaker: str, cue: str) -> None:
    (claim,) = _claims(text)
    assert (claim.speaker, claim.cue_text) == (speaker, cue)
