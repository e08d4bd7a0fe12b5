"""The brief's Mentioned list: a group's word, a short form of a place, a place inside a body's
name, a title before a name, a piece of a quoted title. Each rule with a sentence of the kind fixed
and a near variant that must stay as it is."""

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.mentions import find_mentions
from summarizer.model import ORGANISATION, OTHER, PERSON, PLACE


def mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


def names(sentence: str) -> list[tuple[str, str | None]]:
    return [(name.text, name.title) for name in find_names(tokenize(sentence, 0, len(sentence)))]


# --- rule `group_s_word_before_a_noun_is_no_surname` (806: "Abdul Malik al-Houthi (3)") ---

HOUTHI = ("The Houthi attacks were concentrated on a Sunni religious center, witnesses said.",
          "Houthis rejected the power transfer deal.",
          '"The fighters obey their leader, Abdul Malik al-Houthi," said Ahmed Bahri, an expert in Houthi affairs.',
          "Saudi Arabia fought the Houthis in 2009.")


def test_group_s_word_before_a_noun_counts_for_the_group_not_the_person() -> None:
    found = mentioned(*HOUTHI)
    assert found["Abdul Malik al-Houthi"] == (PERSON, 1)
    assert found["Houthis"][1] == 4


def test_surname_written_as_a_subject_still_counts_for_the_person() -> None:
    # every copy of the word counts for him, as before the rule: "Houthi said" is no group's word
    found = mentioned(*HOUTHI[2:], "Houthi said the movement would fight on.")
    assert found["Abdul Malik al-Houthi"] == (PERSON, 3)


def test_surname_before_a_noun_with_no_group_named_counts_for_the_person() -> None:
    found = mentioned("President Barack Obama spoke on Monday.", "Obama aides said the plan was ready.")
    assert found["Barack Obama"] == (PERSON, 2)


# --- rule `capitals_spelling_a_place_are_the_place` (stkittsnevisobserver: "BVI" left out) ---

def test_capitals_spelling_a_listed_place_count_for_it() -> None:
    found = mentioned("The governor spoke to the people of the British Virgin Islands.",
                      "The people of the BVI can see the report.", "Talks between the UK and BVI go on.")
    assert found["British Virgin Islands"] == (PLACE, 3)
    assert "BVI" not in found


def test_capitals_spelling_no_place_of_the_text_stay_apart() -> None:
    found = mentioned("He lives in the United Arab Emirates.", "NATO said so.", "NATO met.", "NATO won.")
    assert found["United Arab Emirates"] == (PLACE, 1)
    assert found["NATO"] == (ORGANISATION, 3)


# --- rule `kind_of_place_after_a_city_name_tells_the_city` ---

def test_city_named_like_a_person_before_a_city_apposition_is_the_city() -> None:
    assert mentioned("He grew up in Washington, a city that never sleeps.") == {"Washington": (PLACE, 1)}


def test_person_apposition_after_in_washington_still_tells_the_person() -> None:
    assert "Washington" not in mentioned("He put his faith in Washington, a general who fought.")


# --- rule `quoted_body_name_runs_through_of` (828: 'the "Friends of Syria" group' counted Syria) ---

def test_quoted_body_name_after_the_runs_through_of() -> None:
    assert names('The "Friends of Syria" group met in Paris.')[0] == ("Friends of Syria", None)
    assert "Syria" not in mentioned('The "Friends of Syria" group met in Paris.')


def test_quoted_words_with_no_the_before_them_stay_apart() -> None:
    assert [name for name, _ in names('He read "Friends of Syria" yesterday.')] == ["Friends", "Syria"]


# --- rule `compound_adjective_inside_a_name_opens_the_noun` (620: "Fort Lauderdale-based Silversea Cruises") ---

def test_place_of_several_words_before_based_is_no_part_of_the_name() -> None:
    found = mentioned("The ship of Fort Lauderdale-based Silversea Cruises docked.")
    assert "Silversea Cruises" in found
    assert "Fort Lauderdale-based Silversea Cruises" not in found


def test_speaker_after_a_place_of_several_words_and_based_is_listed_once() -> None:
    # the claims show "Fort Lauderdale-based Silversea Cruises" as the speaker; the list names it once
    found = [m.name for m in find_mentions(["Fort Lauderdale-based Silversea Cruises said it would add three ships."],
                                           ["Fort Lauderdale-based Silversea Cruises"])]
    assert found == ["Silversea Cruises"]


def test_speaker_with_a_hyphened_name_stays_whole() -> None:
    found = [m.name for m in find_mentions(["Jean-Paul Sartre said it was absurd."], ["Jean-Paul Sartre"])]
    assert found == ["Jean-Paul Sartre"]


def test_hyphened_name_stays_whole() -> None:
    assert "Jean-Paul Sartre" in mentioned("He met Jean-Paul Sartre in Paris.")


# --- rule `office_before_an_honorific_stays_the_role` ("Hasina (Sheikh)") ---

def test_office_before_an_opening_title_or_a_courtesy_title_is_the_role() -> None:
    assert names("Prime Minister Sheikh Hasina said the vote was fair.") == [("Hasina", "Prime Minister")]
    assert names("President Dr. John Smith said so.") == [("John Smith", "President")]


def test_opening_title_alone_is_still_the_role() -> None:
    assert names("Sheikh Hassan Nasrallah said so.") == [("Hassan Nasrallah", "Sheikh")]
    assert names("Dr. Prime Minister Smith said so.") == [("Smith", "Dr. Prime Minister")]


# --- rule `body_word_in_a_quoted_title_is_no_body` (821: "Treacherous Times (1)") ---

BOOK = 'He published a book, "The Age of Deception: Nuclear Diplomacy in Treacherous Times."'


def test_body_word_inside_a_quoted_title_makes_no_organisation() -> None:
    found = mentioned(BOOK, "The book sold well.")
    assert "Treacherous Times" not in found
    assert found["Age of Deception"] == (OTHER, 1)


def test_body_written_outside_the_quotation_stays() -> None:
    found = mentioned('He wrote for the Financial Times.', 'His book was "Inside the Financial Times".',
                      "The Financial Times said so.")
    assert found["Financial Times"][0] == ORGANISATION
