"""Junk claims, wrong hedges and a cut content found by QA rounds 58 and 59
(junk2-s21): acts and nouns read as speech, survey counts read as beliefs,
hedges lost or misplaced, and a "such ... that" split by its cue. Each case
has a sentence of the kind fixed and a near variant that must stay."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import cues, described, only


# act_readings.txt `claim: features remains ...`, `learn: lesson`, `find: ally`, `reveal: @about`
# (with "such as" ending the object noun phrase in junk.py object_noun_phrase)
@pytest.mark.parametrize(("text", "cue"), [
    ("Following excavations in the early 20th century, European archaeologists claimed key features such as "
     "the remains of the famous Ishtar Gate -- the glazed brick gate decorated with images of dragons.", "claim"),
    ("Nixon had learned his lesson from his 1960 loss to John F. Kennedy.", "learn"),
    ("While many world leaders have condemned Syrian President Bashar al-Assad, the embattled leader has found "
     "an ally in Venezuelan President Hugo Chavez.", "find"),
    ("Here's a look at what court documents reveal about several claims made against Sterling in the past.",
     "reveal"),
])
def test_taking_learning_finding_and_revealing_about_things_are_acts(text: str, cue: str) -> None:
    assert cue not in cues(text), described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("European archaeologists claimed the remains were fake.", "claim"),
    ("Nixon learned that the plan had failed.", "learn"),
    ("The leader found that allies were wavering.", "find"),
    ("The documents revealed that he lied.", "reveal"),
])
def test_the_same_cues_with_a_clause_stay(text: str, cue: str) -> None:
    assert cue in cues(text), described(text)


# Rule `writing_a_titled_work_is_no_claim` (extract.py; written_works gains "bestseller")
def test_writing_a_work_with_its_quoted_title_is_no_claim() -> None:
    text = ('He also wrote the 1969 bestseller "The Selling of the President 1968," a close look at the '
            'marketing and campaigning of presidential candidate Richard Nixon.')
    assert extract_claims(text) == [], described(text)
    assert described('He wrote in his book: "We lost the war and nobody cared."') == [
        ("He", "write", '"We lost the war and nobody cared."')]


# Rule `refusing_to_suffer_an_act_is_no_claim` (junk.py _act_after_to)
def test_refusing_to_be_forced_is_no_claim() -> None:
    text = "Authorities said the girl was tortured after she refused to be forced into prostitution."
    assert cues(text) == ["say"], described(text)
    assert cues("The woman refused to be interviewed.") == ["refuse"]


# Rule `voters_saying_no_is_a_vote`
def test_voters_saying_no_is_a_vote() -> None:
    text = "And Arkansas voters narrowly said no to a medical marijuana referendum."
    assert extract_claims(text) == [], described(text)
    assert described("He said no to the Iraq war.") == [("He", "say", "no to the Iraq war")]


# Rule `plural_cue_noun_before_a_topic_and_its_verb_is_no_cue`
def test_a_plural_cue_noun_before_a_topic_and_its_verb_is_no_cue() -> None:
    text = "Local media reports about the case surfaced over the weekend."
    assert extract_claims(text) == [], described(text)
    assert described("The agency reports on its website that sales rose.") == [
        ("The agency", "report", "sales rose")]
    assert cues("Every year, at least one reader asks about getting invited.") == ["ask"]
    assert cues("He thinks over 30 dead bodies are on the ground.") == ["think"]


# Rule `ing_form_in_a_compound_noun_is_no_cue`
def test_an_ing_form_in_a_compound_noun_is_no_cue() -> None:
    text = ("Three forfeiture lawsuits were filed and warning letters were sent to 71 stores in Los Angeles in "
            "September by federal authorities.")
    assert extract_claims(text) == [], described(text)
    assert cues("He resigned, warning officials were corrupt.") == ["warn"]


# Rule `reference_gloss_after_a_quote_is_no_claim`
def test_a_reference_gloss_after_a_quote_is_no_claim() -> None:
    text = ('"Federal law still says marijuana is an illegal drug, so don\'t break out the Cheetos or Goldfish '
            'too quickly," he said, referring to two snack food products.')
    assert cues(text) == ["say"], described(text)
    kept = '"We will win," he said, referring to claims that the vote was rigged.'
    assert cues(kept) == ["say", "refer to"], described(kept)


# QA58 681, a survey: Rule `count_of_believers_is_no_claim`, Rule `graded_participle_is_an_adjective`
# (two graders) and Rule `belief_defining_a_counted_group_is_no_claim`
@pytest.mark.parametrize("text", [
    "The survey then calculated how many believed that at least six of the 11 stereotypes were probably true.",
    "The most widely believed stereotype was that Jews are more loyal to Israel than to their countries.",
    "That figure includes most of the people who believe a majority of the stereotypes are probably true.",
    "It ultimately depends on how many hydrangeas you want to plant inside.",
])
def test_survey_counts_are_no_beliefs(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Many believed that the vote was rigged.", "believe"),
    ("The booklets showed how much they expected Compaq's stock to rise.", "expect"),
    ("Smith, who believes the plan will fail, resigned.", "believe"),
])
def test_beliefs_put_forward_stay(text: str, cue: str) -> None:
    assert cue in cues(text), described(text)


# Rule `evidential_right_before_the_cue_hedges` (polarity.py)
def test_appeared_to_before_a_coordinated_cue_hedges() -> None:
    text = ("Iran's Foreign Minister Mohammad Javad Zarif didn't mention any names but appeared to confirm on "
            "his Facebook page that the deal was blocked by a single member of the P5+1.")
    confirm = next(c for c in extract_claims(text) if c.cue == "confirm")
    assert confirm.hedged, described(text)
    plain = next(c for c in extract_claims("Zarif didn't mention any names but confirmed on his Facebook page "
                                           "that the deal was blocked.") if c.cue == "confirm")
    assert not plain.hedged


# CLOSING_QUOTE_AFTER (rule `fronted_condition_leaves_the_main_clause_its_hedges`): a quotation that
# opens after the condition's comma is the main clause
def test_a_quoted_main_clause_after_a_fronted_condition_keeps_its_hedge() -> None:
    assert only('If current trends continue, "We easily could reach 600 parts per million at the end of '
                'the century," he said.').hedged
    assert not only('If current trends continue, "we will reach 600 parts per million," he said.').hedged


# Rule `possibility_in_a_worry_is_no_hedge` (polarity.py, hedge_scope.txt worry_adverbs)
def test_a_possibility_inside_a_worry_is_no_hedge() -> None:
    assert not only("Ramirez said Venezuela was not worried about possibly facing international sanctions.").hedged
    assert only("Ramirez said Venezuela will possibly face sanctions.").hedged


# Rule `degree_and_result_around_a_cue_are_one_content` (extract.py)
def test_a_such_that_split_by_its_cue_is_one_content() -> None:
    text = ('Female genitalia is such a taboo in Japanese society, she explained on her fundraising page, that '
            'it has become "overly hidden."')
    assert only(text).content == 'Female genitalia is such a taboo in Japanese society that it has become ' \
        '"overly hidden."'
    assert only("The plan failed, she said, and that was the end.").content == "and that was the end"


def test_the_such_that_content_opens_at_its_own_clause() -> None:
    text = ("China had historically resisted such agreements, but the air pollution there had become so bad, "
            "Mr. Obama noted, that the most-visited Twitter page in China was the embassy's air monitor.")
    assert only(text).content == ("the air pollution there had become so bad that the most-visited Twitter page "
                                  "in China was the embassy's air monitor")
