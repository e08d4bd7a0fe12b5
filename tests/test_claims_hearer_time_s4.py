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


@pytest.mark.parametrize(("text", "content"), [
    ("Jean-Francois Cope told television channel France 5 over the weekend that the allegations were disastrous.",
     "the allegations were disastrous"),
    ("Caltrans told ABC 7 that someone had reprogrammed the sign.", "someone had reprogrammed the sign"),
    ("He told Smith 2 people had died.", "2 people had died"),
])
def test_a_channel_number_is_the_hearers(text: str, content: str) -> None:
    # Rule `channel_number_is_the_hearers` (QA round 17: 739 [16])
    assert only(text).content == content
