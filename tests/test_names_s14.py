"""The names layer (session 14 mends): rules moved into `names.find_names`
so that the claim tagger, Mentioned and the brief read one Name; each rule
with a case of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.mentions import name_runs


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
