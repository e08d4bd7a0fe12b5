"""Claims that are no claims and contents that lose their meaning (QA round
s29): each fault class fixed by a named rule or a rules-file entry, with a
sentence of its kind and a near variant that must stay as it is. The
sentences are written in the manner of the articles; none is read from the
shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.junk import CLAUSE_OPENERS_AFTER_A_CUE, CORRELATIVE_LEADS
from summarizer.claims.speakers import LONE_COUNT_SOURCES

from .claim_helpers import as_shown, only


# claim_grammar.txt who_described_pronouns: many some most few several all
# (rule `those_who_is_the_description`)
def test_quantifier_before_a_who_clause_is_the_description() -> None:
    assert as_shown("Many who read the report felt it was unfair.") == [
        ("Many who read the report", "felt", "it was unfair")]
    assert as_shown("Some who know him say he is kind.") == [("Some who know him", "say", "he is kind")]


def test_quantifier_before_a_who_clause_near_variants_stay() -> None:
    assert as_shown("Those who read the report felt it was unfair.") == [
        ("Those who read the report", "felt", "it was unfair")]
    claim = only("He thanked many who helped, and said the work was done.")
    assert (claim.source_as_written, claim.content) == ("He", "the work was done")


# claim_grammar.txt compound_heads_after_a_cue: form forms (rule `cue_word_in_a_compound_noun_is_no_cue`)
def test_cue_word_before_forms_is_no_cue() -> None:
    assert as_shown("The firm will buy the paper and order forms.") == []
    assert as_shown("Officials said claim forms were lost.") == [("Officials", "said", "claim forms were lost")]


def test_cue_word_before_forms_near_variant_stays() -> None:
    assert as_shown("The judge will read the motion and order a new trial.") == [
        ("The judge", "order", "a new trial")]


# one list each: the clause openers the fronted-medium rule reads, the correlative leads, the lone counts
def test_word_lists_are_read_from_the_rules_files() -> None:
    assert CLAUSE_OPENERS_AFTER_A_CUE == frozenset({"that", "how", "why", "what", "whether"})
    assert {"both", "either"} <= CORRELATIVE_LEADS
    assert {"one", "both"} <= LONE_COUNT_SOURCES
    assert as_shown("In the footage, showing that the army had left, a man says the town is calm.") != []
    assert [c.cue for c in extract_claims("Both denied the charges.")] == ["deny"]
