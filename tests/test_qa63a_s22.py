"""Speaker findings of QA round 63 (qa63a-s22): a body description as the
trailing source of a sentence one named body opened, and an upper-case name
with its own apposition of a body. Each rule has a sentence of the kind
fixed and a near variant that stays as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only


# Rule `trailing_body_description_is_the_subject` (905 s16, 870 s20)
@pytest.mark.parametrize(("sentence", "body"), [
    ("The National Transportation Safety Board announced late Saturday that a team of its investigators"
     " was en route to Asia, the agency said.", "National Transportation Safety Board"),
    ("The Iranian Red Crescent has dispatched five assessment teams to the region, the aid group said"
     " Tuesday.", "Iranian Red Crescent"),
])
def test_a_trailing_body_description_is_the_body_that_opened_the_sentence(sentence: str, body: str) -> None:
    claim = only(sentence)
    assert (claim.speaker, claim.speaker_kind) == (body, "organisation")


@pytest.mark.parametrize(("sentence", "shown"), [
    # two bodies named: which one the description means, the tagger does not guess
    ("The National Transportation Safety Board and the Federal Aviation Administration announced late"
     " Saturday that a team was en route to Asia, the agency said.", "the agency"),
    # a person named in the sentence besides the body
    ("The Iranian Red Crescent has dispatched five assessment teams to help John Smith, the aid group"
     " said Tuesday.", "the aid group"),
    # a surname, no body, opens the sentence
    ("Smith has dispatched five assessment teams to the region, the aid group said Tuesday.", "the aid group"),
])
def test_a_trailing_body_description_beside_another_name_stays_as_written(sentence: str, shown: str) -> None:
    claim = only(sentence)
    assert (claim.speaker, claim.speaker_kind) == (shown, "unresolved")


def test_a_body_named_in_the_sentence_before_is_not_taken_by_this_rule() -> None:
    claims = extract_claims("The Iranian Red Crescent has dispatched five teams to the region. Teams are on"
                            " the way, the aid group said Tuesday.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("the aid group", "unresolved")]


# Rule `capitals_with_a_body_apposition_are_a_name` (939 s42)
def test_an_upper_case_name_with_a_body_apposition_is_that_body() -> None:
    claims = extract_claims("CAGE, a Muslim-led human rights advocacy group in London, also called for"
                            " Henning's immediate release, saying he wasn't involved in any hostilities"
                            " toward Muslims.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("CAGE", "organisation")] * 2


def test_an_upper_case_word_with_a_person_apposition_stays_unresolved() -> None:
    claim = only("CAGE, a former boxer in London, also called for Henning's release.")
    assert claim.speaker is None and claim.speaker_kind == "unresolved"


def test_an_upper_case_dateline_before_a_comma_is_still_no_speaker() -> None:
    claim = only("LONDON, England -- Police said the man was arrested.")
    assert claim.speaker == "Police"


# first_names.txt "per" (909 s20): the cause was the speaker's unknown gender
HORNER = ('Swedish journalist Nils Horner was shot dead in Kabul. "Everyone will remember him," said fellow'
          ' journalist {} Liljas, who was with Horner before he left. He was known for being in the right'
          ' place, he said.')


def test_he_after_a_man_named_per_is_that_man() -> None:
    claims = extract_claims(HORNER.format("Per"))
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("Per Liljas", "person")


@pytest.mark.parametrize("first", ["Kim", "Anna"])  # a name of either sex, a woman's name
def test_he_after_a_speaker_of_unknown_or_other_gender_stays_unresolved(first: str) -> None:
    claims = extract_claims(HORNER.format(first))
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("he", "unresolved")


def test_per_before_an_article_is_no_first_name() -> None:
    claim = only("Per the agreement, Russia said it would withdraw.")
    assert claim.speaker == "Russia"


# Rules `abbreviated_title_joined_by_a_hyphen_is_one_word` (text.py, titles.txt "Gov.-General") and
# `place_joined_by_and_before_a_title` (870 s10)
def test_an_abbreviated_title_joined_by_a_hyphen_is_the_whole_role() -> None:
    claim = only("Gov.-general Hatam Narouie disputed that there were deaths.")
    assert (claim.speaker, claim.role) == ("Hatam Narouie", "Gov.-general")


def test_a_dotted_title_before_a_space_is_still_its_own_word() -> None:
    claim = only("Sistan Gov. Hatam Narouie disputed that there were deaths.")
    assert (claim.speaker, claim.role) == ("Hatam Narouie", "Gov.")


def test_a_name_and_a_titled_name_of_a_place_with_and_are_both_speakers_as_written() -> None:
    claim = only("However, Arbabi and Sistan and Baluchestan Gov.-general Hatam Narouie disputed that there"
                 " were deaths.")
    assert (claim.speaker, claim.speaker_kind) == (
        "Arbabi and Sistan and Baluchestan Gov.-general Hatam Narouie", "unnamed")


def test_three_names_joined_are_not_read_as_a_place() -> None:
    # "Smith and Gov." : the second "and" is right before the title, so it joins no place
    claim = only("Arbabi and Smith and Gov. Hatam Narouie disputed that there were deaths.")
    assert claim.speaker != "Arbabi and Smith and Gov. Hatam Narouie"


# Rule `group_is_unnamed` for a hyphenated count, and "justices" as people (420 s21, s27)
@pytest.mark.parametrize(("sentence", "shown"), [
    ("Twenty-six states led by Florida say individuals cannot be forced to buy insurance.", "Twenty-six states"),
    ("Liberal justices, however, argued people who don't pay make care more expensive.", "Liberal justices"),
])
def test_a_plural_group_subject_with_no_name_is_shown_as_written(sentence: str, shown: str) -> None:
    claim = only(sentence)
    assert (claim.speaker, claim.speaker_kind) == (shown, "unnamed")


def test_a_hyphenated_word_that_is_no_count_stays_unresolved() -> None:
    claim = only("Twenty-first century thinkers say the law is bad.")
    assert claim.speaker is None and claim.speaker_kind == "unresolved"


def test_a_trailing_description_with_its_own_owner_is_not_the_subject() -> None:
    claim = only("The Harbor Bridge will close for eight months from March, the city's transport department"
                 " announced on Monday.")
    assert claim.speaker != "Harbor Bridge"
