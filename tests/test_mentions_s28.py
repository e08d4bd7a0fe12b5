"""Session 28 (mentions-s28): the brief's Mentioned list, faults read over the 65 judge inputs
and 42 more CNN-Corpus dev rows: a facility named after a person, a body's acronym ending a
person's name, a bare title, a diocese and title before a bishop's name, a noun and "of" glued
to a surname, a letter joined to a name by "&", a descriptor before a full name, and one
surname spelled two ways. Each rule with a sentence of the kind fixed and a near variant that
must stay as it is."""

from summarizer.mentions import _h_for_a_doubled_letter, _letter_joined_to_a_word, find_mentions


def mentioned(*sentences: str, speakers: tuple[str, ...] = (), bodies: tuple[str, ...] = ()
              ) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers, bodies)}


# --- venue_ends / institution_ends: facility (101: "Charlie Norwood Medical Facility" under People) ---

FACILITY = ("The delegations visited the Dorn Veterans Administration Medical Center in Columbia, South Carolina, "
            "and the Charlie Norwood Medical Facility in Augusta, Georgia, after a CNN investigation.",)


def test_facility_named_after_a_person_is_an_organisation() -> None:
    assert mentioned(*FACILITY)["Charlie Norwood Medical Facility"][0] == "organisation"


def test_facility_near_variant_the_person_stays_a_person() -> None:
    found = mentioned("Lawmakers named the clinic for Charlie Norwood, a former congressman from Georgia.",
                      "Charlie Norwood served in Congress for years.")
    assert found["Charlie Norwood"][0] == "person"


# --- rule `body_acronym_ends_no_personal_name` (101: "Charlie Norwood VA (1)" under People) ---

VA_CENTER = ("Members of Congress visited two Veterans Administration (VA) hospitals on Monday.",
             "The VA said it was looking into the deaths, and the VA has apologized.",
             "Rep. John Barrow, whose district includes the Charlie Norwood VA center, said the VA must answer.")


def test_name_ending_in_a_body_s_acronym_is_no_person() -> None:
    found = mentioned(*VA_CENTER, speakers=("John Barrow",), bodies=("VA",))
    assert found["VA"][0] == "organisation"
    assert found["Charlie Norwood VA"][0] == "organisation"


def test_body_acronym_near_variant_person_before_no_acronym_stays() -> None:
    found = mentioned("The VA said it was looking into the deaths, and the VA has apologized.",
                      "Rep. John Barrow said the VA must answer, and the VA agreed.", bodies=("VA",))
    assert found["John Barrow"][0] == "person"


# --- rule `the_title_alone_is_the_one_holder` (342: "Pope (3)" under People) ---

def test_bare_title_counts_for_the_one_holder() -> None:
    found = mentioned("Pope Francis met six victims of abuse on Monday.",
                      "It took 16 months for the new Pope to meet with them.",
                      "Editors implored the Pope in an open letter to meet victims.",
                      '"The Pope says the church should make reparations," she wrote.')
    assert "Pope" not in found
    assert found["Pope Francis"] == ("person", 4)


def test_bare_title_of_two_holders_is_no_entry() -> None:
    found = mentioned("Pope Francis met six victims of abuse on Monday.",
                      "His predecessor, Pope Benedict XVI, met victims too.",
                      "It took 16 months for the new Pope to meet with them.",
                      "Editors implored the Pope in an open letter to meet victims.",
                      '"The Pope says the church should make reparations," she wrote.')
    assert "Pope" not in found
    assert found["Pope Francis"] == ("person", 1)


def test_bare_title_near_variant_prince_of_two_royals_stays() -> None:
    found = mentioned("Prince William and Prince Harry arrived at noon.",
                      '"It was lovely," the Prince said.', "Later the Prince left.", "Then the Prince spoke.")
    assert "Prince William" in found and "Prince Harry" in found
    assert found["Prince"] == ("person", 3)


# --- rule `run_before_a_person_is_their_description` (342: "Kansas City-St. Joseph Bishop") ---

def test_run_before_a_full_name_is_no_name() -> None:
    found = mentioned("More must be done, starting with the removal of Kansas City-St. Joseph Bishop Robert Finn, "
                      "who has been found guilty of failing to report suspicions of child abuse.")
    assert "Kansas City-St. Joseph Bishop" not in found
    assert found["Robert Finn"][0] == "person"


