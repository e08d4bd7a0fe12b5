"""Junk claims of reader round 70 (junk-s27): each fault class fixed by a
named rule, with a sentence of its kind and a near variant that must stay as
it is. The sentences are written in the manner of the articles; none is read
from the shared data sets."""

from __future__ import annotations

import json

from summarizer import extract_claims
from summarizer.brief import make_brief
from summarizer.reading import Article
from summarizer.render.brief import brief_text
from summarizer.render.claims import claims_markdown

from .claim_helpers import as_shown


# Rule `gerund_before_its_verb_is_no_cue` (QA70 452 s44)
def test_rule_gerund_before_its_verb_is_no_cue() -> None:
    assert as_shown("But to Leonard, writing was just what he did.") == []
    assert as_shown("For the author, reading is a way to escape.") == []


def test_rule_gerund_before_its_verb_near_variants_stay() -> None:
    assert as_shown("The minister spoke on Monday, saying the plan had failed.") == [
        ("The minister", "saying", "the plan had failed")]


# cues.txt: "know" +notto (QA70 452 s31)
def test_knowing_to_do_a_thing_is_no_claim() -> None:
    assert as_shown("When the studios wanted crime stories, they knew to turn to Leonard.") == []
    assert as_shown("Residents know to stay indoors when the sirens sound.") == []


def test_knowing_to_do_near_variant_stays() -> None:
    assert as_shown("Voters knew that he would win.") == [("Voters", "knew", "he would win")]


# act_readings.txt write: book ... (QA70 452 s52)
def test_writing_a_work_is_an_act() -> None:
    assert as_shown('Wise advice from the man who wrote a book called "10 Rules of Writing."') == []
    assert as_shown("Mariano wrote a memoir of her time at the White House.") == []


def test_writing_a_work_near_variant_stays() -> None:
    assert as_shown("She wrote in her memoir that the doctor had lied.") == [("She", "wrote", "the doctor had lied")]


# Rule `free_relative_with_a_stranded_preposition_is_no_claim`, "to" before a hearer (QA70 488 s19)
def test_free_relative_cue_before_its_hearer_is_no_claim() -> None:
    assert as_shown("Last week, Kraddick did a segment on what he'd say to his co-hosts in his final moments.") == []
    assert as_shown("He wrote a column on what he would say to his critics at the meeting.") == []


def test_free_relative_cue_before_its_hearer_near_variants_stay() -> None:
    assert as_shown("What he said to the judge was that the gun was not his.") == [
        ("he", "said", "the gun was not his")]
    assert as_shown("Kraddick told his co-hosts what he would say to them.") == [
        ("Kraddick", "told", "what he would say to them")]


# Rule `advice_to_say_is_the_writers` (QA70 275 s37)
def test_rule_advice_to_say_is_the_writers() -> None:
    assert as_shown("Parents should explain to children that normal business is operating while they are there.") == []
    assert as_shown("Clinton ought to explain why she used a private server.") == []


def test_rule_advice_to_say_near_variants_stay() -> None:
    assert as_shown("Parents explained to children that normal business is operating.") == [
        ("Parents", "explained", "normal business is operating")]
    assert as_shown("Critics say Clinton should also admit that the server was a mistake.") == [
        ("Critics", "say", "Clinton should also admit that the server was a mistake")]


# Rule `causative_object_is_no_source` (QA70 275 s30)
def test_rule_causative_object_is_no_source() -> None:
    assert as_shown("Introduce your children to your colleagues and have them talk about what they do.") == []
    assert as_shown("Let them say what they want.") == []


def test_rule_causative_object_near_variant_stays() -> None:
    assert as_shown("Officials had said the road was closed.") == [("Officials", "said", "the road was closed")]


# Rule `imperative_to_the_reader_is_no_claim` (QA70 275 s48)
def test_rule_imperative_to_the_reader_is_no_claim() -> None:
    assert as_shown("As you enjoy a snack together, ask your child what they liked about the day.") == []


