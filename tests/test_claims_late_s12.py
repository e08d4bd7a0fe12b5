"""QA round 39's clear-wrong speakers and a doubled word in the views (late
session 12), each rule with a sentence of its kind and a near variant that
must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- Rule `negated_modal_leaves_the_source` (claim_grammar.txt auxiliaries) --------------------


def test_cannot_leaves_the_source_and_is_shown_once() -> None:
    claim = only("Police cannot confirm that the video is authentic.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Police"
    assert (claim.speaker, claim.cue_text, claim.negated) == ("Police", "cannot confirm", True)
    # with the source whole, a news outlet that cannot confirm is the writer's note, no claim
    assert extract_claims("CNN cannot independently confirm the authenticity of either video.") == []


def test_other_modals_before_a_cue_stay_as_they_were() -> None:
    claim = only("Police could not confirm that the video is authentic.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Police"
    assert (claim.cue_text, claim.negated) == ("could not confirm", True)
    claim = only("Police can confirm that the video is authentic.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Police"
    assert claim.negated is False
