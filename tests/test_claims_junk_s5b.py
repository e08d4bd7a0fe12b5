"""Junk claims left after QA round 20 and found in QA round 21 (held-out
articles and web pages): acts, asides and gaps shown as "who said what".
Each rule added to summarizer.claims.junk (JUNK_RULES, WRITERS_LINE_RULES,
act_readings.txt) has a sentence of the kind it drops and one that must stay
a claim."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described, only


# Rule `adding_to_something_is_an_act`, with a coordinated object
def test_adding_several_things_to_a_list_is_an_act() -> None:
    text = ("He added that Wales will also align with other nations and add Crete and the Azores to the list "
            "of destinations now exempt from quarantine.")
    # no second claim "add"; the act is the content's own next verb, so the claim holds it (rule
    # `bare_verb_after_a_modal_predicate_is_no_cue`), not only "Wales will also align with other nations"
    assert [c.content for c in extract_claims(text)] == [
        "Wales will also align with other nations and add Crete and the Azores to the list of destinations "
        "now exempt from quarantine"], described(text)
    text = "She added that the list would grow and that Crete and Rhodes would join it."
    assert only(text).cue == "add"


# act_readings.txt, report: an event reported to the police is an act
def test_reporting_an_incident_to_the_police_is_an_act() -> None:
    assert extract_claims("The hospital reported the incident to the local police on Monday.") == []
    claim = only("The hospital reported that the incident had harmed no patients.")
    assert claim.cue == "report"


# Rule `particle_or_time_is_no_content`: a preposition and a pronoun say whom, not what
def test_a_preposition_and_a_pronoun_is_no_content() -> None:
    assert extract_claims("Our habits do not follow our moods; our moods respond to us.") == []
    assert only("The ministry responded to him that the file was closed.").cue == "respond"


# Rule `as_something_has_shown_is_the_writers`: an "as" aside of evidence
@pytest.mark.parametrize("text", [
    "As Libya has shown, the allies appear unwilling to send troops again.",
])
def test_an_as_aside_of_evidence_is_the_writers(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_evidence_with_its_own_clause_stays_a_claim() -> None:
    assert only("Libya has shown that the allies are unwilling to send troops again.").cue == "show"
    assert only("As Smith said, the allies are unwilling to send troops again.").cue == "say"


# Rule `free_relative_with_a_stranded_preposition_is_no_claim`: the content leaves a gap
def test_a_free_relative_with_a_gap_is_no_claim() -> None:
    text = "Residents will vote next month on what they want their neighbourhood to look like."
    assert extract_claims(text) == [], described(text)
    text = "Residents said they want the new park to look like the old one."
    assert only(text).cue == "say"


# Rule `heading_label_is_no_speaker`: a section heading or a field before a colon names no one
@pytest.mark.parametrize("text", [
    "Study Results in Brief\n\nGrant Support: By award R01 from the National Institute on Aging and by Hatch"
    " project 233535 from the National Institute of Food and Agriculture.\n",
    "Study Results in Brief\n\nCorresponding Author: Maria Lopez, PhD, 12 College Road, Springfield, CA 94720.\n",
    "A Cohort Study of Flu Vaccines. Lancet. 2005;366:1165-74. [PMID: 16198765] Crossref Medline.\n",
])
def test_a_heading_or_a_field_label_is_no_speaker(text: str) -> None:
    assert [c.rule for c in extract_claims(text)] == [], described(text)


def test_a_speakers_label_and_a_documents_label_stay() -> None:
    text = "Poll: Sanders Takes the Lead in Iowa for the First Time.\n"
    assert [c.speaker for c in extract_claims(text)] == ["Poll"], described(text)
    text = 'Kuleba: "We need more air defence now."\n'
    assert [c.speaker for c in extract_claims(text)] == ["Kuleba"], described(text)


# act_readings.txt, say: a greeting is an act
def test_saying_goodbye_is_an_act() -> None:
    assert extract_claims("As he began to say goodbye to his old office, the mayor looked tired.") == []
    assert only("He said goodbye was the hardest word to write.").cue == "say"


# Rule `free_relative_infinitive_is_no_claim`: "how" after a verb and an infinitive: a manner
def test_how_someone_wants_to_be_seen_is_no_claim() -> None:
    text = "A wig that matches how they want to see themselves gives patients privacy."
    assert extract_claims(text) == [], described(text)
    assert only("They want to see themselves in the ads.").cue == "want"


# act_readings.txt (QA round 21): results made known, a text put out
@pytest.mark.parametrize("text", [
    "The election board announced the results on Sunday.",
])
def test_announcing_results_or_publishing_a_text_is_an_act(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_publishing_a_summary_is_an_act_and_its_argument_a_claim() -> None:
    text = ("The Dutch government on Friday published a summary of its assessment of the crash, "
            "arguing that the plane was hit by a missile.")
    assert [c.cue for c in extract_claims(text)] == ["argue"], described(text)


def test_what_a_published_text_says_stays_a_claim() -> None:
    assert only("The board announced that the results would be delayed.").cue == "announce"


# Rule `fragment_is_no_source`: "here are ... you" is the writer's list
def test_here_are_things_you_did_not_know_is_the_writers() -> None:
    text = "Thirty years on, here are four odd things you might not know about the crash inquiry."
    assert extract_claims(text) == [], described(text)
    text = "Here, the inspector said the inquiry had missed the cause."
    assert [c.speaker for c in extract_claims(text)] == ["the inspector"], described(text)


# Rule `heading_label_is_no_speaker`: site clutter before a colon
def test_a_more_link_is_no_speaker() -> None:
    text = "The hotel staff shipped the statue within a week.\n\nMORE: Insider Guide: Best of Maui.\n"
    assert extract_claims(text) == [], described(text)


# act_readings.txt (QA round 21): an answer found, a story recounted
@pytest.mark.parametrize("text", [
    "Investigators searched the wreck for years, but they never found a definitive answer.",
    "The nurse recounted the story of a boy whose trip to the clinic took nine hours.",
])
def test_finding_an_answer_or_recounting_a_story_is_an_act(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_a_finding_or_a_recounted_claim_stays() -> None:
    assert only("Investigators found that a spark in the fuel tank caused the crash.").cue == "find"
    assert only("The nurse recounted that the trip to the clinic took nine hours.").cue == "recount"


# Rule `confirming_someone_as_is_an_act`: an appointment
def test_confirming_someone_as_a_post_is_an_act() -> None:
    text = "The national assembly on Thursday confirmed Ortega as the new head of the central bank."
    assert extract_claims(text) == [], described(text)
    assert only("The assembly confirmed that Ortega would head the central bank.").cue == "confirm"


# Rule `fragment_is_no_source`: a source opening with "Of" is a partitive phrase, no speaker
def test_a_partitive_phrase_is_no_source() -> None:
    text = "Of the 300 witness reports the police have released, accounts differ widely."
    assert extract_claims(text) == [], described(text)
    assert only("Of the 200 residents surveyed, 40 percent said they would leave.").speaker == "40 percent"


# Rule `abstract_subject_is_no_speaker`: a state of affairs demands nothing it could say
def test_an_abstract_subject_is_no_speaker() -> None:
    text = "Many challenges demand urgent answers: slower growth, rising debt and an ageing workforce."
    assert extract_claims(text) == [], described(text)
    assert only("The committee demanded urgent answers from the ministry.").cue == "demand"


# Rule `particle_or_time_is_no_content`: "charges" as a noun before a circumstance
def test_charges_before_a_circumstance_is_no_claim() -> None:
    text = ("If confirmed, Lin would replace Wu to become the highest-ranking official ever to face "
            "corruption charges in the history of the republic.")
    assert extract_claims(text) == [], described(text)
    assert only("Prosecutors charge that the minister took bribes.").cue == "charge"


# Rule `labelled_question_is_no_claim`: an interviewer's question under a label states nothing
def test_a_labelled_question_is_no_claim() -> None:
    interview = ("The painter Maria Okafor spoke to the paper.\n\n"
                 "THE WEEKLY: What is your short answer to people who ask what your work is about?\n\n"
                 "MARIA OKAFOR: I try to show plants as storytellers of a family's past.\n\n"
                 "THE WEEKLY: Why do you work in Los Angeles?\n\n"
                 "MARIA OKAFOR: I was born here, and the city is home to me.\n")
    assert [c.speaker for c in extract_claims(interview)] == ["Maria Okafor", "Maria Okafor"]
