"""Wrong speakers found by session 21's reader rounds 58 and 59 (wrongs2
s21): each fixed by a named rule, with a sentence of its kind and a near
variant that must stay as it is. The sentences are invented in the manner
of news articles; none is copied from the shared data sets."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims.speakers import _owns_a_person
from summarizer.claims.text import tokenize


def _speakers(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.speaker, c.role, c.speaker_kind) for c in extract_claims(text)]


def _last(text: str) -> tuple[str | None, str]:
    claim = extract_claims(text)[-1]
    return claim.speaker or (claim.speaker_span.text if claim.speaker_span else None), claim.speaker_kind


# --- rule `unnamed_role_holder_spoke_since` (speakers.py _role_holder_spoke_since; QA round 59,
# 964 s5: the oil minister's words went to the president named three sentences before)

OLDER_NAME = (
    "While many leaders have condemned Syrian President Tariq Hadad, the embattled leader has found an "
    "ally abroad.\n\nThe company has sent large shipments to the port.\n\n"
)


def test_unnamed_role_holder_who_spoke_keeps_an_older_name_out() -> None:
    text = OLDER_NAME + (
        "In late May, the country's oil minister said that a tanker had arrived in his country, the "
        "state-run news agency reported. At the time, he said another tanker was being prepared."
    )
    assert _last(text) == ("he", "unresolved")


def test_the_older_names_own_role_is_the_same_man_described_again() -> None:
    text = OLDER_NAME + (
        "In late May, the president said that a tanker had arrived in his country, the state-run news "
        "agency reported. At the time, he said another tanker was being prepared."
    )
    assert _last(text) == ("Tariq Hadad", "person")


def test_a_named_role_holder_is_that_name() -> None:
    text = OLDER_NAME + (
        "In late May, oil minister Ali Hassan said that a tanker had arrived, the news agency reported. "
        "At the time, he said another tanker was being prepared."
    )
    assert _last(text) == ("Ali Hassan", "person")


def test_a_role_holder_of_the_other_gender_does_not_hold_he_back() -> None:
    text = OLDER_NAME + (
        "In late May, the minister's wife said that a tanker had arrived, the news agency reported. "
        "At the time, he said another tanker was being prepared."
    )
    assert _last(text) == ("Tariq Hadad", "person")


# --- rules `possessor_of_a_person_is_no_antecedent` and `possessed_person_goes_on`
# (speakers.py _only_the_possessor_of_a_person, _possessed_person_just_before; QA round 59,
# 792 s27: the father's quotation went to his son, named only as the possessor "Kevin's")


def test_the_possessed_person_speaks_not_the_possessor() -> None:
    text = (
        "Kevin's father told the station that the boy will tell his story one day. \"I can tell you a "
        "lot of things, but I only know that he is a hero,\" he said."
    )
    assert _speakers(text)[-1] == ("Kevin's father", None, "unnamed")


def test_a_possessed_thing_leaves_the_possessor_as_he() -> None:
    text = (
        "Kevin's research was published on Monday. \"I can tell you a lot of things, but I only know "
        "that it works,\" he said."
    )
    assert _speakers(text)[-1] == ("Kevin", None, "person")


def test_a_possessed_person_of_the_other_gender_leaves_he_as_it_was() -> None:
    text = (
        "Kevin's mother told the station that the boy will tell his story one day. \"I can tell you a "
        "lot of things, but I only know that it is over,\" he said."
    )
    assert _speakers(text)[-1] == ("Kevin", None, "person")


@pytest.mark.parametrize(("sentence", "owns"), [
    ("Kevin's father told the station", True),
    ("Kevin's new lawyer said", True),
    ("Obama also addressed Trump's general concerns last week", False),
    ("Kevin's research was published", False),
    ("Kevin's mother told the station", False),
])
def test_owns_a_person_reads_the_noun_the_possessive_opens(sentence: str, owns: bool) -> None:
    tokens = tokenize(sentence, 0, len(sentence))
    name = next(t for t in tokens if t.text.startswith(("Kevin", "Trump")))
    assert _owns_a_person(tokens, name.start, "male") is owns
