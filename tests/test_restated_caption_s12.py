"""Rule `restated_caption` (session 12): a photo caption run into the text
with no stop of its own, which the splitter cuts off the sentence after it
(rule `unstopped_before_pronoun`), often restates a sentence of the same
article nearly word for word (CNN/DailyMail as distributed). It is a worse
copy of a sentence the reader gets anyway: selection takes it only as a
last resort, like a caption that points at a picture. Each case has a near
variant that must stay as it was. The sentences are invented or shortened,
in the shape of the captions found in CNN/DailyMail text."""

from __future__ import annotations

import numpy as np

from summarizer.document import parse_document
from summarizer.summarizers.news import NewsRanker, select_mmr
from summarizer.summarizers.standalone import RESTATED_CAPTION, RESTATED_WINDOW, picture_captions, restated_captions

BODY = (
    "People who have never been divorced can expect a retirement income 13 per cent higher than a colleague "
    "who has been through a divorce."
)
CAPTION = "People who have never been divorced can expect a retirement income 13% higher than a colleague"
STORY = (
    f"{CAPTION} The cost of divorce can wreck retirement many years after the split, a study says. "
    f"{BODY} The report, by a pensions firm, surveyed 1,000 people who retire this year."
)


def test_the_rule_example_is_a_caption() -> None:
    assert RESTATED_CAPTION.name == "restated_caption"
    assert restated_captions(parse_document(RESTATED_CAPTION.example)) == {0}


def test_a_caption_restating_a_later_sentence_is_a_caption() -> None:
    document = parse_document(STORY)
    assert [s.text for s in document.sentences][:1] == [CAPTION]
    assert picture_captions(document) == frozenset({0})


def test_a_caption_restating_an_earlier_sentence_is_a_caption() -> None:
    document = parse_document(
        "Gary Locke will be confirmed as Kilmarnock's permanent manager this week, eight weeks after he took "
        "charge. The club had been looking for a new manager since January. Kilmarnock will confirm Gary "
        "Locke as the club's new permanent manager this week He has impressed the board with results.")
    assert restated_captions(document) == {2}


def test_a_stopped_sentence_restated_is_no_caption() -> None:
    # The same sentence with its stop: the article says it twice, the ranker's redundancy sees to that.
    document = parse_document(f"{CAPTION}. The cost of divorce can wreck retirement. {BODY}")
    assert restated_captions(document) == set()


def test_two_captions_alike_are_no_pair() -> None:
    # Neither ends with a stop: no article sentence says which one is the copy.
    document = parse_document(f"{CAPTION} The cost of divorce can wreck retirement. {CAPTION} The end came.")
    assert restated_captions(document) == set()


def test_a_short_heading_is_no_caption() -> None:
    # Under RESTATED_MIN_WORDS content words: a heading or a label shares its words with anything.
    document = parse_document("Permanent vacation It seems they travel abroad on permanent vacation often.")
    assert restated_captions(document) == set()


def test_a_caption_far_from_its_sentence_is_left() -> None:
    filler = " ".join(f"Filler sentence {n} talks about another topic." for n in range(RESTATED_WINDOW + 2))
    document = parse_document(f"{CAPTION} The cost of divorce can wreck retirement. {filler} {BODY}")
    assert restated_captions(document) == set()


def test_a_caption_that_restates_nothing_is_no_caption() -> None:
    document = parse_document(
        "Killie went unbeaten during Locke's first six games in charge of the club He has impressed the board "
        "not only with results. The club will decide on Friday.")
    assert restated_captions(document) == set()


def test_selection_takes_the_article_sentence_not_its_caption() -> None:
    document = parse_document(STORY)
    analysis = NewsRanker().analyse(document)
    assert 0 in analysis.captions
    scores = np.array([1.0, 0.2, 0.5, 0.1])  # the caption scores best
    assert 0 not in select_mmr(scores, analysis.similarity, 2, 0.5, analysis.units, analysis.captions)
    assert 0 in select_mmr(scores, analysis.similarity, 2, 0.5, analysis.units)  # without the rule it is taken
