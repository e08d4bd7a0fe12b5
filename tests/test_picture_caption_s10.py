"""Rule `picture_caption` (issue 11, text without paragraphs): a sentence
that points at a picture ("(left)", ", pictured in 2014,", "(file photo)")
is, or holds, a photo caption run into the text, as CNN/DailyMail is
distributed; the reader of a summary has no picture, so selection takes it
only when nothing else is left, and a brief passes it over as a key point.
Each pattern has a sentence of its kind and a near variant that must stay
as it was. The sentences are invented, in the shape of the captions found
in CNN/DailyMail text."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer.brief import make_brief
from summarizer.document import parse_document
from summarizer.reading import Article
from summarizer.summarizers.news import NewsRanker, select_lead_first, select_mmr
from summarizer.summarizers.standalone import PICTURE_CAPTION, picture_captions, points_at_picture, sentence_units


@pytest.mark.parametrize("caption", [
    # a direction in parentheses, alone or joined
    "Liverpool boss Brendan Rodgers (left) hasn't disciplined the winger for the incident.",
    "Lady Gaga (far right) and her friend have both adopted the trend.",
    "Tim Sherwood (from left to right), Les Ferdinand and Chris Ramsey during their time at the club.",
    "Lane (left and right), 22, was shot in the back while jogging.",
    "Three of the tourists tended to the aggressor (background) and held him for police.",
    # "(pictured)" and a parenthesis opening with it
    "Deputy finance minister Dimitris Mardas (pictured) said that Greece will pay on time.",
    "Rojo's wife, Eugenia Lusardo (pictured with Rojo last month) is a lingerie model.",
    # a long one, as Daily Mail pages print a caption after the sentence it copies (session 11)
    "British farms could be put out of business by cheap imports (pictured, broiler chickens at a commercial "
    "poultry farm near Taylorsville, Mississippi)",
    # a photo note
    "The man had recently returned from a holiday in Algeria (file photo).",
    "A student turned to sex work to pay her rent (picture posed by model).",
    # "pictured" as an aside or followed by where
    "Gordon Brown, pictured campaigning this week, has warned that the SNP want a second referendum.",
    "Bride: Liana Barrientos, pictured, has been married ten times.",
    "Pat, 69, pictured left in her fancy dress outfit, enjoys pole dancing.",
    "The retail site, pictured above, offers two free hours of parking.",
    # "Pictured:" opening the sentence
    "Pictured: Operation Overlord in June 1944.",
])
def test_a_sentence_pointing_at_a_picture_is_a_caption(caption: str) -> None:
    assert points_at_picture(caption)


@pytest.mark.parametrize("sentence", [
    # "pictured" as the sentence's verb: the photo is the news
    "Waley-Cohen was famously pictured with the Duchess at the roller disco he organised.",
    "His dead body was pictured on social media today with a head wound.",
    "She pictured herself as a doctor long before medical school.",
    # parentheses that hold no direction, or a direction word in a name or a phrase
    "Stability for the oppressed people of the (Middle East) is the goal, he said.",
    "Alcatra (top sirloin) is a traditional cut in Brazil.",
    "Nine boys (and) two girls grew up in that house.",
    "He coached the side (from 2009 to 2012) before moving abroad.",
    "Imports rose (as predicted by farmers, exporters and ministers at a commercial poultry fair in Mississippi).",
    "Replacements (from): Bozzi, Coutts, Anglesea.",
    # "pictured" without an aside or a place in the picture
    "The suspect, who was pictured by a neighbour, fled on foot.",
    "Police released images of a man pictured near the station.",
])
def test_a_near_variant_is_no_caption(sentence: str) -> None:
    assert not points_at_picture(sentence)


def test_the_rule_example_is_a_caption() -> None:
    assert PICTURE_CAPTION.name == "picture_caption"
    assert points_at_picture(PICTURE_CAPTION.example)


# One block of text, as CNN/DailyMail is distributed: sentence 2 is a caption run into the text.
STORY = (
    "Dundee have vowed to stand by Paul McGowan after the midfielder was spared jail for assault. "
    "The 27-year-old has been placed on a 16-week restriction of liberty order by the court. "
    "McGowan (left) was pictured in action against Dundee United last week as the club backed him. "
    "The club's managing director was present in court to indicate his support for the player. "
    "He will miss two forthcoming games against former club Celtic because he is under house arrest."
)


def test_picture_captions_of_a_document() -> None:
    assert picture_captions(parse_document(STORY)) == frozenset({2})


def test_selection_takes_a_caption_only_as_a_last_resort() -> None:
    document = parse_document(STORY)
    analysis = NewsRanker().analyse(document)
    assert analysis.captions == frozenset({2})
    scores = np.array([0.2, 0.1, 1.0, 0.3, 0.05])  # the caption scores best
    units = analysis.units
    assert 2 not in select_mmr(scores, analysis.similarity, 3, 0.5, units, analysis.captions)
    assert 2 in select_mmr(scores, analysis.similarity, 3, 0.5, units)  # without the rule it is taken
    # Nothing else left: the count asked for wins.
    assert select_mmr(scores, analysis.similarity, 5, 0.5, units, analysis.captions) == [0, 1, 2, 3, 4]


def test_a_unit_that_holds_a_caption_is_no_choice() -> None:
    text = ("Rain fell across the region on Monday. Talks on the budget ended late in the evening. "
            "McGowan (left) was pictured in action against Dundee United last week. "
            "He will miss two games against Celtic because he is under house arrest.")
    document = parse_document(text)
    units = sentence_units(document)
    assert units[3] == (2, 3)  # "He" needs the caption before it
    analysis = NewsRanker().analyse(document)
    scores = np.array([0.2, 0.1, 0.3, 1.0])
    assert select_mmr(scores, analysis.similarity, 2, 0.5, units) == [2, 3]
    assert select_mmr(scores, analysis.similarity, 2, 0.5, units, analysis.captions) == [0, 1]


def test_a_summary_within_words_passes_a_caption_over() -> None:
    document = parse_document(STORY)
    analysis = NewsRanker().analyse(document)
    scores = np.array([0.2, 0.1, 1.0, 0.3, 0.05])
    word_counts = [len(s.text.split()) for s in document.sentences]
    picked = select_lead_first(scores, analysis.similarity, word_counts, 60, 0.5, analysis.units,
                               captions=analysis.captions)
    assert picked[0] == 0 and 2 not in picked
    assert 2 in select_lead_first(scores, analysis.similarity, word_counts, 60, 0.5, analysis.units)


def test_the_default_summary_leaves_the_caption_out() -> None:
    from summarizer.summary import summarize

    summary = summarize(STORY, sentences=3)
    assert all(not points_at_picture(s.text) for s in summary.sentences)


def test_a_brief_passes_a_caption_over() -> None:
    note = make_brief([Article(STORY, "story.txt")])
    shown = [p.text for p in (note.bottom_line, *note.key_points) if p]
    assert shown and all(not points_at_picture(text) for text in shown)
