"""A dateline glued to a speaker's name: "Rome Raffaele Sollecito was a ..."
(a CNN dateline whose credit and dash were stripped) gave the speaker "Rome
Raffaele Sollecito", and the fullest form then won for every later "Sollecito".
Rule `glued_place_before_a_name` (summarizer.cleanup, read by the names layer); the names layer
also starts after a dateline cleanup's one reader finds ("Bangkok, Thailand
The Thai government said ...")."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.cleanup import glued_place_length
from summarizer.mentions import find_mentions

LATER = ' "I am innocent," Sollecito said.'


def _names(sentence: str, opens_body: bool = True) -> list[str]:
    return [n.text for n in find_names(tokenize(sentence, 0, len(sentence)), opens_body=opens_body)]


@pytest.mark.parametrize("opening", [
    "Rome Raffaele Sollecito was a 23-year-old computer science student when he was arrested.",
    "ROME Raffaele Sollecito said he had been in a nightmare.",
])
def test_a_place_glued_to_a_name_is_no_part_of_the_speaker(opening: str) -> None:
    claims = extract_claims(opening + LATER)
    assert claims and {c.speaker for c in claims} == {"Raffaele Sollecito"}


def test_a_place_glued_to_a_name_is_no_part_of_a_mentioned_name() -> None:
    mentions = find_mentions(["Rome Raffaele Sollecito was a student when he was arrested.",
                              "Sollecito said he was innocent."])
    assert "Raffaele Sollecito" in [m.name for m in mentions]
    assert not any(m.name.startswith("Rome") for m in mentions)


@pytest.mark.parametrize(("sentence", "place"), [
    ("Rome Raffaele Sollecito was a student when his girlfriend's roommate was found dead.", "Rome "),
    ("ROME Raffaele Sollecito said he had been in a nightmare.", "ROME "),
    ("Los Angeles Chris Brown has entered rehab.", "Los Angeles "),  # a known first name
    # near variants that stay names
    ("Rome Mayor Ignazio Marino said he would pay.", ""),  # a title after the place
    ("New York Times reporter James Risen said he would not testify.", ""),  # a body: one word after
    ("Paris Hilton said she was thrilled.", ""),  # a place and one word is a name
    ("Florence Welch Smith said she was thrilled.", ""),  # a first name that is a place word
    ("Los Angeles Police Department officers said he fled.", ""),  # an organisation word
    ("London Heathrow Airport said his flight was late.", ""),  # a place noun ends the run
    ("Hong Kong Economic Times reported the arrest.", ""),  # no sign of a person
    ("Moscow Red Square was closed on Monday.", ""),
])
def test_glued_place_before_a_name(sentence: str, place: str) -> None:
    # cleanup's one reader of it (session 9), which the names layer reads too
    assert glued_place_length(sentence) == len(place)


def test_the_near_variants_keep_their_speakers() -> None:
    assert [c.speaker for c in extract_claims("Rome Mayor Ignazio Marino said the city would pay.")] == [
        "Ignazio Marino"]
    assert [c.speaker for c in extract_claims("Paris Hilton said she was thrilled.")] == ["Paris Hilton"]
    assert [c.speaker for c in extract_claims("Florence Welch Smith said she was thrilled.")] == [
        "Florence Welch Smith"]


def test_only_the_first_sentence_of_the_body_has_a_glued_dateline() -> None:
    sentence = "Rome Raffaele Sollecito was a student when his girlfriend was killed."
    assert _names(sentence)[0] == "Raffaele Sollecito"
    assert _names(sentence, opens_body=False)[0] == "Rome Raffaele Sollecito"


def test_a_name_starts_after_the_dateline_the_reader_finds() -> None:
    # cleanup's rule `glued_dateline`, read by the names layer through claims.grammar `after_dateline`
    claims = extract_claims("Bangkok, Thailand The Thai government said Monday that it had found explosives.")
    assert [c.speaker for c in claims] == ["The Thai government"]
