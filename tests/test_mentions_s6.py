"""Session 6: the brief's Mentioned list and speaker headings as an analyst
reads them (QA round 23, Part C.2: "Damascus" listed as a person, "Syrian
U.N." as an organisation and as a speaker heading)."""

from __future__ import annotations

from dataclasses import replace

from summarizer.brief import _fragment_unresolved
from summarizer.claims import extract_claims
from summarizer.mentions import find_mentions, without_nationality


def _kinds(sentences: list[str], speakers: tuple[str, ...] = ()) -> dict[str, str]:
    return {m.name: m.kind for m in find_mentions(sentences, speakers)}


# --- places.txt: capitals that stand for their governments ------------------------------------------------------


def test_a_capital_that_speaks_for_its_government_is_a_place() -> None:
    sentences = ["Damascus has shown its readiness to cooperate, Lavrov said.",
                 "The inspectors will travel to Damascus next week."]
    assert _kinds(sentences, speakers=("Damascus",))["Damascus"] == "place"


def test_a_city_that_is_also_a_first_name_is_left_to_the_evidence() -> None:
    # Lima, Sofia or Victoria are no listed capitals: a person's name stays a person
    kinds = _kinds(["Victoria Beckham said the show would go on.", "Victoria Beckham left early."],
                   speakers=("Victoria Beckham",))
    assert kinds["Victoria Beckham"] == "person"


def test_a_capital_speaker_is_no_person_in_the_claims() -> None:
    claim = extract_claims("Pyongyang declared that the talks were over.")[0]
    assert (claim.speaker, claim.speaker_kind) == ("Pyongyang", "organisation")


# --- rule `nationality_qualifies_a_body` --------------------------------------------------------------------------


def test_a_nationality_before_a_body_acronym_names_no_body() -> None:
    assert without_nationality("Syrian U.N.") == "U.N."
    assert without_nationality("Iraqi UN") == "UN"
    names = _kinds(["Syrian U.N. Ambassador Bashar Jaafari said the resolution holds all parties accountable.",
                    "The U.N. Security Council voted on Friday."])
    assert "Syrian U.N." not in names
    assert names["Bashar Jaafari"] == "person"


def test_a_body_named_with_its_nationality_keeps_it() -> None:
    assert without_nationality("Russian Foreign Ministry") == "Russian Foreign Ministry"
    assert without_nationality("Syrian Arab Red Crescent") == "Syrian Arab Red Crescent"
    assert without_nationality("Brian NATO") == "Brian NATO"  # a first name, no nationality


# --- rule `fragment_speaker_is_unresolved` (brief.py) --------------------------------------------------------------


def test_a_fragment_speaker_is_listed_as_unresolved() -> None:
    claim = extract_claims("U.N. inspectors have not explicitly said who was responsible.")[0]
    fragment = replace(claim, speaker="Syrian U.N.", speaker_kind="organisation")
    shown = _fragment_unresolved(fragment)
    assert (shown.speaker, shown.speaker_kind) == (None, "unresolved")
    assert shown.source_as_written == "U.N. inspectors"  # in the words of its source
    named = replace(claim, speaker="Syrian Foreign Ministry", speaker_kind="organisation")
    assert _fragment_unresolved(named) == named


# --- rule `title_is_no_name`: the first words of a title cut short by it (new-user report s6, 7) ---------------


def test_the_first_words_of_a_title_name_no_one() -> None:
    names = _kinds(["It was announced by Minister of Education Kay McConney, Chief Education Officer Dr Ramona "
                    "Archer-Bradshaw and Acting Chief Medical Officer Dr Anton Best."])
    assert "Chief Education" not in names and "Chief Medical" not in names
    assert names["Ramona Archer-Bradshaw"] == "person"


def test_a_body_before_a_title_stays_a_name() -> None:
    names = _kinds(["CNN President Jeff Zucker said the network would grow.",
                    "White House Press Secretary Jen Psaki said the talks went well."])
    assert "Jeff Zucker" in names and "White House" in names
