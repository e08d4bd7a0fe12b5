"""Session 10's review of the summary rules (F13, C2): a lead's unit is
taken whole or not at all, even when it holds a photo caption, and
"pictured" or "left" as a verb, or a lone "(stock)", is no caption. Each
rule has sentences of its kind and near variants that stay as they were;
the sentences are invented, after the reviewer's."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer.document import parse_document
from summarizer.summarizers.news import NewsRanker, select_lead_first
from summarizer.summarizers.standalone import points_at_picture, sentence_units
from summarizer.summary import summarize

# --- rule lead_first_within_words: the lead's unit whole (F13) ---------------------------------

CAPTIONED_LEAD = (
    "Police vow to find attackers\n\n"
    'Police chief John Smith (left) told reporters on Monday: "We will find the people who did this. '
    'We will not rest until they are behind bars."\n\n'
    "The attack happened on Saturday night outside a bar in the city centre. Three men were injured, "
    "one seriously.\n\n"
    "Witnesses said a group of four men ran from the scene towards the railway station. Officers are "
    "studying footage from cameras in the area.\n\n"
    "The city's mayor said she was shocked by the violence and called for calm."
)


def test_a_captioned_leads_quotation_is_shown_whole() -> None:
    document = parse_document(CAPTIONED_LEAD)
    assert sentence_units(document)[0] == (0, 1)
    assert points_at_picture(document.sentences[0].text)
    shown = [s.text for s in summarize(CAPTIONED_LEAD, words=60).sentences]
    assert shown[:2] == [document.sentences[0].text, document.sentences[1].text]
    # near variant: a budget the unit does not fit passes the lead over whole
    analysis = NewsRanker().analyse(document)
    scores = np.array(NewsRanker().score(document))
    word_counts = [len(s.text.split()) for s in document.sentences]
    picked = select_lead_first(scores, analysis.similarity, word_counts, 20, 0.5, analysis.units,
                               captions=analysis.captions)
    assert 0 not in picked and 1 not in picked


# --- rule picture_caption: "pictured" as a verb, a lone "(stock)" (C2) ---------------------------


@pytest.mark.parametrize("sentence", [
    "He closed his eyes, pictured the finish line, and ran the last mile.",
    "The suspect, pictured by witnesses as tall and thin, fled on foot.",
    "Fans pictured left the stadium in tears.",
    "Fans pictured left Wembley in tears.",
    "Shares of the company (stock) fell 5 percent.",
    "The court kept the papers on record (file).",
])
def test_a_verb_or_a_lone_qualifier_is_no_caption(sentence: str) -> None:
    assert not points_at_picture(sentence)


@pytest.mark.parametrize("sentence", [
    # near variants: the captions stay
    "Pat, pictured again with the Elvis impersonator, loves to party.",
    "Smith, pictured left, said the club would appeal.",
    "Smith was pictured left with Rooney after the game.",
    "Students (posed by models) said the rent was too high.",
    "The factory closed in 2019 (stock image).",
    # a page's "(below)" points at what the reader of a summary does not have either
    "See the full list of winners (below).",
])
def test_a_caption_near_a_verb_stays_a_caption(sentence: str) -> None:
    assert points_at_picture(sentence)
