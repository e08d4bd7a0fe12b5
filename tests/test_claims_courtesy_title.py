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


def test_an_honorific_of_courtesy_words_only_is_no_role() -> None:
    assert only("The Rt. Hon. John Smith said the bill would pass.").role is None
    assert only("The Honourable Natalio Wheatley said the deal was good.").role is None


def test_a_credential_is_the_role_only_without_an_office() -> None:
    # session 11 review F9: "Dr." is all the standing a health story may give; an office wins
    claim = only("Dr. Ned Calonge said the vaccine was safe.")
    assert (claim.speaker, claim.role) == ("Ned Calonge", "Dr.")
    claim = only("Grenada's Prime Minister, Dr the Rt. Hon. Keith Mitchell, said the island was ready.")
    assert (claim.speaker, claim.role) == ("Keith Mitchell", "Prime Minister")


def test_a_british_honour_stays_in_the_name() -> None:
    claim = only("Sir Keir Starmer said the plan would work.")
    assert (claim.speaker, claim.role) == ("Sir Keir Starmer", None)


def test_office_of_reads_the_marks_of_titles_txt() -> None:
    from summarizer.claims.names import office_of

    assert office_of("Mr.") is None
    assert office_of("the Rt. Hon.") is None
    assert office_of("Dr the Rt. Hon.") == "Dr"
    assert office_of("Health Minister") == "Health Minister"
