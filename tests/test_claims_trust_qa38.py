"""Clear-wrong and junk kinds of QA round 38 (session 12), each with a
sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from tests.claim_helpers import described

# --- C. content cut at an "and" inside its own subject ---------------------------------------


def test_a_verbless_content_is_not_cut_at_its_subjects_and() -> None:
    # Rule `verbless_content_is_no_first_clause`
    assert described("The family said the model and reality TV personality was taken off life support "
                     "Wednesday and she died peacefully.") == [
        ("The family", "say", "the model and reality TV personality was taken off life support Wednesday "
                              "and she died peacefully")]


def test_a_content_with_its_own_verb_still_ends_at_the_next_speaker() -> None:
    assert described("The family said the model was taken off life support and the hospital said she "
                     "died peacefully.") == [
        ("The family", "say", "the model was taken off life support"),
        ("the hospital", "say", "she died peacefully")]
