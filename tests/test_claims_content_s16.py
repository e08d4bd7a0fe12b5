"""Claim content and wrong speakers left after session 15 (claims-s16 brief,
QA round 46). Each rule has a sentence of the kind it fixes and a near
variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only


# Rule `inverted_after_a_fronted_adjunct` (rules.py, beside `inverted_after_adverb`)
@pytest.mark.parametrize(("text", "content"), [
    ('Even in the new Iraq, said Monam, there are still many "red lines" that cannot be crossed.',
     'Even in the new Iraq there are still many "red lines" that cannot be crossed'),
    ("At the height of the crisis last year, said Smith, the banks stopped lending.",
     "At the height of the crisis last year the banks stopped lending"),
    ("Years after the war, said Monam, the scars remain.", "Years after the war the scars remain"),
    # review s16: past a relative clause about the source
    ("In the end, said Smith, who had led the team since 2010, the club was sold.", "In the end the club was sold"),
    ("In the village, said the mayor, where most people fish, the water is rising.",
     "In the village the water is rising"),
])
def test_the_claim_goes_on_after_an_inverted_source_past_a_fronted_phrase(text: str, content: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content) == (text.split("said ")[1].split(",")[0], content)


@pytest.mark.parametrize(("text", "content"), [
    ("The new Iraq, said Monam, is free.", "The new Iraq is free"),  # a subject: as before
    ("Currently, said Smith, there are 70 children in the ward.", "Currently there are 70 children in the ward"),
    ('In the new Iraq, "nothing is free," said Monam, "and we pay."',
     'In the new Iraq, "nothing is free," … "and we pay."'),  # a quotation goes on as before
    ("Currently, said Smith, who runs the ward, there are 70 children in it.",
     "Currently there are 70 children in it"),  # past a relative clause, as after a phrase
])
def test_other_inverted_sources_stay_as_they_were(text: str, content: str) -> None:
    assert only(text).content == content


# Rule `word_apostrophe_is_no_quotation_mark` (grammar.holds_a_quotation_mark, rules._holds_a_quote)
def test_a_possessive_in_a_fronted_time_is_no_quotation() -> None:
    text = ("Two weeks before Monday night's debate, in a speech at the Virginia Military Institute, "
            'Romney said the "costly gains" made in Iraq were slipping away.')
    claim = only(text)
    assert (claim.speaker, claim.content) == ("Romney", 'the "costly gains" made in Iraq were slipping away')


def test_a_real_quotation_mark_in_a_fronted_phrase_stays_as_it_was() -> None:
    text = ('Two weeks before the "crucial" debate, in a speech at the Institute, '
            "Romney said the gains were slipping away.")
    assert only(text).content.startswith('Two weeks before the "crucial" debate')


# Rule `speech_event_after_the_hearer_is_no_content` (grammar._skip_hearer)
@pytest.mark.parametrize("text", [
    "Smith told CNN in an interview he would run.",
    "Smith told CNN in a phone call he would run.",
    "Smith told Fox News in a statement he would run.",
    "Smith told the Times in an interview on Sunday he would run.",
])
def test_a_speech_event_after_the_hearer_is_no_content(text: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content) == ("Smith", "he would run")


@pytest.mark.parametrize(("text", "content"), [
    # no hearer: the medium rule never took "in" (s15 tried, and lost "posted on her website")
    ("She wrote in a letter posted on her website that she would run.", "she would run"),
    ("Israel warned people in northern Gaza to move south.", "people in northern Gaza to move south"),
    ("Smith told Fox News in Iowa he would run.", "Fox News in Iowa he would run"),  # a place: as it was
    # review s16: a participle after the statement describes it; the hearer's phrase stays
    ("Police told people in a statement issued on Monday to avoid the area.",
     "people in a statement issued on Monday to avoid the area"),
])
def test_other_phrases_after_a_cue_stay_as_they_were(text: str, content: str) -> None:
    assert only(text).content == content


# Rule `title_apposition_without_its_closing_comma` (rules._name_before_an_unclosed_title)
def test_a_title_after_a_name_with_no_closing_comma_is_the_names() -> None:
    claim = only("Fred Krupp, the President of Environmental Defense Fund said the deal was a good one.")
    assert (claim.speaker, claim.content) == ("Fred Krupp", "the deal was a good one")


@pytest.mark.parametrize(("text", "speaker"), [
    ("In Washington, the president of the Fund said the deal was a good one.", "the president of the Fund"),
    ("Donald Trump, the senator said, is a con man.", "the senator"),  # an aside: the name is its topic
    # review s16: a time, a hearer or a venue before the aside's closing comma
    ("Donald Trump, the president said on Monday, would never win.", "the president"),
    ("Joe Biden, the senator told reporters on Tuesday, is too old to run.", "the senator"),
    ("Who will win? Joe Biden, the pollster said in an interview, is still the favourite.", "the pollster"),
])
def test_a_title_after_other_words_stays_the_subject(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_a_relative_clause_after_the_title_keeps_its_own_subject() -> None:
    text = ("Christopher M. Shelton, the president of the Communications Workers of America, which endorsed "
            "Mr. Sanders in December, said that the polls were wrong.")
    speakers = {c.cue: c.speaker for c in extract_claims(text)}
    assert speakers == {"endorse": "Communications Workers of America", "say": "Christopher M. Shelton"}


# Rule `spokesman_for_a_described_titled_person` (speakers._after_preposition)
@pytest.mark.parametrize("text", [
    "On Wednesday, a spokesman for South African President Jacob Zuma told media that Mandela had been discharged.",
    "A spokesman for French President Emmanuel Macron said the talks failed.",
])
def test_a_spokesman_for_a_described_titled_person_is_not_that_person(text: str) -> None:
    assert (only(text).speaker or "").lower().startswith("a spokesman for")


@pytest.mark.parametrize(("text", "speaker"), [
    ("South African President Jacob Zuma said Mandela had been discharged.", "Jacob Zuma"),
    ("U.S. Attorney for Massachusetts Joshua Levy said the case was closed.", "Joshua Levy"),  # no title after "for"
])
def test_a_titled_person_who_speaks_stays_named(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


# Rule `place_apposition_ends_a_venue` (rules._place_apposition_at_the_end)
@pytest.mark.parametrize("text", [
    "The plane dropped off radar, Truss said at a news conference in the Australian capital, Canberra.",
    "The plane dropped off radar, Truss said at a news conference in Sydney, Australia.",
])
def test_a_venue_ending_in_a_place_apposition_is_no_content(text: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content) == ("Truss", "The plane dropped off radar")


def test_a_clause_before_a_comma_and_a_place_stays_content() -> None:
    # no venue before the comma: the content is the clause after the cue, as it was
    assert only("Truss said at a news conference the plane was lost, Canberra.").content == \
        "the plane was lost, Canberra"
