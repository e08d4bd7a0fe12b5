"""Web test s15 (session 15) K10: the "N more claims" line of a note that
lists claims says which of them the note gives as points (worded since session 16 by rule
`points_are_not_more_claims`, tests/test_brief_s16.py)."""

from __future__ import annotations

from summarizer.model import BriefSource
from summarizer.render.brief import more_claims


def source(left_out: int, in_points: int) -> BriefSource:
    return BriefSource(1, "page.html", None, None, None, 300, claims_left_out=left_out, claims_in_points=in_points)


# --- Rule `more_claims_says_which_are_points` -------------------------------------------------


def test_a_claim_given_as_a_point_is_said_to_be_there() -> None:
    assert more_claims(source(1, 1)) == "1 other claim is given above; all claims"


def test_claims_given_as_points_are_said_to_be_there() -> None:
    assert more_claims(source(2, 2)) == "2 other claims are given above; all claims"


def test_some_of_the_more_claims_given_as_points() -> None:
    assert more_claims(source(3, 1)) == "2 more claims, and 1 given above as a point; all claims"


def test_more_claims_with_none_in_points_stay_as_they_were() -> None:
    assert more_claims(source(3, 0)) == "3 more claims"
