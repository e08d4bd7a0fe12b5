"""Junk claims of reader rounds 61 and 62 (qa62b-s22): each fixed by a named
rule, with a sentence of its kind and a near variant that must stay a claim.
The sentences are written in the manner of the articles; none is read from
the shared data sets."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import cues

from .claim_helpers import as_shown


# Rule `cue_noun_after_an_adjective_is_no_cue` (junk_readings.txt noun_like_cues: "wonder", QA62 612 s12)
def test_rule_cue_noun_after_an_adjective_is_no_cue_reads_wonders() -> None:
    assert extract_claims("The country's many natural wonders -- from the lakes of the south to the peaks of "
                          "the north -- are made more picturesque at sunset.") == []
    assert cues("The analyst wonders whether the deal will hold.") == ["wonder"]


# Rule `phrasal_cue_noun_after_an_adjective_is_no_cue` (QA62 377 s33)
def test_rule_phrasal_cue_noun_after_an_adjective_is_no_cue() -> None:
    text = ("The senator's aides hope the coverage will give the campaign a break from the bad press following "
            "gaffes during his tour, relentless calls for him to release his tax returns and falling poll numbers.")
    claims = extract_claims(text)
    assert [c.cue for c in claims] == ["hope"]  # and the aides' hope is no longer nested away
    assert claims[0].source_as_written == "The senator's aides"


def test_rule_phrasal_cue_noun_after_an_adjective_near_variant_stays() -> None:
    assert as_shown("Obama calls for Romney to release more of his tax returns.") == [
        ("Obama", "calls for", "Romney to release more of his tax returns")]


# Rule `plural_cue_noun_before_of_is_no_cue` (QA62 395 s31)
def test_rule_plural_cue_noun_before_of_is_no_cue() -> None:
    assert extract_claims("That has contributed to public doubts about administration claims of evidence "
                          "showing that the regime gassed its own people.") == []


def test_rule_plural_cue_noun_before_of_near_variant_stays() -> None:
    assert cues("The administration claims the evidence shows the regime gassed its own people.") == ["claim"]


# Rule `count_with_a_participle_is_a_tally` (QA62 395 s29)
def test_rule_count_with_a_participle_is_a_tally() -> None:
    assert extract_claims("Only the 1999 airstrikes split the public down the middle, with 43% supporting "
                          "involvement and 40% opposing it.") == []
    assert extract_claims("The vote was close, with 60 percent backing the plan.") == []


def test_rule_count_with_a_participle_near_variant_stays() -> None:
    assert as_shown("The poll split, with 43% saying the strike was justified.") == [
        ("43%", "saying", "the strike was justified")]


# Rule `the_same_alone_is_no_claim` (QA62 395 s40)
def test_rule_the_same_alone_is_no_claim() -> None:
    claims = extract_claims("Fifty-six percent of Democrats think Congress should pass it, but only 36% of "
                            "Republicans and 29% of independents say the same.")
    assert [(c.source_as_written, c.content) for c in claims] == [
        ("Fifty-six percent of Democrats", "Congress should pass it")]


def test_rule_the_same_alone_near_variant_stays() -> None:
    assert as_shown("They say the same rules apply.") == [("They", "say", "the same rules apply")]
    assert [c.content for c in extract_claims("The adviser doesn't think so.")] == ["so"]


# Rule `cue_in_a_why_clause_after_a_preposition_is_no_claim` (QA62 395 s47)
def test_rule_cue_in_a_why_clause_after_a_preposition_is_no_claim() -> None:
    assert extract_claims("The poll gives some insight into why many Americans oppose action.") == []


def test_rule_cue_in_a_why_clause_after_a_preposition_near_variant_stays() -> None:
    assert cues("Many Americans oppose the strike, the poll found.") != []


# Rule `participle_before_its_nouns_cue_is_a_modifier` (QA62 395 s32)
def test_rule_participle_before_its_nouns_cue_is_a_modifier() -> None:
    claims = extract_claims("Fifty-nine percent of people questioned say they don't think Congress should "
                            "approve the resolution.")
    assert [(c.shown_cue, c.content) for c in claims] == [
        ("say", "they don't think Congress should approve the resolution")]


def test_rule_participle_before_its_nouns_cue_near_variant_stays() -> None:
    assert as_shown("Officials questioned whether the plan would work.") == [
        ("Officials", "questioned", "whether the plan would work")]


# Rule `passive_belief_in_a_contact_relative_is_no_claim` (QA62 901 s54)
def test_rule_passive_belief_in_a_contact_relative_is_no_claim() -> None:
    assert extract_claims("The total price tag of $45 billion outstrips the $40 billion China is thought to "
                          "have spent on the Beijing Summer Games.") == []


def test_rule_passive_belief_in_a_contact_relative_near_variant_stays() -> None:
    claims = extract_claims("China is thought to have spent $40 billion on the Games.")
    assert [(c.shown_cue, c.hedged) for c in claims] == [("thought", True)]


# Rule `object_it_before_an_infinitive_is_no_source` (QA62 901 s36)
def test_rule_object_it_before_an_infinitive_is_no_source() -> None:
    claims = extract_claims("The legislation makes it illegal to tell children about gay equality.")
    assert claims == []


def test_rule_object_it_before_an_infinitive_near_variant_stays() -> None:
    assert cues("The mayor told reporters the budget was balanced.") == ["tell"]
    # no listed adjective: "made it a point to tell" is the mayor's telling, kept as before
    assert cues("The mayor made it a point to tell reporters the budget was balanced.") == ["tell"]


# Rule `cue_in_a_contact_relative_on_a_thing_is_no_claim` (QA62 377 s1)
def test_rule_cue_in_a_contact_relative_on_a_thing_is_no_claim() -> None:
    assert extract_claims("Mitt Romney took a step many political experts did not think he would -- "
                          "choosing a bold running mate.") == []


def test_rule_cue_in_a_contact_relative_on_a_thing_near_variant_stays() -> None:
    claims = extract_claims("Many political experts did not think he would run.")
    assert [(c.source_as_written, c.negated) for c in claims] == [("Many political experts", True)]


# Rule `act_object_is_no_claim` (act_readings.txt: declare a crackdown; QA62 812 s5)
@pytest.mark.parametrize("sentence", [
    "He declared a crackdown on cartels shortly after taking office in December 2006.",
])
def test_rule_act_object_is_no_claim_qa62(sentence: str) -> None:
    assert extract_claims(sentence) == []


@pytest.mark.parametrize(("sentence", "content"), [
    ("He declared that the crackdown had worked.", "the crackdown had worked"),
    ("He declared the crackdown a success.", "the crackdown a success"),
])
def test_rule_act_object_near_variants_stay_qa62(sentence: str, content: str) -> None:
    assert [c.content for c in extract_claims(sentence)] == [content]


def test_rule_cue_in_a_why_clause_after_a_preposition_keeps_a_clause() -> None:
    claims = extract_claims("Mr. Trump was pressed on why he had said it was a great honor to earn the praise.")
    assert [c.content for c in claims] == ["it was a great honor to earn the praise"]


def test_rule_participle_before_its_nouns_cue_keeps_a_perfect() -> None:
    claims = extract_claims("Saudi Arabia has expressed doubts about signing a deal with Tehran.")
    assert [c.cue for c in claims] == ["express"]


# Rule `responding_to_a_thing_alone_is_no_claim` (QA61 512 s1 and s6)
def test_rule_responding_to_a_thing_alone_is_no_claim() -> None:
    assert extract_claims("FIFA's president responded to damning reports last year from Amnesty International.") == []
    claims = extract_claims("Organizers of the tournament responded to criticism over the plight of migrant "
                            "workers, saying tangible progress had been made.")
    assert [(c.shown_cue, c.content) for c in claims] == [("saying", "tangible progress had been made")]


def test_rule_responding_to_a_thing_alone_near_variant_stays() -> None:
    assert [c.content for c in extract_claims("She responded to critics that the plan was sound.")] == [
        "the plan was sound"]


# Rule `stance_on_a_pronoun_is_no_claim` (QA62 901 s37)
def test_rule_stance_on_a_pronoun_is_no_claim() -> None:
    claims = extract_claims("But the president defended it before journalists Friday, saying that the law was "
                            "about protecting children.")
    assert [c.shown_cue for c in claims] == ["saying"]


def test_rule_stance_on_a_pronoun_near_variant_stays() -> None:
    assert [c.content for c in extract_claims("Western leaders criticized it as archaic.")] == ["it as archaic"]


# Rule `cue_in_a_trailing_condition_is_no_claim` (QA62 395 s50)
def test_rule_cue_in_a_trailing_condition_is_no_claim() -> None:
    claims = extract_claims("The remainder said they would be more likely to vote against the lawmakers if "
                            "they supported the resolution.")
    assert [c.cue for c in claims] == ["say"]


def test_rule_cue_in_a_trailing_condition_near_variant_stays() -> None:
    assert [c.content for c in extract_claims("They would vote against him if he said the war was over.")] == [
        "the war was over"]


# Rule `expected_to_before_the_main_verb_is_a_modifier` (QA62 569 s3)
def test_rule_expected_to_before_the_main_verb_is_a_modifier() -> None:
    assert extract_claims("Other notable Americans expected to appear on forthcoming stamps include singer "
                          "James Brown and actor Charlton Heston.") == []


def test_rule_expected_to_before_the_main_verb_near_variant_stays() -> None:
    assert [c.content for c in extract_claims("Officials expected to finish the work by Friday.")] == [
        "to finish the work by Friday"]


def test_rule_cue_noun_after_an_adjective_keeps_a_verb_after_who() -> None:
    # "live" after "who" is a verb, not an -ive adjective: the survivors wonder
    claims = extract_claims("After a tragedy, those who live wonder why they survived when others didn't.")
    assert [c.cue for c in claims] == ["wonder"]
