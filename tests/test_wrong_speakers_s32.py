"""Wrong speakers of the kinds readers met in news: an age, a year or a
nested relative clause taken for who spoke. Each rule has a sentence of the
kind it fixes and a near variant that must stay as it was; the sentences are
invented."""

from __future__ import annotations

import pytest

from tests.claim_helpers import described, only


# Rule `age_is_no_antecedent_of_a_gap` (rules._person_before_its_age)
@pytest.mark.parametrize(("text", "content"), [
    ("The victim, 23, who police said was unarmed, was shot at the scene.", "The victim was unarmed"),
    ("Smith, 23, who police say fired the shot, was arrested.", "Smith fired the shot"),
])
def test_an_age_apposition_is_not_what_the_relative_stands_for(text: str, content: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content) == ("police", content)


def test_a_count_after_a_fronted_place_fills_no_gap() -> None:
    # "In Ohio, 45, who ...": no person before the number, so the content is left as written
    assert only("In Ohio, 45, who police said were armed, were held.").content == "were armed"


def test_a_relative_with_no_age_keeps_its_antecedent() -> None:
    assert only("The victim, who police said was unarmed, was shot at the scene.").content \
        == "The victim was unarmed"


# Rule `year_is_no_relatives_antecedent` (rules._subject_before)
def test_a_year_before_which_is_no_speaker() -> None:
    assert described("The law passed in 2010, which promised cheaper insurance, has been challenged.") == []


def test_a_body_before_which_still_speaks() -> None:
    assert described("The law was passed by Congress, which promised cheaper insurance.") \
        == [("Congress", "promise", "cheaper insurance")]


# Rule `nested_relative_is_no_outer_subject` (rules._head_before_nested_relatives)
def test_the_outer_cue_of_nested_relatives_is_the_opening_nouns() -> None:
    text = "A neighbor who saw the man who police say killed the officer said he looked calm."
    assert described(text) == [("A neighbor", "say", "he looked calm")]


def test_nested_relatives_after_an_opening_circumstance_give_no_speaker() -> None:
    # no noun phrase opens the sentence before the first "who": police did not say it, so no claim
    text = "On Monday a neighbor who saw the man who police say killed the officer said he looked calm."
    assert all(speaker != "police" for speaker, _, _ in described(text))


def test_a_single_relative_keeps_its_subject() -> None:
    assert described("A neighbor who saw the man said he looked calm.") == [("A neighbor", "say", "he looked calm")]


# Rule `quotation_opening_with_a_name_and_my_is_not_that_person` (speakers._named_as_another_by_the_quotation)
def test_a_quotation_that_calls_the_person_by_name_with_my_is_someone_else() -> None:
    text = ('Network row\n\nKnight told the judge that Gina DeJesus saved her life. '
            '"Gina was my teammate. She never let me fall," she said.')
    assert described(text)[-1] == ("she", "say", '"Gina was my teammate. She never let me fall,"')


def test_a_quotation_naming_the_person_further_in_is_left_to_the_other_rules() -> None:
    text = 'Network row\n\nGina DeJesus thanked the crowd. "My friend Gina was there for me," she said.'
    assert described(text)[-1][0] == "Gina DeJesus"


# Rule `fronted_time_is_no_part_of_the_subject` (rules._subject_after_a_fronted_time)
def test_a_fronted_time_is_not_who_reported() -> None:
    assert described("This month state media reported that the ban was lifted.") \
        == [("state media", "report", "the ban was lifted")]


def test_a_time_possessive_stays_in_its_subject() -> None:
    assert described("Last year's FBI statistics show that crime fell.")[0][0] == "Last year's FBI statistics"


def test_nested_relatives_after_a_fronted_phrase_and_comma_keep_the_opening_noun() -> None:
    text = "On Monday, a neighbor who saw the man who police say killed the officer said he looked calm."
    assert described(text) == [("a neighbor", "say", "he looked calm")]


def test_one_relative_with_a_cue_verb_of_its_own_keeps_its_subject() -> None:
    text = "Over the weekend, a journalist who first published the documents said that Snowden has more."
    assert described(text) == [("a journalist", "say", "Snowden has more")]
