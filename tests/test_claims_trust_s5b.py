"""Wrong claims left on main after the s5 trust work (the standing list and
QA round 21), each a named rule with a sentence of its kind and a variant
that must stay as it is."""

from __future__ import annotations

import pytest

from tests.claim_helpers import only

# --- rule `pronoun_in_the_present_perfect_is_the_writers` (QA 414 [46]: "he has appealed a July
# guilty verdict" shown inside Hardy's claim)


@pytest.mark.parametrize("cue", ["says", "said"])
def test_a_pronoun_in_the_present_perfect_after_and_is_the_writers(cue: str) -> None:
    claim = only(f"Hardy {cue} he is innocent, and he has appealed a July guilty verdict.")
    assert claim.content == "he is innocent"


@pytest.mark.parametrize("rest", ["and would appeal the verdict", ", and he would appeal the verdict"])
def test_a_backshifted_second_clause_stays_the_speakers(rest: str) -> None:
    text = f"Hardy said he was innocent{' ' if rest[0] != ',' else ''}{rest}."
    assert only(text).content == f"he was innocent{' ' if rest[0] != ',' else ''}{rest}"


# --- rule `subject_after_a_joined_clause` (standing list 2: "The bill was signed by the governor
# and his aides said ..." shown with the source "The")


def test_the_subject_after_and_is_the_source_after_a_passive_clause() -> None:
    claim = only("The bill was signed by the governor and his aides said it would pass.")
    assert claim.source_as_written == "his aides"
    assert claim.content == "it would pass"


def test_a_verb_before_to_still_leaves_the_name() -> None:
    claim = only("Trump took to Twitter and said the vote was rigged.")
    assert (claim.speaker, claim.content) == ("Trump", "the vote was rigged")
