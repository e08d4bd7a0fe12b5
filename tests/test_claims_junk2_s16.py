"""Junk and wrong claims of session 16's second junk round (QA round 47, web
test s16): each rule has a sentence of the kind it changes and a near variant
that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import as_written, described


# Rule `cue_in_an_unknown_question_is_no_claim` (JUNK_RULES)
@pytest.mark.parametrize("text", [
    "It's unclear how many in Gaza want militants to stop rocket attacks.",
    "It is still unclear how many Gazans want militants to stop rocket attacks.",
    "It is not known whether the company told regulators that the drug was safe.",
    "It isn't clear whether Smith said he would run.",
])
def test_a_source_in_a_question_no_one_can_answer_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "triple"), [
    ("It's clear that many in Gaza want militants to stop rocket attacks.",
     ("many in Gaza", "want", "militants to stop rocket attacks")),
    ("The company told regulators that the drug was safe.", ("The company", "tell", "the drug was safe")),
    ("It is unclear how many people died, officials said.",
     ("officials", "say", "It is unclear how many people died")),
])
def test_a_source_outside_the_unknown_question_stays(text: str, triple: tuple[str, str, str]) -> None:
    assert as_written(text) == [triple], described(text)


# Rule `participle_past_another_clause_has_no_source` (JUNK_RULES)
def test_a_source_cut_inside_the_subject_of_the_clause_before_is_no_speaker() -> None:
    text = ("Finally, the Ukrainian companies filed suit, always in the Economic Court, "
            "demanding that the supplier return the prepayment.")
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "source"), [
    ('Here in Columbia, Sanders stepped up his emphasis on justice, saying, "We have got to act."', "Sanders"),
    ("Smith, a lawyer, filed suit, demanding that the supplier return the prepayment.", "Smith"),
])
def test_the_subject_of_the_clause_before_stays_the_source(text: str, source: str) -> None:
    assert [c.source_as_written for c in extract_claims(text)] == [source], described(text)


# Rule `participle_before_its_noun_is_no_speaker` (JUNK_RULES)
def test_a_participle_before_a_cue_read_as_its_noun_is_no_speaker() -> None:
    text = "Published estimates put this share as high as 40 percent."
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "source"), [
    ("Reed estimates the share at 40 percent.", "Reed"),
    ("Published reports say the share is 40 percent.", "Published reports"),
])
def test_a_name_or_a_whole_subject_before_the_cue_stays(text: str, source: str) -> None:
    assert [c.source_as_written for c in extract_claims(text)] == [source], described(text)


# Rule `passive_participle_with_its_agent_is_no_claim` (JUNK_RULES)
@pytest.mark.parametrize("text", [
    "The scheme, as revealed in court judgments monitored and reported by Nashi Groshi, worked like this: firms paid.",
    "Authorities cannot make it a crime to work, as prescribed by the law but denied by Monday's ruling.",
])
def test_a_passive_participle_and_its_agent_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "triple"), [
    ("Nashi Groshi reported that the scheme worked like this: firms paid.",
     ("Nashi Groshi", "report", "the scheme worked like this: firms paid")),
    ('"By December, California stuck out," Weaver said.', ("Weaver", "say", '"By December, California stuck out,"')),
    ("The deal was reported by CNN to be worth $5 billion.", ("CNN", "report", "The deal to be worth $5 billion")),
])
def test_a_statement_or_a_passive_attribution_stays(text: str, triple: tuple[str, str, str]) -> None:
    assert as_written(text) == [triple], described(text)


# Rules `role_apposition_after_a_fronted_source` and `quotation_after_the_sources_aside` (rules.py according_to)
@pytest.mark.parametrize(("text", "content"), [
    ("According to Matthew Rojansky, director of the Kennan Institute, the plan failed.", "the plan failed"),
    ("According to Matthew Rojansky, the director of the Kennan Institute, the plan failed.", "the plan failed"),
    ("According to Ann Lee, director of the institute, who has studied it, \u201cthere are firms for it.\u201d",
     "\u201cthere are firms for it.\u201d"),
    ("According to Smith, the plan failed.", "the plan failed"),  # "plan" is no role
    ("According to Smith, the officials failed.", "the officials failed"),  # no main clause after a comma
])
def test_a_role_apposition_after_a_fronted_source_is_the_sources(text: str, content: str) -> None:
    assert [c.content for c in extract_claims(text)] == [content], described(text)
