"""Briefs and summaries 2, session 16: sentences a summary or a note takes only as a last resort or with the
one before. Each rule has a sentence of its kind and a near variant that stays; the sentences are invented
after the kinds read."""

from __future__ import annotations

from summarizer.document import parse_document
from summarizer.summarizers.standalone import (
    ends_on_a_colon,
    framing_sentences,
    holds_bare_count,
    is_post_stamp,
    leans_on_the_sentence_before,
)

# --- rule `colon_end_announces_what_follows` (summarizers/standalone.py) ----------------------------------------


def test_rule_colon_end_announces_what_follows() -> None:
    assert ends_on_a_colon("There are four main areas where the company does this:")
    assert ends_on_a_colon("She read the statement aloud:\u201d")
    document = parse_document("Pharmacy news\n\nThe chain grew fast last year.\n\n"
                              "There are four main areas where it works:\n\nIt runs shops in many towns.")
    assert framing_sentences(document) == frozenset({1})


def test_rule_colon_end_announces_what_follows_near_variant_stays() -> None:
    for text in ("The reason is simple: money.", "He said: \u201cWe will win.\u201d", "Time: 3 p.m. on Sunday."):
        assert not ends_on_a_colon(text), text

# --- rule `post_stamp_is_no_point` (summarizers/standalone.py) --------------------------------------------------


def test_rule_post_stamp_is_no_point() -> None:
    assert is_post_stamp("HEART OF EMPIRE \u2014 August 13, 2015, 11:32 am Undelivered Goods How $1.8 billion "
                         "in aid was funneled offshore")
    assert is_post_stamp("13 August 2015 09:05 Bank Collapses In Kyiv")
    document = parse_document("Bank news\n\nThe bank collapsed on Friday.\n\n"
                              "August 13, 2015, 11:32 am Undelivered Goods How $1.8 billion in aid to Ukraine "
                              "was funneled to the outposts of the international finance galaxy\n\n"
                              "Investors lost their savings.")
    assert framing_sentences(document) == frozenset({1})


def test_rule_post_stamp_is_no_point_near_variant_stays() -> None:
    for text in ("August 13, 2015, 11:32 am Police said the road was shut.",
                 "August 13, 2015 was the day the bank collapsed",
                 "On August 13, 2015, at 11:32 am, the bank collapsed",
                 "August 13, 2015, 11:32 am updated by staff"):
        assert not is_post_stamp(text), text


# --- rule `bare_count_points_back` (summarizers/standalone.py) --------------------------------------------------


def test_rule_bare_count_points_back() -> None:
    for text in ("Clinton reflected on the conversations the two have had.", "The three were friends.",
                 "He spoke with the two of them.", "He thanked the two."):
        assert holds_bare_count(text) and leans_on_the_sentence_before(text), text


def test_rule_bare_count_points_back_near_variant_stays() -> None:
    for text in ("The two sides have agreed to talk.", "They backed the two-state solution.",
                 "Obama met Clinton, and the two spoke for an hour.", "She won the two races."):
        assert not holds_bare_count(text), text
