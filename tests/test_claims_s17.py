"""Claim contents and speakers (claims-s17 brief: the closing note s16's
"still wrong" kinds). Each rule has a sentence of the kind it fixes and a
near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described, only


# Rule `quotation_after_a_dash_to_the_end_is_the_claim` (rules._quotation_between_dashes)
@pytest.mark.parametrize("text", [
    'Republicans praised her -- "She has a first-rate organization," Duprey said.',
    'Republicans praised her \u2014 "She has a first-rate organization," Duprey said on Tuesday.',
])
def test_a_quotation_after_a_dash_with_its_cue_ending_the_sentence_is_the_claim(text: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content) == ("Duprey", '"She has a first-rate organization,"')


def test_a_quoted_end_of_the_writers_clause_after_a_dash_stays_as_it_was() -> None:
    claim = only('The plan was -- "a disaster," Smith said.')
    assert (claim.speaker, claim.content) == ("Smith", 'The plan was -- "a disaster,"')


# Rule `present_conjunct_joins_a_past_cues_content` (grammar.present_conjunct_of_a_past_content)
@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Last month, a poll by the Washington Institute found most Palestinians in Gaza oppose a two-state solution"
     " and want to work toward a goal of abolishing Israel.",
     # the poll's named body is its speaker (rule document_from_a_named_body_is_the_body, kinds2-s17)
     "Washington Institute",
     "most Palestinians in Gaza oppose a two-state solution and want to work toward a goal of abolishing Israel"),
    ("The study showed most doctors support the law and believe it works.",
     "The study", "most doctors support the law and believe it works"),
    ("Smith said most voters oppose the plan and want a new vote.",
     "Smith", "most voters oppose the plan and want a new vote"),
])
def test_a_present_cue_joined_to_a_past_cues_present_content_is_part_of_it(
        text: str, speaker: str, content: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content) == (speaker, content)


@pytest.mark.parametrize(("text", "second"), [
    # a present outer cue: the joined verb may be the content's subject's, as before
    ("Smith says most voters oppose the plan and want a new vote.", ("most voters", "want", "a new vote")),
    # a past conjunct with a content subject that is no speaker: the outer subject's, as before
    ("Obama said the plan failed and called for a new one.", ("Obama", "call for", "a new one")),
])
def test_other_joined_cues_after_a_content_stay_as_they_were(text: str, second: tuple[str, str, str]) -> None:
    assert described(text)[1] == second


# Rule `past_conjunct_in_a_past_content_is_unresolved` with no "that" (rules._past_conjunct_of_either_clause)
@pytest.mark.parametrize("text", [
    "Pallone said the inspector general conducted a review and concluded there was enough evidence.",
    "Pallone said Sunday the inspector general conducted a review and concluded there was enough evidence.",
])
def test_a_past_verb_joined_inside_a_content_with_no_that_has_no_sure_speaker(text: str) -> None:
    claims = {c.cue: c for c in extract_claims(text)}
    assert claims["say"].speaker == "Pallone"
    assert claims["conclude"].speaker is None


def test_a_joined_cue_after_a_hearer_with_no_that_stays_the_subjects() -> None:
    # where the content opens after a hearer is unsure: as before
    text = "Smith told reporters the plan was dead and said he would resign."
    assert [c.speaker for c in extract_claims(text)] == ["Smith", "Smith"]


# Rule `aside_source_after_a_name_is_no_apposition` (names._role_subject_of_a_cue)
def test_a_described_source_set_between_a_name_and_its_verb_is_not_the_name() -> None:
    claim = only("David Cameron, the spokesman for the prime minister said, would attend the summit.")
    assert (claim.speaker, claim.content) == (
        "the spokesman for the prime minister", "David Cameron would attend the summit")


@pytest.mark.parametrize(("text", "content"), [
    # a comma closes the apposition: his role, as before
    ("David Cameron, the spokesman for the prime minister, said he would attend the summit.",
     "he would attend the summit"),
    # a clause after the cue: a missing comma is likelier, as before
    ("John Smith, a spokesman for the company said the plan failed.", "the plan failed"),
])
def test_a_name_before_its_role_and_cue_stays_the_speaker(text: str, content: str) -> None:
    claim = only(text)
    assert (claim.speaker[:5] if claim.speaker else None, claim.content) == (text[:5], content)


# Rule `that_clause_after_an_as_aside_is_the_claim` (rules._that_clause_after_an_as_aside)
def test_a_that_clause_after_an_as_aside_is_the_claim() -> None:
    claim = only("Before the vote \u2014 do you know, as Smith said, that the mayor lied \u2014 the council met.")
    assert (claim.speaker, claim.content) == ("Smith", "the mayor lied")


def test_a_clause_after_an_as_aside_with_no_that_stays_as_it_was() -> None:
    claim = only("Before the vote, as Smith said, the mayor lied.")
    assert (claim.speaker, claim.content) == ("Smith", "the mayor lied")


# Rule `one_word_after_an_indefinite_age_is_a_noun` (names.py)
def test_one_capitalised_word_after_an_indefinite_age_is_no_person() -> None:
    text = ("Abhina Aher greets visitors. She is a 37-year-old Hijra -- a South Asian term for transgender people."
            " The reward, she says, was priceless.")
    assert [c.speaker for c in extract_claims(text)] != ["Hijra"]
    assert all(c.speaker != "Hijra" for c in extract_claims(text))


def test_a_name_after_an_age_stays_a_person() -> None:
    claim = only('"I was always different," said 25-year-old Nesma Hajjaj.')
    assert (claim.speaker, claim.speaker_kind) == ("Nesma Hajjaj", "person")


# Review s17, findings 6 and 8: the rule leaves a known first name and a word before a person noun alone
def test_a_first_name_after_an_indefinite_age_stays_the_speaker() -> None:
    claims = extract_claims("A 23-year-old Ahmed told police he was innocent. Ahmed said he had been at home.")
    assert [c.speaker for c in claims] == ["Ahmed", "Ahmed"]


def test_a_place_before_a_person_noun_after_an_indefinite_age_stays_a_name() -> None:
    from summarizer.mentions import name_runs
    assert [run for run, _ in name_runs("The victim was a 30-year-old Chicago man, police said.")] == ["Chicago"]


# Review s17, finding 10: a listed acronym with a closing plus sign (rule `plus_sign_ends_a_name`) is listed
def test_a_listed_acronym_with_a_plus_sign_is_a_mentioned_body() -> None:
    from summarizer.mentions import find_mentions
    names = {(m.name, m.kind) for m in find_mentions(["ESPN+ also grew, analysts said."])}
    assert names == {("ESPN+", "organisation")}


def test_a_plus_sign_after_an_unlisted_name_stays_unlisted() -> None:
    from summarizer.mentions import find_mentions
    assert find_mentions(["Zorbix+ also grew, analysts said."]) == []
