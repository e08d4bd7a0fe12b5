"""Web test s15 (session 15) K2: Mentioned left out the main one-word names
("Luboku", "Hitler", "Oaxaca") and listed a role ("Artist In Residence").
Each rule with a sentence of its kind and a near variant that must stay
(sentences invented after the kinds)."""

from __future__ import annotations

from summarizer.mentions import find_mentions

REVIEW = [
    "It's no coincidence that Luboku released his new record on that day.",
    "The record allowed Luboku to reflect on the fragility of the planet.",
    "With hypnotic synths and brooding melodies, Luboku takes you on a journey.",
    "The songs are warm and the production is clean.",
]


def counted(sentences: list[str]) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, [])}


# --- Rule `repeated_one_word_name_is_listed` -------------------------------------------------


def test_a_repeated_one_word_name_is_listed_under_other_names() -> None:
    assert counted(REVIEW)["Luboku"] == ("other", 3)


def test_a_one_word_name_seen_once_stays_out() -> None:
    assert "Luboku" not in counted([REVIEW[0], REVIEW[3]])


def test_a_repeated_word_written_in_lower_case_stays_out() -> None:
    assert "Luboku" not in counted([*REVIEW, "Fans of luboku music gathered."])


def test_a_web_address_is_no_lower_case_use() -> None:
    assert counted([*REVIEW, "Tickets are on sale at luboku.com now."])["Luboku"][0] == "other"


def test_a_label_before_a_number_stays_out() -> None:
    found = counted(["The results are shown in Figure 1 below.", "As Figure 2 shows, the rate fell.",
                     "The rate rose again later."])
    assert "Figure" not in found


def test_a_piece_of_a_longer_name_stays_out() -> None:
    found = counted(["She created Coils to Locs in 2019.", "The team at Coils to Locs grew fast.",
                     "Sales doubled."])
    assert "Coils" not in found


def test_a_repeated_place_name_the_lists_do_not_know_is_listed() -> None:
    found = counted(["The mezcal comes from Oaxaca and other states.", "The owners grew up in Oaxaca.",
                     "A second location opens in Ferndale.", "The Ferndale menu is shorter."])
    assert found["Oaxaca"] == ("other", 2)


# --- Rule `hyphenated_common_phrase_is_no_name` ----------------------------------------------


def test_a_role_written_hyphenated_in_lower_case_is_no_name() -> None:
    found = counted(["Right now, I'm an artist-in-residence at the studio.",
                     "She was named Artist In Residence last spring.", "The show opens soon."])
    assert "Artist In Residence" not in found


def test_a_title_written_in_lower_case_with_spaces_stays() -> None:
    found = counted(["His record Pale Blue Dot came out on Friday.", "It asks us to consider our own pale blue dot.",
                     "Pale Blue Dot is his best work."])
    assert "Pale Blue Dot" in found
