"""Real attributed claims the tagger missed (session 27, recall-s27, mined
from PolNeAR train misses): a one-word object before ", saying" or ", but
told" swallowed the next claim; "clarified that", "is reaffirming that",
"recognizes that" and "calculates that" were no cues; "James B. Comey Jr.,
the director of ..., said" lost its speaker at the dot of "Jr.". Each rule
has its near variant that must not fire: a wrong speaker or a cut claim is
worse than a missed one."""

from __future__ import annotations

import pytest

from summarizer.claims.text import tokenize
from tests.claim_helpers import described


# Rule `one_word_content_ends_before_the_next_predicate` (grammar.py content_last; PolNeAR
# train: 'Warren ... officially endorsed Clinton, saying, "I think ..."', "He endorsed
# Clinton, but told The Huffington Post on Monday that he thought Sanders would eke out a win")
@pytest.mark.parametrize(("sentence", "expected"), [
    ('Warren appeared with Rachel Maddow and officially endorsed Clinton, saying, "I think having a '
     'fighter in the lead is exactly what this country needs."',
     [("Warren", "endorse", "Clinton"),
      ("Warren", "say", '"I think having a fighter in the lead is exactly what this country needs."')]),
    ("Rice endorsed Clinton, but told The Huffington Post on Monday that he thought Sanders would win.",
     [("Rice", "endorse", "Clinton"), ("Rice", "tell", "he thought Sanders would win")]),
])
def test_a_one_word_object_ends_before_the_next_predicate(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert described(sentence) == expected


@pytest.mark.parametrize(("sentence", "content"), [
    # a word joined to a second subject, no comma: one claim, whole
    ("Jeff Miller said he and his committee will continue to demand the names of those responsible.",
     "he and his committee will continue to demand the names of those responsible"),
    ("The researchers found fatigue and stress tended to be a greater influence on desire.",
     "fatigue and stress tended to be a greater influence on desire"),
])
def test_a_one_word_subject_joined_to_another_is_not_cut(sentence: str, content: str) -> None:
    assert [c for _, _, c in described(sentence)] == [content]


# cues.txt session 27 (+clause +that): clarify,
# reaffirm, recognize, calculate are claims only before "that")
@pytest.mark.parametrize(("sentence", "expected"), [
    ("And while he said he would bring back waterboarding, he clarified that it would be on firm legal "
     "grounding.",
     [("he", "say", "he would bring back waterboarding"),
      ("he", "clarify", "it would be on firm legal grounding")]),
    ("Attorney General Loretta Lynch is reaffirming that the FBI's probe is free of outside political "
     "influence.",
     [("Loretta Lynch", "reaffirm", "the FBI's probe is free of outside political influence")]),
    ("The Labor Department calculates that 4.2 million workers will become newly eligible for overtime.",
     [("Labor Department", "calculate", "4.2 million workers will become newly eligible for overtime")]),
    ("Like most men, Erickson recognizes that he doesn't go for health screenings as often as he should.",
     [("Erickson", "recognize", "he doesn't go for health screenings as often as he should")]),
])
def test_a_verb_of_stating_before_that_is_a_claim(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert described(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The judge will clarify the rules on Monday.", []),
    ("The Oscars recognized the film with three awards.", []),
    # without its "that" the verb cuts no other claim short
    ("The United Nations declared 2014 the International Year of Family Farming with the aim to support "
     "and recognize the importance of smallholder farming.",
     [("United Nations", "declare", "2014 the International Year of Family Farming with the aim to support "
                                    "and recognize the importance of smallholder farming")]),
])
def test_the_same_verb_without_that_is_no_cue(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert described(sentence) == expected


# Rule `name_suffix_keeps_its_dot_before_a_comma` (text.py token_pattern; PolNeAR train:
# "''Twitter works as a way to sell books, ...,'' James B. Comey Jr., the director of the Federal
# Bureau of Investigation, said at a news conference" had no claim)
def test_a_name_suffix_before_its_apposition_keeps_the_speaker() -> None:
    sentence = ("''Twitter works as a way to sell books,'' James B. Comey Jr., the director of the Federal "
                "Bureau of Investigation, said at a news conference.")
    assert described(sentence) == [("James B. Comey Jr.", "say", "''Twitter works as a way to sell books,''")]
    assert described("Martin Luther King Jr., the civil rights leader, said the march would go on.") == [
        ("Martin Luther King Jr.", "say", "the march would go on")]


def test_an_unlisted_word_before_a_dot_and_comma_keeps_them_apart() -> None:
    # only the listed name parts (name_abbreviations.txt) and titles keep their dot before a comma
    text = "Taxes, fees, etc., rose, officials said."
    assert [t.text for t in tokenize(text, 0, len(text))][4:7] == ["etc", ".", ","]


# Rule `that_before_to_is_a_pronoun` (cues.py +clause cues; PolNeAR train: "Sharpton later
# clarified that to mean Clinton never supported his specific organization" gave Sharpton the
# claim "to mean Clinton never supported ..., but his words were given a much wider
# interpretation")
def test_that_before_an_infinitive_opens_no_clause() -> None:
    assert [cue for _, cue, _ in described(
        "Sharpton later clarified that to mean Clinton never supported his organization.")] != ["clarify"]
    assert described("He stated that to reporters on Monday.") == []
    assert described("Sharpton later clarified that Clinton never supported his organization.") == [
        ("Sharpton", "clarify", "Clinton never supported his organization")]


# Rule `underscoring_an_event_is_the_writers` keeps reading a +clause cue with no "that" as a verb
# (junk.py; "some Republicans reaffirmed their opposition to Trump, underscoring party divisions
# over a nominee ..." gave a claim with no speaker once "reaffirm" was a cue)
def test_a_clause_cue_without_that_leaves_the_writers_reading_alone() -> None:
    assert described("The speech came as some Republicans reaffirmed their opposition to Trump, underscoring "
                     "party divisions over a nominee who has never held public office.") == []
