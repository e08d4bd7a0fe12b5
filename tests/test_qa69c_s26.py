"""Claims of reader round 69 (qa69c-s26, CNN-Corpus dev rows never judged
before): each finding fixed by a named rule, with a sentence of its kind and a
near variant that must stay as it is. The sentences are written in the manner
of the articles; none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import as_shown


# Rule `quote_run_stops_at_a_tail_clause` (quotes.py; QA69 273 s3-s4: the writer's retort went to "they")
def test_rule_quote_run_stops_at_a_tail_clause() -> None:
    text = ('People are clearly thinking, "Wow, she is so old."\n\n'
            '"Hey, 50 is not ancient!" I want to say, but never do.')
    assert as_shown(text) == [("People", "thinking", '"Wow, she is so old."')]


def test_rule_quote_run_stops_at_a_tail_clause_near_variant_runs_on() -> None:
    # a wholly quoted paragraph with no tail clause goes on in the same speaker's words
    text = ('"We will rebuild," the mayor said.\n\n'
            '"Every house on this street will stand again, and we will be here."')
    assert as_shown(text) == [("the mayor", "said", '"We will rebuild," … "Every house on this street will '
                                                  'stand again, and we will be here."')]


# Rule `joined_clause_ends_a_stance_object` (junk.py; QA69 623 s29: "threatens: the cave's beauty, and ...")
def test_rule_joined_clause_ends_a_stance_object() -> None:
    assert as_shown("Human influence threatens the cave's unique beauty, and visitors must tread lightly, "
                  "taking away anything they bring.") == []
    assert as_shown("The union threatened a strike, and the company must now decide what to offer.") == []


def test_rule_joined_clause_ends_a_stance_object_near_variants_stay() -> None:
    # a judgment after the object keeps the stance; a verb right after "and" shares the subject
    assert as_shown("He criticized the plan as a giveaway, and critics agreed.") == [
        ("He", "criticized", "the plan as a giveaway")]
    assert as_shown("Obama threatened a veto, and said the bill would fail.") == [
        ("Obama", "said", "the bill would fail")]


# Rule `pledging_an_amount_is_an_act`, with "charge" (junk_readings.txt amount_cues; QA69 867 s13)
def test_rule_charging_a_price_is_an_act() -> None:
    assert as_shown("Organizers are charging about $600 a head for an audience of about 500 people.") == []


def test_rule_charging_a_price_near_variant_stays() -> None:
    # a clause after the sum is what was charged
    assert as_shown("She charged $600 was missing from the account.") == [
        ("She", "charged", "$600 was missing from the account")]


# Rule `particle_or_time_is_no_content`, with a place adverb (claim_grammar.txt place_adverbs; QA69 539 s17)
def test_rule_place_and_time_is_no_content() -> None:
    assert as_shown('Forstall echoed that onstage Tuesday, saying: "This still blows me away."') == [
        ("Forstall", "saying", '"This still blows me away."')]


def test_rule_place_and_time_near_variant_stays() -> None:
    # a place adverb after the subject is no part of the source, and the content is kept
    assert as_shown("Officials here said the talks would resume Tuesday.") == [
        ("Officials", "said", "the talks would resume Tuesday")]


# Rule `gerund_after_to_has_no_source_before_it` (junk.py; QA69 128 s39: source "intensive-care tiny")
def test_rule_gerund_after_to_has_no_source_before_it() -> None:
    assert as_shown('I have moved from saving the critical, intensive-care tiny babies to finally asking myself, '
                  '"Where are all of these babies coming from?"') == []


def test_rule_gerund_after_to_near_variant_stays() -> None:
    # a participle after a comma has its subject
    assert as_shown('The senator turned to the crowd, saying, "We will win."') == [
        ("The senator", "saying", '"We will win."')]


def test_rule_gerund_after_to_subject_with_its_verb_stays() -> None:
    # the subject's own verb before "to": the subject speaks
    assert as_shown("Cruz pivoted to arguing that the epidemic was one more reason to secure the border.") == [
        ("Cruz", "pivoted to arguing", "the epidemic was one more reason to secure the border")]


def test_rule_gerund_after_a_compound_preposition_stays() -> None:
    # "in addition to stating": the frame is left to the other rules, as before
    text = "In addition to stating that unborn babies have no rights, Clinton has vowed to repeal the amendment."
    assert [c.content for c in extract_claims(text)][:1] == ["unborn babies have no rights"]


def test_rule_quote_run_tail_clause_near_variant_with_that_stays() -> None:
    # "He said, twice, that ...": a claim of its own after the run, which is not cut
    text = ('"Our jobs are leaving," Mr. Trump said. "That is my wheelhouse." He said, twice, that he was going '
            'to get back to work.')
    assert as_shown(text)[0] == ("Trump", "said", '"Our jobs are leaving," … "That is my wheelhouse."')


# Rule `fronted_clause_content_runs_past_an_aside` (grammar.py; QA69 273 s12: "they found: women")
def test_rule_fronted_clause_content_runs_past_an_aside() -> None:
    assert as_shown("While they found that women, on average, take more selfies than men, the situation "
                  "reverses itself after age 40.") == [
        ("they", "found", "women, on average, take more selfies than men")]


def test_rule_fronted_clause_content_runs_past_an_aside_near_variant_stays() -> None:
    # a new subject after the aside: the first comma closed the fronted clause
    assert as_shown("While officials denied the report, in Washington, the mood was grim.") == [
        ("officials", "denied", "the report")]
