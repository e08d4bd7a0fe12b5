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


# Rule `subject_with_a_whose_clause` (rules.py)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The state officials whose laws have been invalidated say the real change has come in the courts.",
     [("The state officials", "say", "the real change has come in the courts")]),
    ("Residents whose homes flooded said the city ignored the warnings.",
     [("Residents", "say", "the city ignored the warnings")]),
])
def test_plural_people_before_a_whose_clause_speak(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert described(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # no verb of the clause's own before the cue: "said" may be the wife's, inside the clause
    "The man whose wife said she was ill left early.",
    # a thing before "whose": no speaker
    "The law whose provisions were struck down says the state must pay.",
])
def test_whose_clause_without_its_verb_or_people_gives_no_speaker(sentence: str) -> None:
    assert described(sentence) == []


# Rule `time_of_speaking_before_a_semicolon` (rules.py)
def test_time_before_a_semicolon_leaves_the_clause_before_as_content() -> None:
    sentence = ("It was never just about him, his aides argued in interviews this week; rather, it was "
                "Mr. Obama's ability to give voice to shared aspirations.")
    assert described(sentence) == [("his aides", "argue", "It was never just about him")]


def test_clause_after_the_time_stays_the_content() -> None:
    # a clause after the time: what they argued follows the cue, not the clause before it
    sentence = "It was never just about him, his aides argued this week the talks failed; rather, it was luck."
    (speaker, cue, content), = described(sentence)
    assert (speaker, cue) == ("his aides", "argue") and content.endswith("the talks failed")


# Rule `bare_cue_after_a_postmodified_plural_is_a_verb`, "those surveyed" before an adjective
def test_those_surveyed_say_before_an_adjective() -> None:
    sentence = "By double digits, those surveyed say stricter gun laws would help prevent gun violence."
    assert [(c, content) for _, c, content in described(sentence)] == [
        ("say", "stricter gun laws would help prevent gun violence")]


def test_those_concerned_before_to_say_is_no_subject() -> None:
    # "say" after "to" is an infinitive of the asking, no claim of "those concerned"
    assert described("He asked those concerned to say more.") == [("He", "ask", "those concerned to say more")]


def test_the_and_a_participle_before_a_noun_is_no_polled_subject() -> None:
    # "the failed call has given ...": "call" is a noun and the subject of "has given" (CNN-Corpus
    # dev 698 s3), so the parenthetical "he said" keeps the whole sentence
    sentence = ("The attempt was unsuccessful, he said, but subsequent analysis of the failed call has given "
                "experts a better idea of the aircraft's position.")
    assert [(s, c) for s, c, _ in described(sentence)] == [("he", "say")]
    assert "has given experts" in described(sentence)[0][2]
