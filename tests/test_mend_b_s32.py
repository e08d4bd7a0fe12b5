"""Limits on rules of the brief and the Mentioned list that read too much: a dateline before a
body's name, a reaction lead to a market or an office, an alias that names an owner, two bodies
named in one sentence, "official" as an adjective, and a party whose name is an adjective."""

from __future__ import annotations

import pytest

from summarizer.brief import is_anonymous, is_reaction_lead
from summarizer.cleanup import dateline_length
from summarizer.mentions import find_mentions
from summarizer.model import ORGANISATION, PERSON, PLACE


def mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


# --- rule `upper_case_place_and_one_word_is_a_name`: a body after the place keeps the cut ---


@pytest.mark.parametrize(("text", "place"), [
    ("LONDON Police arrested two men after the raid on Friday.", "LONDON "),
    ("MOSCOW Gazprom said it would cut supplies to the region.", "MOSCOW "),
    ("TOKYO Toyota said sales fell in the first quarter.", "TOKYO "),
    ("GENEVA Negotiators failed to reach a deal on Sunday.", "GENEVA "),
    ("LONDON Police said he was held overnight.", "LONDON "),
])
def test_body_after_a_place_in_capitals_is_cut(text: str, place: str) -> None:
    assert text[:dateline_length(text)] == place


@pytest.mark.parametrize("text", [
    # near variants: a person ("she" later, or a known first name) and a paper stay whole
    "PARIS Hilton told reporters she would sue the magazine.",
    "WASHINGTON Post editors won the prize for their coverage.",
    "GEORGIA Anne told the court about the night of the fire.",
])
def test_person_or_paper_after_a_place_in_capitals_is_kept(text: str) -> None:
    assert dateline_length(text) == 0


# --- rule `named_reaction_lead_is_no_bottom_line`: only a person's feeling is a way in ---


@pytest.mark.parametrize("text", [
    "It came as no surprise to Wall Street that Apple beat profit forecasts again.",
    "It came as no surprise to Manchester United that Cristiano Ronaldo wanted to leave the club.",
    "It came as no surprise to President Joe Biden that the Senate rejected his nominee.",
])
def test_reaction_of_a_market_club_or_office_is_news(text: str) -> None:
    assert not is_reaction_lead(text)


def test_reaction_of_a_person_by_first_name_is_a_way_in() -> None:
    assert is_reaction_lead("It didn't surprise Reggie Landsberry that his brother tried to stop the gunman.")
    assert is_reaction_lead("It came as no shock to Maria Lopez that the school closed.")


# --- rule `alias_phrase_joins_two_names`: an owner's possessive and a place are no alias ---


def test_possessive_after_the_alias_phrase_is_no_alias() -> None:
    found = mentioned("Vladimir Putin, often called Russia's strongman, spoke on Monday.",
                      "Putin said Russia would not back down.")
    assert found["Russia"][0] == PLACE
    assert found["Vladimir Putin"][0] == PERSON
    found = mentioned("Angela Merkel, often called Europe's most powerful woman, met Putin.")
    assert "Europe" in found


def test_alias_of_one_body_still_joins() -> None:
    found = mentioned("ISIS is sometimes referred to as ISIL.", "ISIS fighters took the town.",
                      "ISIS said it held the town.", "The ISIS attack was condemned.")
    assert "ISIL" not in found
    assert found["ISIS"] == (ORGANISATION, 5)


def test_on_a_tie_the_name_written_first_heads_the_alias() -> None:
    found = mentioned("Police entered a compound owned by the Evangelical Baptist Church, also known as "
                      "Gu Won Pa -- in which he is a leading figure.")
    assert "Evangelical Baptist Church" in found
    assert "Gu Won Pa" not in found


# --- rule `opening_of_a_name_over_of_counts_for_it`: two bodies in one sentence stay two ---


def test_opening_and_longer_name_in_one_sentence_are_two_bodies() -> None:
    found = mentioned("The Royal Society and the Royal Society of Chemistry both welcomed the report.",
                      "The Royal Society of Chemistry said more work was needed.")
    assert "Royal Society" in found
    assert found["Royal Society of Chemistry"][1] == 2


def test_opening_in_another_sentence_still_counts_for_the_longer_name() -> None:
    found = mentioned("Pope Francis will attend the World Meeting of Families in September.",
                      "Organisers of the World Meeting of Families expect a million people.",
                      "His attendance at the World Meeting was confirmed on Friday.")
    assert "World Meeting" not in found
    assert found["World Meeting of Families"][1] == 3


# --- rule `unnamed_official_is_anonymous`: the head noun ends the source ---


@pytest.mark.parametrize("source", ["an official bulletin placed", "an official statement released"])
def test_official_as_an_adjective_is_no_anonymous_official(source: str) -> None:
    assert not is_anonymous(source)


@pytest.mark.parametrize("source", ["a senior U.S. official", "an official familiar with the talks",
                                    "two officials"])
def test_official_ending_the_source_is_anonymous(source: str) -> None:
    assert is_anonymous(source)


# --- rule `party_by_its_part_is_no_body`: a common adjective before "Party" names a party ---


def test_party_named_by_an_adjective_is_a_body() -> None:
    found = mentioned("The United Party won 12 seats in the election.", "Leaders said the nation stood united.")
    assert "United Party" in found


def test_party_of_a_treaty_is_still_no_body() -> None:
    found = mentioned("Extradition shall be refused by the Requested Party for the same acts.",
                      "Extradition is requested by the state.")
    assert "Requested Party" not in found
