"""Claim kinds of session 18's second wave (claims2-s18): each kind has a
sentence it changes and a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from tests.claim_helpers import described


# Rule `doubt_adverb_before_the_source_is_content`
@pytest.mark.parametrize("adverb", ["Perhaps", "Maybe"])
def test_a_doubt_adverb_before_a_parenthetical_source_is_the_claims_hedge(adverb: str) -> None:
    text = f"{adverb}, Smith said, the plan will work."
    claims = extract_claims(text)
    assert [(c.speaker, c.content, c.hedged) for c in claims] == [
        ("Smith", f"{adverb} the plan will work", True)], described(text)


def test_a_connective_before_a_parenthetical_source_stays_out() -> None:
    text = "Indeed, Smith said, the plan will work."
    claims = extract_claims(text)
    assert [(c.speaker, c.content, c.hedged) for c in claims] == [
        ("Smith", "the plan will work", False)], described(text)


# Rule `possessive_title_is_no_name`
@pytest.mark.parametrize(("text", "office"), [
    ("He served in the Judge Advocate General's Corps for ten years.", "Advocate General"),
    ("The Secretary General's report was released on Monday.", "General"),
])
def test_a_possessive_title_names_no_one(text: str, office: str) -> None:
    tokens = tokenize(text, 0, len(text))
    assert office not in [n.text for n in find_names(tokens)], text


@pytest.mark.parametrize(("text", "name"), [
    ("NATO Secretary General Jens Stoltenberg's report was out.", "Jens Stoltenberg"),
    ("Gov. Justice's plan failed.", "Justice"),
    ("Advocate General Maciej Szpunar said the rules applied.", "Maciej Szpunar"),
])
def test_a_name_after_a_title_keeps_its_possessive(text: str, name: str) -> None:
    tokens = tokenize(text, 0, len(text))
    assert name in [n.text for n in find_names(tokens) if n.kind == "person"], text


def test_he_after_a_possessive_title_is_no_office() -> None:
    text = "He served in the Judge Advocate General's Corps for ten years. He said the rules were clear."
    assert [c.speaker for c in extract_claims(text)] == ["He"], described(text)


# Rule `relative_cue_without_its_speaker_is_unresolved`
CONTEXT = "Mahmoud Al Houli, a local leader, said the army had come. "


@pytest.mark.parametrize("text", [
    "Officials said it was clear that forces were involved in the slaughter, which he said was an abominable crime.",
    "A spokeswoman said it was clear that forces were involved in the slaughter, which he said was a crime.",
    "The ministry said it was clear that forces were involved in the slaughter, which he said was a crime.",
    "A UN official visited the town, which he said was safe.",
])
def test_a_relative_he_without_its_speaker_is_unresolved(text: str) -> None:
    claims = [c for c in extract_claims(CONTEXT + text) if c.cue_span.start > len(CONTEXT) and c.speaker == "he"]
    assert [c.speaker_kind for c in claims] == ["unresolved"], described(CONTEXT + text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("John Smith visited the town, which he said was safe.", "John Smith"),
    ("John Smith toured the plant on Monday. The plant, which he said was unsafe, closed on Tuesday.", "John Smith"),
])
def test_a_relative_he_with_its_person_stays(text: str, speaker: str) -> None:
    assert [c.speaker for c in extract_claims(text)] == [speaker], described(text)


# Rule `present_verb_before_its_object`
def test_a_present_verb_before_its_object_ends_the_subject() -> None:
    text = "The suit names the officers and alleged that they lied."
    assert [(c.speaker_span.text if c.speaker_span else None, c.content) for c in extract_claims(text)] == [
        ("The suit", "they lied")], described(text)


def test_a_past_verb_before_its_object_stays() -> None:
    text = "The suit named the officers and alleged that they lied."
    assert [(c.speaker_span.text if c.speaker_span else None, c.content) for c in extract_claims(text)] == [
        ("The suit", "they lied")], described(text)


# Rule `quoted_as_saying`, the family of perceiving and recording
@pytest.mark.parametrize(("text", "cue"), [
    ('"He was a thug," a man was captured on camera saying.', "capture on camera saying"),
    ('"He was a thug," a man was heard saying.', "hear saying"),
    ('"He was a thug," a woman was recorded saying.', "record saying"),
    ('A man was seen saying, "He was a thug."', "see saying"),
])
def test_a_quotation_heard_or_recorded_is_the_speakers(text: str, cue: str) -> None:
    claims = extract_claims(text)
    assert [(c.cue, c.rule, c.kind) for c in claims] == [(cue, "quoted_as_saying", "direct")], described(text)
    assert "thug" in claims[0].content, described(text)


@pytest.mark.parametrize("text", [
    "He was seen saying goodbye to his family at the airport.",
    "She was heard saying her prayers.",
])
def test_an_act_heard_or_seen_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


# Rule `document_heads_its_reduced_passive`
@pytest.mark.parametrize("text", [
    "A statement posted on radical Islamic websites described how four leaders escaped from the prison.",
    "A statement posted on the website described how four leaders escaped from the prison.",
])
def test_a_document_before_its_participle_is_the_source(text: str) -> None:
    assert [(c.speaker_span.text if c.speaker_span else None, c.cue) for c in extract_claims(text)] == [
        ("A statement", "describe")], described(text)


def test_a_cue_after_a_medium_stays_no_claim() -> None:
    text = "In video posted on social media of the scene, the young woman appears to walk away."
    assert [c.cue for c in extract_claims(text)] == [], described(text)
