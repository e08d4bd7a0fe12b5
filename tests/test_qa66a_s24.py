"""Claims findings of reader round 66 (qa66a-s24): hedges, speakers and
claim grammar, each fixed by a named rule, with a sentence of its kind and a
near variant that must stay as it is. The sentences are written in the
manner of the articles; none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims


def _shown(text: str) -> list[tuple[str | None, str, str, bool]]:
    return [(c.source_as_written, c.shown_cue, c.content, c.hedged) for c in extract_claims(text)]


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
    assert _shown("The one-time North Carolina resident, who U.S. and Yemeni officials say was killed with "
                  "Muslim cleric Anwar al-Awlaki in a drone strike Friday morning, used his knowledge of "
                  "computers to help produce a magazine.") == [
        ("U.S. and Yemeni officials", "say", "The one-time North Carolina resident was killed with Muslim "
         "cleric Anwar al-Awlaki in a drone strike Friday morning", False)]


def test_rule_main_verb_after_a_who_aside_near_variant_stays() -> None:
    # a longer past verb already ended the aside (`is_past_form`); the rule adds nothing there
    assert _shown("The resident, who officials say was killed in a drone strike Friday morning, helped "
                  "produce a magazine.") == [
        ("officials", "say", "The resident was killed in a drone strike Friday morning", False)]


# Rule `getting_to_know_someone_is_no_claim` (junk.py; QA66 701 s9)
def test_rule_getting_to_know_someone_is_no_claim() -> None:
    assert _shown("They include Oliver Baker, who got to know William and Catherine at St. Andrew's "
                  "University, and William van Cutsem.") == []


def test_rule_getting_to_know_someone_near_variants_stay() -> None:
    assert _speakers("Oliver Baker got to know that the plan had failed.") == [
        ("Oliver Baker", "got to know", "the plan had failed")]
    assert _speakers("Oliver Baker knew William and Catherine were in love.")[0][2] == (
        "William and Catherine were in love")


# Rule `restrictive_who_takes_the_name_after_with` (rules.py; QA66 428 s17)
def test_rule_restrictive_who_takes_the_name_after_with() -> None:
    assert _shown("That's at odds with Reid who said he opposes \"kicking the can down the road\" "
                  "anymore.") == [("Reid", "said", "he opposes \"kicking the can down the road\" anymore", False)]


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
    assert _shown("The ministry said in its statement that it had full confidence in the courts.") == [
        ("The ministry", "said", "it had full confidence in the courts", False)]


def test_rule_statement_noun_near_variant_stays() -> None:
    assert _shown("Politifact seized on Trump's claim that there have been thousands of shootings.") == [
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
