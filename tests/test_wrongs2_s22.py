"""Wrong speakers left after the first fixes of session 22 (wrongs2 s22):
each fixed by a named rule, with a sentence of its kind and a near variant
that must stay as it is. The sentences are invented in the manner of news
articles; none is copied from the shared data sets."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims.polarity import is_hedged
from tests.claim_helpers import speakers_and_kinds

LEAD = "Congress debated the bill on Tuesday.\n\n"
ARTIST = "Artist Megumi Igarashi was arrested in Tokyo on Monday.\n\n"


# --- Rule `joined_names_apposed_to_a_description`, two more shapes (speakers.py
# `_joined_names_apposed_past_a_lead`) ----------------------------------------------------------


@pytest.mark.parametrize(("sentence", "speaker"), [
    # rule `joined_names_after_their_group_word`: "Republicans" gave Mike Lee alone
    ("The senators, Republicans Rand Paul and Mike Lee, said the measure would fail.",
     "Republicans Rand Paul and Mike Lee"),
    ("The senators, Sens. Rand Paul and Mike Lee, said the measure would fail.", "Sens. Rand Paul and Mike Lee"),
    ("The senators, Republican Rand Paul and Democrat Mike Lee, said the measure would fail.",
     "Republican Rand Paul and Democrat Mike Lee"),
    # rule `joined_names_apposed_to_a_named_possessors_description`: gave Taro Sato alone
    ("Igarashi's lawyers, Kazuyuki Minami and Taro Sato, said the case was weak.", "Kazuyuki Minami and Taro Sato"),
    # the shape the rule was first written for stays
    ("Her lawyers, Kazuyuki Minami and Taro Sato, acknowledge that the works were sent.",
     "Kazuyuki Minami and Taro Sato"),
])
def test_rule_joined_names_apposed_past_a_lead(sentence: str, speaker: str) -> None:
    assert speakers_and_kinds(LEAD + sentence) == [(speaker, "unnamed")]


@pytest.mark.parametrize(("sentence", "speaker", "kind"), [
    # a lower-case word opens the apposition: a part of the group, not the speakers
    ("The senators, including Rand Paul and Mike Lee, said the measure would fail.", "The senators", "unnamed"),
    # a pair the tagger cannot join: the description as written, never one name
    ("The senators, Rand Paul of Kentucky and Mike Lee of Utah, said the measure would fail.", "The senators",
     "unnamed"),
    # one name apposed to a possessor's description is that person
    ("Igarashi's lawyer, Kazuyuki Minami, said the case was weak.", "Kazuyuki Minami", "person"),
    # names apposed to the object of a preposition are whom the source speaks for
    ("A spokesman for Igarashi's lawyers, Kazuyuki Minami and Taro Sato, said the case was weak.",
     "A spokesman for Igarashi's lawyers", "unnamed"),
])
def test_rule_joined_names_apposed_past_a_lead_near_variants(sentence: str, speaker: str, kind: str) -> None:
    assert speakers_and_kinds(LEAD + sentence) == [(speaker, kind)]


# --- Rule `pair_possessed_by_her_is_no_she` (speakers.py) -----------------------------------------


def test_rule_pair_possessed_by_her_is_no_she() -> None:
    # "She" gave the woman's words to Minami, the one of the pair whose gender is not known
    text = "Her lawyers, Kazuyuki Minami and Taro Sato, said the works were art.\n\nShe said she was innocent."
    assert speakers_and_kinds(ARTIST + text) == [("Kazuyuki Minami and Taro Sato", "unnamed"), ("She", "unresolved")]


def test_rule_pair_possessed_by_her_near_variants_stay() -> None:
    # a pair without the possessive stays unresolved as before; one lawyer apposed goes on speaking
    text = "The two lawyers, Kazuyuki Minami and Taro Sato, said the works were art.\n\nShe said she was innocent."
    assert speakers_and_kinds(ARTIST + text)[1] == ("She", "unresolved")
    text = "Her lawyer, Kazuyuki Minami, said the works were art.\n\nShe said she was innocent."
    assert speakers_and_kinds(ARTIST + text)[1] == ("Kazuyuki Minami", "person")


# --- Rule `list_of_names_is_one_source` (rules.py `_list_of_names_before_its_last`, speakers.py
# `_whole_names_listed`) ---------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Rand Paul, Mike Lee and Ted Cruz said the measure would fail.",
    "Rand Paul, Mike Lee, and Ted Cruz said the measure would fail.",  # gave Ted Cruz alone
    "Rand Paul, Mike Lee, Susan Collins and Ted Cruz said the measure would fail.",
    "Sens. Rand Paul, Mike Lee and Ted Cruz said the measure would fail.",
    "Kentucky Sen. Rand Paul, Utah Sen. Mike Lee and Texas Sen. Ted Cruz said the measure would fail.",
    "But Rand Paul, Mike Lee and Ted Cruz said the measure would fail.",
])
def test_rule_list_of_names_is_one_source(sentence: str) -> None:
    # the list before the cue is one source, as written; never its last pair nor its first name
    written = sentence.removeprefix("But ").split(" said")[0]
    assert speakers_and_kinds(LEAD + sentence) == [(written, "unnamed")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    # an opener that is no name is no part of the list
    ("Meanwhile, Mike Lee and Ted Cruz said the measure would fail.", "Mike Lee and Ted Cruz"),
    ("On Monday, Mike Lee and Ted Cruz said the measure would fail.", "Mike Lee and Ted Cruz"),
    ("In Washington, Mike Lee and Ted Cruz said the measure would fail.", "Mike Lee and Ted Cruz"),
    ("London, Mike Lee and Ted Cruz said the measure would fail.", "Mike Lee and Ted Cruz"),  # a place
    # a list inside another clause
    ("Police named Rand Paul, Mike Lee and Ted Cruz said the measure would fail.", "Mike Lee and Ted Cruz"),
    # an apposition that is no name
    ("Rand Paul, the senator, and Ted Cruz said the measure would fail.", "Rand Paul and Ted Cruz"),
])
def test_rule_list_of_names_near_variants_stay(sentence: str, speaker: str) -> None:
    assert speakers_and_kinds(LEAD + sentence) == [(speaker, "unnamed")]


# --- Rule `name_apposed_to_the_body_a_person_speaks_for` (speakers.py) ------------------------------


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A spokesman for the company, Exxon Mobil, said the spill was small.", "A spokesman for the company"),
    ("A spokesman for the company, Acme Inc., said the spill was small.", "A spokesman for the company"),
    ("A spokeswoman for the group, Amnesty International, said the spill was small.",
     "A spokeswoman for the group"),
])
def test_rule_name_apposed_to_the_body_a_person_speaks_for(sentence: str, speaker: str) -> None:
    # "Exxon Mobil" was shown as a person who spoke; the one who spoke is the spokesman, unnamed
    assert speakers_and_kinds(LEAD + sentence) == [(speaker, "unnamed")]


def test_rule_name_apposed_to_the_body_near_variants_stay() -> None:
    # a person's name is the spokesman's; the body apposed to "The company" spoke itself; a document's
    # object stays with rule `name_apposed_to_the_object_of_a_document`
    assert speakers_and_kinds(LEAD + "A spokesman for the company, John Smith, said the spill was small.") \
        == [("John Smith", "person")]
    assert speakers_and_kinds(LEAD + "The company, Exxon Mobil, said the spill was small.") \
        == [("Exxon Mobil", "organisation")]
    assert speakers_and_kinds(LEAD + "The lawsuit against the company, Exxon Mobil, called the spill small.")[0][0] \
        == "The lawsuit against the company"


# --- Rule `plan_would_is_no_hedge` (polarity.py, hedge_scope.txt plan_nouns) -----------------------


@pytest.mark.parametrize("content", [
    # QA round 62, 377 s2: the "would" of what a plan does, after a colon that closes the plan's phrase
    "he backs proposals to reform the nation's entitlement programs: for workers under 55, seniors would be "
    "given the option of a private plan",
    "the bill would raise taxes on the rich",
    "the Republican budget plan would cut spending",
    "under the plan, workers would keep their benefits",
])
def test_rule_plan_would_is_no_hedge(content: str) -> None:
    assert not is_hedged(content)


@pytest.mark.parametrize("content", [
    "he thought the plan would fail",  # a belief before the plan (session 7's test keeps it)
    "the bill could raise taxes on the rich",  # a possibility
    "Smith would sign it",  # a person's would
    "seniors would be given the option of a private plan",  # no plan before the would
    "the bill would pass the Senate",  # the plan's fate, a forecast
    "the plan would be signed in March",
    "the deal would close in March",  # a deal is no plan noun (tests/test_claims_trust.py)
])
def test_rule_plan_would_near_variants_stay_hedged(content: str) -> None:
    assert is_hedged(content)


def test_rule_plan_would_in_a_claim() -> None:
    claim = extract_claims("Senator Smith says the bill would raise taxes on the rich.")[0]
    assert not claim.hedged
    assert extract_claims("Senator Smith says the bill could raise taxes on the rich.")[0].hedged


# --- Rule `stated_stance_would_is_no_hedge` (polarity.py, hedge_scope.txt stance_verbs) ------------


def test_rule_stated_stance_would_is_no_hedge() -> None:
    # QA round 62, 395 s36: a poll's answer, stated plainly
    assert not is_hedged("Americans are clear: more than seven in 10 say they would oppose airstrikes if "
                         "Congress does not authorize them")
    assert not is_hedged("most voters say they would vote for the measure")


@pytest.mark.parametrize("content", [
    "most voters say they would win",  # no stance verb: a forecast
    "they would oppose it",  # no verb of saying before it
])
def test_rule_stated_stance_would_near_variants_stay_hedged(content: str) -> None:
    assert is_hedged(content)


# --- Rule `permission_announced_after_a_rule_ended` (polarity.py, extract.py) ---------------------


def test_rule_permission_announced_after_a_rule_ended() -> None:
    # QA round 62, 569 s13: the "could" of leave granted when a rule was ended
    claim = extract_claims("The agency ended that rule in 2011 and announced that even living people could be "
                           "featured.")[0]
    assert not claim.hedged


@pytest.mark.parametrize("sentence", [
    "The agency ended the program in 2011 and announced that people could be hurt.",  # no rule ended
    "The agency lifted the ban and announced that prices could rise.",  # a thing's could
    "The agency announced that even living people could be featured.",  # no rule before the cue
])
def test_rule_permission_announced_near_variants_stay_hedged(sentence: str) -> None:
    assert extract_claims(sentence)[0].hedged


def test_rule_plan_would_under_a_plan_only_when_fronted() -> None:
    # dump check: "under the Paris Agreement" inside the subject is no plan's frame; the projection stays hedged
    assert is_hedged("estimates of the ambitions as submitted under the Paris Agreement would lead to higher "
                     "emissions")
