"""Junk claims and hedges of session 18 (closing note s17 "Not done", QA
rounds 49-50, web test s17): each kind has a sentence it changes and a near
variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described, only


# Rule `fronted_condition_leaves_the_main_clause_its_hedges` (QA round 50, 961 #16 Hollande)
@pytest.mark.parametrize("text", [
    'French President Francois Hollande has said that if his country had not intervened, Mali "probably would '
    'have fallen into the hands of terrorists."',
    "The groups worry that if the state held up the deal, the company could threaten to sell its land.",
])
def test_a_hedge_in_the_main_clause_after_a_condition_counts(text: str) -> None:
    assert only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "Hollande said that if it rains, the match will be cancelled.",
    "Hollande asked if the match could be cancelled, and left.",
    '"If you look back and check the transcripts," Scott said.',
])
def test_a_condition_with_no_hedge_after_it_or_a_question_stays_unhedged(text: str) -> None:
    assert not only(text).hedged, described(text)


# Rule `quotation_run_into_the_cue_sentence_hedges` (CNN dev 683 s26)
def test_a_short_close_leaves_the_quotations_hedge_to_the_sentence_before() -> None:
    text = '"The numbers could be slowing down because there\'s fewer people. We don\'t really know," he said.'
    assert only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    '"The numbers are slowing down. We don\'t really know," he said.',
    '"It was maybe the worst decision we ever made. I was totally against going into Iraq," he said.',
    '"The plan may fail. We have checked the numbers. We don\'t really know," he said.',
])
def test_a_close_that_says_more_or_a_hedge_further_back_stays_unhedged(text: str) -> None:
    assert not only(text).hedged, described(text)


# Rule `past_narrative_would_is_no_hedge` (CNN dev 618 s28)
def test_would_in_a_past_narrative_is_no_hedge() -> None:
    text = ('"It revealed the community inside -- that no matter the challenges, they would find some intelligent '
            'way to solve it," says Tan.')
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    '"It shows that no matter the challenges, they would find some intelligent way to solve it," says Tan.',
    '"They thought they would win," says Tan.',
])
def test_would_after_a_present_or_a_belief_stays_a_hedge(text: str) -> None:
    assert only(text).hedged, described(text)


# Rule `stated_uncertainty_in_a_reason_is_no_hedge` (fivethirtyeight, Pat Rynard)
def test_unclear_in_a_reason_is_no_hedge() -> None:
    text = ("There's \"less drive to pick a winner since it's so unclear this year who the winner actually will "
            "be,\" said Pat Rynard.")
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    '"It is unclear whether the bill will pass," said Pat Rynard.',
    "There's less drive to pick a winner since the vote could slip, said Pat Rynard.",
])
def test_unclear_as_the_claim_or_a_modal_in_the_reason_stays_a_hedge(text: str) -> None:
    assert only(text).hedged, described(text)


# Rule `writing_about_a_topic_is_no_claim` (QA round 49 389 s23)
@pytest.mark.parametrize("text", [
    "She wrote about the crisis in Syria.",
    "CNN first reported on the plan to arm Syrian rebels.",
])
def test_writing_or_reporting_about_a_topic_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "content"), [
    ("She wrote about how the crisis began.", "about how the crisis began"),
    ("She wrote that the crisis began in 2011.", "the crisis began in 2011"),
    ("CNN first reported on Monday that the plan was dead.", "the plan was dead"),
    ("He reported on his disclosure forms a speaking fee was $50,000.",
     "on his disclosure forms a speaking fee was $50,000"),
    ("She has not written about the case.", "about the case"),
    ('She wrote about "the creative use of forgeries in conjunction with genuine leaks."',
     'about "the creative use of forgeries in conjunction with genuine leaks."'),
])
def test_a_clause_a_question_a_quotation_or_a_silence_stays(text: str, content: str) -> None:
    assert [c.content for c in extract_claims(text)] == [content], described(text)


# Rule `naming_a_topic_is_no_claim` (topic_readings.txt cite: report; QA round 49 911 s33)
def test_citing_a_report_is_no_claim_of_its_own() -> None:
    text = '"We will act," Kerry said, citing the U.N. chemical weapons report about the attack.'
    assert [c.cue for c in extract_claims(text)] == ["say"], described(text)


@pytest.mark.parametrize(("text", "content"), [
    ("Kerry said the attack was real, citing a report that found sarin in the samples.",
     "a report that found sarin in the samples"),
    ("Kerry cited the report as proof that the regime used sarin.",
     "the report as proof that the regime used sarin"),
    ("Kerry cited a 2001 memorandum.", "a 2001 memorandum"),
])
def test_a_report_that_says_something_or_another_document_stays(text: str, content: str) -> None:
    assert [c.content for c in extract_claims(text) if c.cue == "cite"] == [content], described(text)


# Rule `participle_inside_a_noun_phrase_is_no_cue` (web test s17 thenervousbreakdown; QA round 49 954 s15)
@pytest.mark.parametrize("text", [
    "And the story earns added pathos points after one watches the episode dedicated to Heart.",
    "The list included addresses and alleged intimate details about them.",
    "The FBI harassed civil rights leaders, anti-war protesters and alleged communist organizations.",
])
def test_a_participle_before_its_noun_is_no_cue(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "triple"), [
    ("The story, he added, earns pathos points.", ("he", "add", "The story earns pathos points")),
    ("He says added costs will hurt.", ("He", "say", "added costs will hurt")),
    ("The workers added that new shifts would start.", ("The workers", "add", "new shifts would start")),
    ("The tenants alleged negligence by the landlord.", ("The tenants", "allege", "negligence by the landlord")),
])
def test_a_participle_that_is_the_verb_stays(text: str, triple: tuple[str, str, str]) -> None:
    assert [(c.source_as_written, c.cue, c.content) for c in extract_claims(text)] == [triple], described(text)


def test_writing_of_a_topic_is_no_claim_and_warning_on_a_thing_stays_as_it_was() -> None:
    assert extract_claims("The prophet Daniel wrote of living under his reign.") == []
    text = "The minister warned on Monday that prices would rise."
    assert [c.content for c in extract_claims(text)] == ["prices would rise"], described(text)


# Rule `fragment_is_no_source` (junk_readings.txt non_speaker_words: perhaps maybe; QA round 51 417 s3)
def test_a_sentence_adverb_of_doubt_is_no_speaker() -> None:
    text = "Perhaps it is their last chance to get the full disability compensation they believe they're owed."
    assert extract_claims(text) == [], described(text)


def test_a_speaker_after_a_fronted_adverb_stays() -> None:
    assert only("Maybe the plan will work, Smith said.").speaker == "Smith"


# Rule `words_on_a_display_are_no_speaker` (QA round 51 645 s15, web test s18)
def test_one_or_another_standing_for_a_banner_is_no_speaker() -> None:
    text = 'The protesters unfurled banners. "Mike Brown 1996-2014," said one. "Racism lives here," said another.'
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "speakers"), [
    ('Residents gathered outside. "We are scared," said one. "We have nowhere to go," said another.',
     ["one", "another"]),
    ('The protesters unfurled banners. "We will be back," said one protester.', ["one protester"]),
    ('Protesters carried signs and residents gathered outside. "We are scared," said one.', ["one"]),
])
def test_one_standing_for_people_or_with_its_own_noun_stays(text: str, speakers: list[str]) -> None:
    assert [c.source_as_written for c in extract_claims(text)] == speakers, described(text)


# Rule `document_participle_naming_a_topic_is_no_claim` (QA round 51 528 s25, 823 s21)
@pytest.mark.parametrize("text", [
    "It did offer a statement outlining its work on the issue.",
    "He has until August 1 to submit a memo indicating the reasons for the appeal.",
])
def test_a_document_setting_out_a_topic_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "content"), [
    ("He submitted a memo indicating that the appeal was late.", "the appeal was late"),
    ("They signed an open letter calling Trump unfit for the office.", "Trump unfit for the office"),
    ('It issued a statement outlining "a clear path to a deal for everyone."',
     '"a clear path to a deal for everyone."'),
])
def test_a_document_that_says_something_stays(text: str, content: str) -> None:
    assert [c.content for c in extract_claims(text)] == [content], described(text)


# Rule `cue_of_a_generic_one_is_the_writers` (web test s17 thenervousbreakdown)
def test_a_cue_of_the_generic_one_is_the_writers() -> None:
    text = ("And the story of Alone earns added pathos points after one watches the episode dedicated to Heart "
            "and learns this horrible truth: that the record company hid her.")
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize("text", [
    "Smith watches the episode and learns this horrible truth: that the company hid her.",
    "One of the officials watched the episode and learned this horrible truth: that the company hid her.",
])
def test_a_cue_of_a_person_joined_by_and_stays(text: str) -> None:
    assert [c.cue for c in extract_claims(text)] == ["learn"], described(text)
