"""Session 27, second round: bottom lines and key points that miss the news (QA round 71,
CNN-Corpus dev 492, 113, 165, 447, 637). A lead that speaks to the reader, muses on a condition or
goes on from a deck's question opens no note; after such a delayed lead, the sentence that turns
from it to the headline's news ("But ...") may open it; a sentence telling only that someone spoke
("X also weighed in.") is no point. Each rule has a sentence of its kind and a near variant that
must stay as it was; the sentences are written after one read of the articles, none is copied whole
from the data sets."""

from __future__ import annotations

import pytest

from summarizer.brief import (
    addresses_the_reader,
    is_conditional_musing,
    is_speech_without_its_words,
    lead_under_a_question,
    make_brief,
)
from summarizer.document import parse_document
from summarizer.reading import Article


def _note(text: str) -> tuple[str, list[str]]:
    note = make_brief([Article(text=text, source="article.txt")])
    assert note.bottom_line is not None
    return note.bottom_line.text, [p.text for p in note.key_points]


# --- rule reader_addressed_lead_is_a_hook (CNN-Corpus dev 165, 447) ---------------------------------


@pytest.mark.parametrize("text", [
    "As parents we're told again and again to watch small children near a pool.",
    "The singer is borrowing a page from an old playbook: check into rehab before your hearing.",
    "You have probably never heard of the tiny island nation.",
])
def test_a_lead_speaking_to_the_reader_addresses_the_reader(text: str) -> None:
    assert addresses_the_reader(text)


@pytest.mark.parametrize("text", [
    # near variants: someone else's words in quotation marks, and "our" naming the world
    'The mayor said Monday: "We are told nothing about the plan."',
    "The discovery that our universe is expanding earned three scientists the Nobel Prize.",
    "Youssef Ourin, a name, holds none of the words.",
    # an object or a possessive before any colon: the news's own words
    "Scientists are inviting you to take part in waking up a space probe.",
    "The company bought a service for sharing your location with friends.",
    # the writer's "I": a personal essay keeps its lead
    "My girls love sports, but we are not a family that watches baseball.",
])
def test_quoted_words_and_our_are_no_address_to_the_reader(text: str) -> None:
    assert not addresses_the_reader(text)


REHAB = (
    "Pop singer heads to rehab before court date\n\n"
    "Pop singer Dan Marsh is borrowing from an old playbook for staying out of jail: "
    "{lead}\n\n"
    "The singer's arrest on Sunday put him on a path toward a possible prison term.\n\n"
    '"Dan Marsh has chosen to enter a rehab facility," said a statement from his manager on Tuesday.\n\n'
    "There has been no sign that Marsh, 26, has a drug problem.\n\n"
    "A judge found him in violation of his probation last year.\n\n"
    "His next court date is set for next month in Los Angeles.")


def test_a_lead_speaking_to_the_reader_gives_way_to_the_news() -> None:
    bottom, points = _note(REHAB.format(lead="Go to rehab before your court date."))
    assert bottom.startswith('"Dan Marsh has chosen to enter a rehab facility,"')
    # nor is it a key point after the news
    assert not any(p.startswith("Pop singer Dan Marsh is borrowing") for p in points)


def test_a_lead_in_the_writers_own_words_stays() -> None:
    # near variant: the same lead, told of him and not to the reader
    bottom, _ = _note(REHAB.format(lead="go to rehab before the court date."))
    assert bottom.startswith("Pop singer Dan Marsh is borrowing")


# --- rule conditional_lead_is_a_hook (CNN-Corpus dev 492) -----------------------------------------


def test_a_condition_with_a_modal_of_what_would_be_is_a_musing() -> None:
    assert is_conditional_musing("If the great book of song is ever written, Hal Dorn might not need a chapter.")


def test_a_condition_that_states_is_no_musing() -> None:
    # near variants: no modal of what would be ("will" tells what will be); no opening "If"
    assert not is_conditional_musing("If this century belongs to China, then it is worth asking what its idea will be.")
    assert not is_conditional_musing("Hal Dorn might not need a chapter, if the book is ever written.")
    # the writer's "I": a personal essay's story
    assert not is_conditional_musing("If you had asked me a year ago, I would have been hopeful.")
    # "would", "could": the news in its condition (review s27)
    assert not is_conditional_musing(
        "If approved by regulators, the merger of United and Delta would create the largest airline in the world.")
    assert not is_conditional_musing("If convicted, Smith could face up to 20 years in prison.")


SINGER = (
    "Hal Dorn leaves his mark on American song\n\n"
    "{lead}\n\n"
    "He has a part in every chapter of the past 50 years.\n\n"
    "Dorn, who died on Tuesday at age 88, was known for a guitar style that made the instrument a solo voice.\n\n"
    "He played old-time music and pop standards long before the folk boom found him.\n\n"
    "By the late 1960s, Dorn was well known to folk audiences in the cities.")


def test_a_conditional_lead_gives_way() -> None:
    bottom, _ = _note(SINGER.format(
        lead="If the great book of American song is ever written, Hal Dorn might not even need his own chapter."))
    assert not bottom.startswith("If")


