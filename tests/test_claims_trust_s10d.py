"""Two wrong-speaker kinds of joined cues (session 10, late fix), each with a
sentence of its kind and near variants that must stay as they were."""

from __future__ import annotations

from tests.claim_helpers import described, only

# --- rule `listed_predicate_of_the_contents_subject` -----------------------------------------


def test_the_last_listed_predicate_of_a_contents_subject_stays_in_the_claim() -> None:
    assert described("Police said a man entered the store, threatened the clerk and demanded cash.") == [
        ("Police", "say", "a man entered the store, threatened the clerk and demanded cash")]
    claim = only("Police said he entered the store, threatened the clerk, and demanded cash.")
    assert (claim.speaker, claim.cue) == ("Police", "say")


def test_a_joined_cue_without_a_list_in_the_content_stays_the_speakers() -> None:
    assert described("The mayor said the plan was flawed and demanded a review.") == [
        ("The mayor", "say", "the plan was flawed"), ("The mayor", "demand", "a review")]
    assert described("She urged the administration to join a treaty, proposed that states pay more, and said "
                     "the talks would fail.") == [
        ("She", "urge", "the administration to join a treaty"), ("She", "propose", "states pay more"),
        ("She", "say", "the talks would fail")]


# --- rule `joined_cue_of_a_trailing_subordinate_clause` --------------------------------------


def test_a_cue_joined_inside_a_while_clause_is_that_clauses_subjects() -> None:
    found = described("Gov. Bobby Jindal signed an order on Monday, while Mike Huckabee, the former governor, "
                      "proposed a tax and said Paul Ryan should resign.")
    assert [(speaker, cue) for speaker, cue, _ in found] == [("Mike Huckabee", "propose"), ("Mike Huckabee", "say")]
    assert described("Gov. Bobby Jindal signed an order on Monday, while the weather turned cold and said "
                      "nothing.") == []


def test_a_cue_joined_to_the_main_clause_stays_its_subjects() -> None:
    claim = only("Gov. Bobby Jindal signed an order on Monday and said Paul Ryan should resign.")
    assert (claim.speaker, claim.cue) == ("Bobby Jindal", "say")
    claim = only("The mayor, while in Paris, met officials and said the deal was done.")
    assert (claim.speaker, claim.cue) == ("The mayor", "say")
