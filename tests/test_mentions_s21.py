"""Session 21 (mentions-s21): names lost or typed wrong in the brief's
"Mentioned" list (rerun s20, QA rounds 53, 55, 56 and 57). Each rule has a
sentence of its kind and a near variant that stays as it was."""

from __future__ import annotations

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.mentions import find_mentions


def mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


def names_in(sentence: str) -> list[str]:
    return [name.text for name in find_names(tokenize(sentence, 0, len(sentence)))]


# --- rule `name_of_a_body_is_a_person` (rerun s20, QA 57, 572: "Timothee Delubac" left Mentioned) ---------


def test_untyped_name_of_a_body_is_a_person() -> None:
    found = mentioned("One study was led by Timothee Delubac of Centre de Saclay in France, the other by Font-Ribera.")
    assert found["Timothee Delubac"] == ("person", 1)


def test_untyped_name_of_no_body_stays_out() -> None:
    found = mentioned("One study was led by Timothee Delubac of Saclay, the other by Font-Ribera.")
    assert "Timothee Delubac" not in found


def test_piece_of_a_name_over_of_stays_out() -> None:
    found = mentioned("Manager Earl Weaver was inducted into the Baseball Hall of Fame in 1996.")
    assert "Baseball Hall" not in found
    assert found["Earl Weaver"][0] == "person"


# --- rule `compass_word_alone_is_no_name` for compass words only (QA 55, 834: "North Eastern (1)") --------


def test_compass_words_only_are_no_name() -> None:
    found = mentioned("Boko Haram threatens peace predominantly in the North Eastern part of our country.")
    assert "North Eastern" not in found


def test_compass_word_before_a_place_stays_a_place() -> None:
    assert mentioned("Fires spread across Northern California on Sunday.")["Northern California"][0] == "place"


# --- rule `castle_after_no_person_is_a_place` (QA 53, 587: castles under Other names) ---------------------


def test_castle_is_a_place() -> None:
    found = mentioned("Perhaps the most famous is Edinburgh Castle, and Stirling Castle is close.")
    assert found["Edinburgh Castle"] == ("place", 1)
    assert found["Stirling Castle"] == ("place", 1)


def test_person_named_castle_stays_a_person() -> None:
    assert mentioned("Mike Castle, a former congressman, spoke on Monday.")["Mike Castle"][0] == "person"


# --- rule `publication_or_band_word_ends_a_body` with "college" (QA 57, 400: "Dartmouth College") --------


def test_college_is_an_organisation() -> None:
    found = mentioned("Brendan Nyhan, an assistant professor of government at Dartmouth College, said so.")
    assert found["Dartmouth College"][0] == "organisation"


def test_college_park_stays_a_place() -> None:
    assert mentioned("The rally was held in College Park on Friday.")["College Park"][0] == "place"


# --- rule `paper_word_after_no_first_name_is_a_paper` (QA 57, 400: "Washington Post" under Other names) ---


def test_paper_word_after_a_name_is_a_paper() -> None:
    found = mentioned("CNN's Howard Kurtz called it a missed opportunity, in a Washington Post column.")
    assert found["Washington Post"][0] == "organisation"


def test_paper_word_after_a_first_name_stays_a_person() -> None:
    assert mentioned("Emily Post wrote the book on manners in 1922.")["Emily Post"][0] == "person"


# --- rule `surname_of_two_people_is_no_entry` (QA 55, 445: "Kasem (5)" under Other names) ----------------


KASEM = ("A judge expanded the powers of Casey Kasem's daughter.",
         "The judge ordered that Kerri Kasem have power of attorney.",
         "Kasem, 82, is suffering from Lewy body disease.",
         "Kasem for decades hosted radio music countdown shows.")


def test_surname_of_two_people_is_no_entry() -> None:
    found = mentioned(*KASEM)
    assert "Kasem" not in found
    assert found["Casey Kasem"][0] == "person"
    assert found["Kerri Kasem"][0] == "person"


def test_surname_of_one_person_counts_for_the_person() -> None:
    found = mentioned(*(sentence.replace("Kerri Kasem", "Kerri Smith") for sentence in KASEM))
    assert "Kasem" not in found
    assert found["Casey Kasem"] == ("person", 3)


# --- rule `carrier_before_a_listed_body_is_two_names` (QA 55, 838: "Bhoja Air Boeing (2)") ----------------


def test_airline_before_an_aircraft_maker_is_two_names() -> None:
    found = mentioned("The Bhoja Air Boeing 737-200 had been making its first evening flight from Karachi.",
                      "A Bhoja Air spokesman said the aircraft was new.")
    assert "Bhoja Air Boeing" not in found
    assert found["Bhoja Air"] == ("organisation", 2)
    assert found["Boeing"] == ("organisation", 1)


def test_airline_before_a_flight_number_stays_whole() -> None:
    found = mentioned("Malaysia Airlines Flight 17 was shot down over Ukraine.")
    assert "Malaysia Airlines Flight 17" in found


# --- rule `field_after_and_ends_a_ministry` (names; QA 56, 871: "Korean Ministry of Health" cut) ----------


def test_field_after_and_ends_a_ministry() -> None:
    sentence = "Children were sent abroad, according to the Korean Ministry of Health and Welfare."
    assert names_in(sentence)[-1] == "Korean Ministry of Health and Welfare"
    assert mentioned(sentence)["Korean Ministry of Health and Welfare"][0] == "organisation"


def test_body_after_and_a_ministry_stays_apart() -> None:
    assert names_in("He thanked the Ministry of Defence and NATO for their help.") == ["Ministry of Defence", "NATO"]
    assert names_in("The Department of Justice and Congress agreed.") == ["Department of Justice", "Congress"]


# --- rule `owned_report_is_a_document` (QA 53, 553: "Transparency Report" under Organisations) ------------


def test_owned_report_is_a_document() -> None:
    found = mentioned("Other groups agreed, including Google, whose Transparency Report documents access.")
    assert found["Transparency Report"][0] == "other"


def test_report_named_alone_stays_an_organisation() -> None:
    assert mentioned("The Drudge Report said so.")["Drudge Report"][0] == "organisation"


def test_title_with_a_small_word_before_times_is_no_paper() -> None:
    found = mentioned("Through the Darkest of Times is as dark as it is important.")
    assert found.get("Darkest of Times", ("other", 0))[0] == "other"


# --- rule `opening_of_a_listed_name_over_of_is_no_name` ("Royal College" of a longer name, once
# "college" ended a body) -----------------------------------------------------------------------------------

LONG_COLLEGE = ("Data set: Available for purchase from the Royal College of General Practitioners Research and "
                "Surveillance Centre, the U.K. Office for National Statistics.")


def test_opening_of_a_listed_name_over_of_is_no_name() -> None:
    found = mentioned("- 20. Correa A ,Hinton W ,McGovern A ,et al . Royal College of General Practitioners "
                      "Research and Surveillance Centre (RCGP RSC) sentinel network: a cohort profile.", LONG_COLLEGE)
    assert "Royal College" not in found
    assert "Royal College of General Practitioners Research and Surveillance Centre" in found


def test_opening_written_alone_stays() -> None:
    found = mentioned("She trained at the Royal College, then in Paris.", LONG_COLLEGE)
    assert found["Royal College"][0] == "organisation"


def test_company_after_and_a_department_stays_a_joint_source() -> None:
    assert names_in("The Department of Justice and Apple said the talks had ended.") == [
        "Department of Justice", "Apple"]
