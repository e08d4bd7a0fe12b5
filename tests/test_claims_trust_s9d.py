"""QA round 32's clear wrong claims (session 9, trust), each with a sentence
of the same kind and a near variant that must stay as it was."""

from __future__ import annotations

from tests.claim_helpers import described, only

# --- rule `question_put_is_no_claim` (167 [38]) ----------------------------------------------


def test_a_cue_inside_the_question_put_is_never_the_answerers_claim() -> None:
    assert described('But when asked whether he could declare it "100% safe," he said, "No."') == [
        ("he", "say", '"No."')]
    claim = only("Asked whether he would confirm the deal, Smith said it had worked before.")
    assert (claim.speaker, claim.cue) == ("Smith", "say")


def test_the_same_cue_outside_a_question_stays_a_claim() -> None:
    claim = only('He declared it "100% safe," the governor said.')
    assert (claim.speaker, claim.cue) == ("the governor", "say")
    assert described('When he was asked, he declared it "100% safe."') == [("he", "declare", 'it "100% safe."')]


# --- rule `negation_split_by_the_source` (15 [42]) -------------------------------------------


def test_a_source_splitting_is_not_from_the_rest_keeps_the_negation() -> None:
    claim = only("This is not, a spokesman said, because of her skiing accident -- she fractured her pelvis -- "
                 "but because the event coincides with a government meeting.")
    assert claim.speaker == "a spokesman"
    assert claim.content == ("This is not because of her skiing accident -- she fractured her pelvis -- but "
                             "because the event coincides with a government meeting")
    assert only("It wasn't, she said, a good idea.").content == "It wasn't a good idea"


def test_a_source_after_a_clause_without_negation_stays_as_it_was() -> None:
    assert described("This is, a spokesman said, because of her skiing accident.") == [
        ("a spokesman", "say", "because of her skiing accident")]
    assert only("The issue, Lee notes, matters a great deal.").content == "The issue matters a great deal"


# --- rule `coordinated_cue_takes_the_whole_first_subject` (552 [27]) -------------------------


def test_a_coordinated_cue_takes_the_whole_subject_not_its_opening_adjective() -> None:
    found = described("Renowned industrial designer Stefan Lindfors says the robot could help, but adds that the "
                      "real problem is waste.")
    assert [(speaker, cue) for speaker, cue, _ in found] == [("Stefan Lindfors", "say"), ("Stefan Lindfors", "add")]


def test_a_coordinated_cue_after_a_plain_subject_stays_as_it_was() -> None:
    found = described("Famous chef Jamie Oliver says he likes fish, but adds that meat is fine.")
    assert [(speaker, cue) for speaker, cue, _ in found] == [("Jamie Oliver", "say"), ("Jamie Oliver", "add")]
    assert described("Popular drinking hole The Idle Hour will be closing, and have said goodbye.") == []


# --- rule `pronoun_tail_repeats_the_source` (707 [18]) ---------------------------------------


def test_a_closing_it_added_after_a_named_attribution_is_that_source() -> None:
    assert described("The ministry said it was aware of the reports and officials stood ready to help if "
                     "required, it added.") == [
        ("The ministry", "say", "it was aware of the reports and officials stood ready to help if required")]


def test_a_closing_it_added_with_no_named_source_before_stays_as_it_was() -> None:
    assert described("It was aware of the reports and stood ready to help, it added.") == [
        ("it", "add", "It was aware of the reports and stood ready to help")]
    found = described("The company said it would close the plant, and it added that jobs would go.")
    assert [(speaker, cue) for speaker, cue, _ in found] == [("The company", "say"), ("The company", "add")]


# --- rules `bracketed_aside_on_an_object_is_no_claim`, `closing_bracket_ends_content` (120 [43])


def test_a_bracketed_aside_on_an_object_is_no_claim_over_the_writers_sentence() -> None:
    assert described("Most fatalities involve men who have struggled with drugs (he admitted to this in the past) "
                     "and other drugs are often present.") == []


def test_a_bracketed_aside_with_a_clause_keeps_its_claim_inside_the_brackets() -> None:
    assert described("He struggled with drugs (he admitted that he had used heroin) for years.") == [
        ("he", "admit", "he had used heroin")]
    assert described("The company (it said it was profitable) grew fast.") == [("it", "say", "it was profitable")]
