"""Session 20 (mentions3-s20): the brief's "Mentioned" list, round 3 (QA
round 57). Each rule has a sentence of its kind and a near variant that
stays as it was."""

from __future__ import annotations

from summarizer.mentions import find_mentions, name_runs


def mentioned(*sentences: str, people: tuple[str, ...] = (), bodies: tuple[str, ...] = ()
              ) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, people, bodies)}


# --- names rule `whole_body_before_and_is_a_body_of_its_own` (QA 57, 988) ----------------------------------


def test_two_whole_bodies_joined_by_and_are_two_names() -> None:
    assert name_runs("I studied at Oxford University and Columbia University, and my thirst grew.") == [
        ("Oxford University", False), ("Columbia University", False)]


def test_a_body_holding_and_stays_one_name() -> None:
    for sentence, name in (("The Food and Drug Administration said so.", "Food and Drug Administration"),
                           ("The Bill and Melinda Gates Foundation gave money.", "Bill and Melinda Gates Foundation"),
                           ("The Department of Housing and Urban Development said so.",
                            "Department of Housing and Urban Development"),
                           ("He works at the Urban Institute and Brookings Institution now.",
                            "Urban Institute and Brookings Institution")):
        assert name_runs(sentence) == [(name, False)]


# --- titles.txt: ranks of several words (QA 57, 798: "Retired Air Chief Marshal Angus Houston (3)") ---------


def test_air_chief_marshal_is_a_title() -> None:
    found = mentioned("Retired Air Chief Marshal Angus Houston, the head of the centre, said Monday.",
                      "\"I think we're in the right area,\" Houston said.")
    assert found["Angus Houston"] == ("person", 2)
    assert not any("Marshal" in name for name in found)


def test_air_marshal_alone_opens_a_body() -> None:
    assert name_runs("The Federal Air Marshal Service said so.") == [("Federal Air Marshal Service", False)]


# --- rule `surname_the_claims_took_for_a_body_is_the_speaker` (QA 57, 398: "Nunes (5)" under Organisations) -

NUNES = ("\"We need answers,\" Rep. Devin Nunes (R-California) told CNN.", "Nunes said so.",
         "Nunes suggested it.", "The Nunes letter also asserts it.", "Nunes specifically wants to know.")


def test_surname_the_claims_took_for_a_body_is_the_speaker() -> None:
    found = mentioned(*NUNES, people=("Devin Nunes",), bodies=("Nunes",))
    assert found["Devin Nunes"] == ("person", 5)
    assert "Nunes" not in found


# the body-use comes before the full name: once "Devin Nunes" is named, "the Nunes letter" is his
# (speakers rule `surname_given_in_full_before_a_noun`, session 22), so the fixture puts it first
NUNES_BODY_FIRST = (NUNES[3], *NUNES[:3], NUNES[4])


def test_body_of_the_surname_of_a_person_who_never_speaks_stays_a_body() -> None:
    found = mentioned(*NUNES_BODY_FIRST, people=(), bodies=("Nunes",))
    assert found["Nunes"][0] == "organisation"


# --- rule `kind_of_place_of_a_name_is_a_place` (QA 57, 643: "District of Columbia (2)" under Other names) ---


def test_district_of_a_name_is_a_place() -> None:
    found = mentioned("Same-sex couples can marry in the District of Columbia.", "The District of Columbia agreed.")
    assert found["District of Columbia"] == ("place", 2)


def test_state_of_a_name_is_not_marked() -> None:
    found = mentioned("The State of Origin series opened.", "The State of Origin series closed.")
    assert found.get("State of Origin", ("other", 0))[0] != "place"


# --- rule `listed_acronym_of_a_place_is_a_body` (QA 57, 643: "ACLU of Oregon (1)" under Other names) --------


def test_listed_acronym_of_a_place_is_a_body() -> None:
    assert mentioned("The ACLU of Oregon sued the state.")["ACLU of Oregon"][0] == "organisation"


def test_unlisted_acronym_of_a_place_stays() -> None:
    assert mentioned("The MVP of Texas won again.").get("MVP of Texas", ("other", 0))[0] == "other"
