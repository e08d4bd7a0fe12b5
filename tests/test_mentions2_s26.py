"""Session 26 (mentions2-s26): the brief's Mentioned list, faults left by mentions-s26 and the
session's reader rounds: a count wrapped alone onto its own row (cnn128 at 80 columns), and names
cut or typed wrong by the names layer. Each rule with a sentence of the kind fixed and a near
variant that must stay as it is."""

import io

from rich.console import Console
from rich.text import Text

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.mentions import find_mentions
from summarizer.model import OTHER, PLACE, Mention
from summarizer.render.brief import names_line
from summarizer.render.layout import KeptCitations
from summarizer.render.plainwrap import GLUE, wrapped

# --- rule `count_stays_with_its_name` (cnn128 at COLUMNS=80: "(1)" alone on a row) ---

PLACES = [Mention(name, PLACE, count) for name, count in
          (("Spain", 3), ("United States", 2), ("Europe", 1), ("Latin America", 1), ("Madrid", 1))]
NAMES = names_line(PLACES, 1, glued=True)  # "Spain (3), United States (2), ... Madrid (1) and 1 more"


def rich_rows(line: str, width: int) -> list[str]:
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(KeptCitations(Text(line)))
    return [row.rstrip() for row in console.export_text().splitlines()]


def test_count_wraps_with_its_name() -> None:
    rows = wrapped(NAMES, 70)
    assert rows == ["Spain (3), United States (2), Europe (1), Latin America (1),", "Madrid (1) and 1 more"]
    assert rich_rows(NAMES, 70) == rows
    two = names_line([Mention("CNN", OTHER, 3), Mention("University of Dayton", OTHER, 1)], glued=True)
    assert rich_rows(two, 80) == ["CNN (3), University of Dayton (1)"]


def test_count_near_variant_other_words_still_break() -> None:
    rows = wrapped(NAMES, 30)
    assert rows[0] == "Spain (3), United States (2),"
    assert all(GLUE not in row for row in rows)
    # session 27 (rule `name_wraps_whole`): the name's own spaces are glued too; the list's commas break
    assert names_line([Mention("Bill (a draft)", OTHER, 2)], glued=True) == f"Bill{GLUE}(a{GLUE}draft){GLUE}(2)"


def mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


def names(sentence: str) -> list[str]:
    return [name.text for name in find_names(tokenize(sentence, 0, len(sentence)))]


# --- rule `field_after_of_ends_a_title` (723: "Railway Infrastructures (1)") ---


def test_title_through_of_and_its_field_names_no_one() -> None:
    assert names("He spoke with the president of the state-owned Administrator of Railway Infrastructures.") == []
    assert names("The Minister of Defence said the troops would stay.") == []


def test_title_through_of_near_variant_a_place_or_a_body_is_named() -> None:
    assert names("The President of France said the troops would stay.") == ["France"]
    assert names("The President of Harvard University spoke on Monday.") == ["Harvard University"]
    assert names("The Secretary of State John Kerry said so.") == ["John Kerry"]


# --- rule `eponym_compound_is_no_mention` (969: "Peter Higgs (19)" of every "Higgs boson") ---


def test_surname_in_a_thing_named_after_him_is_no_mention() -> None:
    found = mentioned("The particle is part of a theory first proposed by physicist Peter Higgs in the 1960s.",
                      "The Higgs boson was found at CERN.", "So Higgs bosons exist, but are elusive.",
                      "They fill the Higgs energy field.")
    assert found["Peter Higgs"] == ("person", 1)


def test_surname_in_a_thing_near_variant_he_himself_counts() -> None:
    found = mentioned("The particle is part of a theory first proposed by physicist Peter Higgs in the 1960s.",
                      "Higgs said he was delighted.", "The Higgs boson was found at CERN.")
    assert found["Peter Higgs"] == ("person", 2)


# --- rule `road_before_a_code_is_no_mention` (police blotter: "Township Road (1)" under Places) ---


def test_road_named_by_a_code_is_no_place_of_its_words() -> None:
    found = mentioned("A vehicle driven by Todd Richter was southbound on Township Road 1950E at about 311N.")
    assert "Township Road" not in found


def test_road_near_variant_a_road_named_alone_stays() -> None:
    found = mentioned("A vehicle driven by Todd Richter was southbound on Township Road at about noon.")
    assert "Township Road" in found


