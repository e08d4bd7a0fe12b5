"""Rule `hedge_in_a_relative_clause`: a modal right after a relative pronoun
tells what a thing can do, not how sure the speaker is (a police spokeswoman's
finding, "initial chemical materials that could produce bombs", was filed in
the brief under "Hedged or unconfirmed")."""

from __future__ import annotations

import pytest

from summarizer.claims import is_hedged
from tests.claim_helpers import only


def test_a_finding_with_a_modal_in_a_relative_clause_is_not_hedged() -> None:
    claim = only("Police found initial chemical materials that could produce bombs, "
                 "spokeswoman Thitima Chaisaeng said.")
    assert not claim.hedged


@pytest.mark.parametrize("content", ["a man who may be armed is at large", "the petals, which would show damage"])
def test_relative_modals_do_not_hedge(content: str) -> None:
    assert not is_hedged(content)


@pytest.mark.parametrize("content", ["the plan could fail", "the deal that was signed could collapse"])
def test_the_clauses_own_modal_still_hedges(content: str) -> None:
    assert is_hedged(content)
