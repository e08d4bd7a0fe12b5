"""A "they" right after people named in a pair, and relatives in the plural
as a source (claims/speakers.py rule `they_after_a_joint_source_of_names`,
rules/source_nouns.txt described)."""

from __future__ import annotations

from tests.claim_helpers import speakers_and_kinds

# --- rule they_after_a_joint_source_of_names: a closing "they say" ---------------------------


def test_closing_they_after_a_pair_named_is_the_pair() -> None:
    # PolNeAR dev: the pair's sentence opens with "But", the "they" closes the next one
    text = (
        "But Mr. Grassley and Mr. Leahy say other changes are needed.\n\n"
        "The program, which was created in 1990, has expanded well beyond its original intent, they say."
    )
    assert speakers_and_kinds(text)[-1] == ("Mr. Grassley and Mr. Leahy", "unnamed")
    text = "Tom Brown and Jane Smith said the plan was bad.\n\nIt would fail, they said."
    assert speakers_and_kinds(text)[-1] == ("Tom Brown and Jane Smith", "unnamed")


def test_closing_they_with_someone_else_before_it_stays_unresolved() -> None:
    # people in the plural before the pronoun may be "they"
    text = "Tom Brown and Jane Smith said the plan was bad.\n\nDozens of workers were hurt, they said."
    assert speakers_and_kinds(text)[-1] == ("they", "unresolved")
    # a name before it (a body or people the tagger cannot type) may be "they" too
    text = "Tom Brown and Jane Smith said the plan was bad.\n\nMary Jones would fail, they said."
    assert speakers_and_kinds(text)[-1] == ("they", "unresolved")
    # so may a pronoun for people
    text = "Tom Brown and Jane Smith said the plan was bad.\n\nHe would fail, they said."
    assert speakers_and_kinds(text)[-1] == ("they", "unresolved")
    # other people in the pair's own claim
    text = "Tom Brown and Jane Smith said the protesters were armed.\n\nThe police fired first, they said."
    assert speakers_and_kinds(text)[-1] == ("they", "unresolved")


def test_closing_they_never_goes_to_one_person() -> None:
    text = "Tom Brown said the plan was bad.\n\nIt would fail, they said."
    assert speakers_and_kinds(text)[-1] == ("they", "unresolved")
    # a pair of a person and a body is no joint source of names here
    text = "Tom Brown and Acme Corp. said the plan was bad.\n\nIt would fail, they said."
    assert speakers_and_kinds(text)[-1] == ("they", "unresolved")


# --- relatives in the plural are a source shown as written -----------------------------------


def test_brothers_are_a_source_as_written() -> None:
    # PolNeAR train: "In some ways, the brothers noted, Trump might appreciate their performance."
    text = "The play will tour Mexico.\n\nIn some ways, the brothers noted, Trump might appreciate their performance."
    assert speakers_and_kinds(text)[-1] == ("the brothers", "unnamed")
    text = "The brothers believe the network was bullied into its decision."
    assert speakers_and_kinds(text)[-1] == ("The brothers", "unnamed")


def test_children_stay_no_source() -> None:
    # "children" is more often a population than someone's: the writer's account of their
    # feelings is no claim of theirs
    text = "In addition to mourning the loss of caregivers, the children feel abandoned and stigmatized."
    assert speakers_and_kinds(text) == []
