"""Claims grammar and hedges of QA round 65 (session 23, helper qa65c): each
kind has a sentence it changes and a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import as_written, described


# Rule `cue_in_a_hypothetical_condition_is_no_claim` (JUNK_RULES): a forecast "will" and "unless"
@pytest.mark.parametrize("text", [
    "If she does not believe the athlete thought there was an intruder, she will find him guilty of murder.",
    "Unless she believes the athlete thought there was an intruder, she will find him guilty of murder.",
])
def test_a_cue_in_a_condition_before_a_forecast_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_a_stated_disbelief_stays() -> None:
    text = "She said she does not believe the athlete thought there was an intruder."
    assert as_written(text) == [("She", "say", "she does not believe the athlete thought there was an intruder")], \
        described(text)


def test_a_disbelief_before_a_stated_fact_stays() -> None:
    text = "If she does not believe the athlete, she did not say so in court."
    assert "believe" in [c.cue for c in extract_claims(text)], described(text)


# Rule `raised_infinitive_keeps_its_verb` (rules.py) now holds for a raised perfect too
@pytest.mark.parametrize(("text", "content"), [
    ("Last summer Jiang was rumored to have died, but he has since made a rare public appearance.",
     "Last summer Jiang was rumored to have died"),
    ("The game, known as Neknominate, is thought to have originated in Australia.",
     "The game, known as Neknominate, is thought to have originated in Australia"),
])
def test_a_hedged_raised_perfect_keeps_its_hedge_in_the_content(text: str, content: str) -> None:
    claims = extract_claims(text)
    assert [(c.content, c.hedged, c.speaker) for c in claims] == [(content, True, None)], described(text)


def test_a_passive_that_clause_keeps_its_content_alone() -> None:
    text = "It was rumored that Jiang had died."
    assert [(c.content, c.hedged) for c in extract_claims(text)] == [("Jiang had died", True)], described(text)


# Rule `habitual_belief_in_a_when_clause_is_no_claim` (JUNK_RULES)
def test_a_present_belief_in_a_when_clause_is_no_claim() -> None:
    text = ("Several witnesses have testified that Pistorius tends to arm himself and go towards danger, "
            "rather than away from it, when he thinks he is under threat.")
    assert [c.cue for c in extract_claims(text)] == ["testify"], described(text)


@pytest.mark.parametrize(("text", "triple"), [
    ("When he thought he was under threat, he fired.", ("he", "think", "he was under threat")),
    ("He thinks he is under threat.", ("He", "think", "he is under threat")),
])
def test_a_past_belief_in_a_when_clause_or_a_stated_belief_stays(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in as_written(text), described(text)


# Rule `testifying_before_or_about_is_no_claim` (junk_readings.txt testimony_times: after)
def test_testifying_after_an_event_is_no_claim() -> None:
    text = ("The track star's specialist sports doctor testified Wednesday after defense lawyer Barry Roux "
            "read the report.")
    assert extract_claims(text) == [], described(text)


def test_testifying_after_an_event_that_a_thing_happened_stays() -> None:
    text = "The doctor testified after the break that the report was flawed."
    assert [c.content for c in extract_claims(text)] == ["the report was flawed"], described(text)


# Rule `object_of_a_gerund_is_no_cue` (JUNK_RULES)
@pytest.mark.parametrize("text", [
    "The way our food production system is structured, supplying demand, not need, has an exponential "
    "significance on obesity.",
    "Meeting demand will be hard.",
])
def test_a_noun_after_a_gerund_is_no_cue(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "source"), [
    ("Beijing demands that the ships leave.", "Beijing"),
    ("Striking workers demand that the plant stay open.", "Striking workers"),
])
def test_a_finite_cue_after_a_name_or_a_noun_phrase_stays(text: str, source: str) -> None:
    assert [c.source_as_written for c in extract_claims(text)] == [source], described(text)


# Rule `fronted_adverbial_is_no_part_of_a_pronoun_subject` (grammar.py np_left)
@pytest.mark.parametrize("text", [
    'After a brief pause he declares: "I nominate them. Get it done."',
    "Late Saturday he announced he supported the bill.",
    "Unsurprisingly he said no.",
])
def test_a_fronted_phrase_before_a_pronoun_is_no_part_of_the_source(text: str) -> None:
    assert [c.source_as_written for c in extract_claims(text)] == ["he"], described(text)


def test_a_pronoun_joined_to_a_name_stays_one_source() -> None:
    text = "John and I said it was over."
    assert [c.source_as_written for c in extract_claims(text)] == ["John and I"], described(text)


@pytest.mark.parametrize("text", [
    "After posting some of the tweets she was directed to post, Labott left.",
    "Schlafly invoked the title of the book she wrote that helped lay the foundation.",
])
def test_a_pronoun_in_a_relative_without_that_gives_no_speaker(text: str) -> None:
    assert "she" not in [c.source_as_written for c in extract_claims(text)], described(text)


# Rule `prompted_object_speaks` (rules.py; claim_grammar.txt prompting_verbs)
def test_the_object_of_a_prompting_verb_is_the_speaker() -> None:
    text = "Unsurprisingly the trend has prompted politicians to demand that schools play a bigger role."
    assert as_written(text) == [("politicians", "demand", "schools play a bigger role")], described(text)


def test_the_object_of_a_persuasion_verb_stays_no_speaker() -> None:
    text = "The campaign sought to persuade voters to believe that the economy is strong."
    assert extract_claims(text) == [], described(text)


# Rule `reference_gloss_after_a_quote_is_no_claim` (JUNK_RULES): an -ed word before a name
def test_a_gloss_naming_an_ousted_president_is_no_claim() -> None:
    text = ('"Today, Ukraine has finished with this terrible dictator," she said, referring to ousted President '
            'Viktor Yanukovych.')
    assert [c.cue for c in extract_claims(text)] == ["say"], described(text)


def test_a_gloss_with_a_clause_stays() -> None:
    text = '"It is over," she said, referring to claims that the president rigged the vote.'
    assert [c.cue for c in extract_claims(text)] == ["say", "refer to"], described(text)


# Rule `shown_thing_named_by_another_cue_is_no_claim` (JUNK_RULES)
def test_a_video_showing_what_someone_said_is_no_claim_of_the_video() -> None:
    text = ("Elsewhere, the opposition LCC posted a video showing what it said was the pilot, whom it identified "
            "as Col. Mufeed Mohamad Suleiman.")
    assert "show" not in [c.cue for c in extract_claims(text)], described(text)


def test_a_video_showing_what_happened_stays() -> None:
    text = "The group posted a video showing what happened at the checkpoint."
    assert [c.cue for c in extract_claims(text)] == ["show"], described(text)


# Rule `count_after_the_hearer_opens_the_content` (grammar.py skip_hearer)
def test_a_count_after_the_hearer_opens_the_content() -> None:
    text = "Witnesses at the camp told CNN at least 19 Muslims were killed."
    assert [c.content for c in extract_claims(text)] == ["at least 19 Muslims were killed"], described(text)


def test_a_place_after_the_hearer_stays_with_the_hearer() -> None:
    text = "The army warned people in northern Gaza to move south."
    assert [c.content for c in extract_claims(text)] == ["people in northern Gaza to move south"], described(text)

