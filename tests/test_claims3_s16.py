"""QA round 48's clear-wrong claims (claims3-s16 brief). Each rule has a
sentence of the kind it fixes and a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only


# Rule `attributive_participle_in_a_venue` (rules._attributive_participle)
@pytest.mark.parametrize("text", [
    "Snowden may stay in Russia for three more years, his attorney said in a televised press conference"
    " in Moscow Thursday.",
    "Snowden may stay in Russia for three more years, his attorney said in a prepared statement.",
])
def test_a_participle_describing_the_venue_is_no_verb(text: str) -> None:
    claim = only(text)
    assert claim.source_as_written == "his attorney"
    assert claim.content == "Snowden may stay in Russia for three more years"


def test_a_verb_after_a_venue_still_opens_a_clause() -> None:
    # "decided" follows a noun, not a determiner: the clause after the venue is the content, as before
    assert only("Smith said in an interview the company decided to sell.").content == "the company decided to sell"


# Rule `past_conjunct_in_a_past_content_is_unresolved` (rules._past_conjunct_of_either_clause)
def test_a_past_verb_joined_inside_a_past_content_has_no_sure_speaker() -> None:
    text = ("Pallone told CNN that the inspector general conducted a preliminary review and concluded"
            " there was enough evidence to launch an investigation.")
    claims = {c.cue: c for c in extract_claims(text)}
    assert claims["tell"].speaker == "Pallone"
    assert claims["conclude"].speaker is None


@pytest.mark.parametrize("text", [
    "Pallone told reporters that the plan was dead and said he would resign.",  # no speaker inside
    "Pallone said that he was tired and said he would resign.",  # a pronoun inside: as before
])
def test_a_joined_cue_after_a_content_with_no_other_speaker_stays_the_subjects(text: str) -> None:
    assert [c.speaker for c in extract_claims(text)] == ["Pallone", "Pallone"]


# Rule `quoted_noun_before_a_relative_is_no_quotation` (rules._quoted_noun_before)
@pytest.mark.parametrize("text", [
    'His father slammed those who would focus on the "sinner" rather than the "sins" the younger Snowden revealed.',
    'He was angry about the "lies" the president told.',
])
def test_a_cue_in_a_relative_clause_after_a_quoted_noun_is_no_attribution(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.rule == "clause_final_attribution"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We will win" Smith said.', "Smith"),
    ('"The sins are real" the younger Snowden revealed.', "Snowden"),
])
def test_a_quotation_before_its_source_stays_a_claim(text: str, speaker: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.rule) == (speaker, "clause_final_attribution")


# Rule `body_name_with_of_before_a_role` (speakers._body_of_before_a_role)
def test_a_person_after_a_body_with_of_and_a_role_is_named() -> None:
    claim = only('"It was a great film," Den of Geek editor Simon Brew said.')
    assert (claim.speaker, claim.speaker_kind) == ("Simon Brew", "person")


@pytest.mark.parametrize("text", [
    '"It was a great film," Den of Geek editor said.',  # no name after the role: as before
    '"It was a great film," the head of Den of Geek said.',
])
def test_a_body_with_of_and_no_name_after_a_role_stays_unresolved(text: str) -> None:
    assert only(text).speaker is None


# Rule `quotation_between_dashes_is_the_claim` (rules._quotation_between_dashes)
@pytest.mark.parametrize("text", [
    'Republicans have heaped praise on her -- "She has a first-rate organization," Duprey said'
    " -- and tested out attack lines.",
    'Republicans praised her \u2014 "She has a first-rate organization," Duprey said \u2014 and attacked her record.',
])
def test_a_quotation_set_off_by_dashes_is_the_claim(text: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content) == ("Duprey", '"She has a first-rate organization,"')


@pytest.mark.parametrize(("text", "content"), [
    ('"She has a first-rate organization," Duprey said -- and he meant it.', '"She has a first-rate organization,"'),
    # no dash after the cue but the sentence ends there: claims-s17's quotation_after_a_dash_to_the_end_is_the_claim
])
def test_a_quotation_without_both_dashes_stays_as_it_was(text: str, content: str) -> None:
    assert only(text).content == content