def test_a_lead_that_states_stays() -> None:
    bottom, _ = _note(SINGER.format(
        lead="Hal Dorn, a guitarist whose style shaped American song for 50 years, has died at 88."))
    assert bottom.startswith("Hal Dorn, a guitarist")


# --- rule lead_after_a_question_deck_leans_on_it (CNN-Corpus dev 113) -------------------------------

TEETH = (
    "Good or bad teeth? The genetics of tooth decay\n\n"
    'Remember "The Big Book of Bad Smiles" from the cartoon?\n\n'
    "{lead}\n\n"
    "And it was funny!\n\n"
    "Scientists say the health of your teeth depends on genetics as much as on brushing.\n\n"
    "About 60% of the risk of tooth decay appears to be genetic, says Mary Lane, a dental researcher.\n\n"
    "The other 40% has to do with diet and care.")


def test_a_lead_going_on_from_a_question_deck_is_no_point() -> None:
    text = TEETH.format(lead="The dentist used it to scare children into brushing.")
    assert lead_under_a_question(parse_document(text)) == {0}
    bottom, points = _note(text)
    assert bottom.startswith("Scientists say")
    assert not any(p.startswith("The dentist") for p in points)


def test_a_lead_naming_what_it_tells_stays_under_a_question_deck() -> None:
    # near variants: a lead that names its subject; the same lead with no deck
    text = TEETH.format(lead="Dentists in Britain are studying why some children never get cavities.")
    assert lead_under_a_question(parse_document(text)) == set()
    no_deck = TEETH.replace('Remember "The Big Book of Bad Smiles" from the cartoon?\n\n', "")
    assert lead_under_a_question(parse_document(no_deck.format(lead="The dentist used it to scare children."))) == set()


# --- rules hook_gives_way_to_the_headline and turn_from_a_delayed_lead_is_the_news (dev 165) ---------

POOL = (
    "Water safety expert: Drowning is silent\n\n"
    "As adults we're told again and again to keep a close eye on small children around water.\n\n"
    "Most children who drown are under the age of 4.\n\n"
    "They can drown in minutes in very shallow water.\n\n"
    "{turn}\n\n"
    "The boy had been playing in a hotel pool on Sunday with friends.\n\n"
    "Ten people die every day from drowning in the United States, according to health officials.\n\n"
    "A swimmer in trouble cannot call for help, says Ann Lowe, a water safety expert.\n\n"
    "Lowe says only about a third of adults can swim well.")


def test_after_a_hook_the_turn_to_the_headlines_news_opens_the_note() -> None:
    turn = "But the recent death of a 12-year-old at a pool in Texas has experts worried about water safety for teens."
    bottom, _ = _note(POOL.format(turn=turn))
    # (rule bottom_line_reads_alone, s28: no lone "But"; rule cut_opening_shown_verbatim, s29: as written)
    assert bottom == "\u2026 " + turn.removeprefix("But ")


def test_a_turn_off_the_headline_does_not_open_the_note() -> None:
    # near variant: the turn holds none of the headline's words
    turn = "But the recent death of a 12-year-old at a pool in Texas has parents worried about teens."
    bottom, _ = _note(POOL.format(turn=turn))
    assert "recent death" not in bottom and not bottom.startswith("As adults")


# --- rule speech_without_its_words_is_no_point (CNN-Corpus dev 637) --------------------------------


@pytest.mark.parametrize("text", [
    "Baltimore Ravens owner Tom Reed also weighed in.",
    "Former champion Greg Lowe also reacted to the sad news on social media.",
    "The governor took to Twitter on Monday.",
])
def test_telling_only_that_someone_spoke_is_no_point(text: str) -> None:
    assert is_speech_without_its_words(text)


@pytest.mark.parametrize("text", [
    "Baltimore Ravens owner Tom Reed also weighed in, calling the move a mistake.",
    "The senator weighed in with a plan to cut taxes.",
    "The army responded to the attack by shelling the town.",
])
def test_speech_with_what_was_said_stays(text: str) -> None:
    assert not is_speech_without_its_words(text)


DONOR = (
    "Football great Art Dunn dies at 88\n\n"
    "Football great Art Dunn, a hall of famer who spent his later years telling stories on television, has died.\n\n"
    '"The world is not as bright tonight," team owner Steve Bays said Sunday night.\n\n'
    "{line}\n\n"
    '"Art Dunn. RIP. What a big-hearted man!" Reed said in a post on Twitter.\n\n'
    "The team moved from Baltimore to Indianapolis in 1984.\n\n"
    "Dunn played in the league for 12 seasons, starting at age 26 after serving in the war.\n\n"
    "During a book tour, Dunn appeared on a late-night talk show in 1988.")


def test_a_sentence_telling_only_that_someone_spoke_is_no_key_point() -> None:
    _, points = _note(DONOR.format(line="Indianapolis team owner Tom Reed also weighed in."))
    assert not any("weighed in" in p for p in points)
