"""Session 17, resolve: speakers left unresolved (or shown as a description)
where a reader can name them.

Each rule has a sentence of its kind and a near variant that must stay as it
was (sentences invented, or short ones after the articles the QA rounds read)."""

from __future__ import annotations

from summarizer import extract_claims


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.speaker_kind) for c in extract_claims(text)]


# --- rule second_apposition_is_no_subject (QA round 48, 608) ---------------------------------


def test_a_second_apposition_before_a_thing_relative_is_no_subject() -> None:
    text = ("Gary Leff, the cofounder of milepoint.com, and a consultant on the Freddie Awards, which "
            "recognizes airlines with the best loyalty schemes, notes that some carriers have hidden value.")
    assert _speakers(text) == [("Gary Leff", "person")]
    # as with no relative after it
    text = ("Gary Leff, the cofounder of milepoint.com, and a consultant on the Freddie Awards, notes that "
            "some carriers have hidden value.")
    assert _speakers(text) == [("Gary Leff", "person")]


def test_a_second_apposition_before_a_persons_relative_stays() -> None:
    # "who" may bring in someone else: shown as written, as before
    text = ("Gary Leff, the cofounder of milepoint.com, and a consultant on the Freddie Awards, who asked "
            "not to be named, said that some carriers have hidden value.")
    assert _speakers(text) == [("a consultant on the Freddie Awards", "unnamed")]

