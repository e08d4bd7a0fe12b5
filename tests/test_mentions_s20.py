"""Session 20 (mentions-s20): split, glued and junk names and wrong kinds
in the brief's "Mentioned" list (QA rounds 53 and 54, web tester s19,
CNN-Corpus dev). Each rule has a sentence of its kind and a near variant
that stays as it was."""

from __future__ import annotations

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.mentions import _opens_with_an_acronym, find_mentions


def mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


def names_in(sentence: str) -> list[str]:
    return [name.text for name in find_names(tokenize(sentence, 0, len(sentence)))]


# --- rule `nationality_alone_is_no_name` for a place of several words (QA 53, 696: "South Korean (2)") ------


def test_people_of_a_two_word_place_is_no_name() -> None:
    found = mentioned("South Korean TV channel YTN reported that police had entered.",
                      "The ferry sank off the South Korean coast.")
    assert "South Korean" not in found


def test_longer_name_holding_a_two_word_people_stays() -> None:
    assert "South Korean Air Force" in mentioned("He joined the South Korean Air Force in 1990.")


# --- rule `state_of_names_a_place` with three qualifiers (QA 53, 696: "Gwangju" under Other names) ---------


def test_city_of_with_three_qualifiers_is_a_place() -> None:
    found = mentioned("Inside a courtroom in the southwestern South Korean city of Gwangju, relatives spoke.",
                      "The Gwangju courtroom was full.")
    assert found["Gwangju"] == ("place", 2)


def test_name_after_of_without_a_place_kind_stays_untyped() -> None:
    found = mentioned("Inside a courtroom in the southwestern South Korean office of Gwangju, relatives spoke.",
                      "The Gwangju courtroom was full.")
    assert found.get("Gwangju", ("other", 0))[0] == "other"


# --- rule `question_verb_is_no_part_of_a_name` (QA 54, 750: "Will China" under People) ----------------------


def test_question_verb_before_a_place_is_no_part_of_it() -> None:
    found = mentioned("Will China be open to changing the elections system in the future?", "China said no.")
    assert "Will China" not in found
    assert found["China"] == ("place", 2)


def test_first_name_will_before_a_surname_stays() -> None:
    found = mentioned("Will Smith said he would come back.", "Smith is an actor.")
    assert found["Will Smith"][0] == "person"


# --- rule `possessive_inside_a_body_name` (names; QA 54, 750: "... of the National People" / "Congress") ------


def test_peoples_inside_a_body_name() -> None:
    assert names_in("They demand that the Standing Committee of the National People's Congress rescind it.") \
        == ["Standing Committee of the National People's Congress"]
    assert names_in("The People's Liberation Army said it would respond.") == ["People's Liberation Army"]


def test_lower_case_peoples_stays_an_owner() -> None:
    assert names_in("It is the people's Congress now.") == ["Congress"]


# --- rule `piece_of_a_name_over_of_is_no_name` (QA 54: "Baseball Hall", "Union (3)", "Marriage Act") --------


def test_piece_of_a_name_over_of_is_no_name() -> None:
    assert "Union" not in mentioned("Expect him to address it during his State of the Union address Tuesday.")
    assert "Marriage Act" not in mentioned("The court rejected parts of the federal Defense of Marriage Act.")
    found = mentioned("Baseball Hall of Fame manager Earl Sidney Weaver died Saturday.")
    assert "Baseball Hall" not in found
    assert found["Earl Sidney Weaver"][0] == "person"


def test_body_after_a_title_or_a_name_and_of_stays() -> None:
    assert mentioned("He met the Secretary of the Navy today.", "The Navy said no.")["Navy"][0] == "organisation"
    found = mentioned("Judge Mary Jacobson of Mercer County Superior Court wrote in her ruling.")
    assert found["Mercer County Superior Court"][0] == "organisation"
    assert "US House Committee on Financial Services" in mentioned(
        "She is Chair of the US House Committee on Financial Services now.")
    assert "Muslim Brotherhood" in mentioned("Members of the Muslim Brotherhood said it was wrong.")


# --- rule `rank_in_capitals_before_a_surname_is_a_title` (CNN-Corpus dev 417: "LTC Ausmer") -----------------


def test_rank_in_capitals_before_a_surname_counts_for_the_person() -> None:
    found = mentioned("Sgt. Wilson Ausmer, Jr.'s claim is typical.", "Ausmer argues he was not able to file.",
                      '"LTC Ausmer states that he had anxiety attacks," said his lawyers.')
    assert "LTC Ausmer" not in found
    assert found["Wilson Ausmer"] == ("person", 3)


def test_capitals_before_no_surname_of_the_article_stay() -> None:
    found = mentioned("The LTC Cash Voucher Scheme is new.", "Mr. Wilson Cash said so.")
    assert found["LTC Cash Voucher Scheme"][0] == "other"
    assert found["Wilson Cash"][0] == "person"


# --- rule `acronym_opens_no_personal_name` (web tester s19, hellogiggles: "DNA Renewal" under People) --------


def test_acronym_opens_no_personal_name() -> None:
    found = mentioned("Dr. Ronald Moy, a dermatologist and the founder DNA Renewal, said it.")
    assert found["DNA Renewal"][0] != "person"
    assert found["Ronald Moy"][0] == "person"


