"""Session 32: the brief's Mentioned list, names typed or counted wrongly. Each rule with a
sentence of the kind fixed and a near variant that must stay as it is."""

from summarizer.mentions import find_mentions
from summarizer.model import ORGANISATION, OTHER, PERSON, PLACE


def mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


# --- rule `city_after_a_region_is_a_city` ("Oklahoma City (1)" under Organisations) ---


def test_state_and_city_name_a_city() -> None:
    found = mentioned("He was executed for his role in the 1995 Oklahoma City bombing.", "The trial was moved.")
    assert found["Oklahoma City"] == (PLACE, 1)
    assert mentioned("She grew up in Kansas City before the war.")["Kansas City"] == (PLACE, 1)


def test_city_and_city_name_a_club() -> None:
    found = mentioned("Manchester City beat Leeds United on Saturday.", "The fans sang.")
    assert found["Manchester City"] == (ORGANISATION, 1)


# --- `compass_before_a_place` over every continent ("Central Eurasia" under Organisations) ---


def test_compass_word_before_a_continent_is_a_place() -> None:
    assert mentioned("East and Central Eurasia had the most deaths at 11,000.")["Central Eurasia"] == (PLACE, 1)


def test_central_before_a_body_word_stays_a_body() -> None:
    assert mentioned("Central Command said the strikes went on.")["Central Command"][0] == ORGANISATION


# --- `generic_body_word_is_no_name` of "Corps" ("Corps (1)" of "Judge Advocate General's Corps") ---


def test_corps_left_by_a_title_is_no_name() -> None:
    assert "Corps" not in mentioned("He served in the Air Defense Artillery and Judge Advocate General's Corps.")


def test_corps_named_in_full_stays() -> None:
    found = mentioned("He served in the Marine Corps for ten years.", "The Corps said he was a hero.")
    assert found["Marine Corps"] == (ORGANISATION, 2)


# --- rule `name_and_his_kin_is_a_person` ("Dzhokhar Tsarnaev (4)" and "Tsarnaev (4)" under Other names) ---


def test_name_and_his_brother_is_a_person() -> None:
    found = mentioned("Prosecutors said Dzhokhar Tsarnaev and his brother planted bombs.",
                      "Tsarnaev pleaded not guilty.")
    assert found["Dzhokhar Tsarnaev"] == (PERSON, 2)
    assert "Tsarnaev" not in found


def test_name_and_their_brother_tells_no_person() -> None:
    found = mentioned("Prosecutors said Dzhokhar Tsarnaev and their brother planted bombs.",
                      "Tsarnaev pleaded not guilty.")
    assert found["Dzhokhar Tsarnaev"][0] == OTHER


# --- rule `opening_of_a_name_over_of_counts_for_it` ("World Meeting (1)" beside "World Meeting of Families") ---


def test_opening_over_of_written_alone_counts_for_the_longer_name() -> None:
    found = mentioned("Chaput will attend the World Meeting of Families in Philadelphia.",
                      "He spoke of the attendance at the World Meeting and more.")
    assert "World Meeting" not in found
    assert found["World Meeting of Families"] == (OTHER, 2)
    found = mentioned("She works for the Royal College of Nursing.", "The Royal College said no.")
    assert found["Royal College of Nursing"] == (ORGANISATION, 2)


def test_opening_of_two_longer_names_counts_for_neither() -> None:
    found = mentioned("She works for the Royal College of Nursing and the Royal College of Surgeons.",
                      "The Royal College said no.")
    assert found["Royal College"] == (ORGANISATION, 1)
    assert found["Royal College of Nursing"][1] == 1
    assert found["Royal College of Surgeons"][1] == 1


def test_opening_of_a_unit_s_longer_name_stays() -> None:
    found = mentioned("She trained at the Royal College, then in Paris.",
                      "Data came from the Royal College of Nursing Research Centre.")
    assert found["Royal College"] == (ORGANISATION, 1)


# --- rule `alias_phrase_joins_two_names` ("ISIL (2)" beside "ISIS (8)") ---


def test_name_referred_to_by_another_is_one_name() -> None:
    found = mentioned("Fighters of ISIS took the town.", "(ISIS is sometimes referred to as ISIL.)",
                      "The fight against ISIL goes on.")
    assert "ISIL" not in found
    assert found["ISIS"] == (ORGANISATION, 4)
    found = mentioned("Burma, also known as Myanmar, held a vote.", "Myanmar is poor.")
    assert found == {"Myanmar": (PLACE, 3)}


def test_alias_keeps_the_kind_of_the_name_named_most() -> None:
    found = mentioned("The rover Curiosity, also known as the Mars Science Laboratory, landed.",
                      "Scientists said Curiosity drove on.", "Engineers said Curiosity took photos.",
                      "The team said Curiosity is fine.")
    assert found == {"Curiosity": (OTHER, 5)}


def test_piece_of_a_longer_name_joins_no_alias() -> None:
    found = mentioned("The Islamic State of Iraq and the Levant is another name for ISIS.", "ISIS fought on.",
                      "The Levant is a region.")
    assert found["ISIS"] == (ORGANISATION, 2)


def test_name_called_by_a_person_stays_apart() -> None:
    found = mentioned("President Barack Obama called Vladimir Putin on Monday.", "Putin said no.")
    assert found["Barack Obama"] == (PERSON, 1)
    assert found["Vladimir Putin"] == (PERSON, 2)


# --- rule `place_inside_a_name_is_no_mention_of_it` ("Iraq (3)" of "Islamic State of Iraq and Syria") ---


def test_place_after_a_body_s_words_and_of_is_no_mention() -> None:
    found = mentioned("Forces from the al Qaeda-affiliated Islamic State of Iraq and Syria fought on.",
                      "They fought the Islamic State of Iraq and the Levant on Monday, officials told reporters.",
                      "In Iraq, nine people died.")
    assert found["Iraq"] == (PLACE, 1)


def test_place_after_a_person_a_title_or_a_name_never_written_whole_is_a_mention() -> None:
    assert mentioned("Sen. Ted Cruz of Texas spoke on Monday.")["Texas"] == (PLACE, 1)
    assert mentioned("The Prime Minister of Iraq spoke on Monday.")["Iraq"] == (PLACE, 1)
    assert mentioned("Fans of Brazil cheered on Monday.")["Brazil"] == (PLACE, 1)
    found = mentioned("Presidents Cesar Gaviria of Colombia and Vicente Fox of Mexico spoke.")
    assert found["Colombia"] == (PLACE, 1)
    assert found["Mexico"] == (PLACE, 1)
    assert mentioned("Forces from the al Qaeda-affiliated Islamic State of Iraq and Syria fought on.",
                     "In Iraq, nine people died.")["Iraq"] == (PLACE, 2)


# --- rule `party_by_its_part_is_no_body` ("Requested Party (1)" of a quoted treaty) ---


def test_party_named_by_its_part_in_an_agreement_is_no_body() -> None:
    assert "Requested Party" not in mentioned(
        'The treaty states: "Extradition shall not be granted by the Requested Party for the same acts '
        'for which extradition is requested."')


def test_party_named_by_a_word_never_written_in_lower_case_stays() -> None:
    assert mentioned('The treaty states: "Extradition shall not be granted by the Requested Party."')[
        "Requested Party"] == (ORGANISATION, 1)
    assert mentioned("The Green Party won.", "The party agreed.")["Green Party"] == (ORGANISATION, 1)
