"""Wrong claims the session-8 review found in the merged claim rules, each
the reviewer's sentence as a test, with a near variant that must stay."""

from __future__ import annotations

from tests.claim_helpers import only

# --- rule `examples_are_not_the_group`: the group reading holds only when the list is the subject


def test_a_closed_list_before_and_leaves_the_new_clauses_speaker() -> None:
    claim = only("Dozens of people were killed in the attacks, including 12 children, and the ministry said the "
                 "death toll would rise.")
    assert claim.speaker == "the ministry"


def test_a_list_after_an_object_leaves_the_new_clauses_speaker() -> None:
    assert only("He met several leaders, including Merkel, and Hollande said the deal was dead.").speaker == "Hollande"


def test_a_list_after_a_preposition_leaves_the_new_clauses_speaker() -> None:
    assert only("The bill was backed by Democrats including Pelosi, and Trump said it would fail.").speaker == "Trump"


def test_a_list_with_an_oxford_comma_is_still_the_group() -> None:
    claim = only("Stars including Jamie Oliver, Nigella Lawson, and Joe Wicks said the ban was overdue.")
    assert claim.speaker == "Stars"

