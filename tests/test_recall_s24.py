"""Claims the possessive claim-noun rule missed (session 24, recall-s24): a
time phrase between the noun and its "that" ("Trump's statement earlier this
year that ..."), a sentence-opening preposition read as part of the owner's
name ("Despite Santilli's insistence that ..."), and a quotation closed on a
comma that let the claim run on into the writer's next clause."""

from __future__ import annotations

import pytest

from tests.claim_helpers import described, only


# Rule `time_between_the_noun_and_its_clause` (PolNeAR train huff-post 2016-06-27
# S3, nyt 2016-08-31 S49, politico 2016-08-08 S57)
@pytest.mark.parametrize(("sentence", "speaker", "cue", "content"), [
    ("The tweet was a dig at Trump's statement earlier this year that women who seek abortions"
     " should be punished.", "Trump", "statement", "women who seek abortions should be punished"),
    ("Environmentalists welcomed India's announcement last year that it would increase investment"
     " in solar energy.", "India", "announcement", "it would increase investment in solar energy"),
    ("Critics pounced on Trump's claim last week that crime is up.", "Trump", "claim", "crime is up"),
    ("Voters cheered Smith's promise on Friday that taxes would fall.", "Smith", "promise", "taxes would fall"),
])
def test_a_time_phrase_between_the_claim_noun_and_that_keeps_the_claim(
        sentence: str, speaker: str, cue: str, content: str) -> None:
    claim = only(sentence)
    assert (claim.speaker, claim.cue, claim.content) == (speaker, cue, content)


@pytest.mark.parametrize("sentence", [
    # the writer's verb follows the clause: the noun phrase is a subject, as without the time phrase
    "Trump's claim last week that crime is up drew criticism.",
    # an adverb alone after the noun may be the clause's own, not a time phrase before "that"
    "Critics pounced on Trump's claim earlier that crime is up.",
    # a relative "that" with no subject of its own is no claim, past a time phrase as right after the noun
    "He later withdrew his claim last week that drew wide criticism.",
])
def test_a_time_phrase_opens_no_claim_the_noun_would_not_open(sentence: str) -> None:
    assert described(sentence) == []


# Rule `opening_preposition_is_no_part_of_the_owner` (PolNeAR train wash-post 2016-02-21 S6)
def test_an_opening_preposition_is_no_part_of_the_owners_name() -> None:
    claim = only("Despite Santilli's continued insistence that he was at the refuge as a journalist,"
                 " a judge kept him in jail.")
    assert (claim.speaker, claim.cue, claim.content) == (
        "Santilli", "insistence", "he was at the refuge as a journalist")


def test_a_capitalised_name_before_the_possessive_stays_in_the_owner() -> None:
    claim = only("Critics pounced on Donald Trump's claim that crime is up.")
    assert (claim.speaker, claim.content) == ("Donald Trump", "crime is up")


def test_a_sentence_opening_possessive_still_reads_as_a_subject() -> None:
    # no preposition opens it: the noun phrase is the subject and the writer's verb follows
    assert described("Santilli's insistence that he was a journalist failed to sway the judge.") == []


# Rule `quotation_closed_on_a_comma_ends_the_clause` (PolNeAR dev nyt 2016-09-30 S26, train nyt
# 2016-03-12 S25)
def test_a_quotation_closed_on_a_comma_ends_the_claim() -> None:
    claim = only("Contrary to his claim that people would ''learn nothing,'' there would be a wealth of"
                 " relevant information.")
    assert (claim.cue, claim.content) == ("claim", "people would ''learn nothing,''")


def test_the_writers_clause_after_the_quotation_is_no_part_of_the_claim() -> None:
    sentence = ("He was challenged over his statement on Wednesday that ''Islam hates us,'' but he kept his"
                " temper in check and responded with a minimum of defensiveness.")
    assert not any(cue == "statement" for _, cue, _ in described(sentence))
    assert all("kept his temper" not in content for _, _, content in described(sentence))
