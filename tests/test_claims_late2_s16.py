"""Late fixes 2 of session 16, each with a sentence of its kind and a near
variant that must stay as it was."""

from __future__ import annotations

from tests.claim_helpers import only

# --- rule `fronted_time_is_no_source` (grammar.py) ---------------------------------------------


def test_a_fronted_time_phrase_is_no_part_of_the_source() -> None:
    claim = only("Last month his son admitted to revealing surveillance programs to the news media.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "his son"
    claim = only("Earlier this year the company said profits fell.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "the company"
    claim = only("Monday the president said he would veto it.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "the president"
    claim = only("Last week officials said the talks failed.")
    assert (claim.speaker, claim.speaker_kind) == ("officials", "unnamed")


def test_a_time_phrase_owned_by_the_subject_stays_whole() -> None:
    claim = only("Last month's report said the plan would fail.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Last month's report"
    assert only("Last month Smith said the plan would fail.").speaker == "Smith"
    claim = only("On Tuesday the mayor said the roads were closed.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "the mayor"
