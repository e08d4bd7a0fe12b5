"""Claims a reader can trust, QA round 2 follow-up (round 3): the defects
still open after round 2, each with a short sentence of the same kind
(written for these tests, none read from ../shared).
"""

from __future__ import annotations

from tests.test_claims_trust import claims_of, only

# --- 31: the speaker span is the speaker, not a fronted circumstance --------------


def test_speaker_span_starts_after_a_fronted_phrase_before_a_titled_name() -> None:
    claim = only(
        "In a long interview, the union\u2019s General Secretary, Maria Olsen, outlined the need for higher pay."
    )
    assert claim.speaker == "Maria Olsen"
    assert claim.speaker_span is not None
    assert claim.speaker_span.text.startswith(("the union", "Maria"))
    assert "interview" not in claim.speaker_span.text


def test_a_place_and_state_aside_still_closes_the_source() -> None:
    claim = only("Johnnie Wilson, of Springfield, Va., said the plant should stay open.")
    assert claim.speaker == "Johnnie Wilson"
    assert len(claims_of("Johnnie Wilson, of Springfield, Va., said the plant should stay open.")) == 1


# --- the role is not shown twice when the speaker is a role description ----------


def test_a_role_description_speaker_shows_no_role_beside_it() -> None:
    text = (
        "Airlines warned on Monday that the sector faces cuts.\n\n"
        "Speaking in the Commons, the Conservative MP said: \u201cIt does not need to be like this.\u201d"
    )
    claim = claims_of(text)[-1]
    assert claim.speaker == "the Conservative MP"
    assert claim.role is None


def test_a_named_speaker_keeps_the_role_read_from_the_text() -> None:
    claim = only("Ukrainian Foreign Minister Dmytro Kuleba signalled that talks would go on.")
    assert claim.speaker == "Dmytro Kuleba"
    assert claim.role == "Foreign Minister"
