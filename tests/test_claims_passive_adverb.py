"""Rules `passive_past_an_adverb` and `participle_after_a_determiner_is_a_noun`
(a police report on a real page: "The accused is then alleged to have flung
two stones at the police inspector" was shown as a claim the accused made)."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only


@pytest.mark.parametrize("adverb", ["then", "also", "later", "reportedly", "not"])
def test_an_adverb_inside_a_passive_keeps_the_subject_from_being_the_source(adverb: str) -> None:
    for claim in extract_claims(f"The suspect is {adverb} alleged to have flung two stones at the officer."):
        assert claim.speaker != "The suspect"


def test_told_with_an_adverb_is_still_told_to_the_subject() -> None:
    assert all(c.speaker != "Smith" for c in extract_claims("Smith was also told that the plant would close."))


def test_an_adverb_in_an_active_cue_changes_nothing() -> None:
    assert only("She has repeatedly said the plant would close.").speaker == "She"
    assert only("He then said the plant would close.").speaker == "He"


@pytest.mark.parametrize("noun", ["accused", "injured", "deceased"])
def test_a_participle_after_the_is_part_of_the_source(noun: str) -> None:
    for claim in extract_claims(f"The {noun} said they had waited for hours at the station."):
        assert claim.speaker_span is None or claim.speaker_span.text == f"The {noun}"


def test_the_then_president_is_one_source() -> None:
    span = only("The then president said the plant would close.").speaker_span
    assert span is not None and span.text == "The then president"


def test_the_agent_ends_a_passive_that_introduces_no_content() -> None:
    # Rule `agent_ends_a_passive`: what follows the agent is the writer's next clause.
    text = ("The proposal was generally supported by those in attendance and in his contribution to the "
            "discussions, Dr Mitchell suggested an even broader annual initiative.")
    claims = extract_claims(text)
    assert all("Mitchell" not in c.content for c in claims)
    assert [c.content for c in claims if c.cue == "suggest"] == ["an even broader annual initiative"]
