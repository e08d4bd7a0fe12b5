"""Contents that run on into the writer's words (claims2-s17 brief: QA
rounds 49 and 50, web test s17). Each rule has a sentence of the kind it
fixes and a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described, only


# Rule `relative_after_the_agent_is_the_writers` (rules.passive_attribution; QA 50 K2, 491 s2)
@pytest.mark.parametrize("text", [
    "His death was reported by the BBC, which aired many of his shows, and by Al Jazeera English,"
    " where he also worked.",
    "The merger was confirmed by Reuters, which first broke the story on Monday.",
])
def test_a_relative_clause_on_the_agent_is_no_part_of_the_passive_claim(text: str) -> None:
    # "The merger" alone names no statement and is dropped as an act: no claim is safe too
    assert all(c.content in ("His death", "The merger") for c in extract_claims(text)), described(text)
    assert described(text)[:1] in ([], [("BBC", "report", "His death")])


@pytest.mark.parametrize(("text", "content"), [
    ("His death was reported by the BBC.", "His death"),
    # no subject to claim: the "that" clause after the aside is still the agent's, as before
    ("It was reported by the BBC, which aired his shows, that he had died.", "he had died"),
])
def test_other_passives_with_an_agent_stay_as_they_were(text: str, content: str) -> None:
    assert only(text).content == content


# Rule `reduced_relative_source_is_no_speaker` (rules._reduced_relative_source; QA 50 K3, 576 s0)
@pytest.mark.parametrize("text", [
    "Virtual reality, the emerging 3D technology many expect to be the next quantum leap in the video"
    " gaming world, just got a little more real.",
    "Sony has rolled out Project Morpheus, a virtual reality system it says will pair with its console.",
])
def test_a_noun_and_the_subject_of_its_relative_clause_are_no_speaker(text: str) -> None:
    assert described(text) == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Many expect the technology to be the next leap.", "Many", "the technology to be the next leap"),
    ("The leaders all expect to win.", "The leaders", "to win"),
    ("The company spokesman expects to announce a deal.", "The company spokesman", "to announce a deal"),
])
def test_a_subject_that_expects_stays_the_speaker(text: str, speaker: str, content: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content) == (speaker, content)


# Rule `and_after_a_comma_goes_on_in_the_fronted_clause` (grammar.fronted_clause_end; QA 49 K1, 389 s29)
@pytest.mark.parametrize(("text", "content"), [
    ("But as Russia continues to supply the regime with weapons, and Putin writes a piece in the New York"
     " Times questioning the strikes, the baggage continues to pile up.",
     "a piece in the New York Times questioning the strikes"),
    ("As the rebels advanced, and Smith said the city would fall, the army retreated.", "the city would fall"),
])
def test_an_as_clause_joined_by_and_still_ends_at_its_own_comma(text: str, content: str) -> None:
    assert only(text).content == content


def test_a_cue_in_the_main_clause_after_a_fronted_clause_stays_as_it_was() -> None:
    claim = only("As the rebels advanced, Smith said the city would fall.")
    assert (claim.speaker, claim.content) == ("Smith", "the city would fall")


# Rule `but_clause_after_an_object_is_the_writers` (grammar._writers_clause_after_an_object; QA 49 K3, 769 s0)
@pytest.mark.parametrize("text", [
    "Iran's president is denouncing ISIS in strong terms, but even in firm opposition he's hardly"
    " embracing the U.S.-led military effort.",
    "Smith denounced the attack as cowardly, but the violence continued.",
    "Obama had proposed paying for the tax cuts by raising taxes on the wealthiest Americans, but the"
    " Republicans who control Congress refused.",
])
def test_a_but_clause_with_its_own_subject_after_an_object_is_no_part_of_the_claim(text: str) -> None:
    for claim in extract_claims(text):
        assert "but" not in claim.content.split(), described(text)


@pytest.mark.parametrize(("text", "content"), [
    ("Smith called the plan bold, but flawed.", "the plan bold, but flawed"),
    ("Smith denounced the attack, but not the attackers.", "the attack, but not the attackers"),
    ("The Ohio governor said the U.S. needs to secure the border, but that he would not support mass"
     " deportation.", "the U.S. needs to secure the border, but that he would not support mass deportation"),
    ("Trump has also called for immediately deducting capital investments, but on an even wider scale.",
     "deducting capital investments, but on an even wider scale"),
])
def test_a_but_phrase_with_no_clause_of_its_own_stays_in_the_claim(text: str, content: str) -> None:
    assert only(text).content == content


# Rule `time_clause_before_the_speaker_is_no_content` (rules._ends_with_a_time_clause) and the
# medium "into the microphone" (claim_grammar.txt media; web test s17, thenervousbreakdown s7)
@pytest.mark.parametrize("text", [
    "A few singers later some tone-deaf fraggle got up and, as the first licks from his chosen song"
    " \u201cBarracuda\u201d escaped the speakers, he said into the microphone,"
    " \u201cHere\u2019s a real Heart song.\u201d",
    "As the music started, he said into the microphone, \u201cHere\u2019s a real Heart song.\u201d",
])
def test_narration_before_a_quotation_is_not_the_speakers(text: str) -> None:
    assert only(text).content == "\u201cHere\u2019s a real Heart song.\u201d"


def test_a_quotation_after_a_medium_by_phone_is_the_claim() -> None:
    assert only("Smith told CNN by phone, \u201cWe will win.\u201d").content == "\u201cWe will win.\u201d"


@pytest.mark.parametrize(("text", "content"), [
    ("Smith told CNN by phone he would run.", "he would run"),
    ("The economy is great, Trump boasted, \u201cThat makes me smart.\u201d",
     "The economy is great \u201cThat makes me smart.\u201d"),
])
def test_other_contents_around_a_medium_or_a_quotation_stay_as_they_were(text: str, content: str) -> None:
    assert only(text).content == content
