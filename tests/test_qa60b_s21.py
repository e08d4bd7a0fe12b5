"""Session 21 (qa60b-s21): brief, summary and Mentioned findings of QA round 60.

A title ending on an abbreviation's stop ("... tells U.N.") is a headline; a
dateline glued before a capitalised role and a person's name is cut. Each
rule has a text of the kind fixed and a near variant that must stay."""

from __future__ import annotations

import pytest

from summarizer.brief import leans_on_what_follows, tells_only_a_topic_or_a_fragment
from summarizer.cleanup import dateline_length, places_of_a_people, places_of_a_people_in_mentions
from summarizer.document import parse_document
from summarizer.headlines import is_headline_like, is_title_like
from summarizer.mentions import find_mentions
from summarizer.summarizers.standalone import ends_on_a_colon
from summarizer.summary import summarize
from tests.claim_helpers import only

BODY = (
    "Israeli Prime Minister Benjamin Netanyahu warned U.N. delegates Monday not to overlook the threats "
    "posed by Iran and Hamas in their zeal to defeat the terror group ISIS.\n\n"
    "He praised the growing effort to defeat ISIS but chastised many of the countries joining the coalition.\n\n"
    "Hanan Ashrawi said the speech was a blatant manipulation of the facts.\n"
)


# rule `abbreviation_stop_ends_no_headline` (QA round 60, 722)
@pytest.mark.parametrize("title", [
    "Don't forget Iran, Netanyahu tells U.N.",
    "Yemen's president to travel to U.S.",
    "Apple wins patent case against Samsung Inc.",
])
def test_title_ending_on_an_abbreviation_is_a_headline(title: str) -> None:
    assert not is_headline_like(title)
    assert is_title_like(title)
    document = parse_document(f"{title}\n\n{BODY}")
    assert [h.text for h in document.headlines] == [title]
    assert document.sentences[0].text.startswith("Israeli Prime Minister")


@pytest.mark.parametrize("title", [
    "Netanyahu tells the U.N. assembly to remember Iran.",  # a word's stop ends a sentence
    "Netanyahu spoke to the assembly.",
])
def test_title_ending_on_a_word_stop_stays_prose(title: str) -> None:
    assert not is_title_like(title)
    assert parse_document(f"{title}\n\n{BODY}").headlines == ()


def test_only_the_first_line_may_end_on_an_abbreviation() -> None:
    # a one-sentence lede after the title ending on "U.S." is prose, not a second headline
    text = "Yemen's president to travel\n\nYemen's president will travel to the U.S.\n\n" + BODY
    document = parse_document(text)
    assert [h.text for h in document.headlines] == ["Yemen's president to travel"]
    assert document.sentences[0].text == "Yemen's president will travel to the U.S."


def test_summary_of_a_title_ending_on_an_abbreviation_leaves_the_title_out() -> None:
    summary = summarize(f"Don't forget Iran, Netanyahu tells U.N.\n\n{BODY}", sentences=2)
    assert summary.title == "Don't forget Iran, Netanyahu tells U.N."
    assert all("Don't forget Iran" not in s.text for s in summary.sentences)


# rule `role_and_person_after_a_glued_place` (QA round 60, 450)
@pytest.mark.parametrize(("sentence", "dateline"), [
    ("New York Actor Philip Seymour Hoffman, who was found dead February 2, died of drug intoxication.",
     "New York "),
    ("London Singer Adele Adkins is back on tour after a long break.", "London "),
    ("Los Angeles Author Michael Connelly said the film would be shot in the city.", "Los Angeles "),
])
def test_dateline_before_a_role_and_a_person_is_cut(sentence: str, dateline: str) -> None:
    assert sentence[: dateline_length(sentence)] == dateline


@pytest.mark.parametrize("sentence", [
    "New York Governor Andrew Cuomo said the state would reopen.",  # an office of the place
    "Dallas Coach Jason Garrett said the team would rebound.",  # a title before a name
    "Chicago Singer Workshop said it would close.",  # no first name: a body's name
    "New York actor Philip Seymour Hoffman was praised by critics.",  # in lower case: prose
])
def test_office_or_body_after_a_place_keeps_the_place(sentence: str) -> None:
    assert dateline_length(sentence) == 0


