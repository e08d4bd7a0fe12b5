"""Briefs, session 20 (second round): one quotation is one entry. Each rule has a case of the kind
fixed and a near variant that must stay as it was. The sentences are written after one read of a
news article; none is copied whole from the shared data sets."""

from __future__ import annotations

from types import SimpleNamespace

from summarizer.brief import _one_entry_per_quote
from summarizer.model import Span


def _told(speaker: str | None, source: str, sentences: tuple[int, ...], content: str = "the plan works",
          kind: str = "unresolved") -> SimpleNamespace:
    # a claim as the note gathers it (content after its cue: the spans say so)
    claim = SimpleNamespace(speaker=speaker, speaker_kind=kind, source_as_written=source, content=content,
                            cue_span=Span(3, 8, "said"), content_span=Span(9, 20, content), kind="indirect")
    return SimpleNamespace(claim=claim, members=((0, sentences),), words=len(content.split()))


# --- rule `one_quote_one_entry` -----------------------------------------------------------------------

FULL = ('the committee should ask whether officials were "asked to sign non-disclosure agreements? '
        'If so, why?"')
QUOTE = '"asked to sign non-disclosure agreements? If so, why?"'


def test_rule_one_quote_one_entry() -> None:
    # QA round 57, 398: "Finally saying: the committee should ... [25][26]" and "he wrote: \"asked to
    # sign ...\" [25][26]" listed one quotation twice; the fuller telling is listed
    finally_ = _told(None, "Finally", (24, 25), FULL)
    he = _told("he", "he", (24, 25), QUOTE)
    assert _one_entry_per_quote([finally_, he]) == [finally_]  # type: ignore[list-item]


def test_rule_one_quote_one_entry_near_variants_stay() -> None:
    finally_ = _told(None, "Finally", (24, 25), FULL)
    # the same words cited from other sentences are another telling
    elsewhere = _told("he", "he", (30,), QUOTE)
    assert _one_entry_per_quote([finally_, elsewhere]) == [finally_, elsewhere]  # type: ignore[list-item]
    # a claim that only shares words with another of its sentences
    love = _told("Marty Rouse", "Marty Rouse", (24, 25), '"Love won today,"', "person")
    assert _one_entry_per_quote([finally_, love]) == [finally_, love]  # type: ignore[list-item]
    # a named speaker's shorter telling is worth more than an unresolved fuller one
    named = _told("Devin Nunes", "Nunes", (24, 25), QUOTE, "person")
    assert _one_entry_per_quote([finally_, named]) == [named]  # type: ignore[list-item]
