"""Claims a reader found junk, lost or mis-flagged (claims_fix s28): each
fixed by a named rule, with a news-like sentence that now reads right and a
near variant that must stay as it is. The sentences are written in the
manner of the articles; none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import as_shown, only


# Rule `cue_noun_joined_to_a_noun_is_no_cue` (junk.py): "findings and order", "law and order" are
# nouns; "order" no longer cuts the claim of "said" short
def test_rule_cue_noun_joined_to_a_noun_is_no_cue() -> None:
    assert as_shown("Attorneys for the widow said the judge's findings and order will be prepared "
                    "next week.") == [("Attorneys for the widow", "said",
                                       "the judge's findings and order will be prepared next week")]
    assert extract_claims("The senator's appeal for law and order spoke to older voters.") == []
    assert extract_claims("He ran as a law and order candidate in the fall.") == []


def test_rule_cue_noun_joined_to_a_noun_is_no_cue_near_variants_stay() -> None:
    # a verb after "and": the court orders
    assert [c.cue_text for c in extract_claims("The court may review and order the release of the files.")] \
        == ["order"]
    assert [c.cue_text for c in extract_claims("The judges will meet and order the release.")] == ["order"]
    assert only("He ordered the troops to leave the city.").content == "the troops to leave the city"


# Rule `cue_noun_after_a_superlative_is_no_cue` (junk.py): "the country's highest order" is an honour
def test_rule_cue_noun_after_a_superlative_is_no_cue() -> None:
    assert extract_claims("The president decorated him with the country's highest order, the Hero "
                          "of the Nation.") == []


def test_rule_cue_noun_after_a_superlative_is_no_cue_near_variants_stay() -> None:
    assert as_shown("The latest report from the ministry says prices rose.")[0][1:] == ("says", "prices rose")
    assert only("The general ordered the army to withdraw.").cue_text == "ordered"


# act_readings.txt: ordering food or drink is buying it (rule act_object_is_no_claim)
def test_ordering_food_is_an_act() -> None:
    assert extract_claims("On Saturdays, they will order pizza from there.") == []
    assert extract_claims("Someone will order a cold beer at the bar.") == []
    assert only("The judge ordered the release of the documents.").content == "the release of the documents"


# claim_grammar.txt empty_contents: the writer's transition "that's not all" tells nothing claimed
# (rule circumstance_is_no_content)
def test_transition_that_is_not_all_is_no_content() -> None:
    assert extract_claims("And that's not all, he said.") == []
    assert extract_claims("And that\u2019s not all, the mayor said.") == []
    # what follows the transition is a claim
    assert only("That's not all, she said: the plan will also cut taxes.").content == "the plan will also cut taxes"
    assert only("He said that's not all the money they owe.").content == "that's not all the money they owe"


# Rule `first_clause_runs_past_a_relative_aside` (extract.py): what one knows runs on past a
# relative aside between commas
def test_rule_first_clause_runs_past_a_relative_aside() -> None:
    claim = only("He knew the man, who lived next door, was innocent.")
    assert (claim.cue_text, claim.content) == ("knew", "the man, who lived next door, was innocent")
    assert only("She knew the senator, which few did, would not run again.").content \
        == "the senator, which few did, would not run again"


def test_rule_first_clause_runs_past_a_relative_aside_near_variants_stay() -> None:
    # knowing a person is acquaintance, the aside's verb aside
    assert extract_claims("He knew the man, who lived next door, well.") == []
    assert extract_claims("He knew the man, who lived next door, for years.") == []
    assert extract_claims("Nega knew Meles well, and after the Tigrayans consolidated power, he left.") == []
    assert only("He said he knew the man, who lived next door, was innocent.").content \
        == "he knew the man, who lived next door, was innocent"


# Rule `quotation_said_by_your_plural_is_attributed` (junk.py, with imperative_to_the_reader_is_no_claim):
# after a quotation, "say your neighbours" agrees with its plural source
def test_rule_quotation_said_by_your_plural_is_attributed() -> None:
    claim = only('"We will not leave," say your neighbours.')
    assert (claim.source_as_written, claim.cue_text, claim.content, claim.speaker_kind) == (
        "your neighbours", "say", '"We will not leave,"', "unnamed")


def test_rule_quotation_said_by_your_plural_is_attributed_near_variants_stay() -> None:
    # an imperative to the reader: no quotation before it, or a singular after it
    assert extract_claims("As you enjoy a snack together, ask your child what they liked about the day.") == []
    assert extract_claims('"Is it safe?" ask your doctor.') == []


# A bare cue form after a singular-looking subject is kept: in the claims dump it is a notional
# plural ("A majority of voters say"), an emphatic "did say" or an infinitive far more often than a
# garbled headline
def test_bare_cue_after_a_singular_looking_subject_is_kept() -> None:
    assert only("A majority of Democrats say they would be satisfied with the nominee.").content \
        == "they would be satisfied with the nominee"
    assert only("The former president did say, however, that his wife would be a good leader.").cue == "say"
