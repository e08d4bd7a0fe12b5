"""Wrong speakers found by session 21's reader rounds 58 and 59 (wrongs2
s21): each fixed by a named rule, with a sentence of its kind and a near
variant that must stay as it is. The sentences are invented in the manner
of news articles; none is copied from the shared data sets."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims.speakers import _owns_a_person
from summarizer.claims.text import tokenize
from tests.claim_helpers import speakers_roles_and_kinds


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
    # resolve s22, rule `he_after_a_described_teller`: the minister as described, never the older name
    assert _last(text) == ("the country's oil minister", "unresolved")


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
    assert speakers_roles_and_kinds(text)[-1] == ("Kevin's father", None, "unnamed")


def test_a_possessed_thing_leaves_the_possessor_as_he() -> None:
    text = (
        "Kevin's research was published on Monday. \"I can tell you a lot of things, but I only know "
        "that it works,\" he said."
    )
    assert speakers_roles_and_kinds(text)[-1] == ("Kevin", None, "person")


def test_a_possessed_person_of_the_other_gender_leaves_he_as_it_was() -> None:
    text = (
        "Kevin's mother told the station that the boy will tell his story one day. \"I can tell you a "
        "lot of things, but I only know that it is over,\" he said."
    )
    assert speakers_roles_and_kinds(text)[-1] == ("Kevin", None, "person")


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


# --- rule `preposition_in_ing_is_no_verb` (rules.py _verb_like, for `subject_after_and`; QA round
# 59, 964 s19: "during" read as a verb form cut the name off two joined appositions)


def test_two_appositions_joined_after_during_keep_the_name() -> None:
    text = (
        "Otto Reich, a U.S. assistant secretary of state during the Bush years and a fierce critic of "
        "Chavez, told the newspaper that he feared the ships had another purpose."
    )
    assert speakers_roles_and_kinds(text) == [("Otto Reich", None, "person")]


def test_a_verb_in_ing_before_and_the_still_opens_a_new_subject() -> None:
    text = (
        "The men were entering the country illegally from the island and the vessel operator "
        "admitted the charge."
    )
    assert speakers_roles_and_kinds(text) == [("the vessel operator", None, "unnamed")]


# --- rule `name_and_others_is_one_source` (rules.py _name_and_others; QA round 58, 654 s31:
# "McDonald and other experts said" showed "other experts" and dropped McDonald)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("McDonald and other experts said underground pipes are a major source of leaks.",
     "McDonald and other experts"),
    ("McDonald and two other experts said underground pipes leak.", "McDonald and two other experts"),
    ("On Monday, McDonald and other experts said underground pipes leak.", "McDonald and other experts"),
    ("But Smith and other officials said underground pipes leak.", "Smith and other officials"),
    ("McDonald and others said underground pipes leak.", "McDonald and others"),
])
def test_a_name_and_others_is_one_joint_source(sentence: str, speaker: str) -> None:
    assert speakers_roles_and_kinds(sentence) == [(speaker, None, "unnamed")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The mayor and other officials said underground pipes leak.", "other officials"),
    ("Ms. Toretti, Mrs. Rao and other prominent donors said their networks grew.", "other prominent donors"),
])
def test_no_name_or_a_list_of_names_stays_as_it_was(sentence: str, speaker: str) -> None:
    assert speakers_roles_and_kinds(sentence) == [(speaker, None, "unnamed")]


# --- rules `agent_apposition_is_the_agents` and `agent_ends_on_no_bare_determiner` (rules.py
# _agents_apposition_end, _agent_past_a_bare_determiner; QA round 58, 509 s11: "However this was
# denied by chairman of the host All England Club, Phillip Brook." gave the content "However this
# Phillip Brook"): the agent's name is never content; a bare subject left is no claim (rule
# `bare_subject_of_a_passive_is_no_content`)


@pytest.mark.parametrize("sentence", [
    "However this was denied by chairman of the host All England Club, Phillip Brook.",
    "The rumors were denied by the chairman of the club, Philip Brook.",
])
def test_the_agents_name_is_no_content(sentence: str) -> None:
    assert all("Brook" not in claim.content for claim in extract_claims(sentence))


def test_a_passive_with_a_that_clause_keeps_the_whole_agent() -> None:
    claims = extract_claims("The report that he would quit was denied by the chairman of the club.")
    assert [(c.source_as_written, c.content) for c in claims] == [("the chairman of the club", "he would quit")]


def test_a_cue_after_the_agents_comma_is_another_claim() -> None:
    claims = extract_claims("The rumors were denied by the club, Smith said.")
    assert [(c.speaker, c.content) for c in claims] == [("Smith", "The rumors were denied by the club")]
