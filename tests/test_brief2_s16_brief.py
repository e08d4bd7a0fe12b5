"""Briefs and summaries 2, session 16: a quote cut for length, the claims a short note lists. Each rule has
a case of its kind and a near variant that stays; the sentences are invented after the kinds read."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from summarizer.brief import _claims_in_place_of_points, shortened
from summarizer.claims import claims_in_document
from summarizer.document import parse_document

# --- rule `cut_keeps_what_a_kept_sentence_leans_on` (brief.py shortened) -----------------------------------------

QUOTE_TEXT = ("Lee wins again\n\n"
              "Ana Lee won the race on Sunday.\n\n"
              "\u201cThis is the second time I have won this race in my life. What I learned the first time "
              "is that a win is just a small step on a long road. {third} is not the end of anything at all,\u201d "
              "Lee told reporters after the race.")


def _quote_cut(third: str) -> str:
    document = parse_document(QUOTE_TEXT.format(third=third))
    claim = next(c for c in claims_in_document(document) if c.kind == "direct")
    # the third sentence scores best after the first; the second worst
    scores = [0.0] * len(document.sentences)
    scores[1], scores[2], scores[3] = 1.0, 0.1, 0.9
    return shortened(claim, document, limit=22, scores=scores).content


def test_rule_cut_keeps_what_a_kept_sentence_leans_on() -> None:
    # "It" points back to the second sentence, which does not fit with it: the cut keeps the first alone
    shown = _quote_cut("It")
    assert shown.startswith("\u201cThis is the second time") and "not the end" not in shown
    assert shown.endswith("\u2026\u201d")


def test_rule_cut_keeps_what_a_kept_sentence_leans_on_near_variant_stays() -> None:
    # a sentence that stands alone is still kept after the first with "…" between
    shown = _quote_cut("Winning")
    assert "\u2026 Winning is not the end" in shown and "What I learned" not in shown

# --- rule `note_lists_some_claims` (brief.py) -------------------------------------------------------------------


def _candidate(size: int) -> Any:
    return SimpleNamespace(size=size)


def _claim(words: int, cut: bool = False, speaker: str | None = "the agency", hedged: bool = False) -> Any:
    return SimpleNamespace(words=words, whole=object() if cut else None, speaker=speaker,
                           claim=SimpleNamespace(hedged=hedged))


def test_rule_note_lists_some_claims() -> None:
    # a bottom line and four key points took the words: the best claims take the lowest points' words
    picked = [_candidate(30), _candidate(20), _candidate(20), _candidate(20), _candidate(20)]
    claims = [_claim(15), _claim(12), _claim(10)]
    ranked = [(0, 0, 1), (1, 0, 2), (3, 0, 3), (4, 0, 4), (2, 1, 0), (5, 1, 1), (6, 1, 2)]
    points, listed = {0, 1, 2, 3, 4}, set[int]()
    used = _claims_in_place_of_points(picked, claims, ranked, points, listed, 110, 115)
    assert listed == {0, 1} and points == {0, 1, 2} and used == 30 + 20 + 20 + 15 + 12


def test_rule_note_lists_some_claims_near_variant_stays() -> None:
    # the MIN_KEY_POINTS best key points never make way, nor does a point for a claim cut for length
    picked = [_candidate(30), _candidate(20), _candidate(20)]
    points, listed = {0, 1, 2}, set[int]()
    used = _claims_in_place_of_points(picked, [_claim(15)], [(0, 0, 1), (1, 0, 2), (2, 1, 0)],
                                      points, listed, 70, 75)
    assert (points, listed, used) == ({0, 1, 2}, set(), 70)
    picked = [_candidate(30), _candidate(20), _candidate(20), _candidate(20)]
    points = {0, 1, 2, 3}
    used = _claims_in_place_of_points(picked, [_claim(15, cut=True)],
                                      [(0, 0, 1), (1, 0, 2), (3, 0, 3), (2, 1, 0)], points, listed, 90, 95)
    assert (points, listed, used) == ({0, 1, 2, 3}, set(), 90)


def test_rule_note_lists_some_claims_not_a_hedged_or_sourceless_one() -> None:
    picked = [_candidate(30), _candidate(20), _candidate(20), _candidate(20)]
    for claim in (_claim(15, speaker=None), _claim(15, hedged=True)):
        points, listed = {0, 1, 2, 3}, set[int]()
        used = _claims_in_place_of_points(picked, [claim], [(0, 0, 1), (1, 0, 2), (3, 0, 3), (2, 1, 0)],
                                          points, listed, 90, 95)
        assert (points, listed, used) == ({0, 1, 2, 3}, set(), 90)
