"""Claims grammar and hedges of reader round 67 (qa67c-s24): each fixed by a
named rule, with a sentence of its kind and a near variant that must stay as
it is. The sentences are written in the manner of the articles; none is read
from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import as_shown_and_hedged


# Rule `passive_conjunct_ordered_to_do`, its first conjunct with a phrase (rules.py; QA67 919 s14:
# the ones ordered were shown as the ones who ordered)
def test_rule_passive_conjunct_with_a_phrase_is_no_order() -> None:
    assert as_shown_and_hedged("Maasai activists date their land conflicts with the government to 1992, when they were "
                               "first accused of illegal settling and ordered to move.") == []
    assert as_shown_and_hedged("He was released from jail and ordered to report to his probation officer.") == []


def test_rule_passive_conjunct_with_a_phrase_near_variants_stay() -> None:
    # no "be": the subject gave the order
    shown = as_shown_and_hedged("The activists accused the government of illegal settling and ordered it to leave.")
    assert ("The activists", "ordered", "it to leave") in [(s, cue, content) for s, cue, content, _ in shown]
    # an object after the cue: the subject told someone something
    assert as_shown_and_hedged("He was arrested in Paris and told reporters he was innocent.") == [
        ("He", "told", "he was innocent", False)]


# Rule `hedge_in_a_place_relative_is_no_hedge` (polarity.py; QA67 788 s3)
def test_rule_hedge_in_a_place_relative_is_no_hedge() -> None:
    assert [c.hedged for c in extract_claims(
        "They are consolidating the areas they have gained before moving into the south, where the Islamic "
        "militant group is believed to be, he said.")] == [False]


def test_rule_hedge_in_a_place_relative_near_variant_stays() -> None:
    assert [c.hedged for c in extract_claims("He said the group is believed to be in the south.")] == [True]
    # the hedge before the place relative is the claim's own
    assert [c.hedged for c in extract_claims("The group is believed to be in the south, where the troops are "
                                             "moving, he said.")] == [True]


# Rule `hedge_in_the_subjects_that_clause_is_no_hedge` (polarity.py; QA67 893 s1)
def test_rule_hedge_in_the_subjects_that_clause_is_no_hedge() -> None:
    assert [c.hedged for c in extract_claims(
        "The astounding discovery that our universe apparently is expanding at an accelerating rate has earned "
        "three scientists the Nobel Prize in Physics, the Royal Swedish Academy of Sciences announced.")] == [False]
    assert [c.hedged for c in extract_claims(
        "The theory that a person could be hypnotized into planning a murder is a controversial one, she "
        "wrote.")] == [False]


def test_rule_hedge_in_the_subjects_that_clause_near_variants_stay() -> None:
    assert [c.hedged for c in extract_claims("The universe apparently is expanding, she said.")] == [True]
    # nothing said of the discovery: the clause is the claim
    assert [c.hedged for c in extract_claims(
        "The academy announced the discovery that the universe apparently is expanding.")] == [True]
    # the modal is the main verb's
    assert [c.hedged for c in extract_claims(
        '"The fact that she can be as aggressive as the men might pave the way," she said.')] == [True]


# act_readings.txt "announce: law ... prizes" (rule `act_object_is_no_claim`; QA67 884 s4, 893 s25)
def test_announcing_a_law_or_prizes_is_an_act() -> None:
    assert as_shown_and_hedged("In the coming days, the committee will announce prizes in chemistry, literature and "
                               "peace.") == []
    shown = as_shown_and_hedged('"Asylum seekers who come by boat will never be settled here," said Prime Minister '
                                "Kevin Rudd in a statement announcing the law.")
    assert [cue for _, cue, _, _ in shown] == ["said"]


def test_announcing_a_law_near_variant_stays() -> None:
    assert as_shown_and_hedged("The minister announced that the law takes effect Monday.") == [
        ("The minister", "announced", "the law takes effect Monday", False)]


# Rule `fronted_phrase_before_be_is_content` (rules.py; QA67 919 s11, s26)
def test_rule_fronted_phrase_before_be_is_content() -> None:
    assert as_shown_and_hedged('To restrict their access, the Maasai say, is "a death sentence."')[0][2] == (
        'To restrict their access is "a death sentence."')
    assert as_shown_and_hedged("In it, he says, are their land title deeds.")[0][2] \
        == "In it are their land title deeds"


def test_rule_fronted_phrase_before_be_near_variants_stay() -> None:
    # no "be" right after the source: the fronted phrase is the writer's
    assert as_shown_and_hedged("In 2010, he said, the plan failed.")[0][2] == "the plan failed"
    assert as_shown_and_hedged("In the end, he said, it was a good plan.")[0][2] == "it was a good plan"


# Rule `coordinated_modifiers_share_the_subject` (rules.py; QA67 552 s4)
def test_rule_coordinated_modifiers_share_the_subject() -> None:
    assert as_shown_and_hedged("Worldwide, the construction and demolition sector is thought to contribute over one "
                               "third of all waste.")[0][2] == (
        "the construction and demolition sector is thought to contribute over one third of all waste")


def test_rule_coordinated_modifiers_near_variant_stays() -> None:
    assert as_shown_and_hedged("The police and the army are thought to be responsible.")[0][2] == (
        "The police and the army are thought to be responsible")
    assert as_shown_and_hedged("Worldwide, the construction sector is thought to contribute a third of "
                               "all waste.")[0][2] == (
        "the construction sector is thought to contribute a third of all waste")


# Rule `purpose_after_a_listed_object_has_no_source` (rules.py; QA67 884 s36, 970 s39)
def test_rule_purpose_after_a_listed_object_has_no_source() -> None:
    assert as_shown_and_hedged("The government has kicked off an ad campaign on traditional and social media in "
                               "various pan-Asian languages to warn of the possibility of getting stuck.") == []
    assert as_shown_and_hedged("Interpol uses identifiers such as fingerprints, dental records or DNA samples to "
                               "confirm who was on board the plane.") == []


def test_rule_purpose_after_a_listed_object_near_variants_stay() -> None:
    assert as_shown_and_hedged("Smith and Jones plan to say that the deal is off.") == [
        ("Smith and Jones", "plan to say", "the deal is off", False)]
    assert as_shown_and_hedged("In Paris, Smith and Jones plan to say that the deal is off.") == [
        ("Smith and Jones", "plan to say", "the deal is off", False)]


# cues.txt "know ... +notabout" (rule `not_before_about`; QA67 884 s6)
def test_knowing_about_a_thing_is_no_claim() -> None:
    assert as_shown_and_hedged("They may have not even known about it when the mayhem broke out.") == []


def test_knowing_about_near_variant_stays() -> None:
    assert as_shown_and_hedged("He knew the plan would fail.") == [("He", "knew", "the plan would fail", False)]


# Rule `contact_relative_cuts_no_found_subject` (rules.py; QA67 893 s12)
def test_rule_contact_relative_cuts_no_found_subject() -> None:
    shown = as_shown_and_hedged("Instead, they found that the exploding stars they were using as yardsticks were "
                                "dimmer than expected, indicating that the galaxies were racing away from each other.")
    assert [source for source, _, _, _ in shown] == ["they", "they"]


def test_rule_contact_relative_near_variant_stays() -> None:
    # rule `participle_of_a_found_clause`: the found clause's named subject claims
    shown = as_shown_and_hedged("We find that a new militant group called Lashkar-e-Saif has declared its existence, "
                                "claiming that it carried out the attack.")
    assert [(source, cue) for source, cue, _, _ in shown] == [("Lashkar-e-Saif", "claiming")]


# Rule `clause_cue_before_a_pronoun_clause` (cues.py; QA67 919 s30)
def test_rule_clause_cue_before_a_pronoun_clause() -> None:
    assert as_shown_and_hedged("The Tanzanian government maintains it owns the land.") == [
        ("Tanzanian government", "maintains", "it owns the land", False)]


def test_rule_clause_cue_before_a_pronoun_clause_near_variant_stays() -> None:
    # no verb after the pronoun: "it" is the object
    assert as_shown_and_hedged("They maintained it well for years.") == []
