"""Briefs (session 8): a claim a key point tells is not listed again, even
when it is told twice; a sentence cut at a comma is no key point; a place
glued to the name that opens an article is no part of its summary or
bottom line."""

from types import SimpleNamespace
from typing import cast

from summarizer.brief import _Candidate, _GatheredClaim, _given_as_point, make_brief
from summarizer.cleanup import glued_place_length, without_dateline
from summarizer.reading import Article
from summarizer.summary import summarize


def _told_in(*members: tuple[int, tuple[int, ...]]) -> _GatheredClaim:
    return cast(_GatheredClaim, SimpleNamespace(members=members))


def _points(*sentences: int) -> list[_Candidate]:
    return [_Candidate(((0, i),), f"point {i}", frozenset(), 10) for i in sentences]


def test_rule_claim_given_as_point_when_one_telling_is_a_key_point() -> None:
    # Daily Mail page: "stars including Jamie Oliver and fitness guru Joe Wicks call on the Prime Minister
    # not to 'trade away our children's futures'" (sentence 3, a key point) is told again in sentence 7;
    # the claim was listed citing [3][6] under the key point citing [3].
    assert _given_as_point(_told_in((0, (2,)), (0, (6,))), _points(0, 2, 4))
    # near variants: a claim no point tells stays, and so does a quotation over two sentences of which
    # a point gives only the first (the claim says more)
    assert not _given_as_point(_told_in((0, (5,)), (0, (6,))), _points(0, 2, 4))
    assert not _given_as_point(_told_in((0, (2, 3)),), _points(0, 2, 4))
    # in a note over two articles: the point's source tells it
    assert _given_as_point(_told_in((0, (9,)), (1, (2,))), [_Candidate(((1, 2),), "p", frozenset(), 10)])


SOLLECITO = ("Profile: Raffaele Sollecito\n\n"
             "Rome Raffaele Sollecito was a 23-year-old computer science student when his girlfriend's "
             "roommate, Meredith Kercher, was found dead in the house she shared in Perugia, Italy, in 2007.\n\n"
             "The discovery was the beginning of what Sollecito has called a nightmare he would not wish on "
             "anyone.\n\nIn 2009, he and his girlfriend were convicted of the murder. In 2011, the pair were "
             "acquitted, only to have that decision overturned by the Supreme Court two years later.\n\n"
             "A retrial began in Florence in September 2013.")


def test_rule_glued_place_before_a_name() -> None:
    assert glued_place_length(SOLLECITO.split("\n\n")[1]) == len("Rome ")
    assert without_dateline("Los Angeles Chris Brown has been charged with assault.") == (
        "Chris Brown has been charged with assault.")
    # near variants: a place that is part of a name, or a name that is a place's, stays
    for kept in ("Washington Post reporter Jason Rezaian was freed on Saturday.",
                 "Jordan Peterson said he would return to the stage.",
                 "Paris Hilton said she had never been happier.",
                 "Florence Welch said she would tour in the spring.",
                 "Rome Mayor Ignazio Marino said he would resign.",
                 "Hong Kong Economic Times reported that he had left the city.",
                 "London Heathrow Airport said its flights would resume.",
                 "Moscow Red Square was closed on Monday."):
        assert without_dateline(kept) == kept, kept
    # and only the first sentence of the body has a glued dateline
    assert without_dateline("Rome Raffaele Sollecito was there when his friend died.", opens_body=False).startswith(
        "Rome ")


def test_the_summary_and_the_bottom_line_lose_the_glued_place() -> None:
    summary = summarize(SOLLECITO, method="lead", sentences=1)
    assert summary.sentences[0].text.startswith("Raffaele Sollecito was a 23-year-old")
    note = make_brief([Article(SOLLECITO, source="sollecito.txt")])
    assert note.bottom_line is not None and note.bottom_line.text.startswith("Raffaele Sollecito was")
    # no glued name ("Rome Raffaele Sollecito"); since session 22 the dateline's place is listed as a
    # place (mentions rule `dateline_place_is_mentioned`)
    assert not any(m.name.startswith("Rome ") for m in note.mentions)
    assert all(m.kind == "place" for m in note.mentions if m.name == "Rome")


def test_rule_point_needs_what_follows_a_sentence_cut_at_a_comma() -> None:
    from summarizer.brief import leans_on_what_follows

    # a music review: the splitter cut a sentence after a quoted question; its first half was a key point
    assert leans_on_what_follows("I feel the band peaked with songs such as \u201cWhat About Love?\u201d,")
    assert leans_on_what_follows("The council listed three reasons;")
    # near variants: commas inside a sentence, and a sentence whose quotation ends it
    assert not leans_on_what_follows("The band, led by two sisters, peaked in 1987.")
    assert not leans_on_what_follows("\u201cWe are not done,\u201d she said.")


def test_rule_generic_body_word_is_no_name() -> None:
    from summarizer.mentions import find_mentions

    sentences = ["Prosecutors in the U.S. Attorney's Office in the region said the case was still open.",
                 "The Government said the Parliament would vote on the plan on Monday."]
    names = {m.name for m in find_mentions(sentences)}
    assert "Office" not in names
    # near variants: a body word that names one institution alone stays, and so does one that
    # counts for a body named in full
    assert {"Government", "Parliament"} <= names
    folded = find_mentions(["The Cambridge Police Department opened an inquiry.", "The Department said it would."])
    assert [(m.name, m.count) for m in folded] == [("Cambridge Police Department", 2)]
