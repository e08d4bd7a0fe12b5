"""Claim kinds of QA round 51 (session 18, claimsb-s18): each kind has a
sentence it changes and a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described


def _triples(text: str) -> list[tuple[str | None, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_claims(text)]


# Rule `view_phrase_inside_a_quotation_frames_only_its_words` (QA round 51, 417 s6)
def test_a_view_phrase_inside_a_quotation_is_no_attribution_of_it() -> None:
    text = ("\"The court is a credit to our commitment to do justice by 'him who shall have borne the battle' "
            "in President Lincoln's words,'\" said Justice Antonin Scalia in April.")
    claims = extract_claims(text)
    assert [(c.speaker, c.cue, c.rule) for c in claims] == [("Antonin Scalia", "say", "inverted_attribution")], \
        described(text)
    assert claims[0].content.startswith('"The court is a credit'), described(text)


@pytest.mark.parametrize(("text", "triple"), [
    ("The plan, in Smith's view, is \"a disaster in the making.\"",
     ("Smith", "in view", 'is "a disaster in the making."')),
    ("In Mr. Connolly's view, the agreement will not survive the election.",
     ("Connolly", "in view", "the agreement will not survive the election")),
])
def test_a_view_phrase_outside_a_quotation_stays(text: str, triple: tuple[str, str, str]) -> None:
    assert _triples(text) == [triple], described(text)


def test_a_view_phrase_closing_a_quotation_leaves_the_attribution_after_it() -> None:
    text = "\"The nation must care for him who has borne the battle, in Lincoln's words,\" Smith said."
    assert [(c.speaker, c.cue) for c in extract_claims(text)] == [("Smith", "say")], described(text)


def test_a_view_phrase_framing_words_of_its_own_quotation_stays() -> None:
    text = "Smith spoke. \"The nation must care for him who has borne the battle, in Lincoln's words.\""
    assert _triples(text) == [("Lincoln", "in view", "\"The nation must care for him who has borne the battle")], \
        described(text)


MAIN_SPEAKER = ('"We are human beings, not animals," Mahmoud Al Houli told CNN by telephone.\n\n'
                'He said conditions in the town were "desperate," with food running low.\n\n')


def _last_speaker(text: str) -> tuple[str | None, str]:
    last = extract_claims(text)[-1]
    return last.speaker, last.speaker_kind


# Rules `relative_cue_keeps_its_speaker` and `joined_cue_keeps_its_described_speaker` (QA round 51, 682 s7)
@pytest.mark.parametrize("sentence", [
    'On Tuesday, a United Nations official said it was "clear" that government forces were involved in the '
    'slaughter last Friday, which he said was "an abominable crime."',
    'On Tuesday, a United Nations official said it was "clear" that government forces were involved in the '
    'slaughter, and he said it was "an abominable crime."',
])
def test_he_of_a_second_cue_is_the_described_speaker_of_the_first(sentence: str) -> None:
    text = MAIN_SPEAKER + sentence
    assert _last_speaker(text) == ("a United Nations official", "unnamed"), described(text)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('On Tuesday, Rupert Colville said government forces were involved in the slaughter, which he said was '
     '"an abominable crime."', ("Rupert Colville", "person")),
    # a spokeswoman is no "he": the rules of `pronoun` decide, as before
    ('On Tuesday, a United Nations spokeswoman said government forces were involved in the slaughter, which he '
     'said was "an abominable crime."', ("Mahmoud Al Houli", "person")),
    ('On Tuesday, a United Nations official said government forces were involved in the slaughter. He said it '
     'was "an abominable crime."', ("a United Nations official", "unnamed")),
])
def test_a_named_first_speaker_or_another_gender_stays(sentence: str, speaker: tuple[str, str]) -> None:
    text = MAIN_SPEAKER + sentence
    assert _last_speaker(text) == speaker, described(text)
