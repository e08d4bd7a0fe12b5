"""Claims findings of reader round 66 (qa66a-s24): hedges, speakers and
claim grammar, each fixed by a named rule, with a sentence of its kind and a
near variant that must stay as it is. The sentences are written in the
manner of the articles; none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import as_shown_and_hedged


def _speakers(text: str) -> list[tuple[str | None, str, str]]:
    return [(c.speaker, c.shown_cue, c.content) for c in extract_claims(text)]


# Rule `participle_after_a_past_statement_is_past` (polarity.py; QA66 801 s2)
def test_rule_participle_after_a_past_statement_is_past() -> None:
    assert [c.hedged for c in extract_claims(
        "Malaysia's government released a statement Wednesday saying it would return the envoy to "
        "New Zealand.")] == [False]


def test_rule_participle_after_a_past_statement_near_variants_stay_hedged() -> None:
    # a present statement verb, "could" and "might" keep their doubt
    assert [c.hedged for c in extract_claims(
        "Malaysia's government releases a statement saying it would return the envoy.")] == [True]
    assert [c.hedged for c in extract_claims(
        "The government released a statement saying it could return the envoy.")] == [True]
    assert [c.hedged for c in extract_claims("The government said it might return the envoy.")] == [True]


# Rule `main_verb_after_a_who_aside_ends_it` (rules.py; QA66 890 s4)
def test_rule_main_verb_after_a_who_aside_ends_it() -> None:
    assert as_shown_and_hedged("The one-time North Carolina resident, who U.S. and Yemeni officials say was killed "
                               "with Muslim cleric Anwar al-Awlaki in a drone strike Friday morning, used his "
                               "knowledge of computers to help produce a magazine.") == [
        ("U.S. and Yemeni officials", "say", "The one-time North Carolina resident was killed with Muslim "
         "cleric Anwar al-Awlaki in a drone strike Friday morning", False)]


def test_rule_main_verb_after_a_who_aside_near_variant_stays() -> None:
    # a longer past verb already ended the aside (`is_past_form`); the rule adds nothing there
    assert as_shown_and_hedged("The resident, who officials say was killed in a drone strike Friday morning, helped "
                               "produce a magazine.") == [
        ("officials", "say", "The resident was killed in a drone strike Friday morning", False)]


# Rule `getting_to_know_someone_is_no_claim` (junk.py; QA66 701 s9)
def test_rule_getting_to_know_someone_is_no_claim() -> None:
    assert as_shown_and_hedged("They include Oliver Baker, who got to know William and Catherine at St. Andrew's "
                               "University, and William van Cutsem.") == []


def test_rule_getting_to_know_someone_near_variants_stay() -> None:
    assert _speakers("Oliver Baker got to know that the plan had failed.") == [
        ("Oliver Baker", "got to know", "the plan had failed")]
    assert _speakers("Oliver Baker knew William and Catherine were in love.")[0][2] == (
        "William and Catherine were in love")


# Rule `restrictive_who_takes_the_name_after_with` (rules.py; QA66 428 s17)
def test_rule_restrictive_who_takes_the_name_after_with() -> None:
    assert as_shown_and_hedged("That's at odds with Reid who said he opposes \"kicking the can down the road\" anymore."
                               "") == [("Reid", "said", "he opposes \"kicking the can down the road\" anymore", False)]


def test_rule_restrictive_who_near_variant_stays() -> None:
    # no name after "with": no one the rule can name
    assert [c.speaker for c in extract_claims(
        "He met with the White House staff who said he opposes new taxes.")] == [None]


# Rule `reputation_adjective_is_no_cue` (cues.py, rules.py; QA66 548 s31)
def test_rule_reputation_adjective_is_no_cue() -> None:
    assert _speakers("\"Fingerprints are not private, so they are not a good way to unlock,\" writes noted "
                     "security researcher Graham Cluley on his blog.") == [
        ("Graham Cluley", "writes", "\"Fingerprints are not private, so they are not a good way to unlock,\"")]
    assert _speakers("A noted historian said the war was lost.") == [
        ("A noted historian", "said", "the war was lost")]


def test_rule_reputation_adjective_near_variant_stays_a_cue() -> None:
    assert _speakers("He noted economists disagree about the plan.") == [
        ("He", "noted", "economists disagree about the plan")]


# Rule `statement_noun_after_its_cue_is_no_cue` (rules.py; QA66 801 s15)
def test_rule_statement_noun_after_its_cue_is_no_cue() -> None:
    assert as_shown_and_hedged("The ministry said in its statement that it had full confidence in the courts.") == [
        ("The ministry", "said", "it had full confidence in the courts", False)]


def test_rule_statement_noun_near_variant_stays() -> None:
    assert as_shown_and_hedged("Politifact seized on Trump's claim that there have been thousands of shootings.") == [
        ("Trump", "claim", "there have been thousands of shootings", False)]


# Rule `source_is_no_bare_quantifier` (rules.py; QA66 801 s3)
def test_rule_source_is_no_bare_quantifier() -> None:
    assert [c.source_as_written for c in extract_claims(
        "Ismail faces charges of burglary, according to officials in both countries.")] == [
        "officials in both countries"]


def test_rule_source_is_no_bare_quantifier_near_variant_stays() -> None:
    # a quantifier that opens the source (no preposition before it) was never cut
    assert [c.source_as_written for c in extract_claims("The plan failed, according to both campaigns.")] == [
        "both campaigns"]
    assert [c.source_as_written for c in extract_claims(
        "Ismail faces charges of burglary, according to officials in several provinces.")] == [
        "officials in several provinces"]


# Rule `which_aside_on_a_verbs_object` (rules.py; QA66 908 s13)
def test_rule_which_aside_on_a_verbs_object() -> None:
    assert as_shown_and_hedged("The U.S. Embassy in Kabul condemned the attack, which it said killed more than 20 "
                               "people, \"in the strongest terms.\"") == [
        ("U.S. Embassy", "said", "the attack killed more than 20 people", False)]


def test_rule_which_aside_near_variant_stays() -> None:
    # an object after a preposition may not be what "which" stands for: content as before
    assert as_shown_and_hedged("The farmers lived with their livestock, which he believes has happened, "
                               "for years.") == [
        ("he", "believes", "has happened, for years", False)]


# Rule `quoted_term_is_the_relatives_antecedent` (rules.py; QA66 921 s22)
def test_rule_quoted_term_is_the_relatives_antecedent() -> None:
    assert as_shown_and_hedged("The region is rich in the so-called \"conflict minerals\" that activists say are used "
                               "to fund rebel movements in the area.") == [
        ("activists", "say", "the so-called \"conflict minerals\" are used to fund rebel movements in the area",
         False)]


def test_rule_quoted_term_near_variant_stays() -> None:
    # a term after a preposition, in an aside, named by the cue: the content is as it was
    assert as_shown_and_hedged("He would pay for the increases through \"tax reform,\" which he described as \"making "
                               "sure that companies are paying their fair share.\"")[0][2] == (
        "as \"making sure that companies are paying their fair share.\"")


# Rule `outlet_hearer_before_a_named_subject` (grammar.py; QA66 890 s11)
def test_rule_outlet_hearer_before_a_named_subject() -> None:
    assert as_shown_and_hedged("A senior law enforcement official tells CNN Khan was being investigated by the FBI "
                               "office in North Carolina.")[0][2] == (
        "Khan was being investigated by the FBI office in North Carolina")


def test_rule_outlet_hearer_near_variant_stays() -> None:
    assert as_shown_and_hedged("The official told CNN International that the plan failed.")[0][2] == "the plan failed"


# Rule `subject_split_by_the_source_is_the_contents` (rules.py; QA66 548 s7)
def test_rule_subject_split_by_the_source_is_the_contents() -> None:
    assert as_shown_and_hedged("The answers, experts say, appear to be: 1) Probably, at least for now, "
                               "and 2) Yes.")[0][2] == (
        "The answers appear to be: 1) Probably, at least for now, and 2) Yes")
    assert as_shown_and_hedged("The answers, experts say, are clear.")[0][2] == "The answers are clear"


def test_rule_subject_split_near_variant_stays() -> None:
    # the content has its own subject: the phrase before is no part of it
    assert as_shown_and_hedged("In 2010, he said, the plan failed.")[0][2] == "the plan failed"


# Rule `joiner_alone_is_no_content` (junk.py; QA66 428 s22)
def test_rule_joiner_alone_is_no_content() -> None:
    assert [c.shown_cue for c in extract_claims(
        "According to two participants on the call the speaker gave a full readout of what he planned to say "
        "publicly, and while he reinforced his pledge to avoid the fiscal cliff, he did urge rank and file "
        "members to give him some room to negotiate.")] == ["urge"]


def test_rule_joiner_alone_near_variant_stays() -> None:
    assert as_shown_and_hedged("Cook said Carter stopped the practice, but Cook did not say when.")[-1][2] == "when"


# Rule `cue_before_a_reference_gloss_is_no_claim` (junk.py; QA66 428 s24)
def test_rule_cue_before_a_reference_gloss_is_no_claim() -> None:
    assert [c.shown_cue for c in extract_claims(
        "\"This is the framework that everyone has been talking about,\" the aide said, and admitted, "
        "referring to the two parties' differences on the details on the revenue side.")] == ["said"]


def test_rule_cue_before_a_reference_gloss_near_variant_stays() -> None:
    assert as_shown_and_hedged("The aide admitted that the deal, referring to taxes, was far off.")[0][2] == (
        "the deal, referring to taxes, was far off")


# Rule `not_only_keeps_its_but` (grammar.py; QA66 740 s32)
def test_rule_not_only_keeps_its_but() -> None:
    assert as_shown_and_hedged("RFUK and CED claim that not only can community mapping protect forest people's rights, "
                               "but it can protect the rainforest itself.")[0][2] == (
        "not only can community mapping protect forest people's rights, but it can protect the rainforest itself")


def test_rule_not_only_near_variant_stays_cut() -> None:
    assert as_shown_and_hedged("Smith said the plan would work, but it failed.")[0][2] == "the plan would work"
