"""QA round 41's clear-wrong speakers (late session 13), each rule with a
sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims

# --- Rule `handle_after_a_preposition` (speakers.py) --------------------------------------------

HANDLE_SPOKE = "@KitchenBaby describes itself as a baby who likes fine food. Marco Lenz spoke about it on TV. "


def test_a_handle_after_a_preposition_is_no_antecedent() -> None:
    text = HANDLE_SPOKE + "In reply to the parody account for @KitchenBaby, he posted a photo and wrote: Not baby food."
    wrote = [c for c in extract_claims(text) if c.cue == "write"]
    assert len(wrote) == 1
    assert wrote[0].speaker_span is not None and wrote[0].speaker_span.text == "he"
    assert wrote[0].speaker == "Marco Lenz"


def test_a_handle_as_the_subject_stays_a_speaker() -> None:
    text = HANDLE_SPOKE + "In a reply, @KitchenBaby wrote: Not baby food."
    wrote = [c for c in extract_claims(text) if c.cue == "write"]
    assert len(wrote) == 1 and wrote[0].speaker == "KitchenBaby"

