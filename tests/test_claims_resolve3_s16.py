"""Session 16, resolve 3: speakers still wrong or unresolved.

Each rule has a sentence of its kind and a near variant that must stay as it
was (all sentences invented)."""

from __future__ import annotations

from summarizer import extract_claims


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.speaker_kind) for c in extract_claims(text)]


# --- rule pair_with_ages_is_one_source --------------------------------------------------------


def test_two_people_each_with_an_age_are_one_joint_source() -> None:
    text = "Jane Smith, 35, and her father Tom Smith, 61, said the house was lost in the fire."
    assert _speakers(text) == [("Jane Smith and her father Tom Smith", "unnamed")]
    text = "Jane Smith, 35, and Tom Smith, 61, said the house was lost in the fire."
    assert _speakers(text) == [("Jane Smith and Tom Smith", "unnamed")]


def test_an_age_after_a_clause_leaves_the_second_person_alone() -> None:
    # "and" after a clause, not after the first person's age: the father spoke alone
    text = "Jane Smith, 35, was hurt, and her father Tom Smith, 61, said the house was lost in the fire."
    assert _speakers(text) == [("Tom Smith", "person")]
    text = "Tom Smith, 61, said the house was lost in the fire."
    assert _speakers(text) == [("Tom Smith", "person")]


# --- rule name_inside_a_final_claim, on the older search (CNN-Corpus dev 904) -----------------


def test_a_man_inside_the_last_claim_does_not_stand_beside_its_speaker() -> None:
    # Yannis is of no known gender: the search of the sentence before read John Brown beside him
    text = 'If John Brown runs, "he would win," Yannis Nikolaou told CNN. Travel is up to the organizers, he said.'
    assert _speakers(text)[-1] == ("Yannis Nikolaou", "person")


def test_a_man_opening_the_last_claim_still_stands_beside_its_speaker() -> None:
    text = 'John Brown will run, "and he would win," Yannis Nikolaou told CNN. Travel is up to the organizers, he said.'
    assert _speakers(text)[-1] == ("he", "unresolved")


# --- rule gender_by_a_reflexive (QA round 47 786) -------------------------------------------


def test_herself_after_the_subject_tells_her_gender() -> None:
    # past the asides after the name; a woman is no "he"
    text = (
        "Lindsey Hilsum, the editor for Channel 4 News, posted a picture of herself there.\n\n"
        '"If we are silenced, how will you know?" he wrote.'
    )
    assert _speakers(text)[-1] == ("he", "unresolved")


def test_himself_of_someone_else_tells_no_gender() -> None:
    # "the boy" stands between: the reflexive is his, Hilsum's gender stays unknown
    text = 'Lindsey Hilsum said the boy hurt himself.\n\n"If we are silenced, how will you know?" he wrote.'
    assert _speakers(text)[-1] == ("Lindsey Hilsum", "person")
