"""Rules narrowed to what they were meant for: a cue's particle, a name
opening a quotation with "my", a first name after a kin apposition."""

from __future__ import annotations

import pytest

from summarizer.claims import extract_claims


def _contents(text: str) -> list[tuple[str, str]]:
    return [(claim.cue_span.text, claim.content) for claim in extract_claims(text)]


@pytest.mark.parametrize("text", [
    "Mayor Ruiz warned out loud that the dam could burst.",
    "A spokesman said out of 200 applicants only three were hired.",
    "The airline said out of the 150 passengers, nine were injured.",
    "He said out of the blue that he was leaving the party.",
])
def test_out_opening_its_own_phrase_is_no_particle(text: str) -> None:
    (cue, content), = _contents(text)
    assert cue.split()[-1] != "out" and content.startswith("out ")


@pytest.mark.parametrize("text", [
    "Detectives found out on Monday that the gunman had escaped.",
    "Detectives found out later that the gunman had escaped.",
    "Detectives found out through the press that the gunman had escaped.",
    "Detectives found out that the gunman had escaped.",
])
def test_phrase_between_found_out_and_that_keeps_the_clause(text: str) -> None:
    assert _contents(text) == [("found out", "the gunman had escaped")]


def test_clause_straight_after_found_out_is_the_claim() -> None:
    assert _contents("He found out his brother had been arrested.") == [
        ("found out", "his brother had been arrested")]


@pytest.mark.parametrize("text", [
    "The governor took to Twitter to call out protesters.",
    "The mayor called out protesters who were blocking the road.",
    "She blasted out an email to donors.",
])
def test_particle_verb_with_an_object_alone_says_nothing(text: str) -> None:
    assert _contents(text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("Rubio called out Trump for insulting veterans.", "Trump for insulting veterans"),
    ("Warren Calls Out Pence For Dodging Questions", "Pence For Dodging Questions"),
    ("The doctor called out Garcinia cambogia as a useless pill.", "Garcinia cambogia as a useless pill"),
])
def test_call_out_with_a_charge_is_a_criticism(text: str, content: str) -> None:
    assert [c for _, c in _contents(text)] == [content]


def test_call_without_particle_nor_charge_stays_a_phone_call() -> None:
    assert _contents("Clinton called out Sanders on Tuesday.") == []
    assert _contents("Clinton called Sanders shortly afterwards.") == []


def _speakers(text: str) -> list[str | None]:
    return [claim.speaker for claim in extract_claims(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Sen. Mark Warner spoke to reporters on Monday. "Mark my words, the law will pass," he said.',
     "Mark Warner"),
    ('Actor Will Smith met fans in Miami. "Will my children ever forgive me?" he said.', "Will Smith"),
    ('Rep. Don Young spoke at the meeting. "Young voters are my priority," he said.', "Don Young"),
    ('Grace Meng spoke at the rally. "Grace under fire is what my father taught me," she said.',
     "Grace Meng"),
    ('Gina Lopez spoke at the rally. "Gina is my name and I am not afraid," she said.', "Gina Lopez"),
])
def test_quotation_opening_with_no_first_name_of_the_person_keeps_her(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


def test_quotation_opening_with_the_first_name_and_my_is_someone_else() -> None:
    text = ('Knight told the court that Gina DeJesus had saved her life. '
            '"Gina was my friend. She never let me give up," she said.')
    assert _speakers(text)[-1] != "Gina DeJesus"


def test_kin_apposition_of_no_one_named_in_full_keeps_the_first_name() -> None:
    assert _speakers("Trump's son, Eric, told reporters that the rally was huge.") == ["Eric"]


def test_kin_apposition_of_a_person_named_in_full_completes_the_name() -> None:
    text = "Bill Clinton spoke in Iowa. Clinton's husband, Bill, said that the senator was wrong."
    assert _speakers(text)[-1] == "Bill Clinton"


def test_stress_word_after_a_fronted_time_is_no_part_of_the_speaker() -> None:
    assert _speakers("Last month alone the agency said 90 people had been arrested.") == ["the agency"]


def test_fronted_time_without_stress_word_still_leaves_the_subject() -> None:
    assert _speakers("Last month the agency said 90 people had been arrested.") == ["the agency"]