# rule `colon_end_announces_what_follows`, a stray stop after the colon (QA round 60, 425)
@pytest.mark.parametrize("sentence", [
    "Responding to the legion's call for the secretary's resignation, the VA issued a statement late Monday:.",
    "The White House said in a statement:",
])
def test_colon_with_a_stray_stop_announces_what_follows(sentence: str) -> None:
    assert ends_on_a_colon(sentence)
    assert leans_on_what_follows(sentence)


@pytest.mark.parametrize("sentence", [
    "The reason is simple: money.",  # a colon inside the sentence
    "The VA issued a statement late Monday.",
])
def test_colon_inside_or_no_colon_is_a_sentence(sentence: str) -> None:
    assert not ends_on_a_colon(sentence)
    assert not leans_on_what_follows(sentence)


# rule `topic_or_fragment_gives_way` (QA round 60, 425)
@pytest.mark.parametrize("sentence", [
    "CNN has been reporting on delays in care and patient deaths at VA hospitals for the past six months, "
    "including at hospitals in South Carolina, Georgia and Texas.",
    "Shinseki has not publicly spoken about the issue.",
])
def test_topic_of_a_speech_tells_nothing(sentence: str) -> None:
    assert tells_only_a_topic_or_a_fragment(only(sentence))


@pytest.mark.parametrize("sentence", [
    '"On we go," the coach said after the game.',  # a quotation
    "The official said the plant would close on Monday.",
    "Draper said there is no way of knowing why they were closed.",
])
def test_what_was_said_is_no_topic(sentence: str) -> None:
    assert not tells_only_a_topic_or_a_fragment(only(sentence))


def _mentioned(sentences: list[str], speakers: tuple[str, ...] = ()) -> dict[str, str]:
    return {m.name: m.kind for m in find_mentions(sentences, speakers=speakers)}


# Mentioned (QA round 60): an island named alone is a place (805)
def test_island_named_alone_is_a_place() -> None:
    found = _mentioned(["Typhoon Bolaven slammed into Okinawa on Sunday.", "Okinawa was hit hard, he said."])
    assert found["Okinawa"] == "place"


# rule `owner_in_a_quoted_title_is_no_person` (450)
def test_owner_in_a_quoted_title_is_no_person() -> None:
    found = _mentioned(['He earned Academy Award nominations for roles in "Charlie Wilson\'s War," "Doubt," '
                        'and "The Master."', "Tom Hanks starred beside him."])
    assert found.get("Charlie Wilson") != "person"
    assert found["Tom Hanks"] == "person"


def test_owner_in_a_quoted_sentence_stays_a_person() -> None:
    found = _mentioned(['"Charlie Wilson\'s office called this morning," she said.', "Tom Hanks starred beside him."])
    assert found["Charlie Wilson"] == "person"


# rule `people_of_a_listed_place` with a people's word of its own, and
# `people_before_a_person_is_no_part` (514)
def test_people_word_of_its_own() -> None:
    assert places_of_a_people_in_mentions("british") == ["britain"]
    assert places_of_a_people_in_mentions("frenchman") == ["france"]
    assert places_of_a_people_in_mentions("polish") == []  # a verb in lower case
    assert places_of_a_people_in_mentions("brian") == []
    assert places_of_a_people("british") == []  # the claim tagger's reading stays ("The Thai government")


PLATINI = [
    "Michel Platini, the head of UEFA, told British newspaper the London Evening Standard he hoped so.",
    "Frenchman Platini voted for the tournament to be played in Qatar.",
    "Michel Platini said he would not change his mind.",
]


def test_people_before_a_person_is_no_part_and_a_people_alone_no_body() -> None:
    found = _mentioned(PLATINI, speakers=("Michel Platini",))  # the claim tagger's speaker
    assert "Frenchman Platini" not in found
    assert "British" not in found
    assert "Michel Platini" in found


def test_people_before_a_body_stays() -> None:
    found = _mentioned([*PLATINI, "British Airways said it would cancel flights.", "British Airways added more."],
                       speakers=("Michel Platini",))
    assert "British Airways" in found
