"""Junk claims and missed rulings left by session 15 (closing note s15 "Junk
still shown"): each rule has a sentence of the kind it changes and a near
variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import cues, described, only


# Rule `past_form_is_no_noun` (summarizer.claims.cues, part of `noun_after_modifier`)
@pytest.mark.parametrize(("text", "source"), [
    ("The judge ruled that he may travel abroad.", "The judge"),
    ("The court ruled that he may travel abroad.", "The court"),
    ("Judge Bert Bam ruled that he may travel abroad.", "Bert Bam"),
])
def test_a_ruling_after_the_and_a_noun_is_a_claim(text: str, source: str) -> None:
    claim = only(text)
    assert (claim.cue, claim.content) == ("ruled", "he may travel abroad"), described(text)
    assert claim.source_as_written == source, described(text)


@pytest.mark.parametrize("text", [
    "The final say rests with the board.",  # a base form after "the" and a noun is a noun
    "The company concerned that month was Acme.",  # a belief adjective after its noun
    "The judge ruled the country.",  # "ruled" with no "that" clause (+that)
])
def test_a_noun_or_an_adjective_after_the_and_a_noun_stays_no_cue(text: str) -> None:
    assert extract_claims(text) == [], described(text)


# Rule `fronted_adjunct_is_no_content` (JUNK_RULES)
@pytest.mark.parametrize(("text", "cue"), [
    ("In what is a free speech dispute that touched on abortion, the court ruled unanimously.", "ruled"),
    ("In the end, she knew.", "know"),
    ("But by doing so, both countries would have reversed previous pledges.", "pledge"),
])
def test_a_fronted_prepositional_phrase_is_no_content(text: str, cue: str) -> None:
    assert cue not in cues(text), described(text)


@pytest.mark.parametrize(("text", "content"), [
    ("In 2003 the law was void, the court ruled.", "In 2003 the law was void"),
    ("In Iraq the situation remains tense, he said.", "In Iraq the situation remains tense"),
    ("After he left, the firm collapsed, she said.", "After he left, the firm collapsed"),
])
def test_a_fronted_clause_stays_the_content(text: str, content: str) -> None:
    assert only(text).content == content, described(text)
