"""Claims of reader round 70 (qa70fix-s26): each finding fixed by a named rule,
with a sentence of its kind and a near variant that must stay as it is. The
sentences are written in the manner of the articles; none is read from the
shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import shown_cues

from .claim_helpers import as_shown


# Rule `coordinated_cue_in_a_content_takes_its_subject`, by tense (grammar.joined_by_its_tense;
# QA70 233 s22: the defense was given a belief "thought" of Sirhan's)
def test_rule_past_conjunct_after_but_joins_a_present_cues_content() -> None:
    assert as_shown("The defense argues Sirhan did not knowingly fire at Kennedy but thought he was shooting at "
                  "circular targets on a firing range.") == [
        ("The defense", "argues", "Sirhan did not knowingly fire at Kennedy but thought he was shooting at "
                                  "circular targets on a firing range")]
    assert as_shown("Prosecutors say the driver fired at the car but thought it was empty.") == [
        ("Prosecutors", "say", "the driver fired at the car but thought it was empty")]


def test_rule_past_conjunct_after_but_near_variants_stay() -> None:
    # a past outer cue: the joined cue is the minister's own
    assert as_shown("The minister said the plan was sound but added that it would take time.") == [
        ("The minister", "said", "the plan was sound"), ("The minister", "added", "it would take time")]
    # a present content verb: the joined past cue is not the content's
    assert as_shown("The minister says the plan is sound but added that it would take time.") == [
        ("The minister", "says", "the plan is sound"), ("The minister", "added", "it would take time")]


def _hedged(text: str) -> list[bool]:
    return [c.hedged for c in extract_claims(text)]


# Rule `volitional_would_of_the_reported_speaker_is_no_hedge` (polarity.py; QA70 685 s33)
def test_rule_volitional_would_of_the_reported_speaker_is_no_hedge() -> None:
    assert _hedged("A mother says she would like to take her children away from the line of fire.") == [False]
    assert _hedged("Residents say they would prefer a new road.") == [False]


def test_rule_volitional_would_of_the_reported_speaker_near_variants_stay() -> None:
    assert _hedged("Analysts say investors would want higher returns.") == [True]
    assert _hedged("A mother says she would win the case.") == [True]


# Rule `possibly_after_a_denied_ability_is_no_hedge` and Rule `modal_in_a_denied_showing_is_no_hedge`
# (polarity.py; QA70 233 s3)
def test_rule_denied_showing_is_no_hedge() -> None:
    assert _hedged('"The defendant cannot possibly show that no reasonable juror would have convicted him," the '
                   "attorney general said.") == [False]
    assert _hedged("The prosecutor said the defense did not prove that the gun would have misfired.") == [False]


def test_rule_denied_showing_near_variants_stay() -> None:
    assert _hedged("The senator said the plan could possibly pass.") == [True]
    assert _hedged("The lawyer says he can show that the jury would have acquitted him.") == [True]
    assert _hedged("The lawyer says the jury would have acquitted him.") == [True]


# Rule `modal_in_a_than_clause_is_no_hedge` (polarity.py; QA70 233 s15)
def test_rule_modal_in_a_than_clause_is_no_hedge() -> None:
    assert _hedged("The lawyers say the tape shows two guns fired 13 shots -- five more gunshots than the "
                   "suspect could have fired from his revolver.") == [False]


def test_rule_modal_in_a_than_clause_near_variants_stay() -> None:
    assert _hedged("Officials say more than 100 people could die in the storm.") == [True]
    assert _hedged("Economists say prices could rise faster than wages.") == [True]


# Rule `infinitive_cue_after_a_verbless_phrase_is_no_claim` (junk.py; QA70 452 s18, 685 s45)
def test_rule_infinitive_cue_after_a_verbless_phrase_is_no_claim() -> None:
    assert shown_cues("But Leonard kept his advertising job until 1961, rising at 5 a.m. to write before heading off "
                      "to work.") == []
    assert shown_cues("The army also uses telephone messages, leaflets and nonlethal munitions to warn occupants of "
                      "homes about to be hit.") == []


def test_rule_infinitive_cue_after_a_verbless_phrase_near_variants_stay() -> None:
    assert shown_cues("The minister is expected to announce that the plan will go ahead.") != []
    assert shown_cues("Conservatives will trot out dated and discriminatory arguments to say the law is not needed.") \
        != []


# Rule `possessed_noun_after_whose_is_no_cue` (junk.py; QA70 488 s1)
def test_rule_possessed_noun_after_whose_is_no_cue() -> None:
    assert shown_cues("David Kraddick, whose morning radio show aired in nearly 100 cities, has died.") == []


def test_rule_possessed_noun_after_whose_near_variant_stays() -> None:
    assert as_shown("The man, whose lawyer said the charges were false, was released.") == [
        ("lawyer", "said", "the charges were false")]


# Rule `gerund_in_an_including_list_is_no_cue` (junk.py; QA70 221 s13)
def test_rule_gerund_in_an_including_list_is_no_cue() -> None:
    assert "reporting" not in shown_cues(
        "Norman said all her efforts -- including counseling, reporting the harassment to school officials, even "
        "removing her daughter from school -- failed to deter the bullies.")


def test_rule_gerund_in_an_including_list_near_variant_stays() -> None:
    assert "saying" in shown_cues("The group released its report, including new figures, saying the plan had failed.")


# Rule `passive_agent_before_who_is_the_speaker` (rules.py; QA70 233 s1)
def test_rule_passive_agent_before_who_is_the_speaker() -> None:
    assert as_shown("A controversial assertion by the convicted man to win his freedom was challenged this week by "
                  'the state attorney general who said "overwhelming evidence" exists against his claims.') == [
        ("the state attorney general", "said", '"overwhelming evidence" exists against his claims')]


def test_rule_passive_agent_before_who_near_variant_stays() -> None:
    assert as_shown("The attorney general who said the plan was illegal will resign.") == [
        ("The attorney general", "said", "the plan was illegal")]
