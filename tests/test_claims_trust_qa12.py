"""QA round 12 (held-out CNN articles): rule `hearer_names_a_show`, and rule
`someone_described_as_subject` reading "The Republican nominee gave ..." (a
body's name among the modifiers, an irregular past verb)."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only


@pytest.mark.parametrize("marks", [('"', '"'), ("\u201c", "\u201d")])
def test_a_quoted_show_after_a_possessive_hearer_is_no_content(marks: tuple[str, str]) -> None:
    opening, closing = marks
    claim = only(f"Jason Benham told CNN's {opening}Erin Burnett OutFront{closing} that HGTV had vetted the pair.")
    assert claim.content == "HGTV had vetted the pair"


def test_a_quotation_after_that_stays_content() -> None:
    assert only('Benham told CNN that "the pair were vetted."').content == '"the pair were vetted."'


@pytest.mark.parametrize("description", ["The nominee", "The Republican nominee"])
def test_he_after_a_described_subject_with_an_irregular_verb_is_not_the_last_speaker(description: str) -> None:
    # "gave" is a past verb (past_verbs), and a body's name may modify the description
    text = ("Tax expert John Mathur said the plan would cost billions. "
            f"{description} gave a speech in Ohio on Monday. He said taxes would fall for everyone.")
    fall = [c for c in extract_claims(text) if "taxes" in c.content]
    assert [c.speaker for c in fall] == ["He"]


@pytest.mark.parametrize("dash", ["--", "\u2014"])
def test_paired_dashes_are_an_aside_inside_the_claim(dash: str) -> None:
    # Rule `paired_dashes_are_an_aside` (QA round 12, re-run of round 11's 911 [5]: the subject was lost)
    claim = only(f"The group's executive council {dash} which was to meet Sunday {dash} has postponed the "
                 "meeting, Luhan said.")
    assert claim.content.startswith("The group's executive council")


def test_a_single_dash_still_ends_the_writers_clause() -> None:
    claim = only("Yet once they are slaughtered their horns are discarded -- and this, Lwanga thought, "
                 "represented a business opportunity.")
    assert claim.content == "this represented a business opportunity"
