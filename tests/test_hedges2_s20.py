"""Hedges of session 20, round 2 (QA rounds 55 and 56): a hedge is the
speaker's doubt about the claim. A "could" that reports what a ruling allowed,
a "would" told in the past, a modal or an "appears to" inside an embedded
question and an "allegedly" inside a relative clause are no doubt of the
claim; "appeared to" and "seemed to" are hedges as "appears to" is. Each rule
has sentences it changes and near variants that must stay as they are."""

from __future__ import annotations

import pytest

from tests.claim_helpers import described, only


# Rule `permission_could_after_a_ruling_is_no_hedge` (QA round 55, 445 s4; QA round 56, 427 s14)
@pytest.mark.parametrize("text", [
    "The spokesperson added that the judge said Kerri Kasem could hire an unarmed private investigator to help "
    "find her father if necessary.",
    "The Supreme Court also ruled that it could proceed with considering the constitutionality of the tax despite "
    "the Anti-Injunction Act.",
    "The judge ruled that the lawsuit could go ahead.",
    "Her lawyer said the court ruled that she could return home.",
])
def test_a_could_that_reports_what_a_ruling_allowed_is_no_hedge(text: str) -> None:
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "Officials said the storm could hit Friday.",  # no ruling
    "Officials said the trial could proceed next week.",  # no ruling: a forecast
    "The spokesperson added that the judge said Kerri Kasem could face charges.",  # no verb of leave
    "The lawyer added that the judge said Smith could have hired a detective.",  # "could have": a guess
    "The spokesperson added that the neighbour said Kerri Kasem could hire a detective.",  # no ruling authority
])
def test_a_could_of_possibility_near_a_ruling_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)


# Rule `participle_after_its_subjects_past_verb_is_past` (QA round 56, 871 s7)
def test_would_after_a_participle_of_a_past_clause_is_reported_future() -> None:
    text = ("And the agency had lied to Trenka's Korean mother, saying she would be sent to a pair of wealthy "
            "Dutch lawyers.")
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "And the agency lies to Trenka's Korean mother, saying she would be sent to a pair of wealthy Dutch lawyers.",
    "And the agency has lied to Trenka's Korean mother, saying she would be sent to a pair of Dutch lawyers.",
])
def test_would_after_a_participle_of_a_present_clause_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)


# Rule `perception_could_is_no_hedge`, "where" and "why" (QA round 56, 871 s5)
@pytest.mark.parametrize("text", [
    "\"I could see where they lied to get me adopted,\" said Trenka.",
    "\"We could see why people were angry,\" said Trenka.",
])
def test_what_someone_could_see_in_a_wh_clause_is_no_hedge(text: str) -> None:
    assert not only(text).hedged, described(text)


def test_a_could_see_of_a_thing_stays_hedged() -> None:
    text = "\"The region could see where prices go next,\" said Trenka."
    assert only(text).hedged, described(text)


# Rule `embedded_question_with_a_noun_phrase_subject_is_no_hedge` (QA round 56, 947 s22)
@pytest.mark.parametrize("text", [
    "\"We don't have any idea standing here today what the outcome of such discussions could be,\" Clinton said.",
    "Analysts said nobody knows how the economy of the region might recover.",
])
def test_a_modal_in_a_wh_clause_with_a_long_subject_is_no_hedge(text: str) -> None:
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "Analysts said that what the outcome of such discussions could be would shape the race.",  # the subject
    "Analysts said nobody knows how the economy of the region recovered, and prices could fall.",  # after a verb
    "\"The outcome of such discussions could be a deal,\" Clinton said.",
])
def test_a_modal_outside_an_embedded_question_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)


# Rule `evidential_in_an_embedded_question_is_no_hedge` (CNN dev 101 s10; polnear-train huff-post 2016-07-31 s8)
@pytest.mark.parametrize("text", [
    "The committee says the VA continues to withhold information the congressmen believe is critical to "
    "understanding why the VA appears to be run so poorly.",
    "\"For Trump to praise Putin despite what appears to be a deliberate effort to affect the election I think "
    "raises national security issues,\" Clinton said.",
])
def test_an_evidential_in_an_embedded_question_is_no_hedge(text: str) -> None:
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "The committee says the VA appears to be run so poorly.",
    "Police said the man died in what appears to be a suicide.",  # no concession
])
def test_an_evidential_of_the_claim_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)


# Rule `allegation_in_a_contact_relative_is_no_hedge` (CNN dev 203 s22)
@pytest.mark.parametrize("text", [
    "Sterling fired her after she protested against the alleged sexual harassment and racist remarks he "
    "allegedly made, the suit says.",
    "The suit says the company ignored the threats he allegedly made to colleagues.",
])
def test_an_allegation_in_a_relative_clause_is_no_hedge(text: str) -> None:
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "The suit says in court papers he allegedly took bribes.",  # the verb has its object
    "The suit says he allegedly made racist remarks.",
    "Police told reporters he allegedly stole from clients.",  # a hearer, then the reported clause
])
def test_an_allegation_of_the_claim_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)


# hedges.txt "appeared to", "seemed to" (as "appears to", "seems to")
@pytest.mark.parametrize("text", [
    "Estrosi added the driver's behavior appeared to be \"completely premeditated.\"",
    "Schauble said Christine Lagarde had appeared to contradict the IMF's own stance.",
    "Casey Anthony appeared to say the name of the person who gave her a phone.",  # as "seemingly imploring"
    "Rubio seemed to urge the opposite tactic in a speech to pastors.",
])
def test_appeared_to_and_seemed_to_hedge(text: str) -> None:
    assert only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "Estrosi added the driver's behavior was \"completely premeditated.\"",
    "Casey Anthony said the name of the person who gave her a phone.",
    "Officials said the driver appeared in court on Monday.",  # "appeared" with no "to"
])
def test_without_appeared_to_no_hedge(text: str) -> None:
    assert not only(text).hedged, described(text)


# Rule `stated_uncertainty_in_a_reason_is_no_hedge`, evidentials (polnear-train nyt 2016-08-11 s13)
def test_an_evidential_in_a_stated_reason_is_no_hedge() -> None:
    text = ("Tom Fitton charged that Mrs. Clinton hid the documents from the public because they appeared to "
            "contradict her official pledge.")
    assert not only(text).hedged, described(text)


@pytest.mark.parametrize("text", [
    "Tom Fitton charged that the documents appeared to contradict her official pledge.",  # no reason: the claim
    "Tom Fitton charged that Mrs. Clinton hid the documents because they might contradict her pledge.",  # a modal
])
def test_an_evidential_or_a_modal_of_the_claim_stays_hedged(text: str) -> None:
    assert only(text).hedged, described(text)
