"""A compound noun whose first word is a cue word ("think tanks") is the noun
of a source phrase (session 18, the before/after web test: newrepublic's
"Even centrist think tanks like the Brookings Institution ... argued that"
showed the speaker hint "Even")."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only


def test_think_tanks_head_the_source_phrase() -> None:
    claim = only("Even centrist think tanks like the Brookings Institution have recognized the problem and "
                 "argued that prices rose.")
    assert claim.cue == "argue" and claim.content == "prices rose"
    assert claim.speaker_span is not None
    assert claim.speaker_span.text == "Even centrist think tanks like the Brookings Institution"


def test_a_tank_that_is_no_compound_is_no_source() -> None:
    assert extract_claims("The tanks rolled into the square before dawn, firing at the barricades.") == []