def test_rule_imperative_to_the_reader_near_variants_stay() -> None:
    assert as_shown('"We will win," said his mother.') == [("his mother", "said", '"We will win,"')]
    assert as_shown('"Eat more vegetables," say doctors.') == [("doctors", "say", '"Eat more vegetables,"')]


# Rule `bare_refusal_shows_no_content` (polarity.py; QA70: "declined to comment: to comment")
REFUSAL = ("Police arrest man in Boston.\n\nPolice arrested a man on Tuesday after a fight in a bar in Boston, "
           "officials said.\n\nA university spokeswoman declined to comment.\n\nJohn Smith, the mayor, "
           "declined to comment on the arrest.\n")


def test_rule_bare_refusal_shows_no_content() -> None:
    assert as_shown("A university spokeswoman declined to comment.") == [
        ("A university spokeswoman", "declined to comment", "")]
    assert as_shown("The company declined to comment for this story.") == [
        ("The company", "declined to comment", "")]
    claim = extract_claims("A university spokeswoman declined to comment.")[0]
    assert claim.negated and claim.content_span.start == claim.content_span.end == len(
        "A university spokeswoman declined to comment")


def test_rule_bare_refusal_near_variants_stay() -> None:
    assert as_shown("John Smith, the mayor, declined to comment on the arrest.") == [
        ("John Smith", "declined to comment", "on the arrest")]
    assert as_shown("Smith refused to endorse Trump.") == [("Smith", "refused to endorse", "Trump")]


def test_rule_bare_refusal_views_show_no_colon() -> None:
    markdown = claims_markdown(extract_claims(REFUSAL))
    assert "- **declined to comment** (neutral, indirect, sentence 3)\n" in markdown
    assert "(neutral, indirect, sentence 4): on the arrest" in markdown
    brief = make_brief([Article(REFUSAL, "refusal.txt")])
    assert "declined to comment:" not in brief_text(brief).replace("declined to comment: on the arrest", "")
    assert json.loads(json.dumps(brief.to_dict()))["words_out"] > 0


# Rule `told_hearer_in_a_free_relative_is_no_content`, a hearer with no verb after it (CNN dev 175 s1)
def test_told_hearer_alone_in_a_free_relative_is_no_content() -> None:
    assert as_shown("That at least is what their friend told CNN on Thursday.") == []
    assert as_shown("It is unclear what he told investigators.") == []


def test_told_hearer_alone_near_variant_stays() -> None:
    assert as_shown("He told police the gun was his.") == [("He", "told", "the gun was his")]


# Rule `cue_s_form_after_a_plural_count_is_a_noun` (CNN dev 673 s2)
def test_rule_cue_s_form_after_a_plural_count_is_a_noun() -> None:
    assert as_shown("Two reports released this week indicate that wait times were falsified.") == []
    assert as_shown("Other estimates put the number of newly eligible workers higher.") == []


def test_rule_cue_s_form_after_a_plural_count_near_variants_stay() -> None:
    assert as_shown("Two say they will vote for the plan.") == [("Two", "say", "they will vote for the plan")]
    assert as_shown("Several reports say the plan failed.") == [("Several reports", "say", "the plan failed")]
    assert as_shown("Rio 2016 says 38% of the sites are done.") == [("Rio 2016", "says", "38% of the sites are done")]


# Rule `listed_gerund_ends_no_content` (grammar.content_last; QA70 221 s13: the content stopped at "counseling")
def test_rule_listed_gerund_ends_no_content() -> None:
    assert as_shown("Norman said all her efforts to halt the bullying -- including counseling, reporting the "
                    "harassment to school officials, even removing her daughter from school -- failed to deter "
                    "the alleged bullies.") == [
        ("Norman", "said", "all her efforts to halt the bullying -- including counseling, reporting the harassment "
                           "to school officials, even removing her daughter from school -- failed to deter the "
                           "alleged bullies")]


def test_rule_listed_gerund_near_variant_stays() -> None:
    assert as_shown("The minister praised the plan, saying it would work.") == [
        ("The minister", "saying", "it would work")]
