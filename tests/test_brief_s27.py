"""Session 27, bottom lines and key points that carry the news (QA rounds 69 and 70): a lead that
misses the headline's event gives way to the sentence that tells it, a lead that names no one or
asks a question opens no note, and a point that turns against the sentence before it is none. Each
rule has a sentence of its kind and a near variant that must stay as it was; the sentences are
written after one read of the articles, none is copied whole from the data sets."""

from __future__ import annotations

import pytest

from summarizer.brief import (
    _misspelt_speakers_unresolved,
    ends_on_a_contrast,
    headline_events,
    is_anchored_by_a_name,
    is_anecdotal_lead,
    is_quoted_question,
    make_brief,
    tells_news_alone,
)
from summarizer.claim_cache import document_claims
from summarizer.document import parse_document
from summarizer.reading import Article


def _bottom_line(text: str) -> str:
    note = make_brief([Article(text=text, source="article.txt")])
    assert note.bottom_line is not None
    return note.bottom_line.text


# --- rule lead_misses_the_headline_event (CNN-Corpus dev 685, rewritten) -------------------------------

BEACH = (
    "Three boys killed as they played on a Gaza beach\n\n"
    "The boys were brothers, playing on the beach as they had done all summer when the shelling started.\n\n"
    "The first shell hit a shed on the pier near the beach.\n\n"
    "Some of the boys ran across the sand to hide.\n\n"
    "{news}\n\n"
    "The army said it is looking into the case and that the strike was aimed at militants.\n\n"
    "Rights groups said more than 40 children have died in the fighting.")
BEACH_NEWS = "The strike on the Gaza City beach killed three boys, aged 8 to 12, from one family."


def test_headline_events_are_its_past_forms_after_its_first_word() -> None:
    assert headline_events(parse_document(BEACH.format(news=BEACH_NEWS))) == {"kill", "play"}
    # a past form opening the headline describes its subject
    assert headline_events(parse_document("Wounded soldier returns home\n\nHe came back on Monday.")) == set()


def test_a_lead_missing_the_headline_event_gives_way_to_the_sentence_that_tells_it() -> None:
    assert _bottom_line(BEACH.format(news=BEACH_NEWS)) == BEACH_NEWS


def test_a_sentence_without_the_event_does_not_replace_the_lead() -> None:
    # near variant: the later sentence holds the headline's words but not its event
    other = "The strike on the Gaza City beach hit three boys, aged 8 to 12, from one family."
    assert _bottom_line(BEACH.format(news=other)).startswith("The boys were brothers")


def test_a_lead_telling_the_event_stays() -> None:
    lead = "Three boys were killed on a Gaza beach on Wednesday when shells hit the sand where they played."
    text = BEACH.format(news=BEACH_NEWS).replace(BEACH.splitlines()[2], lead)
    assert _bottom_line(text) == lead


# --- rule description_anchored_by_a_name ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "anchored"), [
    ("The attack on the Gaza City beach killed four boys.", True),
    ("The fire in Oakland killed 36 people.", True),
    # near variants: nothing names which attack, which boys
    ("The attack came without warning.", False),
    ("The boys were cousins.", False),
])
def test_rule_description_anchored_by_a_name(text: str, anchored: bool) -> None:
    assert is_anchored_by_a_name(text) is anchored


# --- rule possessive_lead_is_anecdotal (CNN-Corpus dev 495) ---------------------------------------------

@pytest.mark.parametrize(("text", "anecdotal"), [
    ('His name means "bright light" in Japanese, and at 18 he is already shining on the rugby stage.', True),
    # near variants: a name later in the sentence says whose; a capitalised word after "Her" is a title
    ("His party lost the vote on Sunday, and Prime Minister Shinzo Abe resigned.", False),
    ("Her Majesty the Queen opened the new bridge.", False),
])
def test_rule_possessive_lead_is_anecdotal(text: str, anecdotal: bool) -> None:
    assert is_anecdotal_lead(text) is anecdotal


