"""Rule `newer_subject_of_another_person` (claims/speakers.py): a person
introduced as a sentence's subject after the last speaker spoke may be the
"he" or "she" of the next quotation; the text does not say which, so the
speaker stays unresolved rather than going to the last speaker (QA round 3,
N3: a student's quotation credited to the lecturer quoted before him)."""

from __future__ import annotations

from tests.test_claims_trust import claims_of


def test_a_newly_introduced_subject_leaves_he_unresolved() -> None:
    text = (
        "\u201cStudents need a certain level of social interaction,\u201d Levi Pay says.\n\n"
        "Fraser Amos, a final-year student at Warwick University, is helping to rally support for a rent strike.\n\n"
        "\u201cUniversities are putting rents and revenues above student lives,\u201d he says.\n"
    )
    claims = claims_of(text)
    last = next(c for c in claims if "rents and revenues" in c.content)
    assert last.speaker != "Levi Pay"
    assert last.speaker_kind == "unresolved"


def test_without_a_new_person_he_is_still_the_last_speaker() -> None:
    text = (
        "\u201cStudents need a certain level of social interaction,\u201d Levi Pay says.\n\n"
        "The strike is growing across the country.\n\n"
        "\u201cUniversities are putting rents and revenues above student lives,\u201d he says.\n"
    )
    claims = claims_of(text)
    last = next(c for c in claims if "rents and revenues" in c.content)
    assert last.speaker == "Levi Pay"
