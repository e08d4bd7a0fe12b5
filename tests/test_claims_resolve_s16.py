"""Session 16, resolve: unresolved speakers a careful reader can name.

Each rule has a sentence of its kind and a near variant that must stay as it
was (all sentences invented, after the shapes of CNN-Corpus dev 758)."""

from __future__ import annotations

from summarizer import extract_claims


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.speaker_kind) for c in extract_claims(text)]


# --- rule description_named_by_a_copula ------------------------------------------------------


def test_the_description_a_copula_named_is_that_person() -> None:
    text = (
        "The mother is Ann Lee, and she spoke on Wednesday.\n\n"
        "The school failed her son, the mother said."
    )
    assert _speakers(text)[-1] == ("Ann Lee", "person")


def test_a_description_no_copula_named_stays_as_written() -> None:
    # a possessor ("Her mother is ..."): whose mother, the description does not say
    text = "Her mother is Ann Lee, and she spoke on Wednesday.\n\nThe school failed her son, the mother said."
    assert _speakers(text)[-1] == ("the mother", "unnamed")
    # more after the name: "The mother is Ann Lee's friend" names no one the mother
    text = "The mother is Ann Lee's friend, and she spoke on Wednesday.\n\nThe school failed the boy, the mother said."
    assert _speakers(text)[-1] == ("the mother", "unnamed")
    # no copula at all: shown as written, as before
    text = "Ann Lee spoke on Wednesday.\n\nThe school failed her son, the mother said."
    assert _speakers(text)[-1] == ("the mother", "unnamed")


# --- rule described_subject_goes_on_as_another_pronoun ---------------------------------------


def test_a_described_subject_shown_to_be_he_is_not_the_final_she() -> None:
    text = (
        '"He is an honorable man," Ann Lee said on Wednesday.\n\n'
        "The reporter has no say in what the government does, and he should not be punished for it, she says."
    )
    assert _speakers(text)[-1] == ("Ann Lee", "person")


def test_a_described_subject_of_no_known_gender_may_still_be_the_final_she() -> None:
    # no ", and he" after the description: "The reporter" may be "she", so no one is named
    text = (
        '"He is an honorable man," Ann Lee said on Wednesday.\n\n'
        "The reporter has no say in what the government does and should not be punished for it, she says."
    )
    assert _speakers(text)[-1] == ("she", "unresolved")
    # someone named before the "he": "she" may be that person, the reporter "he"
    text = (
        '"He is an honorable man," Ann Lee said on Wednesday.\n\n'
        "The reporter upheld the claim of Mary Smith, and he should not be punished for it, she says."
    )
    assert _speakers(text)[-1] != ("Ann Lee", "person")
