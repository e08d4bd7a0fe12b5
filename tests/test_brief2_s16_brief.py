"""Briefs and summaries 2, session 16: a quote cut for length, the claims a short note lists. Each rule has
a case of its kind and a near variant that stays; the sentences are invented after the kinds read."""

from __future__ import annotations

from summarizer.brief import shortened
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
