"""Claims findings of QA round 60 (qa60a-s21): a described body with its own
apposition, an inverted description before a who-clause, contents cut where
a clause splits the subject from its verb, the scope of a final "according
to", and two hedges that were none. Each rule has a sentence of the kind
fixed and a near variant that stays as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described, only

DIALOGUE = ("Opposition parties condemned the attacks on the compound of Hameed al-Ahmar, president of the "
            "opposition Dialogue Committee. ")


# Rule `described_body_with_its_own_apposition` (745 s18)
def test_a_described_body_with_its_own_apposition_is_not_the_body_named_before() -> None:
    text = DIALOGUE + ("The military committee, the country's highest security authority, warned all political "
                       "and military factions to be cautious and urged them to help in defusing the tension.")
    claims = extract_claims(text)
    assert [c.cue for c in claims] == ["warn", "urge"]
    assert [c.speaker for c in claims] == ["The military committee"] * 2
    assert [c.speaker_kind for c in claims] == ["unnamed"] * 2


@pytest.mark.parametrize("second", [
    "The committee also said the protests would go on.",
    "The committee, which met in Sanaa, also said the protests would go on.",
])
def test_a_described_body_without_an_apposition_still_points_back(second: str) -> None:
    text = "The Dialogue Committee said on Monday that the talks had failed. " + second
    assert [c.speaker for c in extract_claims(text)] == ["Dialogue Committee", "Dialogue Committee"]


# Rule `inverted_description_with_aside` (805 s4)
def test_an_inverted_description_before_a_who_clause_is_the_source() -> None:
    text = ('"It\'s been very, very severe," said storm chaser James Reynolds, who was on the northwestern '
            "coast of the island during the worst of the storm.")
    claim = only(text)
    assert claim.speaker == "James Reynolds"
    assert claim.content == '"It\'s been very, very severe,"'


def test_a_described_source_with_no_name_before_a_who_clause_stays_unresolved() -> None:
    text = '"It\'s bad," said the storm chaser, who was on the coast.'
    claim = only(text)
    assert claim.speaker is None and claim.speaker_span is not None
    assert claim.speaker_span.text == "the storm chaser"


# Rule `relative_aside_in_the_claims_subject`, its longer aside (809 s12)
def test_a_long_relative_aside_in_the_subject_does_not_cut_the_content() -> None:
    text = ("Mexican authorities told the IAEA that the truck, which was transporting cobalt-60 from a hospital "
            "in Tijuana to a radioactive waste storage center, was stolen Monday in Tepojaco, near Mexico City.")
    content = only(text).content
    assert content.startswith("the truck, which was transporting")
    assert content.endswith("was stolen Monday in Tepojaco, near Mexico City")


def test_a_long_relative_aside_with_no_verb_after_it_stays_a_gloss() -> None:
    text = ("Officials said they found the truck, which was transporting cobalt-60 from a hospital in Tijuana "
            "to a radioactive waste storage center, near Mexico City.")
    assert only(text).content == "they found the truck"


# Rule `gerund_subject_with_its_verb_is_content` (809 s9)
def test_a_gerund_subject_with_its_modal_before_the_source_is_the_claim() -> None:
    text = ("Cleaning up the area could take weeks, he said, because they don't have robotic equipment they "
            "would need.")
    assert only(text).content == ("Cleaning up the area could take weeks because they don't have robotic "
                                  "equipment they would need")


def test_a_gerund_subject_ending_in_its_verb_keeps_the_complement_after_the_source() -> None:
    text = 'Accepting the job was, as he puts it, a "no-brainer."'
    assert only(text).content == 'a "no-brainer."'


@pytest.mark.parametrize("text", [
    "Speaking in Brussels on Tuesday, he said the plan would work.",
    "Knowing that it would fail, he said the plan was bad.",
])
def test_a_fronted_participle_phrase_stays_a_circumstance(text: str) -> None:
    said = [c for c in extract_claims(text) if c.cue == "say"]
    assert [c.content for c in said] == [text.split("said ")[1].rstrip(".")]


# Rule `joined_description_before_the_source_is_no_content` (425 s14)
def test_a_joined_description_before_the_source_leaves_the_claims_subject() -> None:
    text = ("Many of the veterans, the doctor and other VA sources told CNN, were placed on a secret list "
            "created by VA managers.")
    assert only(text).content == "Many of the veterans were placed on a secret list created by VA managers"


@pytest.mark.parametrize("text, content", [
    ("The rules, the fees and the deadlines, officials said, will change next year.",
     "The rules, the fees and the deadlines will change next year"),
    ("The doctor and other VA sources told CNN the veterans were placed on a list.",
     "the veterans were placed on a list"),
])
def test_a_list_before_the_source_or_a_joined_subject_stays(text: str, content: str) -> None:
    assert only(text).content == content


# Rule `pronoun_with_a_contracted_verb_makes_a_clause` (425 s24)
def test_that_with_a_contracted_verb_opens_a_whole_clause() -> None:
    text = ("Director Debra Draper said that's because they do not keep careful track of how many consults "
            "are open at any given time.")
    assert only(text).content == ("that's because they do not keep careful track of how many consults are "
                                  "open at any given time")


def test_a_possessive_name_after_the_cue_stays_a_noun_phrase() -> None:
    text = "The senator condemned Draper's remarks in a statement released Thursday."
    assert described(text) == [("The senator", "condemn", "Draper's remarks")]


# Rule `according_to_covers_a_counted_apposition` (910 s17)
def test_according_to_after_a_counted_apposition_sources_the_count_only() -> None:
    text = ("The team has confirmed the August use of chemical warfare in a rural Damascus suburb, an attack "
            "that killed at least 1,400 people, according to U.S. estimates.")
    claim = only(text)
    assert claim.speaker_span is not None and claim.speaker_span.text == "U.S. estimates"
    assert claim.content == "an attack that killed at least 1,400 people"


@pytest.mark.parametrize("text, content", [
    ("The attack killed at least 1,400 people, according to U.S. estimates.",
     "The attack killed at least 1,400 people"),
    ("The team visited a rural suburb, a place that few reporters reach, according to U.S. officials.",
     "The team visited a rural suburb, a place that few reporters reach"),
    ("Sirhan is relying on Daniel Brown, a professor who has interviewed him for 60 hours, according to "
     "defense attorneys.", "Sirhan is relying on Daniel Brown, a professor who has interviewed him for 60 hours"),
])
def test_according_to_without_a_counted_apposition_keeps_its_clause(text: str, content: str) -> None:
    assert only(text).content == content


# Rule `past_belief_could_is_no_hedge`, its "doubted" (434 s11)
def test_could_under_a_past_doubt_is_no_hedge() -> None:
    text = 'He added, "He wanted to prove those who had doubted he could do it wrong."'
    assert only(text).hedged is False


def test_could_of_the_speakers_own_stays_a_hedge() -> None:
    text = '"Many doubted the plan, and the team could fail," she said.'
    assert only(text).hedged is True


# Rule `failed_expectation_is_no_hedge` (450 s11)
def test_a_failed_past_expectation_is_no_hedge() -> None:
    text = "He was expected to pick up his children that day but didn't show up, the official said."
    assert only(text).hedged is False


@pytest.mark.parametrize("text", [
    "He was expected to arrive Tuesday, officials said.",
    "The official said the rain is expected to fall all day but may stop by noon.",
])
def test_an_expectation_that_did_not_fail_stays_a_hedge(text: str) -> None:
    assert only(text).hedged is True
