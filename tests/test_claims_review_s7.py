"""Review of the session 7 claims rules: a dangling "but when" before a second
cue, junk rules that reached past their news cases (a cue noun after an
adjective, a sum pledged, "to find", naming usage), and "commented that"."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described


def cues(text: str) -> list[str]:
    return [c.cue for c in extract_claims(text)]


# Rule `second_cue_takes_the_quotation`: the first claim ends before ", and when" or ", but when"
@pytest.mark.parametrize("conjunction", ["and", "but"])
def test_a_claim_before_a_second_cue_ends_before_the_conjunction_and_when(conjunction: str) -> None:
    text = (f'The mayor said the budget was balanced, {conjunction} when pressed, he admitted, '
            '"We borrowed to close the gap."')
    claims = {c.cue: c.content for c in extract_claims(text)}
    assert claims == {"say": "the budget was balanced", "admit": '"We borrowed to close the gap."'}, described(text)