def test_run_before_a_full_name_near_variant_written_apart_stays() -> None:
    found = mentioned("More must be done, starting with the removal of Kansas City-St. Joseph Bishop Robert Finn.",
                      "The Kansas City-St. Joseph Bishop is a post of the church.")
    assert "Kansas City-St. Joseph Bishop" in found


# --- rule `noun_of_opening_a_sentence_is_no_part_of_a_name` (433: "News of Sasser") ---

SASSER = ("Sean Sasser, an HIV activist, died Sunday.",
          "Sasser and Pedro Zamora met on MTV's show.",
          "News of Sasser's death spread quickly across social media.")


def test_noun_and_of_before_a_surname_counts_for_the_person() -> None:
    found = mentioned(*SASSER)
    assert "News of Sasser" not in found
    assert found["Sean Sasser"] == ("person", 3)


def test_noun_of_near_variant_a_body_over_of_stays() -> None:
    found = mentioned("Sean Sasser, an HIV activist, died Sunday.",
                      "Bank of America said its profit rose.", "Bank of America shares fell.")
    assert found["Bank of America"][0] == "organisation"


# --- rule `letter_beside_an_ampersand_is_no_name` (433: "U & Pedro") ---

def test_letter_joined_by_an_ampersand_is_no_name() -> None:
    assert _letter_joined_to_a_word("U & Pedro")
    found = mentioned('Another person wrote: "U & Pedro showed true grace & dignity in the face of adversity."',
                      "Pedro Zamora died in 1994.")
    assert "U & Pedro" not in found


def test_letter_near_variant_words_both_sides_stay() -> None:
    assert not _letter_joined_to_a_word("Simon & Schuster")
    assert not _letter_joined_to_a_word("AT&T")
    assert not _letter_joined_to_a_word("Q & A")


# --- rule `descriptor_is_no_title_or_name` (173: "Broadcaster Lee Thomas", 801, 977, 450) ---

def test_descriptor_before_a_full_name_is_cut_and_the_rest_is_a_person() -> None:
    found = mentioned("Broadcaster Lee Thomas' patchwork skin has been losing pigment for 17 years.",
                      "Thomas said the makeup took an hour.", speakers=("Broadcaster Lee Thomas",))
    assert "Broadcaster Lee Thomas" not in found
    assert found["Lee Thomas"][0] == "person"


def test_office_and_trade_before_a_full_name_are_cut() -> None:
    found = mentioned("Superintendent Sam Hoyle said the investigation was closed.",
                      "Editor-in-Chief Margarita Simonyan said the show was a hit.",
                      "Playwright David Katz said he was stunned.")
    assert {"Sam Hoyle", "Margarita Simonyan", "David Katz"} <= set(found)
    assert not any(name.split()[0] in ("Superintendent", "Editor-in-Chief", "Playwright") for name in found)


def test_descriptor_near_variant_one_word_after_it_stays() -> None:
    found = mentioned("Playwright Katz said he was stunned.")
    assert "Katz" not in found or found["Katz"][0] != "organisation"
    assert "Playwright" not in found


# --- rule `doubled_letter_or_h_is_one_surname` (302: "Gaddafi" beside "Moammar Gadhafi") ---

def test_surname_with_h_for_a_doubled_letter_is_the_full_name() -> None:
    found = mentioned("Sarkozy ordered a military intervention in Libya against Colonel Gaddafi.",
                      "This occurred with Libya, following Moammar Gadhafi's offensive on Benghazi.")
    assert "Gaddafi" not in found
    assert found["Moammar Gadhafi"] == ("person", 2)


def test_doubled_letter_near_variant_another_letter_stays_two() -> None:
    assert _h_for_a_doubled_letter("Gaddafi", "Gadhafi")
    assert not _h_for_a_doubled_letter("Hanson", "Hansen")
    assert not _h_for_a_doubled_letter("Gadhafi", "Qadhafi")  # the first letter: another name's start
    assert not _h_for_a_doubled_letter("Gadhafi", "Gadhafi")
    found = mentioned("Senator Hanson spoke first.", "Then Peter Hansen, a farmer, spoke.")
    assert "Peter Hansen" in found


def test_gate_near_variant_gates_surname_stays_a_person() -> None:
    found = mentioned("Defense Secretary Robert Gates said the plan would work.", "Gates said it again.")
    assert found["Robert Gates"][0] == "person"
