"""Speakers the article names but the tagger left unresolved, found by QA
rounds 58 and 59 (names2-s21). Each rule has a sentence of the kind fixed
and a near variant that must stay unresolved (or as it was). The sentences
are written after one read of a news article; none is copied whole."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described, speakers

# --- rule `age_description_is_the_one_person_just_named` (QA round 58, 721 s6) ------------------

ARRESTED = ("Megumi Igarashi launched a campaign on Friday. Police arrested Igarashi Saturday, charging her "
            "with fraud. ")


def test_age_description_right_after_the_one_person_named_is_that_person() -> None:
    text = ARRESTED + ("The 42-year-old denies the charges, saying that she rejects them. Igarashi came up "
                       "with the idea. She said it was art.")
    assert speakers(text) == ["Megumi Igarashi", "Megumi Igarashi", "Megumi Igarashi"], described(text)


def test_age_description_with_a_listed_first_name_too() -> None:
    # the lead's note: even "Mary Igarashi" stayed unresolved behind the description
    text = ("Mary Igarashi launched a campaign. Police arrested Igarashi Saturday. The 42-year-old denies the "
            "charges. Igarashi came up with the idea. She said it was art.")
    assert speakers(text) == ["Mary Igarashi", "Mary Igarashi"], described(text)


@pytest.mark.parametrize("before", [
    "Police arrested Igarashi and Tom Smith Saturday. ",  # two people named just before
    "Police arrested Igarashi and her friend Saturday. ",  # someone described just before
])
def test_age_description_after_another_person_in_view_stays_unresolved(before: str) -> None:
    text = "Megumi Igarashi launched a campaign. " + before + "The 42-year-old denies the charges."
    claim = next(c for c in extract_claims(text) if c.cue == "deny")
    assert claim.speaker is None and claim.speaker_kind == "unresolved", described(text)


def test_age_description_inside_its_sentence_stays_unresolved() -> None:
    text = ARRESTED + '"I did nothing wrong," the 42-year-old said.'
    claim = next(c for c in extract_claims(text) if c.cue == "say")
    assert claim.speaker is None, described(text)


# --- rule `who_clause_marks_a_person` (QA round 58, 721 s3) --------------------------------------

def test_who_clause_with_a_verb_of_one_person_marks_a_person() -> None:
    text = ("Megumi Igarashi, who goes by a pseudonym, launched a campaign. Igarashi came up with the idea "
            "for the project. She said it was art.")
    assert speakers(text) == ["Megumi Igarashi"], described(text)


@pytest.mark.parametrize("opening", [
    "Megumi Igarashi, who go by a pseudonym, launched a campaign.",  # no verb of one person
    "Megumi Igarashi launched a campaign.",  # nothing marks a person
    "Fans of Megumi Igarashi, who sells art, launched a campaign.",  # after a preposition
])
def test_who_clause_without_a_verb_of_one_person_leaves_the_kind(opening: str) -> None:
    text = opening + " Igarashi came up with the idea for the project. She said it was art."
    assert speakers(text) == ["She"], described(text)


# --- rule `capitalised_particle_opening_a_full_name_is_its_surname` (QA round 58, 959) -----------

@pytest.mark.parametrize("second", [
    "Du feels that there is growing awareness.",
    '"We have made progress," adds Du.',
])
def test_capitalised_particle_alone_is_the_one_person_whose_name_it_opens(second: str) -> None:
    text = "Du Yufeng, a 58-year-old activist, has made it her mission to stop the trade. " + second
    assert speakers(text) == ["Du Yufeng"], described(text)


def test_capitalised_particle_of_two_full_names_stays_unresolved() -> None:
    text = ("Du Yufeng, a 58-year-old activist, has made it her mission to stop the trade. Du Wei, 40, came "
            "too. Du feels that there is growing awareness.")
    assert speakers(text) == [None], described(text)


# --- rule `adverb_before_a_pronoun_leaves_the_source` (QA round 58, 959 s39) ---------------------

def test_adverb_before_the_subject_pronoun_leaves_the_source() -> None:
    text = ("Yang Yuhua, a 64-year-old retired steel worker, has spent her life savings on the dogs and now "
            "she says she doesn't even have money to charge her phone.")
    claim = next(c for c in extract_claims(text) if c.cue == "say")
    assert (claim.source_as_written, claim.speaker) == ("Yang Yuhua", "Yang Yuhua"), described(text)


def test_adverb_before_a_noun_phrase_stays_in_the_source() -> None:
    text = "Mary Smith has spent her savings on the dogs and now the family says it is broke."
    claim = next(c for c in extract_claims(text) if c.cue == "say")
    assert claim.source_as_written == "now the family", described(text)
