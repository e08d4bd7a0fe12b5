"""Session 27 (mentions-s27): the brief's Mentioned list, faults the reader round 70 found on
CNN-Corpus dev rows 233, 275, 342, 452 and 488: a person whose first and last name are one word, a
title before a building's name, award names, a character in a novel's title, a quoted event's name
cut at its small words, an abbreviation after a hyphen, and names broken across rows of the rich
view. Each rule with a sentence of the kind fixed and a near variant that must stay as it is."""

from summarizer.brief import Brief
from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.mentions import find_mentions
from summarizer.model import Mention
from summarizer.render.brief import names_line
from summarizer.render.plainwrap import GLUE, wrapped


def mentioned(*sentences: str, speakers: tuple[str, ...] = ()) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers)}


def names(sentence: str) -> list[str]:
    return [name.text for name in find_names(tokenize(sentence, 0, len(sentence)))]


def tokens(sentence: str) -> list[str]:
    return [token.text for token in tokenize(sentence, 0, len(sentence))]


# --- rule `surname_that_is_the_first_name_too` (233: "Sirhan Sirhan (25)" under Other names) ---

SIRHAN = ("A controversial assertion by convicted Robert F. Kennedy assassin Sirhan Sirhan to win his freedom "
          "was challenged this week.",
          "Harris said that even if it could be proven, Sirhan would still be guilty of the charged crimes.",
          "The defense argues Sirhan did not knowingly fire at Kennedy.")


def test_name_of_one_word_twice_is_a_person_by_its_surname_alone() -> None:
    assert mentioned(*SIRHAN)["Sirhan Sirhan"] == ("person", 3)


def test_name_of_one_word_twice_near_variant_no_surname_alone_stays_other() -> None:
    found = mentioned(SIRHAN[0], "The defense argues the assassin did not knowingly fire at Kennedy.")
    assert found["Sirhan Sirhan"][0] == "other"


# --- rule `title_before_a_venue_word_names_the_venue` (233: "Hotel (1)" under People) ---


def test_title_before_a_lone_venue_word_is_the_venue_name() -> None:
    sentence = "Eight bullets were fired in the kitchen pantry of the former Ambassador Hotel in Los Angeles."
    assert "Ambassador Hotel" in names(sentence)
    found = mentioned(sentence)
    assert found["Ambassador Hotel"][0] == "place"
    assert "Hotel" not in found


def test_title_before_a_venue_word_near_variant_a_name_after_the_title_stays() -> None:
    found = mentioned("U.S. Ambassador Susan Rice said the talks would go on.")
    assert found["Susan Rice"][0] == "person"


# --- rule `name_before_an_award_noun_is_the_award` (452: "Edgar Grand Master (1)" under People) ---


def test_name_before_an_award_noun_is_the_award() -> None:
    found = mentioned("Leonard also received an Edgar Grand Master honor from the Mystery Writers of America.")
    assert found["Edgar Grand Master"][0] == "other"


def test_name_before_an_award_noun_near_variant_the_person_stays() -> None:
    found = mentioned("Edgar Allan Poe wrote poems.", "Edgar Allan Poe won an award for one of them.")
    assert found["Edgar Allan Poe"][0] == "person"


# --- rule `award_category_is_no_body` and `generic_body_word_is_no_name` (488: "Best Radio
# Personality (1)", "Radio (1)" under Organisations) ---

RADIO = ("He has been named America's Best Radio Personality; Radio and Records Major Market Personality of "
         "the Year; and he won the prestigious Marconi Award.")


def test_award_category_after_an_owner_is_no_body() -> None:
    found = mentioned(RADIO)
    assert found["Best Radio Personality"][0] == "other"
    assert "Radio" not in found


def test_award_category_near_variant_a_firm_opening_with_best_stays() -> None:
    found = mentioned("Best Buy Co. said sales fell.", "The Best Buy Co. stores will close.")
    assert found.get("Best Buy Co.", ("", 0))[0] != "other"


# --- rule `person_in_a_quoted_fiction_title_is_no_person` (452: "Eddie Coyle (1)" under People) ---


def test_person_in_a_quoted_novel_title_is_no_person() -> None:
    found = mentioned("He did not find his style until reading George V. Higgins' classic 1970 crime novel, "
                      "\"The Friends of Eddie Coyle.\"")
    assert "Eddie Coyle" not in found


def test_person_in_a_quoted_book_title_near_variant_stays_a_person() -> None:
    found = mentioned('He wrote the book "The Trials of Henry Kissinger" in 2001.')
    assert found["Henry Kissinger"][0] == "person"


# --- rules `name_cut_inside_a_quoted_title_is_the_whole` and `piece_of_a_quoted_title_is_no_name`
# for unquoted copies (275: "Take Our Daughters (4)", "Work Day Foundation (3)", "Work Day (2)") ---

