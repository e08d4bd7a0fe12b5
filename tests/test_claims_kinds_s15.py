"""Speaker kinds and roles, session 15 (kinds-s15; QA rounds 42-44, web tests s14): each
rule with a sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize


def _kinds(sentence: str) -> dict[str, str]:
    return {name.text: name.kind for name in find_names(tokenize(sentence, 0, len(sentence)))}


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(claim.speaker, claim.speaker_kind) for claim in extract_claims(text)]


# --- rule `inner_capital_marks_a_brand` (names.py; QA round 44, 627 "Thai AirAsia") ------------------


def test_a_word_with_a_capital_inside_is_a_brand() -> None:
    assert _kinds("Thai AirAsia said flights would resume on Monday.") == {"Thai AirAsia": "organisation"}
    assert _speakers("PolitiFact said the claim was false.") == [("PolitiFact", "organisation")]


def test_a_surname_particle_or_joined_first_names_stay_a_person() -> None:
    assert _speakers("Jim VandeHei said the race was close.") == [("Jim VandeHei", "person")]
    assert _speakers("KellyAnne Conway said the race was close.") == [("KellyAnne Conway", "person")]
    assert _speakers("Ron DeSantis said the race was close.") == [("Ron DeSantis", "person")]


# --- rule `plural_body_word_ends_a_body` (names.py; QA round 44, 759) -------------------------------


def test_a_name_ending_in_a_body_words_plural_is_a_body() -> None:
    text = "The town fell, the opposition Local Coordination Committees of Deir Ezzour said in a statement."
    assert ("Local Coordination Committees", "organisation") in _speakers(text)


def test_a_plural_surname_after_a_first_name_stays_a_person() -> None:
    assert _speakers("Tyra Banks said the show would return.") == [("Tyra Banks", "person")]


# --- `central` (organisation_words.txt; web test s14b, 486 "Comedy Central") -----------------------


def test_a_channel_named_central_is_a_body() -> None:
    text = 'Comedy Central also praised Colbert on Thursday, saying, "We wish Stephen the very best."'
    assert _speakers(text) == [("Comedy Central", "organisation")]


def test_a_persons_name_stays_a_person() -> None:
    text = 'Jane Comedy also praised Colbert on Thursday, saying, "We wish Stephen the very best."'
    assert _speakers(text) == [("Jane Comedy", "person")]


# --- rule `body_by_context`: a mission's craft (body_modified_nouns; QA round 42, 565 "Kepler") ------

KEPLER = ("The {name} mission, launched in 2009, finds planets by looking for dips in a star's light. "
          "Kepler also found the first Earth-size planet that orbits in a star's habitable zone.")


def test_a_name_the_article_writes_as_a_mission_is_no_person() -> None:
    assert _speakers(KEPLER.format(name="Kepler")) == [("Kepler", "organisation")]


def test_a_name_written_as_another_missions_leader_stays_as_it_was() -> None:
    # the mission is another's: nothing says Kepler is a craft, and the name keeps the kind it had
    assert _speakers(KEPLER.format(name="Gaia")) == [("Kepler", "person")]


# --- rule `body_by_context`: its naming reading (QA round 43, 854 "Lashkar-e-Saif") ----------------

SAIF = ("As we leave, we find that a new militant {head} called Lashkar-e-Saif has declared its existence. "
        'Lashkar-e-Saif claims they "will welcome security forces with bullets."')


def test_a_name_after_a_group_called_is_a_body() -> None:
    assert ("Lashkar-e-Saif", "organisation") in _speakers(SAIF.format(head="group"))


def test_a_name_after_a_man_called_stays_a_person() -> None:
    assert ("Lashkar-e-Saif", "person") in _speakers(SAIF.format(head="man"))


def test_a_company_naming_its_chief_names_no_body() -> None:
    # "named" is the company's verb here (no "a" before its head): Jane Doe is a person
    text = "The company named Jane Doe its new chief on Monday. Jane Doe said the plan would work."
    assert _speakers(text) == [("Jane Doe", "person")]


# --- rule `based_at_a_place_marks_a_body` (names.py; PolNeAR wash-post 2015-11-24) ------------------


def test_a_name_based_at_a_place_is_a_company() -> None:
    assert _kinds("Dublin-based Shire said the deal was off.") == {"Dublin-based Shire": "organisation"}
    # and two such names are two companies, shown as written
    text = "Chicago-based AbbVie and Dublin-based Shire said the deal was off."
    assert _speakers(text) == [("Chicago-based AbbVie and Dublin-based Shire", "unnamed")]


def test_a_person_based_at_a_place_stays_a_person() -> None:
    assert _speakers("Texas-based Matt Mackowiak said the campaign was unprepared.") == [
        ("Texas-based Matt Mackowiak", "person")]


# --- rule `it_after_a_colon_is_the_lead_in` (speakers.py; PolNeAR western-journal 2016-09-26) -------

RATE = ("PolitiFact said the claim was false. The unemployment rate is a widely used term with a specific "
        "definition: It refers to the share of jobless people who are seeking work.")


def test_it_after_a_colon_is_what_the_lead_in_told_of() -> None:
    assert _speakers(RATE)[-1] == ("It", "unresolved")


def test_it_opening_its_sentence_is_still_the_body_that_spoke() -> None:
    text = RATE.replace("definition: It refers", "definition. It said the rate refers")
    assert _speakers(text)[-1] == ("PolitiFact", "organisation")
