"""Session 19 (mentions-s19): junk and wrong kinds in the brief's "Mentioned" list."""

from __future__ import annotations

from summarizer.brief import make_brief
from summarizer.model import MentionKind
from summarizer.reading import Article


def _kinds(text: str) -> dict[str, MentionKind]:
    """The names the brief of `text` lists under "Mentioned", with their kinds."""
    return {m.name: m.kind for m in make_brief([Article(text, source="article.txt")]).mentions}


# --- rule `listed_place_holds_and` (names.py, places.txt) ---------------------------------------------------


def test_rule_listed_place_holds_and() -> None:
    # searchlight.vc: "St. Vincent and the Grenadines" was the other name "St. Vincent"
    kinds = _kinds("The minister flew from St. Vincent and the Grenadines to Trinidad and Tobago on Monday. "
                   "She met officials there.")
    assert kinds.get("St. Vincent and the Grenadines") == "place"
    assert kinds.get("Trinidad and Tobago") == "place"
    assert "St. Vincent" not in kinds and "Trinidad" not in kinds


def test_rule_listed_place_holds_and_near_variant_stays() -> None:
    # two places joined by "and" that make no listed name stay two
    kinds = _kinds("The minister flew from Trinidad and Jamaica to Cuba on Monday. She met officials there.")
    assert kinds.get("Trinidad") == "place" and kinds.get("Jamaica") == "place"
    assert not any(" and " in name for name in kinds)


# --- places.txt: "St. Louis" ---------------------------------------------------------------------------------


def test_st_louis_is_a_listed_place() -> None:
    # CNN-Corpus 387: "St. Louis" was under Other names
    assert _kinds("Officials in St. Louis met on Monday. They agreed on a plan.").get("St. Louis") == "place"


def test_st_louis_park_stays_a_place_of_its_own() -> None:
    kinds = _kinds("Officials in St. Louis Park met on Monday. They agreed on a plan.")
    assert "St. Louis" not in kinds


# --- rule `state_of_names_a_place`: a qualified kind of place ---------------------------------------------


def test_rule_state_of_names_a_place_through_a_qualifier() -> None:
    # CNN-Corpus 682: "Houla" of "the Syrian town of Houla" was under Other names
    kinds = _kinds("A witness to the massacre in the Syrian town of Houla spoke. "
                   "He said conditions in Houla were desperate.")
    assert kinds.get("Houla") == "place"


def test_rule_state_of_names_a_place_near_variant_stays() -> None:
    # no kind of place before "of": the name is no place by this rule
    kinds = _kinds("A witness to the massacre in the Syrian bombing of Houla spoke. "
                   "He said conditions in Houla were desperate.")
    assert kinds.get("Houla") != "place"


# --- rule `listed_body_written_as_a_word` (organisation_acronyms.txt: bodies named by a word) ---------------


def test_rule_listed_body_written_as_a_word_armed_groups_and_papers() -> None:
    # CNN-Corpus 352, 667, 304: "Boko Haram" was a person, "Newsday" other, "Al-Shabaab" left out
    kinds = _kinds("Boko Haram attacked the village on Monday. Militants of Al-Shabaab and Hamas were also "
                   "blamed, Newsday reported. Al-Shabaab denied it.")
    assert kinds.get("Boko Haram") == "organisation"
    assert kinds.get("Al-Shabaab") == "organisation"
    assert kinds.get("Newsday") == "organisation"


def test_rule_listed_body_written_as_a_word_near_variant_stays() -> None:
    # a name the list does not hold, written the same way, gets no body's kind
    kinds = _kinds("Boko Karam attacked the village on Monday. Militants of Al-Shabeeb were also blamed, "
                   "Newsweekly reported. Al-Shabeeb denied it.")
    assert "organisation" not in kinds.values()


# --- rule `document_is_no_body` (no_names.txt document_ends: a rule) -----------------------------------------


def test_rule_document_is_no_body_a_rule() -> None:
    # newrepublic: "Volcker Rule" was listed under Organisations
    kinds = _kinds("Banks fought the Volcker Rule for years. The Volcker Rule was weakened in 2018.")
    assert kinds.get("Volcker Rule") == "other"


def test_rule_document_is_no_body_near_variant_stays() -> None:
    kinds = _kinds("Banks fought the Volcker Commission for years. The Volcker Commission was closed in 2018.")
    assert kinds.get("Volcker Commission") == "organisation"


# --- rule `publication_or_band_word_ends_a_body` (place_words.txt body_ends: a publisher) ------------------


def test_rule_publisher_word_ends_a_body() -> None:
    # newrepublic: "Reprinted by permission of Basic Books, New York" made "Basic Books" a place
    kinds = _kinds("The essay was reprinted by permission of Basic Books, New York. It was a success.")
    assert kinds.get("Basic Books") == "organisation"


def test_rule_publisher_word_ends_a_body_near_variant_stays() -> None:
    # rule `place_before_a_place` still reads a town before its state
    kinds = _kinds("The essay was written by a teacher of South Portland, Maine. It was a success.")
    assert kinds.get("South Portland") == "place"


# --- rule `first_names_share_a_surname` ----------------------------------------------------------------------


