"""A person's bare surname typed as a body (surnames s22, QA round 62, 377
s8/s11: "the Ryan pick" typed "Ryan" a body, and Paul Ryan's later "Ryan told
Borger" went to that body), and the pronoun rules that a surname read as a
person then has to weigh. Each rule with a sentence of its kind and a near
variant that must stay as it is. The sentences are invented in the manner of
news articles; none is copied from the shared data sets."""

from __future__ import annotations

import pytest

from summarizer.claims.names import Name, find_names, surname_before_a_noun_after_the
from summarizer.claims.text import Token, tokenize
from tests.claim_helpers import speakers_and_kinds

LEAD = "Lawmakers met on Tuesday.\n\n"


def _name(sentence: str, word: str) -> tuple[list[Token], Name]:
    tokens = tokenize(sentence, 0, len(sentence))
    return tokens, next(n for n in find_names(tokens, frozenset()) if n.text == word)


# --- rule `surname_given_in_full_before_a_noun` (speakers.py; names.surname_before_a_noun_after_the)


@pytest.mark.parametrize("text", [
    'Rep. Paul Ryan spoke in Ohio. Analysts said the Ryan pick was bold. "We must act now," Ryan told reporters.',
    'Rep. Paul Ryan spoke in Ohio. The Ryan campaign said it raised $5 million. "We must act now," Ryan told them.',
    'Rep. Paul Ryan spoke in Ohio. Analysts called the Ryan announcement bold. Ryan said the plan would pass.',
])
def test_rule_surname_given_in_full_before_a_noun(text: str) -> None:
    # the one person the article names in full with the surname: the pick, the campaign is the body
    assert ("Paul Ryan", "person") in speakers_and_kinds(LEAD + text)
    assert not any(speaker == "Ryan" for speaker, _ in speakers_and_kinds(LEAD + text))


@pytest.mark.parametrize(("text", "speaker"), [
    # no one named in full with it: the body as before
    ('Analysts said the Ryan pick was bold. "We must act now," Ryan told reporters.', ("Ryan", "organisation")),
    # two people of that surname: whose campaign, the text does not say
    ('Jeb Bush spoke in Ohio. Laura Bush spoke in Iowa. Analysts said the Bush campaign was bold. '
     '"We must act now," Bush told reporters.', ("Bush", "organisation")),
])
def test_rule_surname_given_in_full_before_a_noun_near_variants(text: str, speaker: tuple[str, str]) -> None:
    assert speakers_and_kinds(LEAD + text)[-1] == speaker


def test_surname_before_a_noun_after_the_shape() -> None:
    tokens, name = _name("Analysts said the Ryan pick was bold.", "Ryan")
    assert surname_before_a_noun_after_the(tokens, name)
    # a listed body or place, or no noun after it: not this shape
    tokens, name = _name("Analysts said the Pentagon statement was bold.", "Pentagon")
    assert not surname_before_a_noun_after_the(tokens, name)
    tokens, name = _name("Analysts said the Texas delegation was bold.", "Texas")
    assert not surname_before_a_noun_after_the(tokens, name)


def test_attributive_surname_is_no_antecedent() -> None:
    # "The Romney attack hit Trump, and he responded": Trump, not Romney, whose name only qualifies
    # the attack (PolNeAR train wash-post 2016-03-04 s29 went to Mitt Romney in a first draft)
    text = ("Mitt Romney spoke on Monday. Donald Trump spoke on Tuesday. "
            "The Romney attack hit Trump hard, and he said it was unfair.")
    assert speakers_and_kinds(LEAD + text)[-1] == ("Donald Trump", "person")


# --- rules `subject_before_a_writers_connective`, `wasting_no_time_is_no_negation` ---------------


DEBATE = ("Sen. Ted Cruz and Donald Trump met in Iowa on Monday.\n\n"
          'Asked about the debate, Cruz said that was "an assessment the voters are going to make."\n\n')


def test_rule_subject_before_a_writers_connective() -> None:
    # PolNeAR train huff-post gop-debate s214-s215: Trump's words went to Cruz, the speaker before
    text = DEBATE + 'Trump, however, wasted no time responding.\n\n"He did not answer your question," he said of Cruz.'
    assert speakers_and_kinds(LEAD + text)[-1] == ("Donald Trump", "person")


def test_rule_subject_before_a_writers_connective_near_variant() -> None:
    # no announcement that Trump spoke: the subject is as near as the speaker, so no one is said
    text = DEBATE + 'Trump, however, wasted no money on ads.\n\n"He did not answer the question," he said.'
    assert speakers_and_kinds(LEAD + text)[-1] == ("he", "unresolved")


def test_rule_wasting_no_time_is_no_negation_near_variant() -> None:
    # "gave no response" is a negation: no announcement; and the last speaker spoke of Trump
    text = DEBATE + 'Trump, however, gave no response.\n\n"He did not answer the question," he said.'
    assert speakers_and_kinds(LEAD + text)[-1] == ("he", "unresolved")


# --- rule `spoken_of_after_the_cue_is_not_he` ----------------------------------------------------


def test_rule_spoken_of_after_the_cue_is_not_he() -> None:
    # the last speaker is whom "he" speaks of: not "he"
    text = DEBATE + '"If you noticed, he did not answer your question," he said of Cruz.'
    assert speakers_and_kinds(LEAD + text)[-1] == ("he", "unresolved")


def test_rule_spoken_of_after_the_cue_is_not_he_near_variant() -> None:
    # of no one named: the last speaker goes on speaking
    text = DEBATE + '"If you noticed, they did not answer your question," he said of the moderators.'
    assert speakers_and_kinds(LEAD + text)[-1] == ("Ted Cruz", "person")


# --- rule `person_and_the_body_spoke_together` (speakers.py) -------------------------------------


def test_rule_person_and_the_body_spoke_together() -> None:
    # PolNeAR train wash-post 2016-03-03 s31: the State Department alone once Clinton was a person
    text = ("Hillary Clinton spoke on Monday. Clinton and the State Department have said that none of "
            "the material was classified.")
    assert speakers_and_kinds(LEAD + text)[-1] == ("Clinton and the State Department", "unnamed")


def test_rule_person_and_the_body_spoke_together_near_variant() -> None:
    # two people joined: rule `two_named_speakers_as_written`, as before
    text = "Hillary Clinton spoke on Monday. Clinton and Obama have said that none of the material was classified."
    assert speakers_and_kinds(LEAD + text)[-1] == ("Clinton and Obama", "unnamed")
