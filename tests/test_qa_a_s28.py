"""Session 28, reader round qa_a (three held-out CNN articles: a park in Abu Dhabi, a celebrity's death,
a month of bombings in Iraq). A writer's verdict after a phrase content is no part of the claim; lives
claimed and solutions found are no claims; "Sometimes it seems" has no source; a long name ending in
a place word that is also a surname is a place; a "he" closing a quotation after a person shown by a
gesture is that person. Each rule has a sentence of its kind and a near variant that must stay as it
was; the sentences are written after one read of the articles, none is copied whole."""

from __future__ import annotations

from summarizer.claims import Claim, extract_claims


def _claims(text: str) -> list[Claim]:
    return extract_claims(text)


def _one(text: str) -> Claim:
    claims = _claims(text)
    assert len(claims) == 1, claims
    return claims[0]


# --- rule occasion_relative_keeps_a_phrase_content (771 s15: the clear wrong) ----------------------------


def test_writers_verdict_after_a_phrase_with_a_when_relative_is_left_out() -> None:
    claim = _one("The ministry touts cases when it has managed to defuse bombs, but the harsh reality is "
                 "that they cannot stop the violence.")
    assert claim.cue == "tout"
    assert claim.content == "cases when it has managed to defuse bombs"


def test_a_where_relative_ends_the_phrase_too() -> None:
    claim = _one("The company touts towns where its clinics have opened, but the truth is that few patients "
                 "come.")
    assert claim.content == "towns where its clinics have opened"


def test_a_clause_content_with_a_when_relative_keeps_its_contrast() -> None:
    # "was over" is the content's own verb: a clause, whose "but" goes on as before
    claim = _one("The mayor said the time when the city flooded was over, but the recovery has been slow.")
    assert claim.content == "the time when the city flooded was over, but the recovery has been slow"
