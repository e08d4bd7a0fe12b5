"""Wrong and junk kinds left from session 10 (session 11), each with a
sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from tests.claim_helpers import described

# --- rule `joined_predicate_of_the_contents_subject` -----------------------------------------


def test_a_predicate_joined_to_a_newcomers_act_stays_in_the_claim() -> None:
    assert described("Police said a man entered the store and demanded cash.") == [
        ("Police", "say", "a man entered the store and demanded cash")]
    assert described("Police said two men robbed a bank on Main Street and demanded cash.") == [
        ("Police", "say", "two men robbed a bank on Main Street and demanded cash")]


def test_a_joined_cue_after_a_passive_or_definite_content_stays_the_speakers() -> None:
    assert described("Police said a man was arrested and said the store was closed.") == [
        ("Police", "say", "a man was arrested"), ("Police", "say", "the store was closed")]
    assert described("The mayor said the plan was flawed and demanded a review.") == [
        ("The mayor", "say", "the plan was flawed"), ("The mayor", "demand", "a review")]
