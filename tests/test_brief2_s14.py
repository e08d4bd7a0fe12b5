"""Session 14, round 2: what readers of the web test saw in briefs and summaries. Each rule has a
case of its kind and a near variant that stays as it was; the articles are invented after the
kinds the web tester read (a weather story whose headline's point opens with "However")."""

from __future__ import annotations

from summarizer.brief import _stems, headline_turns, make_brief
from summarizer.document import parse_document
from summarizer.reading import Article
from summarizer.summarizers.standalone import sentence_units, without_contrast_opener

# --- rule `contrast_with_the_headline` -----------------------------------------------------------------------------

FROST_TITLE = "Colder Nights Forecast for Friday after Frost Warning Thursday"
FROST = (
    f"{FROST_TITLE}\n\n"
    "Strong northern winds brought the first frost of the autumn to the valley on Thursday morning.\n\n"
    "Farmers covered their young vines with cloth as the frost settled over the fields before dawn.\n\n"
    "The town of Lindow recorded the lowest reading in the region, at minus four degrees.\n\n"
    "However, Friday night is forecast to be colder still, with the nights expected to fall two degrees "
    "below Thursday's.\n\n"
    "Drivers are advised to take care on the hill roads, where ice may form before dawn.\n\n"
    "The weather service said the cold air came from the north and would stay over the valley for days.\n\n"
    "Schools in the valley will open an hour later on Friday so that buses can avoid the icy roads.\n\n"
    "Older people are asked to stay indoors at night and to keep their homes warm.\n\n"
    "Milder weather is expected to return to the valley early next week."
)


def _turns(text: str, title: str) -> frozenset[int]:
    document = parse_document(text)
    stems = [_stems(s.text) for s in document.sentences]
    return headline_turns(document, sentence_units(document), _stems(title), stems)


def test_rule_contrast_with_the_headline() -> None:
    assert without_contrast_opener("However, Friday is forecast to be colder.") == "Friday is forecast to be colder."
    assert without_contrast_opener("But the nights will be colder.") == "the nights will be colder."
    document = parse_document(FROST)
    turn = next(s.index for s in document.sentences if s.text.startswith("However"))
    assert sentence_units(document)[turn] == (turn - 1, turn)  # the summary shows it with the one before
    assert _turns(FROST, FROST_TITLE) == {turn}
    note = make_brief([Article(FROST, "frost.txt")], points=4)
    assert any(p.text.startswith("However, Friday night is forecast") for p in note.key_points)


def test_rule_contrast_with_the_headline_near_variant_stays() -> None:
    # the same sentence under a headline it does not carry; a contrast that also points back with
    # "this"; an opener that is no contrast ("Also, ..."); a quotation's sentence
    assert not _turns(FROST, "Vine Growers Count the Cost of an Early Autumn")
    assert not _turns(FROST.replace("However, Friday night", "However, this Friday night"), FROST_TITLE)
    assert not _turns(FROST.replace("However, Friday night", "Also, Friday night"), FROST_TITLE)
    quoted = FROST.replace("before dawn.\n\nThe town", "before dawn.\n\n\u201cWe lost a row. The town").replace(
        "below Thursday's.", "below Thursday's,\u201d said one farmer.")
    assert not _turns(quoted, FROST_TITLE)
    assert without_contrast_opener("Butter prices rose in May.") is None
    note = make_brief([Article(FROST.replace(FROST_TITLE, "Vine Growers Count the Cost of an Early Autumn"),
                               "frost.txt")], points=4)
    assert not any(p.text.startswith("However") for p in note.key_points)
