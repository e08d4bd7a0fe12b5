"""A contact clause after a time noun ("the same day prosecutors said"): its
own subject speaks, never the subject of the sentence it hangs on (session 22,
CNN-Corpus dev 206 s23, where the main subject "She" was then resolved to a
reporter who never said it)."""

from __future__ import annotations

import pytest

from summarizer import extract_claims

REPORTER = "Reporter Jana Winter was subpoenaed.\n\n"


# Rule `contact_clause_after_a_time_noun`
@pytest.mark.parametrize(("sentence", "speaker"), [
    ("She appeared in court on the same day prosecutors said they would pursue the death penalty.", "prosecutors"),
    ("She appeared in court the week officials said they would appeal.", "officials"),
])
def test_the_contact_clauses_subject_speaks(sentence: str, speaker: str) -> None:
    claims = extract_claims(REPORTER + sentence)
    assert [c.speaker for c in claims] == [speaker]
    assert all(c.speaker != "Jana Winter" for c in claims)


@pytest.mark.parametrize(("sentence", "source"), [
    # no past verb before the time noun: a compound, as it was
    ("Day laborers said they would strike.", "Day laborers"),
    # no person or name after the time noun: as it was
    ("He left the year the company announced it would close.", "He left the year the company"),
])
def test_a_time_noun_with_no_clause_before_it_stays(sentence: str, source: str) -> None:
    claims = extract_claims(REPORTER + sentence)
    assert [c.speaker_span.text if c.speaker_span else None for c in claims] == [source]
