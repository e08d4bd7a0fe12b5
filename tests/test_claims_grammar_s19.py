"""Claim grammar of session 19 (reader tests on CNN-Corpus dev): wrong or
junk speakers and cues. Each kind has a sentence it changes and a near
variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described, only


# Rule `bracketed_acronym_inside_a_name` (CNN dev 677 s1)
@pytest.mark.parametrize("text", [
    'Leaders terrorize "the population into submission," the United Nations Commission of Inquiry on Human '
    'Rights (COI) in North Korea said in its report.',
    "The International Atomic Energy Agency (IAEA) in Vienna said Iran had complied.",
])
def test_a_bracketed_acronym_stays_inside_the_name(text: str) -> None:
    claim = only(text)
    assert claim.speaker is not None and claim.speaker.endswith(("Human Rights", "Energy Agency")), described(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Rep. Jim Jordan (R-Ohio) said the inquiry was a sham.", "Jim Jordan"),
    ("British Virgin Islands (BVI) Governor John Rankin Thursday called for calm after officials arrested "
     "the premier.", "John Rankin"),
])
def test_a_bracket_with_no_acronym_or_before_a_title_still_ends_the_phrase(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker, described(text)


# Rule `fronted_event_is_no_source` (CNN dev 677 s22)
@pytest.mark.parametrize(("text", "source"), [
    ("During the compilation of the report one witness, a survivor of a North Korean prison camp, told the "
     "commission of seeing a guard beat a woman.", "one witness"),
    ("After the death of his son the father said the police had failed.", "the father"),
])
def test_a_fronted_event_is_no_source(text: str, source: str) -> None:
    assert only(text).source_as_written == source, described(text)


@pytest.mark.parametrize(("text", "source"), [
    ("During the hearing the judge said the case was weak.", "the judge"),
    ("The death of his son, the father said, was a blow.", "the father"),
])
def test_no_fronted_event_leaves_the_subject(text: str, source: str) -> None:
    assert only(text).source_as_written == source, described(text)


# Rules `reduced_passive_with_its_time_is_in_the_subject`, `noun_before_a_participle_stays`
@pytest.mark.parametrize("text", [
    "A suit filed Monday names the city and two officers and alleges that they used excessive force.",
    "A suit filed Monday alleges that officers used excessive force.",
])
def test_a_document_with_its_participle_and_time_is_the_whole_source(text: str) -> None:
    claim = only(text)
    assert claim.source_as_written == "A suit filed Monday" and claim.speaker in (None, "A suit filed Monday"), \
        described(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("A clearly irritated Obama interrupted his speech, saying the crowd was rude.", "Obama"),
    ("Trump turns to Twitter and says the vote was rigged.", "Trump"),
    ("The ministry on Friday said the vote was rigged.", "The ministry"),
])
def test_a_name_after_a_participle_and_a_time_after_a_subject_stay(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker, described(text)


# Rule `participle_before_an_infinitive_is_no_cue` (CNN dev 974 s28)
def test_a_participle_known_to_is_no_cue_and_ends_no_subject() -> None:
    text = "A statement posted on websites known to carry messages from al Qaeda said the leaders escaped."
    claim = only(text)
    assert (claim.source_as_written, claim.cue) == ("A statement", "say"), described(text)


@pytest.mark.parametrize("text", [
    "Health experts have known for a long time that mercury causes damage.",
    "Officials have long known that the dam was weak.",
])
def test_known_with_a_clause_stays_a_cue(text: str) -> None:
    assert only(text).cue == "know", described(text)


# Rules `noun_before_a_participle_stays`, `time_before_that_is_no_content`, soldiers as people (CNN dev 642 s9)
def test_a_group_with_its_participle_phrase_is_the_source() -> None:
    text = ("Former soldiers involved in the operations asserted to CNN this week that at least six soldiers "
            "were killed in the search for Bergdahl.")
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == ("Former soldiers involved in the operations", "unnamed"), \
        described(text)
    assert claim.content.startswith("at least six soldiers"), described(text)


@pytest.mark.parametrize(("text", "source"), [
    ("A statement posted on the website GunBroker.com said listings are user generated.", "A statement"),
    ("But numerous military veterans interviewed at Trump rallies this week, including Mr. Jebens, said they "
     "had no problem with Mr. Trump.", None),
])
def test_a_document_or_a_group_with_its_examples_is_not_widened(text: str, source: str | None) -> None:
    claim = only(text)
    if source is None:
        assert claim.speaker != "Jebens" and "Jebens" not in (claim.source_as_written or ""), described(text)
    else:
        assert claim.source_as_written == source, described(text)


def test_a_time_that_is_the_contents_subject_stays() -> None:
    text = "Officials said this week was the worst of the war."
    assert only(text).content == "this week was the worst of the war", described(text)


# Rule `joined_cue_without_its_speaker_is_unresolved` (reader test s19)
MAYOR = "Mayor John Smith said the city would rebuild the bridge.\n\n"


def test_he_joined_after_a_group_is_unresolved() -> None:
    text = MAYOR + "Officials said the road was closed, and he said it would reopen Friday."
    last = extract_claims(text)[-1]
    assert (last.speaker_kind, last.content) == ("unresolved", "it would reopen Friday"), described(text)


@pytest.mark.parametrize(("second", "speaker"), [
    ("Smith said the road was closed, and he said it would reopen Friday.", "John Smith"),
    ("Officials said John Brown was hurt, and he said he would recover.", "John Brown"),
])
def test_he_joined_after_someone_he_may_be_keeps_the_speaker(second: str, speaker: str) -> None:
    text = MAYOR + second
    assert extract_claims(text)[-1].speaker == speaker, described(text)


# Rule `named_law_is_no_speaker` (web newrepublic)
@pytest.mark.parametrize("text", [
    "The Volcker Rule, for example, sought to ban banks from proprietary trading.",
    "The American Health Security Act of 2009, introduced by Sanders during the debate, proposed a national "
    "health-insurance system.",
])
def test_a_named_law_is_no_speaker(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ('The Sanctity of Human Life Act states that "human life shall be deemed to begin with fertilization."',
     "Sanctity of Human Life Act"),
    ("Steven Law argued that the party was safe.", "Steven Law"),
])
def test_a_law_quoted_or_a_person_named_law_stays(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker, described(text)


# act_readings.txt `support`: sponsoring works, shows or buildings (web observer LVMH)
def test_supporting_renovations_is_an_act() -> None:
    text = ("The billionaire's company has also supported more than 60 major art exhibitions in France, in "
            "addition to supporting various renovations at the Chateau de Versailles.")
    assert extract_claims(text) == [], described(text)


def test_supporting_a_plan_stays_a_stance() -> None:
    text = "The company has also supported the plan to renovate the museum."
    assert only(text).cue == "support", described(text)


# Rule `phrase_ends_on_no_bare_determiner` (CNN dev 456 s18, Sid Caesar)
def test_two_writers_before_in_the_stay_one_joint_source() -> None:
    text = ('"Caesar could take on many roles," wrote Tim Brooks and Earle Marsh in the reference "The Complete '
            'Directory," calling him a "comic genius."')
    assert {c.speaker for c in extract_claims(text)} == {"Tim Brooks and Earle Marsh"}, described(text)


def test_a_phrase_opening_the_sentence_before_in_the_stays() -> None:
    text = 'Once in my early 20s, when my mother mentioned the devil, I laughed and said, "I don\'t believe it."'
    assert all(c.source_as_written != "Once" for c in extract_claims(text)), described(text)