# --- names layer: `listed_name_holds_in` through "the", `fields_joined_after_for_hold_and`,
# `number_ends_a_numbered_name` after "Formula" (85, 134, 760, 510) ---


def test_body_named_through_in_the_and_through_fields_is_whole() -> None:
    assert names("Michael Jacobson, executive director of the Center for Science in the Public Interest, "
                 "says the FDA must act.") == ["Michael Jacobson", "Center for Science in the Public Interest", "FDA"]
    assert "Belfer Center for Science and International Affairs" in names(
        "Nawaf Obaid, a visiting fellow at the Belfer Center for Science and International Affairs at Harvard "
        "University, said so.")
    assert "Mercedes Formula 1" in names("Lewis Hamilton will race for the Mercedes Formula 1 team next season.")


def test_body_named_through_in_and_near_variant_other_names_stay_apart() -> None:
    assert names("He moved the Center for Science in the Middle East to Dubai.") == ["Center for Science",
                                                                                      "Middle East", "Dubai"]
    assert names("The Center for Science and Barack Obama agreed.") == ["Center for Science", "Barack Obama"]


# --- sentence_starters.txt "through", "across" (678: "Through Yekokeb Berhan (5)") ---


def test_opening_preposition_is_no_part_of_a_name() -> None:
    assert names("Through Yekokeb Berhan's \"Community Self-Help Savings Group\" each is getting help.") == [
        "Yekokeb Berhan", "Community Self-Help Savings Group"]
    assert names("Across social media, activists called for a protest.") == []


def test_opening_preposition_near_variant_a_name_after_it_stays() -> None:
    assert names("Through the years, Yekokeb Berhan grew.") == ["Yekokeb Berhan"]


# --- rule `auxiliary_inside_is_no_name` (678: "Mary Had (1)" under People) ---


def test_auxiliary_inside_a_title_case_run_is_no_name() -> None:
    found = mentioned("I was treated to a version of the nursery rhyme Mary Had a Little Lamb.")
    assert "Mary Had" not in found


def test_auxiliary_inside_near_variant_a_name_so_written_stays() -> None:
    found = mentioned("The columnist George Will wrote about it on Monday.")
    assert found["George Will"][0] == "person"


# --- rule `place_in_a_listed_place_is_no_longer_name` (810: "Nuevo Laredo (2)" under People) ---


def test_place_before_a_listed_place_is_its_own_place() -> None:
    found = mentioned("The Zetas -- headquartered in Nuevo Laredo, Mexico, directly across the border from "
                      "Laredo, Texas -- make up Mexico's largest drug cartel.")
    assert found["Nuevo Laredo"] == ("place", 1)
    assert found["Laredo"] == ("place", 1)


def test_place_before_a_listed_place_near_variant_a_surname_stays_his() -> None:
    found = mentioned("Tom Laredo said so.", "Laredo, Texas's senator, agreed.")
    assert "Laredo" not in found
    assert found["Tom Laredo"] == ("person", 2)


# --- `surname_alone_marks_a_person` after a number (710: "Sina Weibo (3)" under People) ---


def test_word_after_a_number_marks_no_person() -> None:
    found = mentioned("China's massively popular microblogging site, Sina Weibo is being censored.",
                      "About 152 out of 10,000 Weibo posts were blocked.")
    assert found["Sina Weibo"][0] != "person"


def test_word_after_a_number_near_variant_a_surname_alone_marks_him() -> None:
    found = mentioned("Nic Batum scored twelve points.", "The crowd cheered as Batum gave the team a lift.")
    assert found["Nic Batum"][0] == "person"


# --- rule `movement_opener_names_no_place`, "-style" (867: "Occupy Wall Street (2)" under Places) ---


def test_movement_named_for_a_street_is_no_place() -> None:
    found = mentioned("Activists announced Occupy Wall Street-style protests of the summit.",
                      "Several recent Occupy Wall Street demonstrations led to arrests.")
    assert found["Occupy Wall Street"] == ("other", 2)
    assert "Occupy Wall Street-style" not in found


def test_movement_near_variant_the_street_is_a_place() -> None:
    assert mentioned("Bankers walked down Wall Street on Monday.")["Wall Street"][0] == "place"

