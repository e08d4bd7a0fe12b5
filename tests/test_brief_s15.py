"""Session 15, briefs: QA round 44's and the web testers' findings on what a
note shows. Each rule has a case of its kind and a near variant that stays
as it was; the sentences are invented after the kinds read."""

from __future__ import annotations

from summarizer.summarizers.standalone import opens_by_pointing_back

# --- rule `one_of_a_set_points_back` (rules/back_pointing_openers.txt) -------------------------------------------


def test_rule_one_of_a_set_points_back() -> None:
    # QA round 44, citylimits: the options are named in the sentence before
    assert opens_by_pointing_back("One is to remain as public housing, another is to opt for private management.")
    assert opens_by_pointing_back("Another is scheduled for next week.")
    assert opens_by_pointing_back("The other was an operation in northern Iraq.")
    assert opens_by_pointing_back("\u201cOne is the momentum from Iowa.\u201d")


def test_rule_one_of_a_set_points_back_near_variant_stays() -> None:
    # "one" or "another" before the noun it counts, or "one of" a named set, stands alone
    assert not opens_by_pointing_back("One man was arrested on Sunday.")
    assert not opens_by_pointing_back("Another storm is expected on Friday.")
    assert not opens_by_pointing_back("One of the options is to remain as public housing.")
    assert not opens_by_pointing_back("One isolated village was cut off by the floods.")

