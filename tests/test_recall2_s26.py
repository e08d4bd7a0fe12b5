"""Claims a reader expects but the tagger missed (reader round 69c, CNN-Corpus
dev 539): each fix a named rule, with a sentence of its kind and a near
variant that must stay as it is. The sentences are written in the manner of
the article; none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import as_shown


# Rule `circumstance_after_the_cue_is_no_speaker` (rules.py `_describes_who_spoke`; QA69c 539 s24)
def test_rule_circumstance_after_the_cue_is_no_speaker() -> None:
    # "in an interview on Monday" after the cue says when and how; the source stands before the cue
    assert as_shown('"The team was thrilled when the deal closed," Laura Menzies, a co-founder who stayed at '
                  "the lab, said in an interview on Monday.") == [
        ("Laura Menzies", "said", '"The team was thrilled when the deal closed,"')]
    assert as_shown('"The team was thrilled when the deal closed," Laura Menzies, an engineer at the lab, '
                  "said on Monday.") == [("Laura Menzies", "said", '"The team was thrilled when the deal closed,"')]
    assert as_shown("The team was thrilled, Laura Menzies, a biologist at the lab, said in an interview on "
                  "Monday.") == [("Laura Menzies", "said", "The team was thrilled")]


def test_rule_circumstance_after_the_cue_near_variant_stays() -> None:
    # a description with no preposition before it still is the inverted source
    assert as_shown("The team was thrilled, said a police official in Cesena, in northern Italy.") == [
        ("a police official in Cesena", "said", "The team was thrilled")]
    # a phrase that runs past a comma into the writer's clause: the cue is no claim of that clause
    assert as_shown("As Mark, a cheerful pilot with a gift for imitating W.C. Fields, joked with his friend at the "
                  "table, his brother grew impatient.") == []


# Rule `clause_after_a_fronted_phrase_is_content` (rules.py; QA69c 539 s35)
def test_rule_clause_after_a_fronted_phrase_is_content() -> None:
    assert as_shown("For the new models, the company uses chips from Intel Corporation, Mark Ruiz, an executive "
                  "for the chip division, said in an interview on Tuesday.") == [
        ("Mark Ruiz", "said", "For the new models, the company uses chips from Intel Corporation")]


def test_rule_clause_after_a_fronted_phrase_near_variants_stay() -> None:
    # a fronted phrase with no clause after it is no claim (rule `venue_tail_is_never_content`)
    assert as_shown("In 2010, he said in an interview.") == []
    assert as_shown("In 2010, in the elections, he said in an interview on Tuesday.") == []


# Rule `roles_joined_under_one_article_are_one_person` (rules.py; QA69c 539 s16) and
# "co-founder" a people noun (source_nouns.txt)
def test_rule_roles_joined_under_one_article_are_one_person() -> None:
    assert as_shown('Laura Menzies founded the lab in 2001. "We like what they do a lot," the lab co-founder and '
                  "former director said at a conference last year.") == [
        ("the lab co-founder and former director", "said", '"We like what they do a lot,"')]


def test_rule_roles_joined_under_one_article_near_variant_stays() -> None:
    # the phrase does not open the clause: "the director" is the object of "praised", not a speaker
    assert as_shown("The mayor praised the director and former aide said the plan would fail.") == [
        ("former aide", "said", "the plan would fail")]
    # "co-founder" shares the role only when joined under one article; alone it opens no act
    assert as_shown("The company and its co-founder in 2009 agreed to a $7 million settlement with the state "
                  "over allegations that the firm falsely marketed its supplements.") == []


# Rule `agent_named_in_its_sentence` (extract.py, claim_grammar.txt agent_participles; QA69c heartland s19)
def test_rule_agent_named_in_its_sentence() -> None:
    claims = extract_claims("A vehicle driven by Maria Lopez, no age or address reported, was eastbound on Main "
                            "Street when the driver said she lost control on the ice.")
    assert [(c.speaker, c.speaker_kind, c.content) for c in claims] == [
        ("Maria Lopez", "person", "she lost control on the ice")]


def test_rule_agent_named_in_its_sentence_near_variants_stay() -> None:
    # two drivers named in the sentence: which one spoke is not told
    claims = extract_claims("A car driven by Maria Lopez collided with a truck driven by Tom Reed when the driver "
                            "said he lost control.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("the driver", "unnamed")]
    # the driver of another sentence's car is not named here
    claims = extract_claims("A car driven by Maria Lopez was towed. The truck hit a pole, and the driver said he "
                            "lost control.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("the driver", "unnamed")]
