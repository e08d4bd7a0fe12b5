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
    # review s16: right after a question, the phrase is its answer
    ("Where was the money? In offshore accounts, the report said.", "In offshore accounts"),
])
def test_a_fronted_clause_stays_the_content(text: str, content: str) -> None:
    assert only(text).content == content, described(text)


# Rule `permission_in_a_ruling_is_no_hedge` (polarity.py): a person described by what they do
# ("the athlete", source_nouns.txt described) is granted leave as much as a name or a pronoun
@pytest.mark.parametrize(("text", "hedged"), [
    ("The athlete may also now drink alcohol and return home to the scene of the crime, he ruled.", False),
    ("Pistorius may also now drink alcohol, the judge ruled.", False),
    ("The evidence may have been tainted, the judge ruled.", True),  # a doubt, not leave
    ("The athlete may travel, the judge said.", True),  # "said": the modal still doubts
])
def test_leave_granted_to_a_described_person_is_no_hedge(text: str, hedged: bool) -> None:
    assert only(text).hedged is hedged, described(text)


# Rule `participle_after_a_past_cues_clause_is_past` (polarity.py, `_participle_after_a_past_verb`)
@pytest.mark.parametrize(("text", "hedged"), [
    ("Obama touted that as a promise kept, saying Americans would be leaving Iraq.", False),
    ("Obama said the plan failed, adding that it would be replaced.", False),
    ("Obama touts that as a promise kept, saying Americans would be leaving Iraq.", True),  # present
    ("Smith says the plan failed, adding that it would be replaced.", True),
])
def test_would_after_a_participle_of_a_past_cues_clause_is_reported_future(text: str, hedged: bool) -> None:
    saying = [c for c in extract_claims(text) if c.cue in ("say", "add") and "would" in c.content]
    assert [c.hedged for c in saying] == [hedged], described(text)


# Rule `unlikely_description_is_no_hedge` (polarity.py HEDGE_SCOPE_RULES)
@pytest.mark.parametrize(("text", "hedged"), [
    ("Lee said she encouraged the \u201cunlikely\u201d ambassador to keep posting.", False),
    ("Lee said the two rivals formed an unlikely alliance.", False),
    ("Lee said the plan was unlikely to pass.", True),
    ("Lee said it is unlikely that the plan passes.", True),
    ("Lee said the likely winner was Smith.", True),  # a probable winner, not a surprising one
    # review s16: a possibility noun: the claim hangs on what "unlikely" doubts
    ("Ann Lee said the unlikely event of a default would hit markets.", True),
])
def test_unlikely_before_its_noun_is_a_description(text: str, hedged: bool) -> None:
    assert only(text).hedged is hedged, described(text)