def test_a_possessive_lead_gives_way_to_the_sentence_naming_him() -> None:
    text = ("Akira Ioane: the next Jonah Lomu?\n\n"
            'His name means "bright light" in Japanese, and at 18 he is already shining on the rugby stage.\n\n'
            "Less than a year out of school, Akira Ioane made a fine debut at the Wellington Sevens last month "
            "as New Zealand won the event.\n\n"
            "Ioane says he does not like being compared to Lomu.")
    assert _bottom_line(text).startswith("Less than a year out of school, Akira Ioane")


# --- rule quoted_question_is_no_bottom_line (CNN-Corpus dev 128) ----------------------------------------

@pytest.mark.parametrize(("text", "question"), [
    ('"How much did you weigh when you were born?" Dr. Alfred Brann asks the first time we talk.', True),
    ("\u201cWhy now?\u201d the senator asked.", True),
    # near variants: a quotation that states; a question reported in the writer's words
    ('"We will not back down," the senator said on Monday.', False),
    ("The senator asked whether the vote could wait.", False),
])
def test_rule_quoted_question_is_no_bottom_line(text: str, question: bool) -> None:
    assert is_quoted_question(text) is question


# --- rule example_opener_leans_back (flowfx.de) ---------------------------------------------------------

@pytest.mark.parametrize(("text", "alone"), [
    ("Like... copy selected text from a tmux pane to the clipboard.", False),
    ("Such as: paste into a browser from the terminal.", False),
    # near variant: "Like" comparing, not giving an example of what came before
    ("Like many Linux users, I copy text from tmux with the mouse.", True),
])
def test_rule_example_opener_leans_back(text: str, alone: bool) -> None:
    assert tells_news_alone(text) is alone


# --- rule closing_contrast_leans_back (CNN-Corpus dev 488) ----------------------------------------------

@pytest.mark.parametrize(("text", "contrast"), [
    ('The name "Kidd" would not come for several years though.', True),
    ("The team won the cup, however.", True),
    # near variants: "though" opening the sentence, or inside it
    ("Though the rain fell all day, the game went on.", False),
    ("The game went on, even though the rain fell all day.", False),
])
def test_rule_closing_contrast_leans_back(text: str, contrast: bool) -> None:
    assert ends_on_a_contrast(text) is contrast


def test_a_closing_contrast_is_no_key_point() -> None:
    text = ("Radio host Kidd Kraddick dies at 53\n\n"
            "David Kraddick, whose morning radio show aired in nearly 100 cities, has died, his company said.\n\n"
            "He began as a disc jockey in high school.\n\n"
            'The name "Kidd" would not come for several years though.\n\n'
            "He started a charity that sends sick children to Walt Disney World every year.\n\n"
            "The cause of his death was not known on Sunday.")
    note = make_brief([Article(text=text, source="article.txt")])
    assert not any("though" in point.text for point in note.key_points)


# --- rule misspelt_speaker_is_unresolved (CNN-Corpus dev 893) -------------------------------------------

PRIZE = ("Two scientists share the Nobel Prize in Physics\n\n"
         "The physics prize went to Anna Berg of Lund University and Adam G. Riess of Johns Hopkins University, "
         "the academy announced on Tuesday.\n\n"
         "The two teams measured the light of exploding stars.\n\n"
         '{name} called the project "an incredibly exciting adventure" in a statement from the university.\n\n'
         "The prize is worth 10 million kronor.")


def _speakers(text: str) -> dict[str | None, str]:
    document = parse_document(text)
    claims = _misspelt_speakers_unresolved(document, document_claims(document))
    return {c.speaker: c.speaker_kind for c in claims if "adventure" in c.content}


def test_a_misspelt_speaker_is_unresolved() -> None:
    assert _speakers(PRIZE.format(name="Reiss")) == {None: "unresolved"}


def test_a_speaker_spelt_as_introduced_keeps_the_full_name() -> None:
    assert _speakers(PRIZE.format(name="Riess")) == {"Adam G. Riess": "person"}
