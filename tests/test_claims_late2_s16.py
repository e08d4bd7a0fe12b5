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


# --- rule `end_ornament_is_no_content` (grammar.py trailing_end) -------------------------------


def test_an_end_ornament_after_the_closing_mark_is_no_part_of_the_quotation() -> None:
    claim = only("Billie Holliday replied, \u201cShit, man, I ain\u2019t never read that book.\u201d \u2756")
    assert claim.content == "\u201cShit, man, I ain\u2019t never read that book.\u201d"
    assert only("The mayor said the roads would close. \u25a0").content == "the roads would close"


def test_a_quotation_with_no_ornament_ends_at_its_closing_mark_as_before() -> None:
    claim = only("The mayor said, \u201cThe roads will close.\u201d")
    assert claim.content == "\u201cThe roads will close.\u201d"
    assert only("The mayor said the roads would close.").content == "the roads would close"
