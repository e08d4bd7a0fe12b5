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


# `panel` is a body that reports (source_nouns.txt; CNN dev 677 s0)
def test_a_panel_reporting_after_its_content_is_the_speaker() -> None:
    text = ('Abuses reveal a portrait of a brutal state "that does not have any parallel in the contemporary '
            'world," a United Nations panel reported Monday.')
    claim = only(text)
    assert (claim.source_as_written, claim.cue) == ("a United Nations panel", "report"), described(text)


def test_a_panel_reported_to_is_no_claim() -> None:
    assert extract_claims("The senator reported the incident to the panel on Monday.") == []


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
