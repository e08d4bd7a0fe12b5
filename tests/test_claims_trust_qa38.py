"""Clear-wrong and junk kinds of QA round 38 (session 12), each with a
sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described

# --- C. content cut at an "and" inside its own subject ---------------------------------------


def test_a_verbless_content_is_not_cut_at_its_subjects_and() -> None:
    # Rule `verbless_content_is_no_first_clause`
    assert described("The family said the model and reality TV personality was taken off life support "
                     "Wednesday and she died peacefully.") == [
        ("The family", "say", "the model and reality TV personality was taken off life support Wednesday "
                              "and she died peacefully")]


def test_a_content_with_its_own_verb_still_ends_at_the_next_speaker() -> None:
    assert described("The family said the model was taken off life support and the hospital said she "
                     "died peacefully.") == [
        ("The family", "say", "the model was taken off life support"),
        ("the hospital", "say", "she died peacefully")]


# --- A. "he/she said" to the wrong person ----------------------------------------------------


def test_he_after_according_to_the_guard_is_not_an_older_name() -> None:
    # Rule `unnamed_person_spoke_last`, which now knows a bare "the guard" is a person
    # (source_nouns.txt person_or_body)
    text = ("Chief among the questions is what happened to U.S. Ambassador J. Christopher Stevens, who "
            "went missing during the attack. Heavy machine guns were used, according to the guard. He "
            "said masked men threatened to kill him.")
    assert described(text)[-1] == ("He", "say", "masked men threatened to kill him")


def test_he_after_according_to_the_coast_guard_stays() -> None:
    text = ("Chief among the questions is what happened to U.S. Ambassador J. Christopher Stevens, who "
            "went missing during the attack. Heavy machine guns were used, according to the coast guard. "
            "He said masked men threatened to kill him.")
    assert described(text)[-1] == ("J. Christopher Stevens", "say", "masked men threatened to kill him")


def test_a_name_inside_the_of_phrase_of_an_apposition_is_not_he() -> None:
    # Rule `name_inside_an_apposition_of_phrase`: the father is the one the sentence is about
    text = ('"Why did he go to the beach?" cried the mother of 11-year-old Mohamed. For Ramiz, the blind '
            'father of Mohamed, it is too much to bear. "I felt as if the world had come to an end," he said.')
    # never Mohamed; since resolve-s27 the father himself (rule `person_fronted_by_for_is_the_next_he`)
    assert described(text)[-1] == ("Ramiz", "say", '"I felt as if the world had come to an end,"')


def test_the_head_of_an_apposition_with_an_of_phrase_stays_he() -> None:
    text = ('The beach was empty on Thursday. Ahmed Bakr, the eldest son of Ramiz, spoke at the funeral. '
            '"I felt as if the world had come to an end," he said.')
    assert described(text)[-1] == ("Ahmed Bakr", "say", '"I felt as if the world had come to an end,"')


# --- B. a noun read as the cue ---------------------------------------------------------------


def test_a_cue_noun_after_a_described_name_is_no_cue() -> None:
    # Rule `noun_after_a_described_name`
    assert described("The lawless Borno state, whose capital is Maiduguri, is a major hot spot for the "
                     "militants.") == []
    assert described("The Borno state, whose capital is Maiduguri, is a major hot spot.") == []


def test_a_plural_name_before_the_cue_form_keeps_its_verb() -> None:
    assert described("The Taliban say, however, that the talks are over.") == [
        ("Taliban", "say", "the talks are over")]
    assert described("In the lawless Borno state, officials say the militants are strong.") == [
        ("officials", "say", "the militants are strong")]


# --- D. "told state media the probe had ...": the content keeps its subject; the body its name --


def test_the_content_after_told_state_media_keeps_its_subject() -> None:
    # claim_grammar.txt plain_hearers: media (rule `hearer_ends_before_a_new_phrase`)
    assert described("The agency told state media the probe had entered its launch stage.") == [
        ("The agency", "tell", "the probe had entered its launch stage")]


def test_told_the_media_that_stays() -> None:
    assert described("The agency told the media that the probe had entered its launch stage.") == [
        ("The agency", "tell", "the probe had entered its launch stage")]


def test_listed_fields_inside_a_body_name_stay_in_the_name() -> None:
    # Rule `listed_fields_inside_a_body_name`
    assert described("The country's State Administration of Science, Technology and Industry for National "
                     "Defence told state media the lunar probe had entered its launch stage.") == [
        ("State Administration of Science, Technology and Industry for National Defence", "tell",
         "the lunar probe had entered its launch stage")]


def test_a_list_after_a_body_name_is_not_joined_to_it() -> None:
    assert described("The Department of Health, Smith and Jones said the plan would fail.")[0][0] == \
        "Department of Health"


# --- E. borderline and junk ------------------------------------------------------------------


def test_a_body_name_holding_gay_and_lesbian_is_one_organisation() -> None:
    # claim_grammar.txt names_holding_and (rule `listed_name_holds_and`)
    claims = extract_claims('"Fred Phelps will not be missed," the National Gay and Lesbian Task Force said.')
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("National Gay and Lesbian Task Force", "organisation")]


def test_gay_and_lesbian_in_lower_case_names_no_one() -> None:
    assert described("Gay and lesbian couples said the ruling was fair.")[0][0] != "Lesbian"


def test_a_fronted_referring_to_is_a_topic() -> None:
    # Rule `speaking_about_a_topic_is_no_claim` (junk_readings.txt fronted_topic_cues)
    assert described('Referring to the stolen documents, Fuentes added, "You wonder who was using it."') == [
        ("Fuentes", "add", '"You wonder who was using it."')]


def test_referring_to_as_a_verb_or_with_as_stays() -> None:
    assert described("Trump referred to Mexican immigrants as rapists.") == [
        ("Trump", "refer to", "Mexican immigrants as rapists")]
    assert described('Referring to the stolen documents as fakes, Fuentes added, "You wonder who was '
                     'using it."')[0] == ("Fuentes", "refer to", "the stolen documents as fakes")


def test_a_seeming_state_with_a_time_tail_is_the_writers() -> None:
    # Rule `seeming_state_is_the_writers` (claim_grammar.txt state_time_tails)
    assert described("However, the weather forecast appears good so far -- important when some ballot "
                     "boxes must be collected by helicopter.") == []


def test_a_seeming_state_before_a_final_attribution_stays() -> None:
    assert described("The deal appears good so far for the company, analysts said.") == [
        ("analysts", "say", "The deal appears good so far for the company")]


def test_sirens_that_warn_are_no_speaker() -> None:
    # Rule `abstract_subject_is_no_speaker` (junk_readings.txt signal_subjects)
    assert described("She has to rush her children into a safe room when sirens warn of incoming rockets.") == []


def test_officials_who_warn_stay() -> None:
    assert described("Officials warn of incoming rockets.") == [("Officials", "warn", "of incoming rockets")]


def test_announcing_a_punishment_is_an_act() -> None:
    # Rule `act_object_is_no_claim` (act_readings.txt announce: punishment ...)
    assert described("Silver announced Sterling's punishment on Tuesday.") == []


def test_announcing_that_someone_is_punished_stays() -> None:
    assert described("Silver announced that Sterling would be banned for life.") == [
        ("Silver", "announce", "Sterling would be banned for life")]
