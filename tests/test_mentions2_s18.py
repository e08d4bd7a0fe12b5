"""Session 18 (mentions2-s18): no junk under "Other names". Each rule has a
sentence of its kind and a near variant that stays as it was."""

from __future__ import annotations

from summarizer.mentions import find_mentions


def mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


# --- rule `name_in_a_reference_is_no_mention` ("Am J Epidemiol (3)", "Gross PA (2)") -----------------------


def test_rule_name_in_a_reference_is_no_mention() -> None:
    found = mentioned("The vaccine cut deaths among the elderly.",
                      "- 14. Gross PA, Hermogenes AW. The efficacy of influenza vaccine in elderly persons.",
                      "Am J Epidemiol.", "2005;161:303-6.",
                      "- 15. Gross PA, Lee H. Influenza immunization in Kansas. Am J Epidemiol. 2009;170:679-86.")
    assert "Am J Epidemiol" not in found
    assert "Gross PA" not in found
    assert "Kansas" not in found


def test_rule_name_in_a_reference_is_no_mention_near_variant_stays() -> None:
    # a name the article's own sentences hold, and a year opening a sentence after a place
    found = mentioned("The trial ran in Kansas and Nebraska.", "He moved to Boston. 2019 was a good year for him.")
    assert found["Kansas"][1] == 1
    assert "Boston" in found


# --- rule `glued_link_labels_are_no_name` ("CrossrefMedlineGoogle Scholar (36)") ----------------------------


def test_rule_glued_link_labels_are_no_name() -> None:
    assert "CrossrefMedlineGoogle Scholar" not in mentioned("The data came from CrossrefMedlineGoogle Scholar today.")


def test_rule_glued_link_labels_are_no_name_near_variant_stays() -> None:
    # two words run together name a product
    assert "ActivePython Pro" in mentioned("They installed ActivePython Pro on the server.")


# --- rule `people_plural_is_no_name`, of two words ("New Yorkers", "African Americans") ------------------


def test_rule_people_plural_of_two_words_is_no_name() -> None:
    found = mentioned("Many New Yorkers stayed home.", "Polls of African Americans showed a shift.")
    assert "New Yorkers" not in found
    assert "African Americans" not in found


def test_rule_people_plural_of_two_words_near_variant_stays() -> None:
    # a team's plural, and a body whose last word is no people
    found = mentioned("The New York Yankees won on Sunday.", "Leaders of the African Union met in Addis Ababa.")
    assert "New York Yankees" in found
    assert "African Union" in found


# --- rule `kind_of_people_by_a_short_form_is_no_name` ("Opposition MPs (2)", "Bs (2)") --------------------


def test_rule_kind_of_people_by_a_short_form_is_no_name() -> None:
    found = mentioned("As it stands, Opposition MPs are expected to back the bill.",
                      "Hotels and B and Bs will limit their services.", "Guest houses and Bs stay open.")
    assert "Opposition MPs" not in found
    assert "Bs" not in found


def test_rule_kind_of_people_by_a_short_form_near_variant_stays() -> None:
    # the plural inside a body's name, not at its end
    assert "MPs Expenses Committee" in mentioned("On Monday the MPs Expenses Committee met.")


# --- rule `compass_word_alone_is_no_name` ("North (2)", "South (2)") --------------------------------------


def test_rule_compass_word_alone_is_no_name() -> None:
    found = mentioned("As people migrated North in greater numbers, the South changed.",
                      "The abandonment by the North moved the South.", "Few in the North cared.")
    assert "North" not in found
    assert "South" not in found


def test_rule_compass_word_alone_near_variant_stays() -> None:
    assert "North Korea" in mentioned("On Monday North Korea fired a missile.")


# --- rule `key_of_a_record_is_no_name` ("Name (1)", "Gender (1)" of a data record) -------------------------


def test_rule_key_of_a_record_is_no_name() -> None:
    # two records name the key twice: no count or opener rule leaves it out
    assert "Absolute Location" not in mentioned('The first record reads: { "Absolute Location": "Pitt St Store", }',
                                                'The second reads: { "Absolute Location": "Kent St Store", }')


def test_rule_key_of_a_record_near_variant_stays() -> None:
    assert "Absolute Location" in mentioned("The show “Absolute Location” opened in May.",
                                            "Critics loved “Absolute Location” at once.")
