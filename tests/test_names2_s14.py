"""The names layer, session 14 round 2 (web test s14, QA round 42): each rule
with a case of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.mentions import find_mentions


def _names(sentence: str) -> list[str]:
    return [name.text for name in find_names(tokenize(sentence, 0, len(sentence)))]


def _mentioned(sentences: list[str], bodies: tuple[str, ...] = ()) -> dict[str, str]:
    return {mention.name: mention.kind for mention in find_mentions(sentences, bodies=bodies)}


# --- rule `two_word_particle_joins_a_name` (names.py; web test s14 K1) -----------------------------


def test_a_two_word_particle_is_inside_the_name() -> None:
    assert _names("Recently, Ursula von der Leyen stated that the goal is near.") == ["Ursula von der Leyen"]
    assert _names("Maria de la Cruz said that it rained.") == ["Maria de la Cruz"]
    assert _names("Frans van der Berg said the dike held.") == ["Frans van der Berg"]


def test_one_particle_and_an_unlisted_pair_stay_as_they_were() -> None:
    assert _names("Charles de Gaulle said it.") == ["Charles de Gaulle"]
    # a pair not listed (name_particle_pairs) joins nothing: "la" and "de" are not a name's pair
    assert _names("Maria la de Cruz said it.") == ["Maria", "Cruz"]


def test_the_claims_and_mentioned_read_one_person_with_a_two_word_particle() -> None:
    text = ("Recently, Ursula von der Leyen stated that the goal is near. "
            "Von der Leyen said the plan would work.")
    assert [claim.speaker for claim in extract_claims(text)] == ["Ursula von der Leyen"] * 2
    assert _mentioned([text]) == {"Ursula von der Leyen": "person"}


# --- rule `the_before_a_possessive_may_be_the_nouns` (names.a_body_by_the_alone; QA round 42, 384) --

COLLINS = ["Lawmakers came together after Sen. Susan Collins of Maine stormed to the Senate floor.",
           "Like the new deal, the {owner} framework reopened the government and moved the deadline.",
           "Signs of progress took shape in the days after the rollout of Collins' plan."]


def test_the_before_a_persons_surname_makes_no_body() -> None:
    # the claim tagger reads "the Collins' framework ... called for" as a body's claim, as the brief passes it
    found = _mentioned([COLLINS[0], COLLINS[1].format(owner="Collins'"), COLLINS[2]], bodies=("Collins",))
    assert found.get("Susan Collins") == "person"
    assert "Collins" not in found


def test_the_before_a_possessive_with_no_such_person_stays_a_body() -> None:
    # no one of that surname: "the Pentagon's" is the body, as it was
    found = _mentioned([COLLINS[0], COLLINS[1].format(owner="Pentagon's"), "The Pentagon's plan was praised."],
                       bodies=("Pentagon",))
    assert found.get("Pentagon") == "organisation"


# --- rule `kin_apposition_is_a_person` (mentions; QA round 42, 431) --------------------------------


def test_one_word_set_off_after_a_relation_word_is_no_body() -> None:
    found = _mentioned(["Russell Johnson died on Thursday, said agent Mike Eisenstadt.",
                        "Johnson is also survived by a stepson, Court, and a grandson, he said."])
    assert "Court" not in found or found["Court"] == "person"


def test_a_body_word_after_a_relation_word_without_commas_stays() -> None:
    found = _mentioned(["Her son took the case to the Supreme Court on Monday, said agent Mike Eisenstadt.",
                        "The Supreme Court ruled against him."])
    assert found.get("Supreme Court") == "organisation"


# --- rule `ordinal_opens_a_body_name` (names; web test s14 K4) --------------------------------------


def test_an_ordinal_before_a_body_is_its_first_word() -> None:
    assert _names("On Thursday, California's 4th District Court of Appeal in Santa Ana found that it was liable.") \
        == ["California", "4th District Court of Appeal", "Santa Ana"]
    assert _names("The 9th Circuit Court of Appeals ruled on Monday.") == ["9th Circuit Court of Appeals"]


def test_an_ordinal_before_one_word_or_no_body_stays_out() -> None:
    assert _names("Just 58 units were built in Velázquez’s 13th Council district.")[-1] == "Council"
    assert _names("She was 3rd Baroness Smith.") == ["Baroness Smith"]


# --- rule `adjective_body_is_the_body_of_its_noun` (mentions; no_names.txt body_adjective_nouns; K4) -

COURT = ["On Thursday, California's 4th District Court of Appeal in Santa Ana found that Amazon was liable.",
         "The Appellate Court didn't agree with the company's stance."]


def test_an_adjective_body_counts_for_the_one_body_of_its_noun() -> None:
    found = _mentioned(COURT)
    assert found.get("California's 4th District Court of Appeal") == "organisation"  # rule owner_stays_with_its_body
    assert "Appellate Court" not in found


def test_an_adjective_body_beside_two_bodies_of_its_noun_stays_apart() -> None:
    found = _mentioned([*COURT, "Texas's 5th District Court of Appeals in Dallas had ruled the other way."])
    assert "Appellate Court" in found


# --- rule `business_noun_marks_a_body` (mentions; no_names.txt business_owned_nouns; K15) ----------


def test_a_one_word_name_owning_a_companys_noun_is_an_organisation() -> None:
    found = _mentioned(["The latest iPhone from Apple is a massive upgrade.",
                        "It comes in at less than half the price of Apple's flagships."])
    assert found.get("Apple") == "organisation"


def test_a_one_word_name_owning_anothers_noun_stays_out() -> None:
    found = _mentioned(["The latest record from Adele is a massive hit.",
                        "It sold more than half as many copies as Adele's earlier albums."])
    assert "Adele" not in found
