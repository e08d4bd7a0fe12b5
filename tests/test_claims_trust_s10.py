"""QA round 33's clear wrong claims (session 10, trust), each with a sentence
of the same kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described, only

# --- rule `comparative_standard_is_no_claim` (312 [25]) ---------------------------------------


def test_a_cue_measuring_a_comparison_is_no_claim_over_the_next_clause() -> None:
    assert described("Some reforms were not as effective as he hoped, and other reforms were too limited to "
                     "solve the problems.") == []
    assert described("The cuts were less deep than officials had expected, and the deficit grew.") == []


def test_a_cue_outside_a_comparison_stays_a_claim() -> None:
    assert described("The reforms were as effective as he hoped, he said.") == [
        ("he", "say", "The reforms were as effective as he hoped")]
    assert described("As he predicted, the market fell.") == [("he", "predict", "the market fell")]


# --- rule `cue_under_an_absence_of_evidence_is_no_claim` (675 [37]) ---------------------------


def test_a_cue_under_no_sign_that_is_neither_asserted_nor_denied() -> None:
    assert described("Recordings show no sign that the pilot declared an emergency before the landing.") == []
    assert described("There is no evidence that Smith said the money was stolen.") == []


def test_a_cue_under_an_affirmed_finding_stays_a_claim() -> None:
    claim = only("There is no doubt that the pilot declared an emergency.")
    assert (claim.cue, claim.content, claim.negated) == ("declare", "an emergency", False)
    assert described("Police found no sign of a struggle, the sheriff said.") == [
        ("the sheriff", "say", "Police found no sign of a struggle")]


# --- rule `object_name_before_a_clause_final_source` (721 [20]-[21]) --------------------------


def test_a_role_closing_the_sentence_is_not_the_object_names() -> None:
    found = extract_claims("Police are still questioning Tanaka, a spokesperson for the city police told CNN. "
                           "The earliest she can be released is August 8, the spokesperson said.")
    assert [(c.speaker, c.cue) for c in found] == [
        ("a spokesperson for the city police", "tell"), ("the spokesperson", "say")]


def test_a_role_in_apposition_to_a_subject_stays_its_role() -> None:
    found = extract_claims("Jason Kersten, a spokesman for the department, said the inmate died. "
                           "The inmate was alone, the spokesman said.")
    assert [(c.speaker, c.cue) for c in found] == [("Jason Kersten", "say"), ("Jason Kersten", "say")]


# --- rule `relative_after_a_by_agent_is_the_agents` (632 [11]) --------------------------------


def test_a_relative_after_a_by_agent_is_the_agents() -> None:
    claim = only("He lost his appeal of a suspension by MLB, which accused him of taking drugs.")
    assert (claim.speaker, claim.cue) == ("MLB", "accuse")
    assert only("She read a novel by John Smith, who says it took ten years.").speaker == "John Smith"


def test_a_relative_on_the_head_noun_alone_stays_unresolved() -> None:
    claim = only("He lost his appeal of the suspension, which accused him of taking drugs.")
    assert (claim.speaker, claim.speaker_kind) == (None, "unresolved")


# --- rule `noun_cue_ending_a_list_is_no_claim` (555 [8]) --------------------------------------


def test_a_cue_noun_ending_a_list_is_no_claim() -> None:
    assert described("Couples can have the day immortalized in tweets, Snapchats and Instagram posts.") == []


def test_a_plural_subject_with_its_own_verb_form_stays_a_claim() -> None:
    assert described("The plan will fail, Smith and Jones wrote.") == [
        ("Smith and Jones", "write", "The plan will fail")]
    assert described("The plan will fail, Smith and Jones post.") == [
        ("Smith and Jones", "post", "The plan will fail")]


# --- rules `body_by_context` (airlines, outlets) and `which_names_a_body` (599, 675, 669) -----


def test_a_body_the_article_shows_as_one_is_an_organisation() -> None:
    kinds = [(c.speaker, c.speaker_kind) for c in extract_claims(
        "A Coastal Airlines flight was diverted. The flight landed safely, Coastal said.")]
    assert kinds == [("Coastal", "organisation")]
    assert only("The plane landed safely, said Vantor, which makes the jet.").speaker_kind == "organisation"
    assert only("The team will win, Forbes reports.").speaker_kind == "organisation"


def test_a_person_named_alone_stays_a_person() -> None:
    found = extract_claims("Michael Bloomberg spoke on Monday. The city will grow, Bloomberg said.")
    assert [(c.speaker, c.speaker_kind) for c in found] == [("Michael Bloomberg", "person")]
    found = extract_claims("He sent a letter to Clinton, which she ignored. The plan failed, Clinton said.")
    assert [(c.speaker, c.speaker_kind) for c in found] == [("Clinton", "person")]


# --- rules `fronted_time_is_no_subject`, `bare_determiner_is_no_subject` (812 [13], 669 [17]) -


def test_a_participles_subject_is_never_a_fronted_time_or_a_bare_determiner() -> None:
    claim = only("Last month, a group of activists filed a complaint, alleging more than 470 cases of abuse.")
    assert (claim.speaker, claim.cue) == ("a group of activists", "allege")
    claim = only("The team appealed the decision, saying it spent millions defending the trademark.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "The team"


def test_a_named_subject_after_a_fronted_time_stays_as_it_was() -> None:
    assert only("Last month, Smith filed a complaint, alleging abuse.").speaker == "Smith"
    claim = only("The court ruled against him, saying the law was clear.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "The court"
