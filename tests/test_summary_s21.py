"""Session 21 summary rules, each with a sentence of its kind and a near
variant that must stay as it is."""

from __future__ import annotations

import pytest

from summarizer.document import parse_document
from summarizer.summarizers.standalone import framing_sentences, is_framing

# --- rule verification_note_is_no_point (rules/framing_sentences.txt) ---------------------------


@pytest.mark.parametrize(("sentence", "framing"), [
    # QA round 59, CNN-Corpus dev 964: the summary picked the newsroom's note
    ("CNN cannot independently confirm reports of violence in Syria, as the country's government "
     "has severely limited the access of international journalists.", True),
    ("CNN could not independently verify Idriss' claim.", True),
    ("The Associated Press was unable to independently confirm the figures.", True),
    ("Reuters was not able to independently verify the account.", True),
    ("We could not independently verify the video.", True),
    # near variants: news after "but", a note that is not the opening, a plain denial of a fact
    ("CNN cannot independently verify daily death tolls, but the United Nations has said more than "
     "100,000 people have been killed in Syria since 2011.", False),
    ("Al-Nouman offered no evidence of the deaths, and CNN cannot independently confirm the claim.", False),
    ("Police could not confirm the report.", False),
    # review s21: an official's hedge on news is no newsroom's note, nor is a passive with no outlet
    ("The Pentagon cannot independently confirm the report.", False),
    ("Pentagon officials cannot independently confirm the death of the ISIS leader, a spokesman said.", False),
    ("The death of the ISIS leader could not be independently verified.", False),
    # a body's reported words: the note is no opening of the sentence
    ("The company said it could not independently confirm that the driver was at fault.", False),
])
def test_rule_verification_note_is_no_point(sentence: str, framing: bool) -> None:
    assert is_framing(sentence) is framing


def test_a_verification_note_is_a_last_resort_of_the_document() -> None:
    text = ("Fuel for Syria\n\nVenezuela has sent diesel to Syria despite sanctions. "
            "CNN cannot independently confirm reports of violence in Syria. "
            "The shipments began in May, officials said.")
    assert framing_sentences(parse_document(text)) == frozenset({1})


# --- rule news_day_states_news (brief.py, review s21) -------------------------------------------

from summarizer.brief import make_brief  # noqa: E402
from summarizer.reading import Article  # noqa: E402


def _bottom_line(text: str) -> str:
    note = make_brief([Article(text, "t.txt")])
    assert note.bottom_line is not None
    return note.bottom_line.text


@pytest.mark.parametrize("lead", [
    "She was shot dead outside her home in Veracruz on Monday, police said, the third journalist killed "
    "in Mexico this year.",
    "In 2014, Russia annexed Crimea; on Monday, its troops crossed into eastern Ukraine, the Ukrainian "
    "government said.",
    "Imagine paying $7 for a gallon of gas: drivers in California did on Monday, as prices hit a record high.",
])
def test_rule_news_day_states_news(lead: str) -> None:
    text = (f"A headline of the day\n\n{lead} The move drew condemnation from Western leaders.\n\n"
            "NATO said it was monitoring the situation. Analysts blamed refinery outages.")
    assert _bottom_line(text) == lead


def test_an_undated_hook_still_opens_no_note() -> None:
    # near variant: the same hook with no day of the news stays a hook
    text = ("Fuel prices hit record\n\nImagine paying $7 for a gallon of gas. "
            "Drivers in California paid a record $6.44 a gallon on average, the auto club AAA said.\n\n"
            "Analysts blamed refinery outages.")
    assert _bottom_line(text).startswith("Drivers in California")
