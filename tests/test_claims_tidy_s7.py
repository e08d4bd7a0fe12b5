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
    from summarizer.claims.grammar import RELATIVE_PRONOUNS, RELATIVES
    from summarizer.claims.junk import PLACE_OR_TIME_PREPOSITIONS, PLACE_PREPOSITIONS

    assert {"during"} == PLACE_OR_TIME_PREPOSITIONS - PLACE_PREPOSITIONS
    assert {"whose"} == RELATIVES - RELATIVE_PRONOUNS


def test_that_before_stops_at_the_gap_a_mark_or_the_sentence_start() -> None:
    from summarizer.claims.cues import _that_before
    from summarizer.claims.text import tokenize

    def that(sentence: str, max_gap: int) -> int | None:
        tokens = tokenize(sentence, 0, len(sentence))
        cue = next(k for k, t in enumerate(tokens) if t.lower == "wants")
        return _that_before(tokens, cue - 1, cue, max_gap)

    assert that("The point is that Facebook wants more", 5) == 3
    assert that("The point is that Facebook and its five partners wants more", 5) == 3  # five between
    assert that("The point is that Facebook and all of its partners wants more", 5) is None  # six between
    assert that("The point is that Facebook and all of its partners wants more", 6) == 3
    assert that("The point is that, Facebook wants more", 5) is None  # a mark first
    assert that("That Facebook wants more", 5) is None  # the sentence's start


def test_a_short_question_paragraph_keeps_an_i_claim_but_names_no_one() -> None:
    """junk's `_answers_a_question` (any short question: the "I" after it is
    not the writer's) and speakers' `_answer_after_a_question` (a question
    to "you" after a labelled answer: the "I" is the one labelled) are two
    tests, not one: here the claim stays, its speaker unresolved."""
    from summarizer import extract_claims

    asked = ("The county opened a new shelter this spring.\n\nWhat went wrong with the old one?\n\n"
             "I think the old shelter was too small for the town.\n")
    told = asked.replace("What went wrong with the old one?", "The old one was too small.")
    assert [(c.speaker, c.speaker_kind, c.cue) for c in extract_claims(asked)] == [("I", "unresolved", "think")]
    assert extract_claims(told) == []
