"""Junk claims found by QA round 24 (held-out CNN articles and web pages):
acts, stances on a noun phrase and the writer's forecasts shown as "who said
what". Each rule added to summarizer.claims.junk (JUNK_RULES,
junk_readings.txt, act_readings.txt) has a sentence of the kind it drops and
a near variant that must stay a claim."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described, only


# Rule `act_object_is_no_claim` (act_readings.txt thank: *, learn: @of, expect: @it)
@pytest.mark.parametrize("text", [
    "He thanked officers for their quick response.",
    "CNN first learned of the shooting through reports on Twitter.",
    "The mayor said there is no set time frame, but citizens expect it before midnight local time.",
])
def test_thanking_learning_of_and_awaiting_are_acts(text: str) -> None:
    assert [c for c in extract_claims(text) if c.cue in ("thank", "learn", "expect")] == [], described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("The police learned that the suspect had fled to Mexico.", "learn"),
    ("Analysts expect it to pass the Senate next week.", "expect"),
])
def test_a_clause_after_the_same_cue_stays_a_claim(text: str, cue: str) -> None:
    assert any(c.cue == cue for c in extract_claims(text)), described(text)


def test_thanks_with_words_keep_the_words() -> None:
    text = '"You kept our children safe," the principal said, thanking the teachers.'
    assert [(c.cue, c.content) for c in extract_claims(text)] == [("say", '"You kept our children safe,"')]
    text = 'He thanked officers, saying "they saved lives today."'
    assert any("saved lives today" in c.content for c in extract_claims(text)), described(text)


# Rule `stance_on_a_bare_noun_phrase_is_no_claim` (stance_cues denounce defend; reason_prepositions)
@pytest.mark.parametrize("text", [
    "The state affiliate of the nation's other teachers union also denounced the court ruling.",
    "The president's speech Saturday defended the decision to remove the subsidy.",
    "Bachmann criticized her rival's support of the vaccine for girls.",
])
def test_a_stance_on_a_noun_phrase_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("The union denounced the ruling as an attack on teachers.", "denounce"),
    ("The minister defended the decision, saying it would save billions.", "say"),
    ("Bachmann criticized her rival for supporting the vaccine.", "criticize"),
    ("Rubio criticized the president's intervention in Libya for leaving the country in worse shape.",
     "criticize"),
])
def test_a_stance_with_a_judgment_or_a_reason_stays_a_claim(text: str, cue: str) -> None:
    assert any(c.cue == cue for c in extract_claims(text)), described(text)


# Rule `responding_by_an_act_is_no_claim`: a response made by an act
@pytest.mark.parametrize("text", [
    "Police have responded forcefully by making many arrests, an effort that has contributed to one death.",
    "Moscow responded by easing stiff sanctions and providing aid.",
])
def test_a_response_by_an_act_is_no_claim(text: str) -> None:
    assert [c for c in extract_claims(text) if c.cue == "respond"] == [], described(text)


@pytest.mark.parametrize("text", [
    "The governor responded by saying the curfew would be lifted on Monday.",
    "Trump responded by using the example of Chicago to prove that gun control is not the solution.",
])
def test_a_response_by_speaking_stays_a_claim(text: str) -> None:
    assert extract_claims(text), described(text)


# Rule `medium_is_no_content`: where something was said, and nothing after it
def test_a_medium_alone_is_no_content() -> None:
    text = "The education secretary asked on his Twitter account."
    assert extract_claims(text) == [], described(text)
    claim = only("The education secretary asked on his Twitter account whether the schools were safe.")
    assert claim.cue == "ask" and "schools were safe" in claim.content


# Rule `abstract_subject_is_no_speaker` (history, capitalised at the start of a sentence)
def test_history_is_no_speaker() -> None:
    text = "History tells us that our sons still don't have the presumption of innocence."
    assert extract_claims(text) == [], described(text)
    assert only("The historian tells us that our sons still lack the presumption of innocence.").cue == "tell"


# Rule `future_progressive_is_a_prediction`: the writer's forecast
def test_a_future_progressive_cue_is_a_prediction() -> None:
    text = ("As the procedures improve, hospitals will increasingly be asking the question: "
            "Would you like to donate your face?")
    assert [c for c in extract_claims(text) if c.cue == "ask"] == [], described(text)
    assert only("Hospitals are asking the families whether they would donate.").cue == "ask"
    assert only("Trump will be reminding voters every day that the decisions were wrong.").cue == "remind"


# Rule `supposed_group_stance_is_the_writers`: a modal guess at what a whole group thinks
@pytest.mark.parametrize("text", [
    "Granted, most Republicans would have surely preferred a champion who tweeted with more discretion.",
    "GOP voters might want health insurers to provide affordable coverage to people with preexisting conditions.",
    "Liberals can acknowledge the contingency of their immunity to the movement.",
])
def test_a_supposed_stance_of_a_group_is_the_writers(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Most Republicans preferred a champion who tweeted with more discretion.", "prefer"),
    ("GOP voters say they might want insurers to cover preexisting conditions.", "say"),
    ("The senator might want insurers to cover preexisting conditions.", "want"),
])
def test_a_groups_stance_without_a_modal_or_a_persons_stays_a_claim(text: str, cue: str) -> None:
    assert any(c.cue == cue for c in extract_claims(text)), described(text)


# Rule `writers_first_person_is_no_claim`: the source span may hold the negation ("we cannot")
def test_the_writers_negated_first_person_is_no_claim() -> None:
    text = "If our software has not blinded us to his depravity, we cannot claim to be the sole authors of our clarity."
    assert extract_claims(text) == [], described(text)
    assert only('"We cannot claim to be the sole authors of this," the mayor said.').speaker == "the mayor"
