"""Names, session 18: one fact in one place in the names layer (kinds and Mentioned).

Each rule has a sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer.claims.names import find_names, one_of_a_kind_after_a
from summarizer.claims.text import tokenize
from summarizer.mentions import find_mentions
from tests.claim_helpers import speakers_and_kinds


def _names(sentence: str) -> list[str]:
    return [name.text for name in find_names(tokenize(sentence, 0, len(sentence)))]


def _mentioned(*texts: str) -> dict[str, str]:
    return {m.name: m.kind for m in find_mentions(list(texts))}


def _one_of_a_kind(sentence: str, word: str) -> bool:
    tokens = tokenize(sentence, 0, len(sentence))
    return one_of_a_kind_after_a(tokens, next(k for k, t in enumerate(tokens) if t.text == word)) >= 0


# --- rule `one_of_a_kind_after_a` (names.py; the one fact read by predicate_noun_is_no_name,
# one_word_after_an_indefinite_age_is_a_noun and mentions' group_noun_is_no_name) -------------


def test_a_capitalised_word_after_a_and_lower_case_words_is_one_of_a_kind() -> None:
    for sentence in ("She is a 37-year-old Hijra.", "He was a Democrat.", "She is a devout young Catholic."):
        assert _one_of_a_kind(sentence, sentence.split()[-1].rstrip(".")), sentence


def test_after_the_a_preposition_or_a_capital_it_is_no_kind() -> None:
    assert not _one_of_a_kind("He is the Hijra's guru.", "Hijra's")
    assert not _one_of_a_kind("It is a habit with Rubio.", "Rubio")
    assert not _one_of_a_kind("She is a Delhi Hijra.", "Hijra")
    assert not _one_of_a_kind("She is a very devout young Catholic.", "Catholic")  # three words between


def test_an_age_after_another_word_and_a_is_one_of_a_kind_too() -> None:
    # rule one_word_after_an_indefinite_age_is_a_noun reads the fact: a word before the age keeps it a kind
    assert _names("She is a young 37-year-old Hijra -- a term for people.") == []
    assert _names("A 23-year-old Ahmed told police he was innocent.") == ["Ahmed"]


def test_mentions_read_the_names_layers_one_of_a_kind() -> None:
    assert _mentioned("She is a 37-year-old Hijra, a South Asian term.", "Many Hijras at this center are young.",
                      "The court granted Hijras the right.") == {}
    assert _mentioned("She is a Hijra in Delhi.", "Hijra leaders met.", "Hijras at this center are young.") == {}


def test_with_no_a_before_the_word_mentions_stay_as_they_were() -> None:
    assert "Hijras" in _mentioned("He spoke in Cuba. Hijra leaders met. Hijras at this center are young.")


# --- claim_grammar.txt publication_nouns: one list for claims (body_by_context, its apposition reading)
# and Mentioned (body_noun_before_marks_a_body, body_noun_after_marks_a_body) -------------------------


def test_a_publication_after_a_nationality_and_its_noun_is_one_body_in_claims_and_mentioned() -> None:
    for text in ("The German magazine Der Spiegel reported that the plan failed.",
                 "Israeli daily Haaretz said the plan failed.", "The influential weekly magazine Der Spiegel said so."):
        name = "Haaretz" if "Haaretz" in text else "Der Spiegel"
        assert speakers_and_kinds(text) == [(name, "organisation")], text
        assert _mentioned(text) == {name: "organisation"}, text


def test_a_name_after_a_capitalised_word_and_the_noun_stays_as_it_was() -> None:
    assert speakers_and_kinds("The Smith magazine Jane Doe said the plan failed.") == [("Jane Doe", "person")]


def test_a_publication_noun_after_a_name_marks_a_body_but_not_one_in_ly() -> None:
    assert _mentioned("The Organic Liaison website said so. Organic Liaison sells diets.")["Organic Liaison"] \
        == "organisation"
    assert _mentioned("Jane Doe met Smith daily. Smith said the plan failed.")["Smith"] != "organisation"


# --- rule one_word_after_an_indefinite_age_is_a_noun reads `_qualifies_a_noun` (review s17 finding 8:
# "a 40-year-old Pfizer chemist" dropped Pfizer: "chemist" is no listed occupation) ------------------


def test_a_name_qualifying_a_noun_after_an_indefinite_age_stays_a_name_and_no_person() -> None:
    sentence = "The suspect was a 40-year-old Pfizer chemist."
    found = find_names(tokenize(sentence, 0, len(sentence)))
    assert [(name.text, name.kind) for name in found] == [("Pfizer", "unknown")]
    assert _names("He is a 30-year-old Sanders volunteer.") == ["Sanders"]


def test_a_nationality_or_a_word_before_a_function_word_after_an_age_stays_a_kind() -> None:
    assert _names("He is a 25-year-old Algerian freediver.") == []
    assert _names("He is a 37-year-old Kuwaiti who lives here.") == []
    assert _names("A 37-year-old Hijra says so.") == []


# --- rule `service_with_a_plus_counts_for_its_body` (mentions.py; review s17 finding 10) ------------


def test_a_service_with_a_plus_counts_for_the_body_the_text_names_alone() -> None:
    found = {m.name: m.count for m in find_mentions(
        ["Disney+ subscribers rose sharply, Disney said. ESPN+ also grew, analysts said."])}
    assert found == {"Disney": 2, "ESPN+": 1}


def test_a_service_with_a_plus_and_no_body_alone_stays_as_it_was() -> None:
    assert {m.name for m in find_mentions(["ESPN+ also grew, analysts said. ESPN+ added games."])} == {"ESPN+"}


# --- rules `domain_name_is_a_body` and `body_noun_in_apposition_makes_a_body` (names.py; QA round 51:
# "according to AL.com" and "Inmarsat, the company whose satellites ..." had the speaker kind person) --


def test_a_domain_name_is_a_body() -> None:
    assert speakers_and_kinds("Harris died Sunday, according to AL.com.") == [("AL.com", "organisation")]
    assert speakers_and_kinds("Al Smith said the plan failed.") == [("Al Smith", "person")]


def test_a_body_noun_heading_an_apposition_makes_a_body() -> None:
    assert speakers_and_kinds("Until now, Inmarsat, the company whose satellites tracked the plane, has said it had no "
                              "authority to release it.") == [("Inmarsat", "organisation")]
    assert speakers_and_kinds("Teck, the Canadian mining company, says it pays carbon taxes.") \
        == [("Teck", "organisation")]


def test_a_body_noun_after_a_preposition_or_going_on_in_the_apposition_leaves_a_person() -> None:
    assert speakers_and_kinds("Laurie Guzzinati, a spokeswoman for the company, said the plan failed.") == [
        ("Laurie Guzzinati", "person")]
    assert speakers_and_kinds("Jane Doe, a party official, said the plan failed.") == [("Jane Doe", "person")]
