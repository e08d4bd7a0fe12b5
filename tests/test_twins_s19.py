"""Twins-s19: one fact in one place. The mend that widens a reading gets its
sentence and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims


def _kind_of(text: str, speaker: str) -> str | None:
    return next(c.speaker_kind for c in extract_claims(text) if c.speaker == speaker)


# --- names.body_heads: the naming reading of rule `body_by_context` reads publication nouns too ----


def test_a_newspaper_called_a_name_names_a_body() -> None:
    # "website" was listed both as a body's head and as a publication noun; the naming reading
    # ("a ... called X") read the heads alone, so "a newspaper called Kestrel" made Kestrel a person
    text = "A new newspaper called Kestrel launched on Monday. Kestrel said the minister had resigned."
    assert _kind_of(text, "Kestrel") == "organisation"


def test_a_website_called_a_name_still_names_a_body() -> None:
    text = "A new website called Kestrel launched on Monday. Kestrel said the minister had resigned."
    assert _kind_of(text, "Kestrel") == "organisation"


def test_a_man_called_a_name_stays_a_person() -> None:
    text = "A man called Kestrel arrived on Monday. Kestrel said the minister had resigned."
    assert _kind_of(text, "Kestrel") == "person"
