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
