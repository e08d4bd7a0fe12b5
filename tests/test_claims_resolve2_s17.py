"""Session 17 wave 2, resolve: wrong speakers and speakers left unresolved
where a reader can name them.

Each rule has a sentence of its kind and a near variant that must stay as it
was (sentences invented, or short ones after the articles the QA rounds read)."""

from __future__ import annotations

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from tests.claim_helpers import speakers_and_kinds

_MORSY = (
    "Former President Mohamed Morsy appeared in a glass box.\n\n"
    '"The prosecution has no right to object," said defense attorney Tom Bell.\n\n'
)


# --- rule subject_announced_to_speak: a negation in n't (mend-s17 found it) --------------------


def test_a_subject_told_not_to_speak_with_nt_stays_unresolved() -> None:
    # the tokenizer keeps "wasn't" whole, so the word list's "n't" never matched it
    for before in ("Morsy himself wasn't allowed to speak.", "Morsy himself wasn\u2019t allowed to speak.",
                   "Morsy didn't speak."):
        text = f'{_MORSY}{before}\n\n"Farces take place in your presence," he said.'
        assert speakers_and_kinds(text)[-1] == ("he", "unresolved"), before


def test_a_subject_told_to_speak_is_still_he() -> None:
    text = f'{_MORSY}Morsy himself was allowed to speak twice.\n\n"Farces take place in your presence," he said.'
    assert speakers_and_kinds(text)[-1] == ("Mohamed Morsy", "person")


# --- rule predicate_noun_is_no_name (QA round 49, 687 K2) -------------------------------------


_AHER = "Sitting at her desk, Abhina Aher expounds on what it means to be trapped in the wrong body.\n\n"


def test_a_predicate_noun_is_no_one_she_points_to() -> None:
    for predicate in ("She is a 37-year-old Hijra -- a South Asian term.", "She is a Hijra."):
        text = f'{_AHER}{predicate} She smiles.\n\n"The reward was priceless," she says.'
        assert speakers_and_kinds(text) == [("she", "unresolved")], predicate


def test_a_capitalised_word_modifying_a_noun_after_a_stays_a_name() -> None:
    # "a CNN reporter": the capital goes on into a noun, and may name a body
    text = 'John Smith is a CNN reporter. "The reward was priceless," CNN said.'
    assert speakers_and_kinds(text) == [("CNN", "organisation")]



def _names(sentence: str) -> list[str]:
    return [name.text for name in find_names(tokenize(sentence, 0, len(sentence)))]


def test_the_predicate_noun_is_no_name_of_the_names_layer() -> None:
    assert _names("She is a 37-year-old Hijra -- a term for people.") == []
    assert _names("He was a Democrat.") == []


def test_a_name_after_a_preposition_or_going_on_stays_a_name() -> None:
    assert _names("It is a habit with Rubio, a candidate aiming at moderate voters.") == ["Rubio"]
    assert _names("He is a friend of Smith.") == ["Smith"]
    assert _names("She is a Hijra guru.") == ["Hijra"]


# --- rule pair_with_appositions_is_one_source (resolve-s17 found it, QA round 48 608) ----------


def test_two_names_each_with_an_apposition_both_spoke() -> None:
    for second in ("Ann Smith, a consultant on the Freddie Awards,", "Ann Smith"):
        text = f"Gary Leff, the cofounder of milepoint.com, and {second} note that some carriers have hidden value."
        assert speakers_and_kinds(text) == [("Gary Leff and Ann Smith", "unnamed")], second


def test_a_pair_not_opening_the_sentence_or_a_clause_aside_stays() -> None:
    text = "Police thanked Gary Leff, the cofounder of milepoint.com, and Ann Smith said that prices rose."
    assert speakers_and_kinds(text) == [("Ann Smith", "person")]
    # a second apposition that is no name is the first person's (rule second_apposition_is_no_subject)
    text = ("Gary Leff, the cofounder of milepoint.com, and a consultant on the Freddie Awards, notes that "
            "some carriers have hidden value.")
    assert speakers_and_kinds(text) == [("Gary Leff", "person")]
    # ages as before (rule pair_with_ages_is_one_source)
    text = "Jane Smith, 35, and her father Tom Smith, 61, said the water was cold."
    assert speakers_and_kinds(text) == [("Jane Smith and her father Tom Smith", "unnamed")]


def test_a_pair_with_an_apposition_not_joined_as_names_is_unresolved() -> None:
    # "of Florida" keeps the two from reading as two names joined: neither spoke alone
    text = ("Jeb Bush, the former Florida governor, and Senator Marco Rubio of Florida said that "
            "businesses should write off capital investment.")
    assert speakers_and_kinds(text) == [(None, "unresolved")]


# --- rule it_stops_at_a_body_noun_since (QA round 49, 863 K4) ----------------------------------


_STATEMENT = "Any priest must undergo an examination, according to a statement released by the bishops. "


def test_it_after_a_body_noun_since_the_statement_is_unresolved() -> None:
    text = f"{_STATEMENT}The church defines marriage narrowly. It believes sex belongs in a marriage."
    assert speakers_and_kinds(text) == [("a statement", "unnamed"), ("It", "unresolved")]


def test_it_right_after_the_statement_is_still_the_statement() -> None:
    text = f"{_STATEMENT}It added that women may not advance."
    assert speakers_and_kinds(text) == [("a statement", "unnamed")] * 2
