"""Late fix of session 11 (QA round 37): an office's possessive before a body
word names the body with it. A sentence of its kind and near variants that
must stay."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- Rule `possessive_body_keeps_its_possessor` (names.py) ---------------------------------------


def test_an_office_in_the_possessive_keeps_its_possessor() -> None:
    claim = only("The husband saw her car parked there, the Sheriff's Office said.")
    assert (claim.speaker, claim.speaker_kind) == ("Sheriff's Office", "organisation")
    assert only("The bill is dead, the Governor's Office said.").speaker == "Governor's Office"
    assert only("The plan is dead, the U.S. Attorney's Office said.").speaker == "U.S. Attorney's Office"


def test_a_titled_person_and_a_lower_case_office_stay() -> None:
    claim = only("The plan is dead, Sheriff Doug Hutchins said.")
    assert (claim.speaker, claim.role) == ("Doug Hutchins", "Sheriff")
    assert [c.speaker for c in extract_claims("The plan is dead, the Sheriff's deputies said.")] == [None]
