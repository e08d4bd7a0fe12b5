"""Junk claims and hedges of session 17 (closing note s16 "Not done", web
tests s16/s16b): each kind has a sentence it changes and a near variant that
must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import as_written, described


# Rule `act_object_is_no_claim` (act_readings.txt agree: @on, endorse: anyone, order: airstrikes)
@pytest.mark.parametrize("text", [
    "The groups can't agree on a candidate, so they haven't endorsed anyone.",
    "Obama has been active, ordering airstrikes targeting ISIS in Iraq.",
])
def test_agreeing_on_a_thing_or_ordering_strikes_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "triple"), [
    ("Obama ordered that the strikes stop.", ("Obama", "order", "the strikes stop")),
    ("The groups agreed on Monday that the vote would go ahead.",
     ("The groups", "agree", "the vote would go ahead")),
    ("Not everyone agrees on who is a terrorist.", ("Not everyone", "agree", "on who is a terrorist")),
    ("They endorsed Warren.", ("They", "endorse", "Warren")),
])
def test_a_clause_a_question_or_a_named_choice_stays(text: str, triple: tuple[str, str, str]) -> None:
    assert as_written(text) == [triple], described(text)


def test_a_stranded_preposition_before_a_dash_leaves_no_cue_of_the_list() -> None:
    text = ("They stuck to issues that most Republicans can agree on \u2014 opposition to Clinton "
            "and supporting the military and police.")
    assert extract_claims(text) == [], described(text)


# Rule `naming_a_topic_is_no_claim` (topic_readings.txt emphasize: concerns, cite: statements)
@pytest.mark.parametrize("text", [
    "Centrist figures emphasized their concerns about her leftism.",
    "Okwudire cited statements made last year by one company executive about the issues holding the industry back.",
])
def test_concerns_stressed_or_statements_cited_are_topics(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "content"), [
    ("Centrist figures emphasized that she could not win.", "she could not win"),
    ("Okwudire cited statements that show the market is weak.", "statements that show the market is weak"),
    ("Okwudire cited statements made the market fall.", "statements made the market fall"),
    ("Okwudire cited remarks made by the chief executive as proof the market was weak.",
     "remarks made by the chief executive as proof the market was weak"),
])
def test_a_stated_concern_or_a_statement_given_stays(text: str, content: str) -> None:
    assert [c.content for c in extract_claims(text)] == [content], described(text)


# Rule `act_object_is_no_claim`: a quotation a naming word brings in is a title, not words said
def test_a_titled_quotation_is_no_statement() -> None:
    text = ('The journal Mechatronics recently published the lab\'s findings in a paper titled: '
            '"A limited-preview filtered approach to tracking control."')
    assert extract_claims(text) == [], described(text)


def test_words_quoted_after_the_findings_stay() -> None:
    text = 'The journal published the lab\'s findings, saying "the printers shake less than we thought."'
    assert as_written(text) == [("The journal", "say", '"the printers shake less than we thought."')], described(text)


# Rule `demonstrative_that_before_as_is_no_claim` (JUNK_RULES)
def test_that_pointing_back_before_as_is_no_clause() -> None:
    text = "Obama touted that as a promise kept."
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "content"), [
    ("Obama touted the law as a promise kept.", "the law as a promise kept"),
    ("He said that as the economy grew, jobs returned.", "as the economy grew, jobs returned"),
])
def test_an_object_or_a_clause_after_that_stays(text: str, content: str) -> None:
    assert [c.content for c in extract_claims(text)] == [content], described(text)


# Rule `forecast_act_is_no_claim` (JUNK_RULES, claim_grammar.txt forecast_leads)
@pytest.mark.parametrize("text", [
    "Opposition MPs are already expected to support moves to protect standards.",
    "Democrats are likely to back the bill.",
    "The minister is expected to announce the results on Monday.",
])
def test_an_act_the_writer_expects_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "triple"), [
    ("Opposition MPs support moves to protect standards.",
     ("Opposition MPs", "support", "moves to protect standards")),
    ("The president is expected to announce that taxes will rise.",
     ("The president", "announce", "taxes will rise")),
    ("The president is expected to say the plan is dead.", ("The president", "say", "the plan is dead")),
])
def test_a_stance_held_or_a_clause_expected_stays(text: str, triple: tuple[str, str, str]) -> None:
    assert as_written(text) == [triple], described(text)


# Rule `circumstance_is_no_content` (claim_grammar.txt empty_contents: to_do, to_do_so)
@pytest.mark.parametrize("text", [
    "That's what Al Anstey, the managing director of Al Jazeera English, promised to do.",
    "He promised to do so.",
])
def test_a_pro_verb_whose_object_went_before_is_no_content(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_a_pro_verb_with_its_object_stays() -> None:
    assert as_written("He promised to do more.") == [("He", "promise", "to do more")]


# Rule `cue_in_a_hypothetical_condition_is_no_claim` (JUNK_RULES)
@pytest.mark.parametrize("text", [
    "Air France-KLM are partnered with Delta, meaning if a member of Delta's SkyMiles program can't find the "
    "reward seat they want, they could always try using those miles to book with Air France.",
    "If Smith said that the mayor lied, he would be sued.",
])
def test_a_cue_in_a_supposed_case_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "triple"), [
    ("But if Carson implied that he was poor, he did not follow up on it.", ("Carson", "imply", "he was poor")),
    ("If Smith said that the mayor lied, nobody heard it.", ("Smith", "say", "the mayor lied")),
    ("Smith said that if the mayor lied, he would resign.", ("Smith", "say", "if the mayor lied, he would resign")),
])
def test_a_granted_condition_or_a_condition_inside_the_content_stays(text: str, triple: tuple[str, str, str]) -> None:
    assert as_written(text) == [triple], described(text)


# Rule `cue_in_a_document_subhead_is_no_claim` (JUNK_RULES)
def test_a_document_subhead_line_is_no_claim() -> None:
    text = ("Gaza fighting goes on.\n\nPolls: Israelis don't want cease-fire, Palestinians don't want two-state "
            "solution.\n\nWhile most casualties are in Gaza, Israel fights on.\n")
    assert extract_claims(text) == [], described(text)


def test_a_document_label_line_without_a_cue_and_a_finding_in_running_text_stay() -> None:
    text = ("Gaza fighting goes on.\n\nPolls: Sanders leads in Iowa.\n\n"
            "The poll found that Israelis don't want a cease-fire.\n")
    assert as_written(text) == [("Polls", ":", "Sanders leads in Iowa"),
                              ("The poll", "find", "Israelis don't want a cease-fire")], described(text)


# Rule `generic_relative_is_no_hedge` and Rule `past_belief_could_is_no_hedge` (polarity.py HEDGE_SCOPE_RULES)
@pytest.mark.parametrize("text", [
    "Gary Leff notes that some carriers have hidden value that one might not realize from simply skimming "
    "their policy page online.",
    '"We really thought we could trust the Egyptian judicial system to be fair," Sue Turton said.',
])
def test_a_generic_relative_or_a_past_belief_is_no_hedge(text: str) -> None:
    claims = extract_claims(text)
    assert len(claims) == 1 and not claims[0].hedged, described(text)


@pytest.mark.parametrize("text", [
    "Gary Leff notes that the risk is that one might not realize the value.",
    '"We think we could trust the Egyptian judicial system to be fair," Sue Turton said.',
    '"We could trust the Egyptian judicial system," Sue Turton said.',
])
def test_a_modal_of_the_speakers_own_stays_a_hedge(text: str) -> None:
    claims = extract_claims(text)
    assert len(claims) == 1 and claims[0].hedged, described(text)
