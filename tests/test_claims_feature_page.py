"""Rules found on an analysis page (a polling site's feature on party
endorsements): `participle_after_an_inverted_speaker` and
`elliptical_content_is_no_claim`."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only


def test_a_participle_after_an_inverted_speaker_is_the_speakers() -> None:
    text = ("There\u2019s \u201cless drive to pick a winner\u201d in Iowa, said Pat Rynard, managing editor of "
            "Iowa Starting Line, explaining why officials in Iowa might feel free to back candidates.")
    explained = [c for c in extract_claims(text) if c.cue == "explain"]
    assert [c.speaker for c in explained] == ["Pat Rynard"]


def test_adding_after_said_smith_is_smiths() -> None:
    text = '"We will win the vote," said Smith, adding that the count was close.'
    assert [c.speaker for c in extract_claims(text) if c.cue == "add"] == ["Smith"]


def test_a_participle_after_the_subjects_cue_keeps_the_subject() -> None:
    text = "Jones attacked the plan on Monday, warning that costs would rise."
    assert [c.speaker for c in extract_claims(text) if c.cue == "warn"] == ["Jones"]


@pytest.mark.parametrize("content", ["they should", "he would not", "she wouldn't", "it was"])
def test_a_pronoun_and_auxiliaries_alone_is_no_claim(content: str) -> None:
    assert extract_claims(f"Some party elites are hinting that {content}.") == []


def test_a_pronoun_with_its_verb_stays() -> None:
    assert only("He said he would resign.").content == "he would resign"
