"""QA round 17: a time adjunct after the hearer kept the hearer inside the
claim ("told CNN on Sunday the first lady had been hospitalized" showed "CNN
on Sunday the first lady ..."; 'told CNN's "New Day" last week that' showed
the show and the time)."""

from __future__ import annotations

import pytest

from tests.claim_helpers import only


@pytest.mark.parametrize("told", ["told CNN on Sunday", "told CNN on Sunday that", "told me this week that",
                                  "told CNN's \"New Day\" last week that"])
def test_a_time_after_the_hearer_is_no_content(told: str) -> None:
    # Rules `time_after_the_hearer`, `hearer_names_a_show`
    claim = only(f"Patrice Biancone {told} the first lady had been hospitalized.")
    assert claim.content == "the first lady had been hospitalized"


def test_a_circumstance_after_the_time_stays_out_of_the_hearer_rule() -> None:
    claim = only("Israel warned people in northern Gaza to move south.")
    assert claim.content == "people in northern Gaza to move south"
