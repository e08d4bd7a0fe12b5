"""Session 19 (mentions2-s19): fragments, labels and wrong kinds in the
brief's "Mentioned" list (QA round 53, web tester s19). Each rule has a
sentence of its kind and a near variant that stays as it was."""

from __future__ import annotations

from summarizer.mentions import find_mentions


def mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


# --- sentence_starters.txt: contracted "have" after a pronoun ("They've (1)", QA 53, 696) -----------------


def test_contracted_pronoun_is_no_name() -> None:
    found = mentioned("They've told us nothing, the families said.", "Mark Smith left the port.")
    assert "They've" not in found
    assert found["Mark Smith"][0] == "person"


def test_contracted_pronoun_near_variant_name_stays() -> None:
    assert "Theyve Records" not in mentioned("They said so.")
    assert mentioned("Ethan Smith said they've left.", "Ethan Smith stayed.")["Ethan Smith"] == ("person", 2)


# --- rule `generic_body_word_is_no_name`: "watch" (web tester s19, pamela: "Watch (1)") ----------------------


def test_watch_alone_is_no_body() -> None:
    assert "Watch" not in mentioned("The people will win.", "More to come. Watch this space!")


def test_watch_of_a_body_named_in_full_stays() -> None:
    found = mentioned("Human Rights Watch said the arrests were illegal.", "Watch researchers found more.")
    assert found["Human Rights Watch"][0] == "organisation"
    assert "Watch" not in found


# --- rule `descriptor_is_no_title_or_name` ("Billionaire Yoo Byung Eun (7)", QA 53, 696) --------------------


def test_descriptor_before_a_personal_name_is_cut() -> None:
    found = mentioned("Billionaire Yoo Byung Eun, 73, controlled the firm.", "Yoo denied the charges.")
    assert "Billionaire Yoo Byung Eun" not in found
    assert found["Yoo Byung Eun"][0] == "person"


def test_descriptor_before_one_word_or_a_body_stays() -> None:
    found = mentioned("He hugged the couple's children, Chiara and Dante.", "Daughter Chiara, a freshman, spoke.",
                      "Fans of the \"Sister Wives\" reality stars cheered.",
                      "The teacher retired.", "The Teacher Retirement System pays a pension to every retirement.")
    assert "Daughter Chiara" in found
    assert "Sister Wives" in found
    assert "Teacher Retirement System" in found


# --- titles.txt: "Special Envoy", "Consul" (QA 53: "UK Special (1)", 756; "British Consul (1)", 734) --------


def test_consul_and_special_envoy_are_titles() -> None:
    found = mentioned("The British Consul arrived in Koh Tao on Tuesday.",
                      "UK Special Envoy for Human Trafficking Anthony Steen told CNN he was not surprised.")
    assert "British Consul" not in found
    assert "UK Special" not in found
    assert found["Anthony Steen"][0] == "person"


def test_envoy_alone_still_a_title() -> None:
    found = mentioned("U.N. Envoy Lakhdar Brahimi met the rebels.")
    assert found["Lakhdar Brahimi"][0] == "person"


# --- first_names.txt: "Philippe" (web tester s19, pamela: "Philippe Bourgois" under Other names) ------------


def test_listed_first_name_makes_a_person() -> None:
    assert mentioned("For example, Philippe Bourgois recognises four types of violence.")[
        "Philippe Bourgois"][0] == "person"


def test_unlisted_first_word_stays_other() -> None:
    assert mentioned("For example, Quorin Bourgois recognises four types of violence.")[
        "Quorin Bourgois"][0] == "other"


# --- organisation_acronyms.txt: bodies written as words (QA 53, 707: Xinhua, SCMP under Other names) ------


def test_news_agency_and_paper_are_organisations() -> None:
    found = mentioned("Xinhua reported the arrest.", "The South China Morning Post said the couple ran a cafe.")
    assert found["Xinhua"][0] == "organisation"
    assert found["South China Morning Post"][0] == "organisation"


def test_post_alone_is_no_body_end() -> None:
    assert mentioned("Emily Post wrote the book.")["Emily Post"][0] == "person"


# --- rule `glued_opener_is_no_part_of_a_name` ("New Coinbase (45)", "URL Chrome (13)": web tester s19) ------


def test_common_opener_is_no_part_of_a_name() -> None:
    found = mentioned("New Coinbase users can get $10.", "So Coinbase charges fees.", "Buy at Coinbase today.",
                      "I like Coinbase.", "The new app works.")
    assert "New Coinbase" not in found
    assert found["Coinbase"][1] == 4


def test_thing_abbreviation_opener_is_no_part_of_a_name() -> None:
    found = mentioned("It checks the actual URL Chrome visited.", "So Chrome is a browser.", "Now Chrome warns you.",
                      "We like Chrome.")
    assert "URL Chrome" not in found
    assert found["Chrome"][1] == 4


def test_glued_opener_near_variants_stay() -> None:
    # inside a sentence, a listed place, and a rest never written alone often enough
    found = mentioned("Ships of the Royal Navy left.", "So Navy ships came.", "A Navy ship.", "The Navy said no.",
                      "A royal visit.")
    assert "Royal Navy" in found
    assert "New Delhi" in mentioned("New Delhi is big.", "So Delhi is hot.", "In Delhi it rains.", "Delhi is far.",
                                    "A new road.")
    assert "DNA Renewal" in mentioned("The founder DNA Renewal makes creams.", "DNA is a molecule.")


# --- rule `verb_opens_no_name`: an acronym with a hyphenated tail ("Being AMP-first (5)", axios) ------------


def test_gerund_before_a_hyphenated_acronym_is_no_name() -> None:
    found = mentioned("Being AMP-first means we build fast.", "AMP is great.", "It is being built.")
    assert "Being AMP-first" not in found


def test_gerund_before_a_hyphenated_acronym_never_written_lower_stays() -> None:
    found = mentioned("Fleming AMP-first wrote the paper.", "AMP is great.")
    assert "Fleming AMP-first" in found
