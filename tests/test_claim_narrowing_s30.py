"""Claims rules narrowed where a sentence of their own kind read wrong: an
apposed phrase that says who spoke along with the speaker is no role, and a
relative after "aides to Tom Reed" stands for neither noun. Each with the
example that must change and a near variant that must not. The
sentences are written in the manner of the articles; none is read from the
shared data sets."""

from __future__ import annotations

import pytest

from summarizer import extract_claims

from .claim_helpers import described, only

# --- rule apposed_role_is_the_role: no role opens with a connective ----------------------------


@pytest.mark.parametrize("text", [
    "Paul Grant, along with other officials, said the plan would fail.",
    "Tom Reed, together with other officials, said the plan would fail.",
    "Tom Reed, as well as two other officials, said the plan would fail.",
    "\u201cThe plan will fail,\u201d Tom Reed, along with other officials, said.",
])
def test_a_phrase_of_who_spoke_along_is_no_role(text: str) -> None:
    claim = only(text)
    assert claim.speaker in ("Tom Reed", "Paul Grant"), described(text)
    assert claim.role is None, described(text)


@pytest.mark.parametrize(("text", "role"), [
    ("The mayor's lawyer, Tom Reed, said the charges were baseless.", "The mayor's lawyer"),
    ("\u201cThe plan will fail,\u201d the mayor's lawyer, Tom Reed, told reporters.", "the mayor's lawyer"),
])
def test_a_role_opening_with_a_determiner_or_possessive_stays(text: str, role: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.role) == ("Tom Reed", role), described(text)


# --- rule relative_pronoun_is_never_the_speaker: "X of/for/to/with Y, who, ..., said" --------------


@pytest.mark.parametrize("text", [
    "The bill was drafted by aides to Tom Reed, who, on Monday, said it would pass.",
    "The plan was backed by a spokesman for Tom Reed, who, on Monday, said it would pass.",
    "Police questioned a friend of Tom Reed, who, in a statement, said it would pass.",
])
def test_a_relative_after_two_nouns_names_no_speaker(text: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind, claim.speaker_span) == (None, "unresolved", None), described(text)
    assert claim.content == "it would pass"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The plan was backed by a spokesman, who, on Monday, said it would pass.", "a spokesman"),
    ("The plan was backed by Tom Reed, who, on Monday, said it would pass.", "Tom Reed"),
    ("Tom Reed met Anne Brown, who, in a brief statement, said it would pass.", "Anne Brown"),
])
def test_a_relative_after_one_noun_phrase_stands_for_it(text: str, speaker: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content) == (speaker, "it would pass"), described(text)


def test_a_relative_after_two_nouns_keeps_its_claim() -> None:
    text = "The plan was backed by a spokesman for Tom Reed, who, on Monday, said it would pass."
    assert [c.content for c in extract_claims(text)] == ["it would pass"]
