"""Claim and speaker rules narrowed to what they were meant for: a base only
when it is a known place, "countered" only before its own clause, a joined
passive given to a subordinate subject only when number shows it, and "the
agency" left unresolved when an unnamed agency is in view. The sentences
are written in the manner of news articles; none is read from the shared
data sets."""

from __future__ import annotations

import pytest

from summarizer.claims import extract_claims

from .claim_helpers import described, only


# Rule `where_it_is_based_is_no_part_of_the_speaker`, with `_place_it_is_based_start`
@pytest.mark.parametrize(("text", "speaker"), [
    ("The Paris-based International Energy Agency said demand would rise.", "International Energy Agency"),
    ("Jakarta-based Indonesian Corruption Watch said the funds were missing.", "Indonesian Corruption Watch"),
    ("A spokeswoman for the Fort Lauderdale-based Silversea Cruises said the firm was disappointed.",
     "A spokeswoman for the Silversea Cruises"),
])
def test_a_known_place_it_is_based_is_cut(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker, described(text)


@pytest.mark.parametrize(("text", "speaker"), [
    # near variants: "-based" after no place is a part of the body's name
    ("The Plant-based Foods Association said sales rose.", "Plant-based Foods Association"),
    ("The Web-based Services Group said sales rose.", "Web-based Services Group"),
    ("The Cloud-based Software Alliance said sales rose.", "Cloud-based Software Alliance"),
    ("The Community-Based Care Coalition said the program would close.", "Community-Based Care Coalition"),
])
def test_what_a_body_is_based_on_stays_in_its_name(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker, described(text)


# Rule `countered_needs_its_clause_straight_after` (+straight in cues.txt)
@pytest.mark.parametrize(("text", "content"), [
    ("Anti-abortion supporters countered that their First Amendment rights were violated.",
     "their First Amendment rights were violated"),
    ("The mayor countered that the plan would cost too much.", "the plan would cost too much"),
    ("Officials countered that prices had already fallen.", "prices had already fallen"),
    ("The Justice Department countered that since every American will need medical care, no one chooses.",
     "since every American will need medical care, no one chooses"),
])
def test_countered_before_its_clause_is_a_claim(text: str, content: str) -> None:
    assert only(text).content == content, described(text)


@pytest.mark.parametrize("text", [
    # near variants: "with" before the clause, and "that" as a determiner
    "Ali countered with a right that dropped Frazier.",
    "Mayweather countered that right hand all night.",
    "She countered that claim with new data.",
    "The city countered with an offer that the union rejected.",
])
def test_countered_with_no_clause_of_its_own_is_an_act(text: str) -> None:
    assert described(text) == []


def test_countered_after_a_quotation_is_still_a_claim() -> None:
    claim = only('"We never agreed to that," the mayor countered.')
    assert claim.cue == "counter" and claim.content == '"We never agreed to that,"'


# Rule `joined_passive_agrees_with_its_subject`
def test_plural_passive_after_a_plural_inner_subject_is_not_the_guards() -> None:
    text = "The guard watched as the prisoners escaped and are believed to have fled north."
    assert only(text).content == "to have fled north"


@pytest.mark.parametrize(("text", "content"), [
    # near variants: nothing in number tells the inner subject owns the passive
    ("He waited while the doctors operated and is believed to have slept.", "He is believed to have slept"),
    ("The senator resigned after the scandal broke and is believed to have left the country.",
     "The senator is believed to have left the country"),
    ("The boy screamed as the dog attacked and is believed to have been bitten.",
     "The boy is believed to have been bitten"),
    ("She watched as the man fled and is believed to have called the police.",
     "She is believed to have called the police"),
])
def test_joined_passive_keeps_the_sentences_subject_unless_number_tells(text: str, content: str) -> None:
    assert only(text).content == content, described(text)


# Rule `unnamed_agency_in_view_is_another_body` (with `administration_near_is_the_agency`)
def _agency_said(text: str) -> tuple[str, str | None]:
    claim = extract_claims(text)[-1]  # '"We added staff," the agency said.'
    assert claim.content == '"We added staff,"'
    return claim.speaker_kind, claim.speaker if claim.speaker_kind != "unresolved" else None


def test_an_unnamed_agency_in_view_leaves_the_agency_unresolved() -> None:
    text = ("The Transportation Security Administration said lines were long. A travel agency in Boston "
            'said bookings fell. "We added staff," the agency said.')
    assert _agency_said(text) == ("unresolved", None)


def test_the_administration_alone_in_view_is_still_the_agency() -> None:
    # near variant: no other agency is written in the sentences in view
    text = ('The Transportation Security Administration said lines were long. Travellers waited for hours. '
            '"We added staff," the agency said.')
    assert _agency_said(text) == ("organisation", "Transportation Security Administration")


def test_the_agency_written_before_still_points_to_the_administration() -> None:
    # near variant: "the agency" written in view points back; it names no other body
    text = ("The Transportation Security Administration said travelers believe the agency is moving in the "
            'right direction. "We added staff," the agency said.')
    assert _agency_said(text) == ("organisation", "Transportation Security Administration")
