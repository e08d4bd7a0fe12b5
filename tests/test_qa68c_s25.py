"""Claims of reader round 68 (qa68c-s25): each finding fixed by a named rule,
with a sentence of its kind and a near variant that must stay as it is. The
sentences are written in the manner of the articles; none is read from the
shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import shown_cues

from .claim_helpers import as_shown


# Rule `relative_reply_is_another_speakers_claim` (rules.py; QA68 876 s4, s5)
def test_rule_relative_reply_is_another_speakers_claim() -> None:
    assert as_shown('Kelly demanded that the minister name the killers, to which the minister replied, "I don\'t '
                  'know who was responsible."') == [
        ("Kelly", "demanded", "the minister name the killers"),
        ("the minister", "replied", '"I don\'t know who was responsible."')]
    assert as_shown("The mayor said the budget was balanced, to which the council replied that the figures were "
                  "wrong.") == [("The mayor", "said", "the budget was balanced"),
                                ("the council", "replied", "the figures were wrong")]
    # the denial is the minister's own claim (recall-s26, rules.py `denial_of_what_came_before`)
    assert as_shown("The senator accused the minister of lying to parliament -- which the minister denied.") == [
        ("The senator", "accused", "the minister of lying to parliament"),
        ("the minister", "denied", "the minister of lying to parliament")]


def test_rule_relative_reply_near_variants_stay() -> None:
    # no answering cue after "-- which": the content is as it was
    assert as_shown("The senator accused the minister of lying to parliament -- which was a first.") == [
        ("The senator", "accused", "the minister of lying to parliament -- which was a first")]
    # a relative with a cue of its own on the object keeps its reading
    assert as_shown("The mayor praised the plan, which critics say is too weak.") == [
        ("critics", "say", "is too weak")]


# Rule `relative_that_after_a_document_is_no_content` (grammar.py) and rule
# `testifying_before_or_about_is_no_claim`, refused or negated (junk.py; QA68 449 s1, s4)
def test_rule_refused_testimony_in_a_lawsuit_is_no_claim() -> None:
    assert as_shown("The former aide is refusing to testify in the lawsuit that the victim's family filed against "
                  "the company.") == []
    assert as_shown("He did not testify at his trial, where he was convicted of fraud.") == []


def test_rule_refused_testimony_near_variants_stay() -> None:
    # the verb has its object: a content clause after "lawsuit that"
    assert as_shown("The company alleged in a lawsuit that the firm filed false reports.") == [
        ("The company", "alleged", "the firm filed false reports")]
    # a "that" clause of its own after the setting
    assert as_shown("He refused to testify at the hearing that he had lied.") == [
        ("He", "refused to testify", "he had lied")]
    # a topic left unspoken stays a negated claim
    claims = extract_claims("The senator refused to testify about the e-mail server.")
    assert [(c.content, c.negated) for c in claims] == [("about the e-mail server", True)]


# Rule `told_hearer_in_a_free_relative_is_no_content` (junk.py; QA68 449 s4)
def test_rule_told_hearer_in_a_free_relative_is_no_content() -> None:
    assert as_shown("The death came in what he told police was an attempt to cure insomnia.") == []


def test_rule_told_hearer_near_variant_stays() -> None:
    assert as_shown("He told police the gun was his.") == [("He", "told", "the gun was his")]


# Rule `time_before_an_event_is_no_content` (junk.py; QA68 449 s37)
def test_rule_time_before_an_event_is_no_content() -> None:
    assert as_shown("It is a note the director wrote two weeks before the premiere.") == []


def test_rule_time_before_an_event_near_variant_stays() -> None:
    assert as_shown("Weiner admitted two years ago to sending explicit messages.") == [
        ("Weiner", "admitted", "two years ago to sending explicit messages")]


# Rule `plural_cue_after_an_article_and_adjective_is_a_noun` (junk.py; QA68 358 s4)
def test_rule_plural_cue_after_an_article_and_adjective_is_a_noun() -> None:
    assert "promises" not in shown_cues("Voters want results rather than the empty promises of the campaign.")


def test_rule_plural_cue_near_variant_stays() -> None:
    assert as_shown("The company promises that prices will fall.") == [
        ("The company", "promises", "prices will fall")]


# Rule `knowing_a_thing_after_a_modal_is_no_claim` (junk.py; QA68 web s110)
def test_rule_knowing_a_thing_after_a_modal_is_no_claim() -> None:
    assert as_shown('These are questions of fact, in which we can know "right" answers and figure out what '
                  "works.") == []


def test_rule_knowing_after_a_modal_near_variant_stays() -> None:
    assert as_shown("Scientists can know that the drug works.") == [("Scientists", "know", "the drug works")]


# Rule `telling_ones_own_story_is_an_act` (junk.py; QA68 754 s41)
def test_rule_telling_ones_own_story_is_an_act() -> None:
    assert as_shown("Nobody knew of the camps until the defector told his story.") == []


def test_rule_telling_ones_own_story_near_variant_stays() -> None:
    assert as_shown("A newspaper told the story of a boy who was bullied at school.") == [
        ("A newspaper", "told", "the story of a boy who was bullied at school")]


# act_readings.txt "answer: questions" and "support: travel ..." (rule `act_object_is_no_claim`;
# QA68 449 s12, 938 s7)
def test_answering_questions_and_backing_travel_are_acts() -> None:
    assert as_shown("The witness would not answer any questions.") == []
    assert as_shown("So far, the kingdom has supported space travel.") == []


def test_answering_and_supporting_near_variants_stay() -> None:
    assert as_shown('"No," he answered.') == [("he", "answered", '"No,"')]
    # questions answered on a topic tell what was spoken of (PolNeAR counts them)
    assert shown_cues("Lynch was answering questions about how gender has affected her career.") == ["answering"]
    assert as_shown("The senator supported the plan.") == [("The senator", "supported", "the plan")]


# Rule `speaking_about_a_topic_is_no_claim`, in another's infinitive (junk.py; QA68 754 s36)
def test_rule_speaking_about_a_topic_in_an_infinitive() -> None:
    assert as_shown("The film inspired her to speak about the forgotten labor camps.") == []


def test_rule_speaking_about_a_topic_near_variant_stays() -> None:
    # the speaker's own cue: an article still counts as a word of the topic (PolNeAR counts these)
    assert shown_cues("Obama spoke about the growing wealth gap in the country.") == ["spoke about"]


# Rule `reference_gloss_after_a_quote_is_no_claim`, with a relative on the referent (junk.py; QA68 497 s25)
def test_rule_reference_gloss_with_a_place_relative() -> None:
    assert shown_cues('"It has been used in front of the school," added Smith, referring to the school where three '
                      "children were killed.") == ["added"]


def test_rule_reference_gloss_near_variant_stays() -> None:
    # a clause after a claim noun is what was referred to
    assert "referring to" in shown_cues('"It was stolen," he said, referring to claims that the vote was rigged.')


# Rule `clausal_content_within_its_end` (extract.py, claim_grammar.txt clausal_within_content_cues; QA68 358 s5)
def test_rule_clausal_content_within_its_end() -> None:
    assert as_shown("In short, the primaries add momentum for the party as we draw closer to the election.") == []


def test_rule_clausal_content_within_its_end_near_variants_stay() -> None:
    assert as_shown("Murray added the story had taken the show to the front page.") == [
        ("Murray", "added", "the story had taken the show to the front page")]
    # other +clausal cues still read on to the sentence's end
    assert ("Taliban", "claimed", "responsibility for the attack") in as_shown(
        "The Taliban claimed responsibility for the attack, saying it was revenge.")


# Rule `noun_thought_is_no_hedge` (polarity.py; QA68 358 s31)
def test_rule_noun_thought_is_no_hedge() -> None:
    assert [c.hedged for c in extract_claims(
        'According to the poll, "voters have given a lot of thought to the election."')] == [False]


def test_rule_noun_thought_near_variants_stay_hedged() -> None:
    assert [c.hedged for c in extract_claims("The ship is widely thought to have sunk, officials said.")] == [True]
    assert [c.hedged for c in extract_claims(
        "Scientists say they found a particle long thought to be a building block of matter.")] == [True]


# Rule `number_word_ends_a_name` (names.py; QA68 938 s16, s30, s31)
def test_rule_number_word_ends_a_name() -> None:
    claims = extract_claims("Acme One says profits rose.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Acme One", "organisation")]


def test_rule_number_word_near_variant_stays() -> None:
    assert [(c.source_as_written, c.speaker_kind) for c in extract_claims("One of them said it was over.")] == [
        ("One of them", "unnamed")]


# Rule `lead_in_of_a_quotation_from_an_earlier_sentence` (extract.py; QA68 754 s33-35)
def test_rule_lead_in_of_a_quotation_from_an_earlier_sentence() -> None:
    assert as_shown('The world "didn\'t pay attention. Many people had to suffer. It was shocking to me," he '
                  "said.") == [("he", "said", 'The world "didn\'t pay attention. Many people had to suffer. It '
                                              'was shocking to me,"')]


def test_rule_lead_in_near_variant_stays() -> None:
    assert as_shown('He spoke slowly. "We did not pay attention. It was shocking," he said.') == [
        ("he", "said", '"We did not pay attention. It was shocking,"')]


# Rule `fronted_participle_takes_its_subject` (rules.py; QA68 948 s4)
def test_rule_fronted_participle_takes_its_subject() -> None:
    assert as_shown("Armed with two cannons and a helicopter, according to the navy, the frigate is patrolling "
                  "the coast.") == [("the navy", "according to", "Armed with two cannons and a helicopter, the "
                                                                 "frigate")]


def test_rule_fronted_participle_near_variant_stays() -> None:
    # a fronted time is no participle: the main clause is the claim
    assert as_shown("In 2013, according to the navy, the frigate patrolled the coast.") == [
        ("the navy", "according to", "In 2013 the frigate patrolled the coast")]


# Rule `participle_aside_between_the_subject_and_its_cue` and rule
# `participle_aside_ends_before_its_subjects_cue` after a plural subject (rules.py; QA68 449 s40)
def test_rule_participle_aside_between_the_subject_and_its_cue() -> None:
    assert as_shown('The lawyers, calling it a "smoking gun," argue the e-mail is evidence of pressure.') == [
        ("The lawyers", "calling", 'it a "smoking gun,"'),
        ("The lawyers", "argue", "the e-mail is evidence of pressure")]
    assert as_shown("The senators, calling it a disgrace, said the bill would fail.") == [
        ("The senators", "calling", "it a disgrace"), ("The senators", "said", "the bill would fail")]


def test_rule_participle_aside_near_variants_stay() -> None:
    # a fronted subordinate clause: its subject is no speaker of the main clause
    assert as_shown("While many lawyers, including big donors, opposed those decisions, the base has shown little "
                  "interest.") == []
    # a fronted phrase that names no source before the aside
    assert [c.source_as_written for c in extract_claims(
        "However laudable the goal, using the tax ''is a misguided approach,'' said Mr. Burman.")] == ["Burman"]


# Rule `clause_after_a_fronted_time_is_content` (grammar.py; QA68 220 s12)
def test_rule_clause_after_a_fronted_time_is_content() -> None:
    assert as_shown("In November 2012, the bullying began, Judd said, and it expanded beyond the school.") == [
        ("Judd", "said", "In November 2012, the bullying began and it expanded beyond the school")]


def test_rule_clause_after_a_fronted_time_near_variant_stays() -> None:
    assert as_shown("In a recent interview, Smith said the plan failed.") == [("Smith", "said", "the plan failed")]


# Rule `title_apposition_without_its_closing_comma`, after a quotation (rules.py; QA68 449 s19)
def test_rule_name_after_a_quotation_before_its_role() -> None:
    assert as_shown('"We will win," Smith, the team\'s coach said.') == [("Smith", "said", '"We will win,"')]


def test_rule_name_after_a_quotation_near_variant_stays() -> None:
    assert as_shown('"We will win," the coach said.') == [("the coach", "said", '"We will win,"')]
