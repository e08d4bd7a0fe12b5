"""Junk claims found by QA round 54 (junk2-s19): feature and opinion pieces
whose aims, plans and circumstances were read as speech, and nouns or
modifiers read as cues. Each case has a sentence of the kind dropped and a
near variant that stays a claim."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import cues, described


# act_readings.txt `observe: day ...` (a listed time word now heads the object) and `know: @about`
@pytest.mark.parametrize(("text", "cue"), [
    ("As the United Nations observes World Water Day on Saturday, it's fitting that the biggest water "
     "research and innovation hubs are scattered around the globe.", "observe"),
    ("But not everyone in China knows about the occupation of Hong Kong's central districts.", "know"),
])
def test_keeping_a_day_or_knowing_of_a_thing_is_no_claim(text: str, cue: str) -> None:
    assert cue not in cues(text), described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("The United Nations observed that the day had passed quietly.", "observe"),
    ("Everyone in China knows that the occupation is illegal.", "know"),
])
def test_observing_or_knowing_a_clause_stays(text: str, cue: str) -> None:
    assert cue in cues(text), described(text)


# Rule `plural_cue_noun_before_a_phrase_and_its_verb_is_no_cue`
def test_a_plural_cue_noun_before_a_phrase_and_its_verb_is_no_cue() -> None:
    text = "Conspiracy charges in Venezuela are punishable by up to 10 years in prison."
    assert extract_claims(text) == [], described(text)
    assert cues("Prosecutors charge in court papers that the men are guilty.") == ["charge"]


# Rule `participle_after_a_bare_plural_subject_is_a_modifier`
def test_a_participle_after_a_bare_plural_subject_is_a_modifier() -> None:
    text = "Groups supporting same-sex marriage applauded the Arkansas ruling."
    assert extract_claims(text) == [], described(text)
    assert cues("Groups applauded the ruling, saying it protected equal rights.") == ["say"]


# Rule `ruling_on_a_case_is_no_claim`
def test_ruling_on_a_case_is_no_claim() -> None:
    text = ("Jacobson ruled on a lawsuit that six same-sex couples and their children, as well as gay-rights "
            "group Garden State Equality, filed against the state.")
    assert extract_claims(text) == [], described(text)
    assert described("Jacobson ruled on Friday that the ban was unconstitutional.") == [
        ("Jacobson", "ruled", "the ban was unconstitutional")]


# Rule `reference_participle_is_no_claim`
def test_a_participle_pointing_elsewhere_in_the_text_is_no_claim() -> None:
    text = ("Same-sex marriage is banned in every state not mentioned above, except for New Mexico, which has "
            "no laws banning or allowing it.")
    assert extract_claims(text) == [], described(text)
    assert cues("The governor mentioned that the state had no such law.") == ["mention"]


# Rule `cue_joined_to_a_plan_is_the_plan`
def test_a_cue_joined_to_a_plan_is_the_plan() -> None:
    text = ("To this end, Obama plans to use his address to build popular support, and also press for specific "
            "proposals to address income inequality.")
    assert extract_claims(text) == [], described(text)
    assert described("Obama plans to use his address, and aides press for specific proposals.") == [
        ("aides", "press for", "specific proposals")]


# Rule `aiming_to_win_is_no_claim`
@pytest.mark.parametrize("text", [
    "In Europe, for instance, UK Labour Party Leader Ed Miliband hopes to win office next year on a platform "
    "of voter discontent.",
    "And, in New Zealand, Labour Party Leader David Cunliffe hopes to seize power by exploiting economic "
    "inequality issues.",
])
def test_aiming_to_win_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize("text", [
    "UK Labour Party Leader Ed Miliband hopes to cut energy bills next year.",
    "Ed Miliband hopes voters will punish the government.",
])
def test_hoping_for_another_thing_stays(text: str) -> None:
    assert cues(text) == ["hope"], described(text)


# Rule `learning_in_a_time_clause_is_no_claim`
def test_learning_in_a_time_clause_is_no_claim() -> None:
    text = "Hendricks says her heart broke when she learned he was in custody."
    assert cues(text) == ["say"], described(text)
    assert cues("She learned he was in custody.") == ["learn"]
    assert cues("The Post has learned that the deal is off.") == ["learn"]


# Rule `cue_in_an_asked_question_is_no_claim`
def test_a_cue_in_an_asked_question_is_no_claim() -> None:
    text = ('When asked how he felt seeing images of children shot, al-Assad told the Times, "Like any other '
            'Syrian, of course I feel pain and sorry."')
    assert cues(text) == ["tell"], described(text)
    assert cues("He felt the plan was unfair.") == ["feel"]


def test_a_participle_after_a_plural_subject_inside_the_sentence_stays() -> None:
    text = ("Clinton and Sanders are locked in a tight race, with polls showing Clinton's once formidable lead "
            "having evaporated.")
    assert "show" in cues(text), described(text)


# Rule `plural_thing_before_people_is_no_speaker`
def test_a_plural_thing_before_people_is_no_speaker() -> None:
    text = ("Eventually, the fruits and vegetables people expect to get in grocery stores won't be there, or "
            "they'll be much more expensive.")
    assert "expect" not in cues(text), described(text)
    assert cues("Grocers expect to get fewer vegetables this year.") == ["expect"]
    assert cues("While his advisers have suggested his role is larger, Obama said nothing.") == ["suggest", "say"]
