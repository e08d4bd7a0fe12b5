"""Session 17 wave 2, briefs: the web tester's (s17) findings on what a
summary and a note pick. Each rule has a case of its kind and a near variant
that stays as it was; the sentences are invented after the kinds read."""

from __future__ import annotations

from summarizer.document import parse_document
from summarizer.summarizers.standalone import opens_by_pointing_back

# --- rule `time_of_the_sentence_before` (rules/back_pointing_openers.txt) ----------------------------------------


def test_rule_time_of_the_sentence_before() -> None:
    # web tester s17, standard.co.uk: "At the time" is the time of the announcement told before
    assert opens_by_pointing_back("At the time, Denmark was recording a seven-day rate of 65.2 cases.")
    assert opens_by_pointing_back("At that time the bridge carried 40,000 cars a day.")
    assert opens_by_pointing_back("By then, the fire had spread to the roof.")
    assert opens_by_pointing_back("\u201cAt that point we had no water left,\u201d she said.")


def test_rule_time_of_the_sentence_before_near_variant_stays() -> None:
    # a time the sentence names itself, or one that is now, stands alone
    assert not opens_by_pointing_back("At the time of the attack, the embassy was closed.")
    assert not opens_by_pointing_back("At this point, the mayor said, no one is missing.")
    assert not opens_by_pointing_back("At the same airport, two planes were grounded.")
    assert not opens_by_pointing_back("At times the river rises by a metre in a day.")
    assert not opens_by_pointing_back("By Thursday, the fire had spread to the roof.")


# --- rule `deck_is_no_lede` (document.py, rules/deck_openers.txt) ------------------------------------------------

DECK_BODY = ("Nvidia's new graphics cards are finally reaching store shelves, though they are still hard to "
             "come by.\n\nThe flagship card sold out within minutes of its launch on September 17.")


def test_rule_deck_is_no_lede_teaser() -> None:
    # web tester s17, tomshardware.com: the how-to teaser under the headline is no first sentence
    document = parse_document("Where to buy a new graphics card\n\n"
                              "How to get your hands on a new card before they sell out.\n\n" + DECK_BODY)
    assert document.sentences[0].text.startswith("Nvidia's new graphics cards")
    assert [h.text for h in document.headlines][-1].startswith("How to get")


def test_rule_deck_is_no_lede_long_unstopped_line() -> None:
    # web tester s17, dailymail.co.uk: a second headline too long for `headline_like`, with no stop
    deck = ("Jamie's war on toxic food: Chef and fitness coach Joe Wicks lead plea to the Prime Minister "
            "to block sub-standard products from flooding into the country under new trade deals")
    document = parse_document("Chef joins war on toxic food\n\n" + deck + "\n\n" + DECK_BODY)
    assert document.sentences[0].text.startswith("Nvidia's new graphics cards")


def test_rule_deck_is_no_lede_near_variant_stays() -> None:
    # a lede that ends with a stop stays the first sentence; so does a "how to" sentence in the body,
    # and an article of one paragraph under its headline
    lede = parse_document("Where to buy a new graphics card\n\n" + DECK_BODY)
    assert lede.sentences[0].text.startswith("Nvidia's new graphics cards")
    body = parse_document("Where to buy a new graphics card\n\n" + DECK_BODY
                          + "\n\nHow to get one is the question, the shop's manager said.")
    assert body.sentences[-1].text.startswith("How to get one")
    alone = parse_document("Where to buy a new graphics card\n\n"
                           "How to get your hands on a new card before they sell out.")
    assert alone.sentences[0].text.startswith("How to get")
