"""Junk claims found by the session 19 reader tests (web test s19, QA round
53): nouns and acts read as cues, and fragments read as speakers. Each case
has a sentence of the kind dropped and a near variant that stays a claim."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import cues, described


# act_readings.txt `write: code ...`, `confirm: @dead`, `defend: himself`, `call_for: help`,
# and the act's head read past a passive participle or a group part (rule act_object_is_no_claim)
@pytest.mark.parametrize("text", [
    "We needed to re-evaluate how we wrote inline JavaScript.",
    "Rick's team wrote most of the beta code before I joined.",
    "292 confirmed dead, 12 still missing.",
    "The verdict is certain, but the fact that he defended himself at all is highly unusual in the system.",
    "A television documentary prompted one of the victims to call for help.",
    "Women-only carriages and web applications to call for help discreetly all serve as small bandaids.",
    "Coinbase charges extra fees based on the account used in the transaction.",
    "Here is how Coinbase charges fees based on account type:",
])
def test_an_act_on_a_thing_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("The minister wrote that the code was flawed.", "write"),
    ("The minister wrote in a letter that the plan was dead.", "write"),
    ("Officials confirmed the dead included two children.", "confirm"),
    ("Rubio defended himself on Saturday for bailing on his own immigration bill.", "defend"),
    ("The senator called for calm after the vote.", "call for"),
    ("Coinbase charges that the regulator based its case on hearsay.", "charge"),
])
def test_a_statement_near_the_act_stays(text: str, cue: str) -> None:
    assert cue in cues(text), described(text)


# rule cue_noun_before_its_verb_is_no_cue, junk_readings.txt plural_noun_verbs
@pytest.mark.parametrize("text", [
    "Stop orders allow users to set a sell price to limit their losses.",
    "Extra charges apply to wire transfers.",
])
def test_a_plural_noun_before_its_verb_is_no_cue(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_an_order_given_stays() -> None:
    assert "order" in cues("The general orders troops to leave the city."), described("orders")


# rule fragment_is_no_source: a subordinator's clause, an indefinite antecedent
@pytest.mark.parametrize("text", [
    "But after U.S. calls for restraint were met with a crackdown on Morsy supporters, Obama canceled a "
    "joint military exercise and announced the review of all American aid to Egypt.",
    "Everything you think you know about dead skin cells is wrong.",
])
def test_a_fragment_is_no_source(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Everyone says the plan will fail.", "say"),
    ("In June 2009, after Clinton suffered a concussion, Axelrod emailed her condolences, telling her, "
     "\"you are an all-star player and we need you for the long run!\"", "tell"),
])
def test_a_source_near_the_fragment_stays(text: str, cue: str) -> None:
    assert cue in cues(text), described(text)


# rule citing_a_name_is_no_claim: a role before the cited name
def test_citing_an_official_by_name_is_no_claim() -> None:
    text = "A repair was under way, SANA said, citing communications official Bakr Bakr."
    assert cues(text) == ["say"], described(text)


def test_citing_unnamed_officials_stays() -> None:
    text = "SANA said, citing communications officials who asked not to be named."
    assert "cite" in cues(text), described(text)


# rule elliptical_infinitive_is_no_claim: "to be" with its complement left out
def test_wanting_it_to_be_is_no_claim() -> None:
    text = "In practice, the gallery is as open as the state wants it to be."
    assert extract_claims(text) == [], described(text)


def test_wanting_it_to_be_something_stays() -> None:
    assert "want" in cues("The state wants it to be open."), described("wants")


# rule reduced_relative_is_no_claim, junk_readings.txt raising_participles
def test_a_noun_believed_to_have_is_no_claim() -> None:
    text = "The officers are searching for Yoo, as well as suspects believed to have helped him avoid arrest."
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize("text", [
    "Police believed the suspects had fled.",
    "Two suspects are believed to have fled the country.",
])
def test_a_belief_stays(text: str) -> None:
    assert "believe" in cues(text), described(text)


# rule it_before_an_infinitive_is_no_source: "it helps to know"
def test_it_helps_to_know_is_no_claim() -> None:
    text = "It might help to know the verb means to place."
    assert extract_claims(text) == [], described(text)


def test_it_goes_on_to_say_stays() -> None:
    assert "say" in cues("It goes on to say the settlers would leave."), described("goes on")


# Rule `clause_after_but_is_no_content`
def test_a_clause_after_but_is_no_content() -> None:
    text = ("Rick: The beta test was something quick and easy that we could observe \u2013 but our dev team "
            "had to maintain two separate code bases. They were both React.")
    assert "observe" not in cues(text), described(text)


def test_a_content_going_on_with_but_stays() -> None:
    text = "He said the plan would work, but only if the banks agreed."
    assert cues(text) == ["say"], described(text)


# Rule `comment_clause_to_the_reader_is_no_claim`
def test_an_aside_to_the_reader_is_no_claim() -> None:
    text = ("Rick: That quickly turned into a love of Flash (which, I assure you, was super cool back then). "
            "A front end nerd was born.")
    assert "assure" not in cues(text), described(text)


def test_an_assurance_with_its_subject_stays() -> None:
    text = "Rick: I assure you, the plan will work. A front end nerd was born."
    assert "assure" in cues(text), described(text)


# Rule `writing_to_do_an_act_is_no_claim`, junk_readings.txt purpose_cues
def test_writing_to_do_an_act_is_no_claim() -> None:
    text = "We need to be more mindful of the CSS that we are writing to stay under the 75kb limit."
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize("text", [
    "He wrote to lawmakers urging them to vote.",
    "In 2010 he wrote to senior rebel commander Abu Salim, then head of operations, instructing him to wait.",
    "Ackman wrote to investors that the fund would recover.",
    "He wrote to the minister that the plan had failed.",
])
def test_writing_to_someone_stays(text: str) -> None:
    assert "write" in cues(text), described(text)


# rule abstract_subject_is_no_speaker, junk_readings.txt signal_subjects
def test_a_checking_tool_is_no_speaker() -> None:
    text = "The AMP validator reminds us to always be thinking about the user's experience."
    assert extract_claims(text) == [], described(text)


def test_a_person_reminding_stays() -> None:
    assert "remind" in cues("The editor reminds us to always be thinking about the reader."), described("editor")
