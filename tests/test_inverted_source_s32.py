"""An inverted source with a body's name before its title: the clause before the comma is what was
said, never the subject's own claim about the source."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims.model import Claim


def _one(text: str) -> Claim:
    (claim,) = extract_claims(text)
    return claim


# --- rule body_title_and_name_after_the_cue_end_the_source (CNN-Corpus dev 950) ---------------------


@pytest.mark.parametrize(("sentence", "speaker", "content"), [
    ("Last year, the two groups effectively merged, said CNN national security analyst Peter Bergen.",
     "Peter Bergen", "Last year, the two groups effectively merged"),
    ("On Monday, the talks quietly collapsed, said EU chief negotiator Michel Barnier.",
     "Michel Barnier", "On Monday, the talks quietly collapsed"),
    ("In March, the company raised prices, said Fox News business analyst Mary Jones.",
     "Mary Jones", "In March, the company raised prices"),
    # already read so: a source that is one noun phrase, or a description opened in lower case
    ("Last year, the two groups effectively merged, said Peter Bergen.",
     "Peter Bergen", "Last year, the two groups effectively merged"),
    ("On Monday, the talks quietly collapsed, said a senior European Union diplomat in Brussels.",
     "a senior European Union diplomat in Brussels", "On Monday, the talks quietly collapsed"),
])
def test_clause_before_the_comma_is_the_content(sentence: str, speaker: str, content: str) -> None:
    claim = _one(sentence)
    assert claim.speaker == speaker
    assert claim.content == content


@pytest.mark.parametrize(("sentence", "content"), [
    # the subject says a clause of its own
    ("Last year, the two groups said the merger would go ahead.", "the merger would go ahead"),
    # the titled name after the cue opens a clause ("lied"): the subject's claim about him
    ("Last year, the two groups, however, said CNN national security analyst Peter Bergen lied.",
     "CNN national security analyst Peter Bergen lied"),
])
def test_subject_before_the_cue_keeps_its_claim(sentence: str, content: str) -> None:
    claim = _one(sentence)
    assert claim.speaker == "the two groups"
    assert claim.content == content
