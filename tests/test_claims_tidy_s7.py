"""Session 7 tidy: twins in the claims code made one, or named for what
sets them apart (behaviour kept; the claims dump is byte-identical)."""

from __future__ import annotations

from summarizer.claims.text import LOWER_CASE_WORD, LOWER_CASE_WORD_OR_HYPHEN_TAIL


def test_lower_case_word_skips_the_tail_of_a_capitalised_compound() -> None:
    text = "Anti-war Groups: the long-term plan, McCain's aides"
    assert LOWER_CASE_WORD.findall(text) == ["the", "long-term", "plan", "aides"]
    assert LOWER_CASE_WORD_OR_HYPHEN_TAIL.findall(text) == ["war", "the", "long-term", "plan", "aides"]


def test_direct_and_indirect_question_openers_are_two_sets() -> None:
    from summarizer.claims.grammar import QUESTION_OPENERS
    from summarizer.claims.junk import DIRECT_QUESTION_OPENERS

    assert {"does", "don't", "maybe"} <= DIRECT_QUESTION_OPENERS
    assert {"whether", "why"} <= QUESTION_OPENERS
    assert QUESTION_OPENERS.isdisjoint(DIRECT_QUESTION_OPENERS)


def test_place_prepositions_and_pronoun_relatives_come_from_the_grammar_file() -> None:
    from summarizer.claims.grammar import RELATIVES
    from summarizer.claims.junk import PLACE_OR_TIME_PREPOSITIONS, PLACE_PREPOSITIONS, PRONOUN_RELATIVES

    assert {"during"} == PLACE_OR_TIME_PREPOSITIONS - PLACE_PREPOSITIONS
    assert {"whose"} == RELATIVES - PRONOUN_RELATIVES
