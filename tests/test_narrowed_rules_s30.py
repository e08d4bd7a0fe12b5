"""Five claim rules held to what they are for: a closing mark typed one
space early still closes a quotation, a title-case headline's verb is no
part of a body's name, a habit of not saying leaves a stance alone, a
relative after a dash stays with the object, and a relative clause's verb
phrase is never shown as the source. The sentences are written in the
manner of news articles; none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import as_shown, contents, speakers


# Rule `cue_after_an_opening_shaped_mark_closes`
def test_closing_mark_typed_early_before_a_cue_closes_the_quotation() -> None:
    text = '"We won the game, "said coach Dan Ortiz. "The team played hard all night."'
    assert speakers(text) == ["Dan Ortiz"]


def test_closing_mark_typed_early_before_a_name_and_a_cue_closes_the_quotation() -> None:
    assert speakers('"It is over, "Smith said. "We tried our best."') == ["Smith"]


def test_closing_mark_typed_early_before_the_and_a_cue_closes_the_quotation() -> None:
    text = '"We are ready for this fight, "the mayor told reporters on Monday.'
    assert as_shown(text) == [("the mayor", "told", '"We are ready for this fight, "')]


def test_closing_mark_typed_early_before_a_pronoun_and_a_cue_closes_the_quotation() -> None:
    claims = extract_claims('"It is over, "he said. "We tried our best."')
    assert [(c.source_as_written, c.kind) for c in claims] == [("he", "direct")]


def test_dialogue_quoted_after_a_comma_inside_a_quotation_stays_nested() -> None:
    text = '"My father always said, "Never give up." I think about that every day," Ortiz said.'
    assert [(c.speaker, c.kind) for c in extract_claims(text)] == [("Ortiz", "direct")]
    assert contents(text)[0].startswith('"My father always said, "Never give up." I think')
    text = '"I told him, "You are fired." He left," the manager said.'
    assert contents(text) == ['"I told him, "You are fired." He left,"']


def test_capitalised_pronoun_after_the_mark_opens_a_quotation() -> None:
    # the mark before "They think" opens the second quotation: no claim of "They"
    text = ('"A lot of companies think, they can fix one thing, says Mann, who works with companies, "They '
            'think that if they add a health centre then that will do. But it is bigger."')
    assert "They" not in speakers(text)


# Rule `body_word_ends_a_name_in_title_case`
def test_headline_verb_in_s_is_no_part_of_a_body_name() -> None:
    text = ("Trump Visits Federal Emergency Management Agency, Says Storm Aid Is Coming\n\n"
            "President Donald Trump visits the area on Monday. He said aid was coming, and the agency "
            "said it had sent teams.")
    shown = [c.source_as_written for c in extract_claims(text, headlines=True)]
    assert not any(s and "Visits" in s for s in shown)
    assert "the agency" in shown


def test_body_name_ending_in_a_body_word_still_whole_with_news() -> None:
    text = ("Pope to visit\n\nPope Francis will attend the World Meeting of Families next year, Catholic "
            "News Service reported Friday.\n\nThe news service, the bishops' paper, said the pope visits "
            "cities often.")
    assert extract_claims(text)[0].speaker == "Catholic News Service"


# Rule `habit_of_doing_is_no_claim`
def test_habit_of_not_telling_is_no_claim() -> None:
    assert extract_claims("The Pentagon does not usually confirm troop movements in advance.") == []
    assert extract_claims("The Fed does not usually announce rate cuts between meetings.") == []


def test_stance_under_a_habit_and_a_negation_stays_a_claim() -> None:
    assert as_shown("Most doctors do not generally recommend the drug for children.") == [
        ("Most doctors", "do not generally recommend", "the drug for children")]
    assert speakers("Republicans usually don't support tax increases on business.") == ["Republicans"]
    assert contents("The senator does not typically support the party's budget plans.") == [
        "the party's budget plans"]


# Rule `dash_aside_ends_a_stance_object`
def test_relative_after_a_dash_stays_with_the_stance_object() -> None:
    text = "The president praised the troops -- who he said had shown great courage."
    assert as_shown(text) == [("The president", "praised", "the troops -- who he said had shown great courage")]


def test_noun_phrase_aside_after_a_dash_still_ends_the_stance_object() -> None:
    text = "He defended himself from charges of fraud -- including a complaint from a rival that the plan was illegal."
    assert extract_claims(text) == []


# Rule `relative_clause_words_are_no_source`
def test_verb_phrase_of_a_who_clause_is_never_the_source() -> None:
    claims = extract_claims("Hunters who track the deer say the herd has shrunk.")
    assert [(c.source_as_written, c.content) for c in claims] == [(None, "the herd has shrunk")]


def test_whole_who_clause_subject_stays_the_source() -> None:
    assert as_shown("Those who oppose the bridge say it will cost too much.") == [
        ("Those who oppose the bridge", "say", "it will cost too much")]


def test_subject_of_a_who_clause_stays_the_source() -> None:
    # CNN: "... Vice President Farouq al-Sharaa, who rebels say has defected from the regime."
    text = "It is the home province of Vice President Farouq al-Sharaa, who rebels say has defected from the regime."
    claims = extract_claims(text)
    assert [(c.source_as_written, c.content) for c in claims] == [
        ("rebels", "Vice President Farouq al-Sharaa has defected from the regime")]
