"""Real attributed claims the tagger missed or cut wrong (session 29, mined
from PolNeAR train misses): a subject before asides that hold a relative
"that" or a quoted title; a past clause cue after a quotation with a
circumstance after it ("Pence stated in a press release"); an inverted
description with the writer's tail after it; a second statement joined
past "in a later interview" or "in a statement" that was read into the
first claim. Each rule has its near variant that must not change: a wrong
speaker or a claim holding another's words is worse than a missed one."""

from __future__ import annotations

import pytest

from summarizer.claims.extract import _expletive_it
from tests.claim_helpers import described


# Rule `subject_across_asides` (rules.py): a relative "that" after a noun of an aside, and a
# quoted title of capitalised words inside it, are crossed like a "who" clause
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tom Fitton, the president of Judicial Watch, a conservative group that has sued the agency, said that "
     "the damage is done.",
     [("Tom Fitton", "say", "the damage is done")]),
    ("RoseAnn DeMoro, executive director of National Nurses United, a union that has endorsed Mr. Sanders, "
     "also said her group planned to take part in demonstrations at the convention.",
     [("RoseAnn DeMoro", "say", "her group planned to take part in demonstrations at the convention")]),
    ('Sam Solovey, a contestant on Trump\'s reality TV show, "The Apprentice," who went on to work alongside '
     'Trump, said his boss was "always kind and generous and charming."',
     [("Sam Solovey", "say", 'his boss was "always kind and generous and charming."')]),
])
def test_a_subject_across_a_relative_that_or_a_quoted_title(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert described(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a quotation in the aside that is no title (lower-case words) still stops the walk: no "said" claim
    ('Sam Solovey, who called the show "a great thing to watch," said his boss was kind.',
     [("Sam Solovey", "call", 'the show "a great thing to watch,"')]),
    ("Smith, who said that he had sued the agency, said the damage is done.",
     [("Smith", "say", "he had sued the agency"), ("Smith", "say", "the damage is done")]),
])
def test_a_quotation_or_a_that_clause_of_speech_in_the_aside_is_as_before(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert described(sentence) == expected


# Rule `past_clause_cue_after_a_quotation_and_its_source_goes_on` (cues.py complement_allowed)
def test_a_past_clause_cue_after_a_quotation_may_have_a_circumstance() -> None:
    sentence = ('"The Clinton Foundation must be immediately shut down," Pence stated in a press release on '
                "Tuesday afternoon.")
    assert described(sentence) == [("Pence", "state", '"The Clinton Foundation must be immediately shut down,"')]


def test_a_present_form_after_a_quotation_is_no_clause_cue() -> None:
    assert described('"We will see," the member states in the union agreed.') == []


# Rule `inverted_description_before_its_tail` (rules.py inverted_attribution)
@pytest.mark.parametrize(("sentence", "expected"), [
    ('"I\'m not going to say it is a mistake, so forget about it," said retired neurosurgeon Ben Carson, '
     "asked about his past.",
     [("Ben Carson", "say", '"I\'m not going to say it is a mistake, so forget about it,"')]),
    ('"Watch a fully formed fetus on the table," said former tech executive Carly Fiorina during the second '
     "GOP debate.",
     [("Carly Fiorina", "say", '"Watch a fully formed fetus on the table,"')]),
])
def test_an_inverted_description_with_the_writers_tail(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert described(sentence) == expected


def test_a_passives_agent_is_no_inverted_description() -> None:
    sentence = ("Although it later raised the amount to $1.6 million, analysts have said that it has allowed its "
                "spat with the Philippines over the Spratly Islands -- claimed severally by Malaysia, the "
                "Philippines, China, Taiwan and Vietnam -- to cloud its judgment.")
    assert [(speaker, cue) for speaker, cue, _ in described(sentence)] == [("analysts", "say")]


# Rule `coordinated_cue_past_a_reporting_circumstance` (grammar.py)
# Rule `joined_subject_past_a_reporting_circumstance_ends_content` (grammar.py)
# Rule `subject_after_a_fronted_reporting_circumstance` (rules.py)
# Rule `reporting_circumstance_is_no_noun_relative` (rules.py)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The employee first said he did not recall making deletions, but in a later interview said he had "
     "deleted the archive.",
     [("The employee", "say", "he did not recall making deletions"),
      ("The employee", "say", "he had deleted the archive")]),
    ("Police said the man was armed, but in a statement his lawyer said he had no gun.",
     [("Police", "say", "the man was armed"), ("his lawyer", "say", "he had no gun")]),
    ("In a statement Smith said he had no gun.", [("Smith", "say", "he had no gun")]),
])
def test_a_reporting_circumstance_before_a_second_cue(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert described(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The employee said he did not recall making deletions but later said he had deleted the archive.",
     [("The employee", "say", "he did not recall making deletions"),
      ("The employee", "say", "he had deleted the archive")]),
    ("He cited a statement he posted on Facebook.", [("He", "cite", "a statement he posted on Facebook")]),
    ("The rumor spread after a statement FIFA has denied.", []),
])
def test_a_noun_relative_and_a_plain_joined_cue_are_as_before(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert described(sentence) == expected


# Rule `expletive_it`: the fronts before "it" are grammar.py rule `ly_adverb`'s adverbs
@pytest.mark.parametrize(("source", "expletive"), [
    ("Unfortunately it", True),
    ("Only it", True),
    ("Family it", False),  # a noun in -ly
    ("The family it", False),
])
def test_expletive_it_reads_adverbs_as_the_grammar_does(source: str, expletive: bool) -> None:
    assert _expletive_it(source) is expletive


# Rule `participle_after_the_source_goes_on_no_opener` (rules.py inverted_attribution, of rule
# `inverted_after_adverb`)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The market fell, said Carly Fiorina, adding that it would recover.",
     [("Carly Fiorina", "say", "The market fell"), ("Carly Fiorina", "add", "it would recover")]),
    # an opener the claim goes on after stays one claim
    ("In addition, said Smith, the club was sold.", [("Smith", "say", "In addition the club was sold")]),
    ("The action, says Dietz, lies with sugar.", [("Dietz", "say", "The action lies with sugar")]),
])
def test_a_subject_and_its_verb_before_an_inverted_source_is_no_opener(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert described(sentence) == expected
