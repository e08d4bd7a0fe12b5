"""The names layer (session 14 mends): rules moved into `names.find_names`
so that the claim tagger, Mentioned and the brief read one Name; each rule
with a case of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer.claims.names import find_names, places_of_a_people
from summarizer.claims.text import tokenize
from summarizer.mentions import find_mentions, name_runs


def _names(sentence: str) -> list[str]:
    return [name.text for name in find_names(tokenize(sentence, 0, len(sentence)))]


# --- rule `quoted_nickname_inside_a_name` (names.py; review s13 W1) --------------------------------


def test_a_quoted_nickname_inside_a_name_is_one_name_for_every_reader() -> None:
    sentence = 'Edith "Edie" Windsor said the ruling was historic.'
    assert _names(sentence) == ["Edith Windsor"]
    assert name_runs(sentence) == [("Edith Windsor", False)]


def test_a_quoted_word_between_two_names_joins_nothing() -> None:
    assert _names('Mary Smith called the plan "Trouble" Monday.') == ["Mary Smith", "Trouble"]
    # after a longer run the nickname's name is not joined ("Marine" is no part of his name)
    assert _names('Marine John "Tig" Tiegen said he saw it.') == ["Marine John", "Tig", "Tiegen"]


# --- rule `people_of_a_listed_place` (names.places_of_a_people; review s13 T2) -----------------------


def test_a_word_for_a_listed_places_people_names_its_place() -> None:
    assert places_of_a_people("mexican") == ["mexico"]
    assert places_of_a_people("ukrainian") == ["ukraine"]
    assert places_of_a_people("chinese") == ["china"]
    assert places_of_a_people("israeli") == ["israel"]


def test_a_surname_or_word_that_only_ends_like_a_people_names_no_place() -> None:
    # "-i" only as listed: surnames end so after a city's or country's name
    assert places_of_a_people("baghdadi") == []
    assert places_of_a_people("ghani") == []
    # no "-ic", no bare "-n": "The Atlantic" is no people of Atlanta, "Chinn" none of China
    assert places_of_a_people("atlantic") == []
    assert places_of_a_people("chinn") == []
    assert places_of_a_people("brian") == []


def _ukrainian_case(word: str) -> list[str]:
    # the sentences of test_mentions_s13's nationality_alone case, with another people's word
    return [mention.name for mention in find_mentions(
        [f"The oligarchs used the deposits of {word} citizens to buy property.",
         f"Finally, the {word} companies filed suit, the court said.",
         f"Forty-two {word} firms were owned offshore."], bodies=[word])]


def test_mentioned_reads_the_same_people_as_the_claim_tagger() -> None:
    # "Mexican" and "Israeli" were peoples to the claim tagger, not to Mentioned
    assert _ukrainian_case("Mexican") == []
    assert _ukrainian_case("Israeli") == []
    # (session 18: "Forty-two Baghdadi" is no name, rule `hyphened_opener_is_a_description`)
    assert _ukrainian_case("Baghdadi") == ["Baghdadi"]


def test_a_name_ending_in_a_people_that_is_a_subject_stays() -> None:
    # rule `nationality_ends_no_name`: a restaurant written as a subject stays, a modifier goes
    found = find_mentions(["He ate at a Detroit Mexican place on Monday.", "Mezcal Mexican does esquites.",
                           "The other Mezcal Mexican is in Ferndale."])
    assert [(m.name, m.count) for m in found] == [("Mezcal Mexican", 2)]
