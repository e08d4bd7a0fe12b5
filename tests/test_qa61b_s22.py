"""Claims findings of QA round 61 (qa61b-s22): a readout and a centre as
sources, a time phrase after an opening adverb, a name holding "Will", an
acronym alias, a body named by its apposition, a contracted verb in the
source, a participle of a "with" absolute, a list of hearers and a "that"
after a naming cue. Each rule has a sentence of the kind fixed and a near
variant that stays as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only


# source_nouns.txt documents: readout (955 s19-s20)
def test_a_readout_with_stated_is_a_documents_claim() -> None:
    text = ('Biden spoke with Yanukovych on Monday. "The vice president urged President Yanukovych to pull '
            'back riot police," a White House readout of the call stated.')
    claim = only(text)
    assert claim.speaker == "a White House readout of the call"
    assert claim.cue == "state"


def test_a_bare_noun_before_stated_is_still_no_source() -> None:
    text = '"The vice president urged restraint," the call stated.'
    assert extract_claims(text) == []


# source_nouns.txt bodies: center (568 s15), and rule `fronted_time_after_a_sentence_adverb`
def test_the_center_reported_after_an_opening_adverb_and_a_time() -> None:
    text = ("Forecasters watch the sun. Nonetheless, last week the center reported that the sun had produced "
            "a flare.")
    claim = only(text)
    assert claim.speaker_span is not None and claim.speaker_span.text == "the center"
    assert claim.content == "the sun had produced a flare"


def test_a_time_after_an_opening_place_is_left_as_it_was() -> None:
    text = "Forecasters watch the sun. In Boulder, last week the center said that the sun had produced a flare."
    claim = only(text)
    assert claim.speaker_span is not None and claim.speaker_span.text == "last week the center"


# Rule `auxiliary_word_inside_a_name_is_no_verb` (963 s10)
def test_a_possessive_subject_with_a_name_holding_will_speaks() -> None:
    text = ("Protesters gathered in Caracas. Lopez's party, Popular Will, has accused the government of being "
            "responsible for violence during the protests.")
    claim = only(text)
    assert claim.speaker == "Popular Will"
    assert claim.cue == "accuse"


def test_a_lower_case_will_in_the_aside_is_still_a_verb() -> None:
    text = "Lopez's party, which will meet today, said the government was responsible."
    claim = only(text)
    assert claim.speaker_span is not None and claim.speaker_span.text == "Lopez's party"


# Rule `body_description_named_by_its_apposition` (963 s11)
def test_the_party_after_its_apposed_name_is_that_body() -> None:
    text = ("Lopez's party, Popular Will, has accused the government. On Monday, the party said troops had "
            "raided its headquarters.")
    assert [(c.speaker, c.speaker_kind) for c in extract_claims(text)] == [
        ("Popular Will", "organisation"), ("Popular Will", "organisation")]


@pytest.mark.parametrize("first", [
    "Popular Will has accused the government.",
    "Lopez's party, Popular Will, and Maduro's party, Socialist Unity, have clashed.",
])
def test_the_party_with_no_single_apposed_name_stays_as_written(first: str) -> None:
    text = first + " On Monday, the party said troops had raided its headquarters."
    said = [c for c in extract_claims(text) if c.cue == "say"]
    assert [(c.speaker, c.speaker_kind) for c in said] == [("the party", "unresolved")]


# Rule `acronym_alias_names_the_subject` (955 s36)
def test_an_acronym_alias_after_a_long_description_is_the_source() -> None:
    text = ("His announcement was greeted by loud cheers from the crowd -- but his Ukrainian Democratic "
            "Alliance for Reforms party, or UDAR, said it was ready to continue negotiations.")
    claim = only(text)
    assert claim.speaker_span is not None and claim.speaker_span.text == "UDAR"
    assert claim.content == "it was ready to continue negotiations"


def test_a_lower_case_alternative_after_or_is_no_alias() -> None:
    text = "The mayor, or his aide, said it was ready to continue negotiations."
    claim = only(text)
    assert claim.speaker_span is not None and claim.speaker_span.text == "The mayor"


# Rule `contracted_verb_is_no_part_of_the_source` (955 s28)
def test_a_pronoun_with_a_contracted_verb_shows_the_pronoun_alone() -> None:
    text = "Protesters filled the square. They're also calling for changes to the country's constitution."
    claim = only(text)
    assert claim.speaker_span is not None and claim.speaker_span.text == "They"
    assert claim.cue == "call for"


def test_a_possessive_name_keeps_its_ending_in_the_source() -> None:
    text = "Draper's lawyer said the plan would fail."
    claim = only(text)
    assert claim.speaker_span is not None and claim.speaker_span.text == "Draper's lawyer"


# Rule `participle_joined_to_a_with_absolute_is_not_the_subjects` (984 s17)
def test_a_participle_joined_to_a_with_absolute_is_no_claim_of_the_subject() -> None:
    text = ("The country has been wracked with protests throughout the year, with demonstrators and rival "
            "factions demanding the departure of Saleh and calling for elections.")
    assert all(c.speaker_span is None or c.speaker_span.text != "The country" for c in extract_claims(text))


def test_joined_participles_with_no_with_absolute_stay_the_subjects() -> None:
    text = ("The opposition has led protests throughout the year, demanding the departure of Saleh and calling "
            "for elections.")
    claims = extract_claims(text)
    assert claims and all(c.speaker_span is not None and c.speaker_span.text == "The opposition" for c in claims)


# Rule `listed_hearers_stay_whole` (520 s9)
def test_a_list_of_hearers_stays_whole_in_the_content() -> None:
    text = ('Akhmetov also assured Brazilians Douglas Costa, Fred, Dentinho, Alex Teixeira and Facundo Ferreyra '
            'of Argentina they have "nothing to fear".')
    assert only(text).content == ('Brazilians Douglas Costa, Fred, Dentinho, Alex Teixeira and Facundo Ferreyra '
                                  'of Argentina they have "nothing to fear"')


def test_one_hearer_with_an_apposition_is_still_left_out() -> None:
    text = "Akhmetov told Smith, the team doctor, that they have nothing to fear."
    assert only(text).content == "they have nothing to fear"


# Rule `that_after_a_naming_cue_is_a_demonstrative` (963 s2)
def test_that_after_a_naming_cue_stays_in_the_content() -> None:
    text = ('The State Department rejected the charge, calling that claim "baseless and false" and saying it '
            'had not been told.')
    calling = [c for c in extract_claims(text) if c.cue == "call"]
    assert [c.content for c in calling] == ['that claim "baseless and false"']


def test_that_after_said_still_opens_the_clause() -> None:
    assert only("The minister said that the plan was false.").content == "the plan was false"
