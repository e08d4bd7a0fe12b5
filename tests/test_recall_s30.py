"""Real attributed claims the tagger missed or cut wrong, mined from PolNeAR
train misses: a plural subject with a "who" clause before a bare "say"; one
object word before a second, joined past cue ("claimed momentum and argued
..."); a poll "out Monday"; a participle's claim inside an aside before the
subject's own verb. Each rule has its near variant that must not change: a
wrong speaker or a claim holding another's words is worse than a missed one."""

from __future__ import annotations

import pytest

from tests.claim_helpers import described


# Rule `bare_cue_after_a_plural_who_clause_is_a_verb` (cues.py), after a modifier and its noun
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Those who back her opponents say the coverage has damaged the brand.",
     [("Those who back her opponents", "say", "the coverage has damaged the brand")]),
    ("Officials who lost the case say the real change has come in the courts.",
     [("Officials", "say", "the real change has come in the courts")]),
])
def test_bare_say_after_a_plural_who_clause_is_its_verb(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert described(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a singular before "who": no verb agrees, "say" stays a noun
    "A man who knows the family say they are devastated.",
    # no "who" clause: "the energy demands" is what is tracked, a noun
    "Engineers want to track the energy demands of the city.",
])
def test_bare_form_without_a_plural_who_subject_opens_no_claim(sentence: str) -> None:
    assert all(cue not in ("say", "demand") for _, cue, _ in described(sentence))


# Rule `one_word_object_then_a_joined_past_cue` (grammar.py)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("In a victory speech from Wyoming, Sanders claimed momentum and argued he is a stronger candidate "
     "than Clinton.",
     [("Sanders", "claim", "momentum"), ("Sanders", "argue", "he is a stronger candidate than Clinton")]),
    ("Clinton has expressed concerns but has said she wants to see the bill move forward.",
     [("Clinton", "express", "concerns"), ("Clinton", "say", "she wants to see the bill move forward")]),
])
def test_one_word_object_ends_before_a_joined_past_cue(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert described(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a word between the joiner and the cue: the content's own joined subject
    ("The study found fatigue and stress tended to rise.",
     [("The study", "find", "fatigue and stress tended to rise")]),
    # no finite past after "and": "claims" is a noun of the content
    ("She cited research and claims that the drug is safe.",
     [("She", "cite", "research and claims that the drug is safe")]),
])
def test_joined_noun_or_subject_keeps_the_content_whole(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert described(sentence) == expected


# Rule `published_document_out_on_a_day` (grammar.py trim_source)
def test_poll_out_on_a_day_is_the_source() -> None:
    assert described("A Monmouth poll out Monday showed Clinton with a healthy lead over Sanders in New York.") == [
        ("A Monmouth poll", "show", "Clinton with a healthy lead over Sanders in New York")]


def test_people_out_on_a_day_are_not_a_document() -> None:
    # "out" after people, not a document: the source is not trimmed to "The players"
    assert described("The players out Monday said they were injured.") == [(None, "say", "they were injured")]


# Rule `aside_ends_its_participle_claim` (grammar.py)
def test_aside_ends_its_participle_claim() -> None:
    sentence = ("Priebus, in the wake of a new poll showing Trump's standing with Latinos down to 14 percent, "
                "told Fox News on Sunday that Trump appreciates the need to do better.")
    assert described(sentence) == [
        ("a new poll", "show", "Trump's standing with Latinos down to 14 percent"),
        ("Priebus", "tell", "Trump appreciates the need to do better")]


def test_no_name_before_the_aside_keeps_the_participle_content() -> None:
    # the aside follows "He said,": no subject's own cue after it, the content stays as it was
    sentence = "He said, citing a poll showing Trump down to 14 percent, that Trump appreciates the need to do better."
    assert described(sentence) == [
        ("He", "cite", "a poll showing Trump down to 14 percent, that Trump appreciates the need to do better")]
