"""Rule `no_noun_to_negates` (QA round 11: "The United States has no reason to
believe the weapons are not secure" was shown as "believe: the weapons are not
secure", the reverse of what was said)."""

from __future__ import annotations

import pytest

from tests.claim_helpers import only


@pytest.mark.parametrize("lead", ["has no reason to", "had no evidence to", "had no grounds to"])
def test_no_noun_to_before_the_cue_negates_it(lead: str) -> None:
    claim = only(f"The United States {lead} believe the weapons are not secure.")
    assert claim.negated
    assert claim.shown_cue.endswith(f"{lead} believe")
    assert claim.content == "the weapons are not secure"


def test_every_reason_to_is_no_negation() -> None:
    assert not only("Officials have every reason to believe the deal will hold.").negated