def test_rule_first_names_share_a_surname() -> None:
    # CNN-Corpus 720: "Barry and June Steenkamp" named neither parent
    kinds = _kinds("Reeva Steenkamp died in 2013. Her parents, Barry and June Steenkamp, were in court. "
                   "Her mother wept.")
    assert kinds.get("Barry Steenkamp") == "person"
    assert kinds.get("June Steenkamp") == "person"


def test_rule_first_names_share_a_surname_near_variant_stays() -> None:
    # the surname opens a body's name: no person is made of it
    kinds = _kinds("Reeva Steenkamp died in 2013. Her parents, Barry and Jane Smith Foundation, gave money. "
                   "Her mother wept.")
    assert "Barry Smith" not in kinds and "Jane Smith" not in kinds


def test_rule_first_names_share_a_surname_not_after_a_first_name() -> None:
    # dailymail: "chefs Jamie Oliver and Hugh Fearnley-Whittingstall": "Oliver" is a surname here
    kinds = _kinds("The letter was backed by chefs Jamie Oliver and Hugh Fearnley-Whittingstall. They want a ban.")
    assert "Oliver Fearnley-Whittingstall" not in kinds


# --- rule `piece_of_a_quoted_title_is_no_name` ---------------------------------------------------------------

BOOK = ('Jonathan Katz wrote the book "The Big Truck That Went By: How the World Came to Save Haiti and '
        'Left Behind a Disaster." ')


def test_rule_piece_of_a_quoted_title_is_no_name() -> None:
    # CNN-Corpus 944: "Big Truck That Went", "World Came", "Left Behind" were listed under Other names
    kinds = _kinds(BOOK + "He accused the United Nations of a cover-up.")
    assert not {"Big Truck That Went", "World Came", "Left Behind"} & set(kinds)
    assert kinds.get("Jonathan Katz") == "person"


def test_rule_piece_of_a_quoted_title_near_variant_stays() -> None:
    # a title quoted whole is the work's name, and stays
    kinds = _kinds('Jonathan Katz wrote the book "Big Truck Stories." He accused the United Nations of a '
                   'cover-up. Critics praised "Big Truck Stories" widely.')
    assert kinds.get("Big Truck Stories") == "other"


# --- rule `negated_verb_opens_no_name` -----------------------------------------------------------------------


def test_rule_negated_verb_opens_no_name() -> None:
    # villagevoice: the slogan "Don't Buy Books by Crooks" gave the organisation "Don't Buy Books"
    kinds = _kinds("He came up with the slogan Don't Buy Books by Crooks. It sold well.")
    assert not any(name.startswith("Don") for name in kinds)


def test_rule_negated_verb_opens_no_name_near_variant_stays() -> None:
    kinds = _kinds("He worked for Penguin Books and Basic Books. It sold well.")
    assert kinds.get("Basic Books") == "organisation"


def test_rule_piece_of_a_quoted_title_keeps_the_main_title() -> None:
    # CNN-Corpus 371: the main title before the colon names the book
    kinds = _kinds('He wrote a new book, "The Little Blue Book: The Essential Guide for Thinking and Talking '
                   'Democratic." It sold well.')
    assert kinds.get("Little Blue Book") == "other"
    assert "Essential Guide for Thinking" not in kinds


# --- rule `place_and_region_before_a_person` (cleanup.py: a glued dateline) --------------------------------


def test_rule_place_and_region_before_a_person() -> None:
    # CNN-Corpus 720: "South Africa Oscar Pistorius (12)" was listed under People
    from summarizer.cleanup import dateline_length
    text = "Pretoria, South Africa Oscar Pistorius is depressed, the doctors who examined him concluded."
    assert text[dateline_length(text, True):].startswith("Oscar Pistorius is")
    kinds = _kinds("Doctors: Pistorius is depressed\n\n" + text + " Pistorius will face trial again.")
    assert kinds.get("Oscar Pistorius") == "person"
    assert "South Africa Oscar Pistorius" not in kinds


def test_rule_place_and_region_before_a_person_near_variants_stay() -> None:
    from summarizer.cleanup import dateline_length
    assert dateline_length("Toronto, Canada Goose said its sales grew.", True) == 0  # no first name
    assert dateline_length("Paris, Texas Mayor Ann Smith said it grew.", True) == 0  # a title
    assert dateline_length("Pretoria, South Africa Oscar Pistorius, 27, is depressed.", True) == 0  # a stop


# --- rule `surname_folds_into_an_untyped_full_name` -----------------------------------------------------------


def test_rule_surname_folds_into_an_untyped_full_name() -> None:
    # CNN-Corpus 528: "Christoph Kramer (1)" and "Kramer (2)" were two entries
    from summarizer.mentions import find_mentions
    found = {m.name: m.count for m in find_mentions([
        "German midfielder Christoph Kramer received treatment after the collision.",
        "Blatter wrote of the Kramer injury.", "Kramer played on."])}
    assert found.get("Christoph Kramer") == 3 and "Kramer" not in found


def test_rule_surname_folds_into_an_untyped_full_name_near_variant_stays() -> None:
    # two such names end with the word: which one the text means, the list cannot tell
    from summarizer.mentions import find_mentions
    found = {m.name: m.count for m in find_mentions([
        "German midfielder Christoph Kramer met Dietmar Kramer after the collision.",
        "Blatter wrote of the Kramer injury.", "Kramer played on."])}
    assert found.get("Christoph Kramer") == 1
