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
