"""Claims that are no claims and contents that lose their meaning (QA round
s29): each fault class fixed by a named rule or a rules-file entry, with a
sentence of its kind and a near variant that must stay as it is. The
sentences are written in the manner of the articles; none is read from the
shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.junk import CLAUSE_OPENERS_AFTER_A_CUE, CORRELATIVE_LEADS, opens_with_an_auxiliary
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


# Rule `passive_subject_keeps_its_relative_clause`
def test_rule_passive_subject_keeps_its_relative_clause() -> None:
    claim = only("The strike on Monday that killed the commander is believed to be the 21st strike this year.")
    assert claim.content == "The strike on Monday that killed the commander is believed to be the 21st strike this year"
    assert claim.hedged and claim.speaker is None
    assert only("The man who killed her is believed to be in Mexico.").content == \
        "The man who killed her is believed to be in Mexico"


def test_rule_passive_subject_keeps_its_relative_clause_near_variants_stay() -> None:
    assert only("The gunman is believed to have used a rifle.").content == "The gunman is believed to have used a rifle"
    claim = only("Police found the car that is believed to have been used in the attack.")
    assert (claim.source_as_written, claim.content) == (
        "Police", "the car that is believed to have been used in the attack")
    # a "that" clause after a noun is no relative: the walk keeps "the man"
    assert all(not c.content.startswith("Reports")
               for c in extract_claims("Reports that the man is believed to be in Mexico spread quickly."))


# Rule `joined_passive_keeps_the_sentences_subject`
def test_rule_joined_passive_keeps_the_sentences_subject() -> None:
    claim = only("The bill has sat in committee since 2011 and is believed to have little chance of passing.")
    assert claim.content == "The bill is believed to have little chance of passing"
    assert [p.text for p in claim.content_parts] == ["The bill", "is believed to have little chance of passing"]
    assert claim.hedged


def test_rule_joined_passive_keeps_the_sentences_subject_near_variant_stays() -> None:
    assert only("The bill is believed to have little chance of passing.").content == \
        "The bill is believed to have little chance of passing"
    # the subject of a said clause may be the one believed: no subject is given to it
    believed = [c for c in extract_claims("Smith said the man fled and is believed to be in Mexico.")
                if c.cue == "believe"]
    assert believed and all(not c.content.startswith("Smith") for c in believed)


# Rule `document_not_telling_is_no_claim`
def test_rule_document_not_telling_is_no_claim() -> None:
    assert as_shown("The lawsuit does not indicate how much the couple is asking for.") == []
    assert as_shown("The statement did not say when the information would be released.") == []


def test_rule_document_not_telling_near_variants_stay() -> None:
    assert as_shown("Police did not say how they linked him to the killing.") == [
        ("Police", "did not say", "how they linked him to the killing")]
    assert as_shown("The lawsuit indicates how much the couple is asking for.") == [
        ("The lawsuit", "indicates", "how much the couple is asking for")]
    assert as_shown("The report did not say that he lied.") == [("The report", "did not say", "he lied")]
    assert as_shown("The website refused to say whether the clips would stay online.") == [
        ("The website", "refused to say", "whether the clips would stay online")]


# Rule `particle_or_time_is_no_content`: a pronoun and the particle of a phrasal verb
def test_pronoun_and_particle_is_no_content() -> None:
    assert as_shown("Tom Smith refused to rule it out.") == []
    assert as_shown("The governor refused to give it up.") == []


def test_pronoun_and_particle_near_variants_stay() -> None:
    assert as_shown("Tom Smith declined to rule it out, aides said.") == [
        ("aides", "said", "Tom Smith declined to rule it out")]
    assert as_shown("Tom Smith said it up front.") == [("Tom Smith", "said", "it up front")]
    # a bare answer stays: the cue and its negation read with it, and the question stands beside it
    assert as_shown("Asked if he was ever bullied, the candidate said no.") == [("the candidate", "said", "no")]


# Rule `participle_after_a_negated_noun_is_no_claim`
def test_rule_participle_after_a_negated_noun_is_no_claim() -> None:
    assert as_shown("There have been no studies showing that the drug works.") == []
    assert as_shown("But there has been no authoritative research showing whether sugary drinks cause obesity.") == []


def test_rule_participle_after_a_negated_noun_near_variants_stay() -> None:
    assert as_shown("There have been studies showing that the drug works.") == [(None, "showing", "the drug works")]
    assert [c.cue for c in extract_claims(
        "CNN received no response after calling the sheriff's department, but hours later an investigator came.")
    ] == ["call"]


# Rule `source_is_no_clause_nor_adverbial`: a source that opens with an auxiliary, unnamed too
def test_source_opening_with_an_auxiliary_is_shown_as_none() -> None:
    found = extract_claims("Perhaps most telling, though, were the candidates' favorite television shows.")
    assert found, "the sentence must still reach the source check"
    for claim in found:
        assert claim.speaker is None and claim.speaker_span is None and claim.speaker_kind == "unresolved"


def test_source_opening_with_an_auxiliary_near_variant_stays() -> None:
    assert as_shown("Those who have lost friends wonder why they lived.") == [
        ("Those who have lost friends", "wonder", "why they lived")]


def test_opens_with_an_auxiliary_reads_verbs_only() -> None:
    assert opens_with_an_auxiliary("have lost friends")
    assert opens_with_an_auxiliary("is chairman of Our Principles Pac")
    assert not opens_with_an_auxiliary("even some technologists")  # an adverb the walk passes over
    assert not opens_with_an_auxiliary("both candidates")
    assert not opens_with_an_auxiliary("have")


# one list each: the clause openers the fronted-medium rule reads, the correlative leads, the lone counts
def test_word_lists_are_read_from_the_rules_files() -> None:
    assert frozenset({"that", "how", "why", "what", "whether"}) == CLAUSE_OPENERS_AFTER_A_CUE
    assert {"both", "either"} <= CORRELATIVE_LEADS
    assert {"one", "both"} <= LONE_COUNT_SOURCES
    assert as_shown("In the footage, showing that the army had left, a man says the town is calm.") != []
    assert [c.cue for c in extract_claims("Both denied the charges.")] == ["deny"]
