"""Session 23 (mentions4-s23): the brief's Mentioned lists, findings of reader rounds 64 and 65
(/work/briefing/qa-round64.md, qa-round65.md): people typed wrong, bodies missing or split, two
people sharing a family name. Each rule with a sentence of the kind fixed and a near variant."""

from summarizer.mentions import find_mentions


def mentioned(*sentences: str, speakers: tuple[str, ...] = (), bodies: tuple[str, ...] = ()
              ) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers, bodies)}


# --- bodies known by a name of their own (organisation_acronyms.txt) ---


def test_bodies_known_by_a_name_without_a_body_word_are_organisations() -> None:
    found = mentioned("The watchdog group Common Cause filed a complaint on Monday.",
                      "Marine Le Pen leads the National Front, and the European Movement campaigns against it.",
                      "The Red Cross and Medecins Sans Frontieres sent doctors to the town.")
    for body in ("Common Cause", "National Front", "European Movement", "Red Cross",
                 "Medecins Sans Frontieres"):
        assert found[body][0] == "organisation", body


def test_bodies_known_by_a_name_near_variant_a_common_phrase_is_no_body() -> None:
    # written in lower case, the words name nothing
    found = mentioned("They made common cause with the unions at the front.")
    assert "Common Cause" not in found


# --- rule `family_name_of_two_full_names_makes_both_people` (783: Hu Jintao, Hu Chunhua) ---


def test_family_name_two_full_names_share_makes_both_people() -> None:
    found = mentioned("Hu Jintao, the incumbent president, will step down.",
                      "Other analysts credit President Hu for the move.",
                      "Lam said Hu is now able to anoint his protege, Hu Chunhua, as a successor.")
    # which of the two the word alone names the list cannot tell: it counts for neither
    assert found["Hu Jintao"] == ("person", 1)
    assert found["Hu Chunhua"] == ("person", 1)


def test_family_name_near_variant_a_name_after_the_stays_other() -> None:
    found = mentioned("Analysts debated the Hu Doctrine at length.",
                      "Other analysts credit President Hu for the move.")
    assert found.get("Hu Doctrine", ("other",))[0] != "person"


# --- rule `quoted_kin_name_is_a_title` (435: "Uncle Willie") ---


def test_quoted_kin_name_is_a_title() -> None:
    found = mentioned('She was cast as Esther in the 1956 production of "Uncle Willie."')
    assert found.get("Uncle Willie", ("other",))[0] != "person"


def test_quoted_kin_name_near_variant_unquoted_relative_stays_a_person() -> None:
    found = mentioned("Her Uncle Willie, 71, drove her to the audition.")
    assert found["Uncle Willie"][0] == "person"


# --- rule `person_piece_of_a_quoted_title_is_no_name` (435: "Will Travel") ---


def test_person_piece_of_a_quoted_title_is_no_name() -> None:
    found = mentioned('She landed guest roles on hit shows, including "Twilight Zone" and "Have Gun -- Will Travel."')
    assert "Will Travel" not in found


def test_person_piece_of_a_quoted_title_near_variant_a_name_after_of_stays() -> None:
    found = mentioned('He wrote the book "The Trials of Henry Kissinger" in 2001.')
    assert found["Henry Kissinger"][0] == "person"


# --- rule `birth_name_marks_a_person` (435: "Arline Sax") ---


def test_birth_name_marks_a_person() -> None:
    found = mentioned("She was still using her birth name Arline Sax for her credits then.")
    assert found["Arline Sax"][0] == "person"


def test_birth_name_near_variant_a_brand_name_marks_no_person() -> None:
    found = mentioned("The company sold it under the brand name Arline Sax for years.")
    assert found.get("Arline Sax", ("other",))[0] != "person"


# --- source_nouns.txt `described: ruler` (602: "Sultan Qaboos") ---


def test_ruler_apposed_to_a_name_marks_a_person() -> None:
    found = mentioned("Oman's ruler, Sultan Qaboos bin Said, opened the Royal Opera House Muscat in 2011.")
    assert any(kind == "person" and name.startswith("Sultan Qaboos") for name, (kind, _) in found.items())


def test_ruler_near_variant_rules_of_a_body_stay_a_body() -> None:
    found = mentioned("The rules of the Royal Opera House Muscat were changed in 2011.")
    assert found["Royal Opera House Muscat"][0] != "person"


# --- rule `era_named_like_a_person_is_no_person` (660: "Jim Crow") ---


def test_era_named_like_a_person_is_no_person() -> None:
    found = mentioned("He succumbed to the anger of growing up under Jim Crow, he said.")
    assert found.get("Jim Crow", ("other",))[0] != "person"


def test_era_named_like_a_person_near_variant_another_jim_stays_a_person() -> None:
    found = mentioned("He succumbed to the anger of growing up under Jim Crowley, he said.")
    assert found["Jim Crowley"][0] == "person"


# --- rules `acronym_spells_no_closing_place`, `acronym_of_either_word_order`,
# `acronym_of_a_body_names_its_full_name_a_body` (943: LCC; 376: DOJ) ---


def test_acronym_of_a_body_before_a_closing_place_folds_into_it() -> None:
    found = mentioned("At least 70 people were killed, the Local Coordination Committees of Syria group said.",
                      '"There is no bread," the LCC said.', "The opposition LCC posted a video.",
                      bodies=("LCC",))
    assert found["Local Coordination Committees of Syria"] == ("organisation", 3)
    assert "LCC" not in found


def test_acronym_of_either_word_order_folds() -> None:
    found = mentioned("The Justice Department sued the state.", '"The DOJ has no valid reason," he said.',
                      "The Justice Department will appeal.")
    assert found["Justice Department"] == ("organisation", 3)
    assert "DOJ" not in found


def test_acronym_near_variant_another_bodys_acronym_stays_apart() -> None:
    found = mentioned("The Justice Department sued the state.", "The FBI will help.")
    assert found["FBI"] == ("organisation", 1)
    assert found["Justice Department"] == ("organisation", 1)


def test_acronym_near_variant_a_law_under_other_names_takes_no_acronym() -> None:
    found = mentioned("The Voting Rights Act was passed in 1965.", "The VRA was weakened in 2013.",
                      bodies=("VRA",))
    assert found.get("Voting Rights Act", ("other", 1))[0] != "organisation"


