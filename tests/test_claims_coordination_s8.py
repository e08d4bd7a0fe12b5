"""Rule `past_cue_skips_a_modal_verb` (QA round 28, 941 [18]: "American leaders
/ cautioned" where Rice cautioned): a cue in the past after "and" cannot share
the modal of the nearest cue before it, so it shares the subject of the cue
before that one."""

from __future__ import annotations

from summarizer import extract_claims


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(claim.speaker, claim.cue) for claim in extract_claims(text)]


def test_a_past_cue_after_a_modal_cue_is_the_outer_speakers() -> None:
    text = ("U.N. Ambassador Susan Rice said American leaders could not support a measure that circumvents direct "
            "talks and cautioned that Thursday's decision did \"not establish Palestine as a state.\"")
    assert _speakers(text) == [("Susan Rice", "say"), ("Susan Rice", "caution")]


def test_a_present_outer_cue_and_a_negated_future_keep_the_outer_speaker() -> None:
    text = "Critics say the mayor will never admit his mistakes and warned that voters would punish him."
    assert _speakers(text) == [("Critics", "say"), ("Critics", "warn")]


def test_a_cue_sharing_the_modal_stays_with_the_nearest_cue() -> None:
    # "could not support it and would warn": the second verb has its own modal, the clause's subject's
    text = "Rice said the leaders could not support it and would warn that the vote would hurt talks."
    assert _speakers(text)[1] == ("the leaders", "warn")


def test_a_past_cue_after_a_past_cue_stays_with_the_nearest_cue() -> None:
    text = "Rice said the leaders had supported it and warned that the vote would hurt talks."
    assert _speakers(text)[1] == ("the leaders", "warn")
