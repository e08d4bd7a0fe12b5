"""Late fixes, session 16: a question to the reader is no claim.

Each rule has a sentence of its kind and a near variant that must stay as it
was (all sentences invented)."""

from __future__ import annotations

from summarizer import extract_claims


def _claims(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.cue) for c in extract_claims(text)]


# --- rule question_to_the_reader_is_no_claim (web test s16, villagevoice s2) ------------------
# Rule `question_to_the_reader_is_no_claim`: "— do you know ...? —" asks the reader, claims nothing


def test_a_question_to_the_reader_inside_dashes_is_no_claim() -> None:
    text = "Just in time for the vote — do you know who your mayor is? — we look back at the election of 1923."
    assert _claims(text) == []
    text = "Before the vote — did you know the mayor had quit? — the council met."
    assert _claims(text) == []


def test_a_question_to_the_reader_inside_brackets_is_no_claim() -> None:
    assert _claims("Before the vote (do you believe the mayor lied?) the council met.") == []


def test_a_question_with_someone_else_as_subject_stays() -> None:
    # the same aside and "?", but Smith is the subject: his claim, as before
    assert _claims("Before the vote — Smith said the mayor lied? — the council met.") == [("Smith", "say")]
    assert _claims("Before the vote — Smith said the mayor lied — the council met.") == [("Smith", "say")]


def test_a_quoted_question_to_someone_stays() -> None:
    assert _claims('"Do you know who your mayor is?" the candidate asked.') == [("the candidate", "ask")]