WORK_DAY = ("It is part of the national \"Take Our Daughters and Sons to Work Day\" scheduled for Thursday.",
            "\"You don't bring a child there to babysit,\" said George McKecuen, a communications specialist with "
            "the Take Our Daughters and Sons to Work Day Foundation.",
            "Are you participating in \"Take Our Daughters and Sons to Work Day\"?")


def test_name_cut_inside_a_quoted_title_is_named_whole() -> None:
    found = mentioned(*WORK_DAY)
    assert found["Take Our Daughters and Sons to Work Day Foundation"] == ("organisation", 1)
    assert not {"Take Our Daughters", "Work Day", "Work Day Foundation"} & set(found)


def test_name_cut_inside_a_quoted_title_near_variant_no_quoted_title_stays() -> None:
    found = mentioned(WORK_DAY[1])
    assert "Take Our Daughters and Sons to Work Day Foundation" not in found
    assert "Work Day Foundation" in found


# --- rule `abbreviation_after_a_hyphen_keeps_its_dot` and `abbreviated_lead_holds_the_next_word`
# (342: "Joseph Bishop Robert Finn (1)" under People, "Kansas City-St (1)") ---

FINN = "It starts with the removal of Kansas City-St. Joseph Bishop Robert Finn, who was found guilty."


def test_abbreviation_after_a_hyphen_keeps_its_dot() -> None:
    assert "City-St." in tokens(FINN)
    assert tokens("Flights to Minneapolis-St. Paul were cut.")[2] == "Minneapolis-St."


def test_abbreviation_after_a_hyphen_near_variant_a_sentence_end_stays() -> None:
    assert tokens("He lives in Saint-Denis. Then he left.")[3:5] == ["Saint-Denis", "."]


def test_first_name_after_an_abbreviated_lead_starts_no_person() -> None:
    found = mentioned(FINN)
    assert found["Robert Finn"][0] == "person"
    assert not any(name.startswith("Joseph") for name in found)


def test_first_name_after_a_place_near_variant_still_starts_the_person() -> None:
    found = mentioned("He is the U.S. Attorney for Massachusetts Joshua Levy.")
    assert found["Joshua Levy"][0] == "person"


# --- rule `name_wraps_whole` (QA round 70: "Johnny" / "MacNary (1)" on two rows at 80 columns) ---


def test_name_wraps_whole_in_the_text_view() -> None:
    people = [Mention(name, "person", count) for name, count in
              (("David Kraddick", 6), ("Ladd Biro", 1), ("Mark Cuban", 1), ("Johnny MacNary", 1))]
    rows = wrapped(f"People: {names_line(people, 2, glued=True)}", 60, 2)
    assert rows == ["People: David Kraddick (6), Ladd Biro (1), Mark Cuban (1),",
                    "  Johnny MacNary (1) and 2 more"]


def test_name_longer_than_the_row_near_variant_breaks_between_its_words() -> None:
    line = names_line([Mention("Take Our Daughters and Sons to Work Day Foundation", "organisation", 1)], glued=True)
    assert GLUE in line
    rows = wrapped(f"Organisations: {line}", 40, 2)
    assert all(len(row) <= 40 for row in rows)
    assert rows[-1].endswith("Foundation (1)")


def test_name_wraps_whole_in_the_rich_view() -> None:
    from rich.console import Console

    from summarizer.render.brief import BriefView

    brief = Brief(sources=(), bottom_line=None, key_points=(), speakers=(), uncertain=(),
                  mentions=(Mention("David Kraddick", "person", 6), Mention("Ladd Biro", "person", 1),
                            Mention("Mark Cuban", "person", 1), Mention("Johnny MacNary", "person", 1)),
                  references=(), words_in=100, words_out=10)
    console = Console(width=60, record=True, force_terminal=False)
    console.print(BriefView(brief), crop=False)
    shown = console.export_text()
    assert "Johnny MacNary (1)" in shown
    assert GLUE not in shown


# --- rule `shared_name_needs_its_introduction` (brief), for a name of one word twice (233: once
# "Sirhan Sirhan" was a person, every key point naming "Sirhan" alone read as naming a shared name) ---


def test_name_of_one_word_twice_shares_no_name_with_itself() -> None:
    from summarizer.brief import _Introductions

    introductions = _Introductions([], ["Sirhan Sirhan", "Kamala Harris"], [])
    assert introductions._shared == set()


def test_shared_name_near_variant_another_persons_first_name_stays_shared() -> None:
    from summarizer.brief import _Introductions

    introductions = _Introductions([], ["Robert Graham", "Graham Cluley"], [])
    assert introductions._shared == {"Graham"}
