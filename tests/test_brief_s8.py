"""Briefs (session 8): a claim a key point tells is not listed again, even
when it is told twice; a sentence cut at a comma is no key point."""

from types import SimpleNamespace
from typing import cast

from summarizer.brief import _Candidate, _GatheredClaim, _given_as_point


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


def test_rule_point_needs_what_follows_a_sentence_cut_at_a_comma() -> None:
    from summarizer.brief import leans_on_what_follows

    # a music review: the splitter cut a sentence after a quoted question; its first half was a key point
    assert leans_on_what_follows("I feel the band peaked with songs such as \u201cWhat About Love?\u201d,")
    assert leans_on_what_follows("The council listed three reasons;")
    # near variants: commas inside a sentence, and a sentence whose quotation ends it
    assert not leans_on_what_follows("The band, led by two sisters, peaked in 1987.")
    assert not leans_on_what_follows("\u201cWe are not done,\u201d she said.")
