"""QA round 40's and the session-13 web test's wrong and junk claims (session 13, fixer),
each with an invented sentence of the same kind and a near variant that must stay as it was."""

from __future__ import annotations

from tests.claim_helpers import described

# --- rule `agent_of_a_reduced_passive_is_no_speaker`: an adverb inside the passive (469 [7]) ---


def test_a_second_clause_with_its_own_subject_is_not_the_first_subjects_claim() -> None:
    assert described("He is constantly surrounded by bodyguards and his aides consistently refuse to confirm "
                     "any reports.") == [("his aides", "refuse", "any reports")]
    assert described("The city is often surrounded by fog and its residents say the air is clean.") == [
        ("its residents", "say", "the air is clean")]


def test_a_reduced_passive_with_an_adverb_still_gives_its_head() -> None:
    assert described("A lawsuit quietly filed by several inmates and their supporters alleges that the jail "
                     "is unsafe.") == [("A lawsuit", "allege", "the jail is unsafe")]


# --- rules `bracketed_quotation_is_the_content` (a subordinator opens the bracket's clause),
# `bracketed_attribution_ends_the_outer_content` (931 [32]) -------------------------------------


def test_an_attribution_closing_a_bracket_owns_the_bracket_and_the_outer_cue_keeps_the_rest() -> None:
    assert described("The union says pay has risen (though prices rose faster, economists say).") == [
        ("The union", "say", "pay has risen"), ("economists", "say", "though prices rose faster")]


def test_a_bracket_with_no_attribution_stays_in_the_outer_content() -> None:
    assert described("The union says pay has risen (though not by much).") == [
        ("The union", "say", "pay has risen (though not by much)")]


# --- Rule `belief_in_no_proposition_is_no_claim` (469 [6] [21], 864 [13] [17]) ----------------


def test_a_belief_in_an_amount_or_a_felt_state_is_no_claim() -> None:
    assert described("Reporters know very little about what goes on in the singer's private life.") == []
    assert described("Fans believe the best of their idol.") == []
    assert described("In some way he may feel vindicated.") == []
    assert described("If they both feel ready, they will return to public life.") == []


def test_a_belief_in_a_proposition_stays_a_claim() -> None:
    assert described("Police believe the man fled.") == [("Police", "believe", "the man fled")]
    assert described("Officials believe the best option is to wait.") == [
        ("Officials", "believe", "the best option is to wait")]
    assert described("Residents feel betrayed when the council raised taxes.") == [
        ("Residents", "feel", "betrayed when the council raised taxes")]


# --- rule `name_after_a_plain_plural_opens_a_contact_relative` (817 [18]) ---------------------


def test_a_name_after_a_plural_noun_of_things_is_a_contact_relative_and_no_speaker() -> None:
    assert described("The club has little money, one of the reasons Joseph believes the players leave.") == []
    assert described("One of the jobs Perez talks about most is that he collected trash.") == []


def test_a_name_after_a_plural_noun_of_people_stays_the_speaker() -> None:
    assert described("Fellow senators Graham and McCain said the bill would fail.") == [
        ("Fellow senators Graham and McCain", "say", "the bill would fail")]
    assert described("His brothers Joe and Bob said the trip was safe.") == [
        ("His brothers Joe and Bob", "say", "the trip was safe")]


# --- cue `estimate` +invert, rule `inverted_source_looks_like_one` (web: wired.com [5]) -------


def test_an_inverted_estimate_gives_its_source() -> None:
    assert described("The effort may have used about 2.8 gigawatt-hours, estimates Evan Sparks, CEO of "
                     "Determined AI.") == [("Evan Sparks", "estimate", "The effort may have used about 2.8 "
                                            "gigawatt-hours")]
    assert described("The crowd was about 5,000, estimates the police department.") == [
        ("the police department", "estimate", "The crowd was about 5,000")]


def test_an_estimate_with_an_object_after_it_is_no_inverted_claim() -> None:
    assert described("This method, also known as underwater weighing, estimates your body composition.") == []
    assert described("The project will cost $2 billion, estimates show.") == [
        ("estimates", "show", "The project will cost $2 billion")]


# --- Rule `result_clause_is_the_writers` (web: fivethirtyeight.com [71]) ------------------------


def test_a_so_that_result_after_the_cues_object_is_no_claim() -> None:
    assert described("Buttigieg surged in Iowa, and black Democrats blasted him so hard that it would have "
                     "been difficult for others to endorse him.") == []
    assert described("Critics slammed the new rules so fiercely that the agency withdrew them.") == []


def test_so_that_inside_a_clause_stays_a_claim() -> None:
    assert described("He said it was so cold that pipes burst.") == [("He", "say", "it was so cold that pipes burst")]
    assert described("Robby Mook asserted Trump tells so many lies that Clinton could not fact check him.") == [
        ("Robby Mook", "assert", "Trump tells so many lies that Clinton could not fact check him")]


def test_so_that_inside_a_reported_clause_with_a_full_verb_stays_a_claim() -> None:
    # review s13 finding 4: a full verb ("rose") before "so ... that", after a reporting cue
    assert described("Smith said prices rose so fast that families could not cope.") == [
        ("Smith", "say", "prices rose so fast that families could not cope")]
    assert described("Smith says prices rise so fast that families cannot cope.") == [
        ("Smith", "say", "prices rise so fast that families cannot cope")]
    assert described("Jones argued costs grew so quickly that the plan failed.") == [
        ("Jones", "argue", "costs grew so quickly that the plan failed")]


# --- Rule `thing_of_whose_is_no_speaker` (510 [23]); act reading `call: authorities` (931 [14])


def test_a_thing_after_whose_is_no_speaker_and_calling_authorities_is_an_act() -> None:
    assert described("Schumacher, whose performances wrote 'a huge chapter' in the team's life, retired.") == []
    assert described("Neighbors heard her screams and called authorities, who rescued the girl.") == []


def test_a_person_or_a_document_after_whose_stays_the_speaker() -> None:
    assert described("Smith, whose lawyer said he was innocent, was freed.") == [
        ("lawyer", "say", "he was innocent")]
    assert described("The firm, whose report found the plant was unsafe, closed it.") == [
        ("report", "find", "the plant was unsafe")]


# --- rule `domain_name_is_one_token` (385 [10]) ------------------------------------------------


def test_a_domain_name_stays_whole_in_a_source() -> None:
    assert described("A spokeswoman for GetInsured.com confirmed the site was down.") == [
        ("A spokeswoman for GetInsured.com", "confirm", "the site was down")]
    assert described("The site was down, said a spokeswoman for Amazon.com.") == [
        ("a spokeswoman for Amazon.com", "say", "The site was down")]


def test_a_dot_between_words_that_is_no_domain_stays_a_stop() -> None:
    assert described("A spokeswoman for Google said the site was down.") == [
        ("A spokeswoman for Google", "say", "the site was down")]
    assert described("The site was down, said a spokeswoman for Amazon.com.au today.") == [
        ("a spokeswoman for Amazon", "say", "The site was down")]


# --- act reading `echo: @throughout ...` (469 [2]) ---------------------------------------------


def test_echoing_through_a_place_is_no_claim() -> None:
    assert described("Reports of his antics echo throughout the tabloids and mainstream media.") == []


def test_echoing_someones_words_stays_a_claim() -> None:
    assert described("Smith echoed the concerns of centrist Democrats.") == [
        ("Smith", "echo", "the concerns of centrist Democrats")]
