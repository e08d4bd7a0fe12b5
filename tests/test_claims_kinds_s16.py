"""Speaker kinds and Mentioned, session 16 (kinds-s16; QA rounds 46-47, web tests s15): each
rule with a sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.mentions import find_mentions
from summarizer.model import Mention
from tests.claim_helpers import speakers_and_kinds


def _kinds(sentence: str) -> dict[str, str]:
    return {name.text: name.kind for name in find_names(tokenize(sentence, 0, len(sentence)))}


def _mentioned(*sentences: str) -> dict[str, str]:
    return {mention.name: mention.kind for mention in find_mentions(sentences)}


# --- rule `pair_before_and_names_a_body` (names.py; closing note s15) --------------------------------


def test_a_couples_foundation_is_one_body() -> None:
    assert _kinds("The Bill and Melinda Gates Foundation said it would help.") == {
        "Bill and Melinda Gates Foundation": "organisation"}
    assert speakers_and_kinds("The Bill and Melinda Gates Foundation said it will donate $50 million.") == [
        ("Bill and Melinda Gates Foundation", "organisation")]


def test_an_eponyms_foundation_is_one_body() -> None:
    assert _kinds("The Crohn's and Colitis Foundation of America said so.") == {
        "Crohn's and Colitis Foundation of America": "organisation"}
    assert _kinds("The Crohn's & Colitis Foundation said so.") == {"Crohn's & Colitis Foundation": "organisation"}


def test_a_couple_or_two_names_with_no_body_word_stay_apart() -> None:
    assert _kinds("Bill and Melinda Gates said they would give.") == {"Bill": "unknown", "Melinda Gates": "person"}
    assert _kinds("John Smith and Acme Group said it would help.") == {
        "John Smith": "person", "Acme Group": "organisation"}
    assert _kinds("The Murphy's Bar and Casey's Pub owners said so.") == {
        "Murphy's Bar": "organisation", "Casey's Pub": "organisation"}
    assert "Bill" in _kinds("Bill and Melinda Gates Foundation gave.")  # no "the": as it was


# --- rule `publication_or_band_word_ends_a_body` (mentions.py, place_words.txt; QA round 46, 758) -----


def test_a_paper_or_a_band_opening_with_a_first_name_is_a_body() -> None:
    found = _mentioned("He wrote for the Christian Science Monitor.", "He likes the Dave Matthews Band.")
    assert found == {"Christian Science Monitor": "organisation", "Dave Matthews Band": "organisation"}


def test_a_person_with_a_first_name_stays_a_person() -> None:
    assert _mentioned("Christian Smith wrote for the paper.", "Emily Post wrote a book.") == {
        "Christian Smith": "person", "Emily Post": "person"}
    # review s16 item 11: "herald" is a surname and "observer" a role, no paper's word alone
    assert _mentioned("Harold Herald, a farmer, said the crop failed.") == {"Harold Herald": "person"}
    assert speakers_and_kinds("Harold Herald, a farmer, said the crop failed.") == [("Harold Herald", "person")]
    assert _mentioned("Harold Herald, a UN Observer, said the vote was fair.")["UN Observer"] != "organisation"


# --- `brotherhood` (organisation_words.txt), `hosni` (first_names.txt); QA round 46, 794 ---------------


def test_a_brotherhood_is_a_body_and_hosni_opens_a_persons_name() -> None:
    found = _mentioned("He resigned from the Muslim Brotherhood.", "It toppled longtime strongman Hosni Mubarak.")
    assert found == {"Muslim Brotherhood": "organisation", "Hosni Mubarak": "person"}


def test_a_name_with_no_evidence_stays_under_other_names() -> None:
    assert find_mentions(["It toppled longtime strongman Zorbo Mubarak.", "Zorbo Mubarak fled."]) == [
        Mention("Zorbo Mubarak", "other", 2)]


# --- rule `people_plural_is_no_name` (mentions.py; QA rerun s15, 794 "Islamists (2)") ----------------


def test_a_plural_for_people_names_no_one() -> None:
    assert _mentioned("Islamists protested.", "The Islamists say they won.", "Egyptians voted, Egyptians won.") == {}


def test_a_surname_or_a_name_holding_the_plural_stays() -> None:
    assert _mentioned("Ann Baptist spoke.", "Fans of the Jonas Brothers came.") == {
        "Ann Baptist": "person", "Jonas Brothers": "other"}
    # review s16 item 13: a place's people written after "the" every time may be a team
    assert _mentioned("The Indians beat the Twins 5-3 on Sunday.", "The Indians have won six straight games.")[
        "Indians"] == "other"


# --- Cambridge and Oxford (places.txt; web tester s15b, msn) ------------------------------------------


def test_a_university_town_that_speaks_is_a_body() -> None:
    assert speakers_and_kinds("Cambridge has said it intends to test all students in halls weekly.") == [
        ("Cambridge", "organisation")]


def test_a_town_named_in_a_longer_body_name_stays_the_body() -> None:
    assert speakers_and_kinds("Cambridge Police said the man was arrested.") == [("Cambridge Police", "organisation")]


def test_a_town_that_is_the_surname_of_a_person_named_before_is_that_person() -> None:
    # review s16 item 4 (speakers rule `surname_before_a_listed_place`): "Cambridge said" after "Tom
    # Cambridge" is him, in the claims and in Mentioned
    text = "The study was led by Tom Cambridge, a biologist at Yale. Cambridge said the results were clear."
    assert speakers_and_kinds(text) == [("Tom Cambridge", "person")]
    assert speakers_and_kinds("The study was led by Tom Bristol, a biologist at Yale. Bristol said the results were "
                              "clear.") == [("Tom Bristol", "person")]
    sentences = ("Cambridge Analytica harvested the data, said Ann Oxford, a researcher.", "Oxford said the firm lied.")
    assert speakers_and_kinds(" ".join(sentences)) == [("Ann Oxford", "person"), ("Ann Oxford", "person")]
    assert [(m.name, m.kind, m.count) for m in find_mentions(sentences)] == [
        ("Ann Oxford", "person", 2), ("Cambridge Analytica", "other", 1)]


def test_a_town_written_where_no_clause_opens_stays_the_place() -> None:
    # "in Cambridge" is the town; once the town is named so, "Cambridge said" stays its body as before
    assert _mentioned("Tom Cambridge, a biologist, moved to Cambridge in May.") == {
        "Tom Cambridge": "person", "Cambridge": "place"}
    assert speakers_and_kinds("The study was led by Tom Cambridge, a biologist. He works in Cambridge. Cambridge said "
                              "the results were clear.") == [("Cambridge", "organisation")]


# --- QA round 47 and web test s16 -------------------------------------------------------------------


def test_a_name_after_the_journal_is_a_publication() -> None:
    assert speakers_and_kinds("The journal Nature said the study was flawed.") == [("Nature", "organisation")]
    assert speakers_and_kinds("The journalist Jane Doe said the study was flawed.") == [("Jane Doe", "person")]


def test_a_lab_ends_a_body_name_held_by_and() -> None:
    assert _kinds("They work at the Smart and Sustainable Automation Research Lab.") == {
        "Smart and Sustainable Automation Research Lab": "organisation"}
    assert _mentioned("All of us in our Lab adopted it.") == {}


def test_a_plural_of_a_places_people_names_no_one() -> None:
    assert _mentioned("South Africans mourned and South Africans sang.", "South Africa voted.") == {
        "South Africa": "place"}


def test_the_short_form_of_a_body_counts_for_its_name() -> None:
    found = find_mentions(["The U.N. said so.", "The United Nations met.", "U.N. officials came."])
    assert found == [Mention("United Nations", "organisation", 3)]
    role = [claim.role for claim in extract_claims("Former UN Ambassador John Bolton said he would serve.")]
    assert role == ["Former UN Ambassador"]


def test_a_drive_is_a_place_unless_a_first_name_opens_it() -> None:
    assert _mentioned("It happened near Miller Drive at 3 a.m.") == {"Miller Drive": "place"}
    assert _mentioned("He met Grace Drive at 3 a.m.") == {"Grace Drive": "other"}


def test_a_drive_whose_head_is_named_alone_as_a_body_is_its_thing() -> None:
    # review s16 item 10 (rule `body_before_a_place_end_is_its_thing`): "Google Drive" beside "Google"
    found = find_mentions(["Millions of users of Google Drive lost files on Monday.", "Google said it was sorry."],
                          speakers=["Google"])
    # "Google" is a listed company since session 19 (organisation_acronyms.txt), so an organisation
    assert {m.name: m.kind for m in found} == {"Google Drive": "other", "Google": "organisation"}
    # a head that is a place leaves the place as it was
    assert _mentioned("He crossed London Bridge.", "London was cold.") == {"London Bridge": "place", "London": "place"}
    # a head that is no source stays: the street of "Miller traveling eastbound"
    assert _mentioned("It happened near Miller Drive.", "Miller traveling eastbound, the car hit a wall.") \
        == {"Miller Drive": "place"}


def test_international_alone_names_no_body() -> None:
    assert _mentioned("International aviation experts were puzzled.", "It was an international effort.") == {}
