"""Speaker kinds and Mentioned, session 16, second wave (kinds2-s16; web tester s16 kinds 7-8, QA
round 47, 885): each rule with a sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer.mentions import find_mentions
from tests.claim_helpers import speakers_and_kinds


def _mentioned(*sentences: str) -> dict[str, str]:
    return {mention.name: mention.kind for mention in find_mentions(sentences)}


# --- rule `piece_of_a_title_over_the_is_no_name` (mentions.py; web tester s16: "Lady Sings") --------


def test_a_works_title_cut_at_the_is_no_name() -> None:
    found = _mentioned("Asked about her 1956 autobiography, Lady Sings the Blues, which was credited to her, "
                       "Billie Holliday said nothing.")
    assert "Lady Sings" not in found


def test_a_titled_person_or_a_first_name_before_the_stays() -> None:
    assert _mentioned("Lady Gaga sang on Tuesday.", "Lady Gaga said it was fine.") == {"Lady Gaga": "person"}
    assert _mentioned("He called Joe Biden the Democrats' best hope.") == {"Joe Biden": "person"}


# --- rule `unit_code_after_a_body_is_no_part` (mentions.py; web tester s16: "... Department K-9") ----


def test_a_unit_code_after_a_body_word_is_cut() -> None:
    assert _mentioned("Agents requested assistance from a Puerto Rico Police Department K-9 who alerted.") == {
        "Puerto Rico Police Department": "organisation"}


def test_a_code_with_no_body_word_before_it_stays() -> None:
    assert _mentioned("The Lockheed Martin F-35 flew over the base.") == {"Lockheed Martin F-35": "other"}
    assert "Puerto Rico Police Department" in _mentioned("The Puerto Rico Police Department said it had arrested two.")


# --- rule `plural_role_before_a_pair_marks_people` (mentions.py; web tester s16: "Molong Duan") -------


def test_a_plural_role_before_two_names_makes_both_people() -> None:
    assert _mentioned("The research was led by PhD candidates Deokkyun Yoon and Molong Duan.") == {
        "Deokkyun Yoon": "person", "Molong Duan": "person"}


def test_a_plural_role_before_one_name_is_no_cue() -> None:
    assert _mentioned("The company's lawyers, Baker McKenzie, said no.") == {"Baker McKenzie": "other"}
    assert _mentioned("The research was led by Deokkyun Yoon and Molong Duan.")["Molong Duan"] == "other"


# --- rule `body_apposition_marks_a_body`, after "a"/"an" (mentions.py; QA round 47, 885: Hamas) ------


def test_a_body_word_after_a_before_the_name_makes_a_body() -> None:
    assert _mentioned("On the other side you have a brutal terrorist organization, Hamas, which is committed "
                      "to war.") == {"Hamas": "organisation"}


def test_a_person_noun_after_a_stays() -> None:
    assert _mentioned("He has a close friend, Jonas Hamm, who is here.") == {"Jonas Hamm": "person"}


# --- rule `body_by_context`, its publication reading (speakers.py; web tester s16: Iowa Starting Line) -


def test_what_an_editor_edits_is_a_body() -> None:
    text = ("Warren leads the field, according to Iowa Starting Line. \"It's unclear who will win,\" said "
            "Pat Rynard, managing editor of Iowa Starting Line.")
    assert speakers_and_kinds(text) == [("Iowa Starting Line", "organisation"), ("Pat Rynard", "person")]
    assert _mentioned(text)["Iowa Starting Line"] == "organisation"


def test_a_name_owning_what_is_edited_stays_a_person() -> None:
    text = ("Warren leads the field, according to Jane Doe. \"It's unclear who will win,\" said Pat Rynard, "
            "editor of Jane Doe's memoir.")
    assert speakers_and_kinds(text) == [("Jane Doe", "person"), ("Pat Rynard", "person")]


# --- rule `body_name_in_either_order` (names.py, speakers.py; QA round 47, 885; californiaglobe) ------


def test_a_ministry_named_in_either_order_is_one_body() -> None:
    text = ("More than 1,000 have been killed, the Palestinian Ministry of Health in Gaza said. The Palestinian "
            "Health Ministry said 20 were killed on Sunday.")
    assert speakers_and_kinds(text) == [("Palestinian Ministry of Health", "organisation")] * 2
    text = "The Department of Justice said it would appeal. The Justice Department said the ruling was wrong."
    assert speakers_and_kinds(text) == [("Department of Justice", "organisation")] * 2


def test_an_appellate_court_is_the_court_of_appeal_named_before() -> None:
    text = ("On Thursday, California's 4th District Court of Appeal found that Amazon can be held liable. "
            "The Appellate Court said Amazon placed itself in the chain.")
    assert speakers_and_kinds(text) == [("California's 4th District Court of Appeal", "organisation")] * 2


def test_other_bodies_in_either_order_stay_apart() -> None:
    text = "The University of Miami said it would close. Miami University said it would stay open."
    assert speakers_and_kinds(text) == [("University of Miami", "organisation"), ("Miami University", "organisation")]
    text = "The Israeli Health Ministry said 20 were hurt. The Palestinian Ministry of Health said 40 were killed."
    assert speakers_and_kinds(text) == [("Israeli Health Ministry", "organisation"),
                               ("Palestinian Ministry of Health", "organisation")]
    text = "The Superior Court said Amazon was no seller. The Appellate Court said it did not agree."
    assert speakers_and_kinds(text) == [("Superior Court", "organisation"), ("Appellate Court", "organisation")]
