"""Rule `courtesy_title_is_no_role` (a London news page showed "Chris
Grayling — Mr" as speaker and role)."""

from __future__ import annotations

import pytest

from tests.claim_helpers import only


@pytest.mark.parametrize("title", ["Mr", "Mrs.", "Ms"])
def test_a_courtesy_title_is_no_role(title: str) -> None:
    assert only(f"{title} Grayling warned the sector is facing mass job cuts.").role is None


def test_a_real_title_stays_the_role() -> None:
    # rule `portfolio_before_a_title`: the portfolio is part of the role
    assert only("Health Minister Stephen Donnelly said cases were rising.").role == "Health Minister"