def test_initials_a_first_name_or_a_line_in_capitals_stay() -> None:
    assert not _opens_with_an_acronym("JR Smith")  # two capitals: initials
    assert not _opens_with_an_acronym("HLN Anchor Susan Hendricks")  # a known first name
    assert not _opens_with_an_acronym("ROD STEWART AGAIN")  # a line in capitals
    assert _opens_with_an_acronym("DNA Renewal")


# --- rule `other_name_ending_folds_into_the_longer` (web tester s19: "Apricot Scrub" listed twice) ----------


def test_other_name_ending_folds_into_the_longer() -> None:
    found = mentioned("The first glob of St. Ives Apricot Scrub touched down on your cheek.",
                      "Between the Apricot Scrub and the exfoliating acids, you owe them an apology.")
    assert found == {"St. Ives Apricot Scrub": ("other", 2)}


def test_ending_of_two_longer_names_stays_apart() -> None:
    found = mentioned("The first glob of St. Ives Apricot Scrub touched down on your cheek.",
                      "The Kroger Apricot Scrub is cheaper.",
                      "Between the Apricot Scrub and the exfoliating acids, you owe them an apology.")
    assert "Apricot Scrub" in found


# --- rule `body_apposition_marks_a_body` after "the" (QA 53, 934: "Progressive Movement of Mexico") --------


def test_body_head_before_the_name_and_the() -> None:
    found = mentioned("The tribunal rejected a demand by Lopez Obrador's coalition, the Progressive Movement "
                      "of Mexico, to invalidate the election.")
    assert found["Progressive Movement of Mexico"][0] == "organisation"


def test_no_body_head_before_the_name_and_the_stays() -> None:
    found = mentioned("The tribunal rejected a demand by Lopez Obrador's friend, the Progressive Movement "
                      "of Mexico, to invalidate the election.")
    assert found["Progressive Movement of Mexico"][0] == "other"


# --- rule `common_noun_ends_no_name` (no_names.txt; QA 53, 553: "Syrian Internet (7)", "BGPmon Internet") ---


def test_capitalised_common_noun_ends_no_name() -> None:
    found = mentioned("The Renesys, Akamai and BGPmon Internet tracking companies reported the loss of "
                      "Syrian Internet connectivity.", "Syria has largely disappeared from the Internet.")
    assert "Syrian Internet" not in found and "BGPmon Internet" not in found and "Internet" not in found


def test_name_opened_by_the_common_noun_stays() -> None:
    assert "Internet Archive" in mentioned("The Internet Archive kept a copy of the page.")


# --- rule `kin_word_marks_a_person` for a family name first (QA 53, 965: "Bo Xilai" under Other names) ------


def test_family_name_first_owning_a_kin_word_is_a_person() -> None:
    found = mentioned("One of the aspects of Bo Xilai's trial in China was odd.",
                      "Bo's family was allowed into the courtroom.")
    assert found["Bo Xilai"][0] == "person"


def test_no_kin_word_leaves_the_name_untyped() -> None:
    found = mentioned("One of the aspects of Bo Xilai's trial in China was odd.",
                      "Bo's verdict was read out in the courtroom.")
    assert found["Bo Xilai"][0] == "other"


# --- rule `heading_name_is_no_name` (web tester s19: "Twitter Thread", "Bullpin Editor") --------------------


def test_other_name_only_in_headings_is_no_name() -> None:
    found = mentioned("Chikan is a problem.", "A Twitter Thread", "She wrote a long post.",
                      "Bullpin Editor for Outkick The Coverage")
    assert "Twitter Thread" not in found and "Bullpin Editor" not in found


def test_other_name_in_a_sentence_stays() -> None:
    assert "Twitter Thread" in mentioned("Chikan is a problem.", "She started A Twitter Thread on it.")


# --- rule `other_names_need_an_english_text` (web tester s19, lastampa: "Interessate Marche (2)") ------------

ITALIAN = ("Interessate Marche, Abruzzo, Molise, Umbria e Lazio.",
           "Le temperature sono in calo e la neve cade anche a bassa quota in tutta la regione.",
           "Secondo gli esperti della protezione civile il maltempo durerà ancora per qualche giorno.")


def test_untyped_run_in_another_language_is_no_name() -> None:
    assert "Interessate Marche" not in mentioned(*ITALIAN)


def test_untyped_run_in_english_and_a_listed_place_stay() -> None:
    assert "Interessate Marche" in mentioned("Interessate Marche is a new shop in the old town, he said.",
                                             "It opened on Monday and the owners are pleased with it.")
    assert "S-Bahn Berlin" in mentioned(*ITALIAN, "Il treno della S-Bahn Berlin era in ritardo di un'ora.")


# --- rule `place_suffix_names_a_place` (place_words.txt; QA 53, 587: "Aberdeenshire" under Other names) -----


def test_county_suffix_names_a_place() -> None:
    found = mentioned("Castle Fraser, Aberdeenshire.", "Found in the Aberdeenshire woodlands, it is old.")
    assert found["Aberdeenshire"][0] == "place"


def test_suffix_opening_a_longer_name_stays() -> None:
    found = mentioned("Berkshire Hathaway bought it.", "Berkshire said so.", "Berkshire shares rose.")
    assert found.get("Berkshire", ("other", 0))[0] != "place"
