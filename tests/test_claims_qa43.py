"""QA round 43 (session 14 round 2b), each kind fixed by a named rule: a
sentence of the kind the QA saw, and a near variant that must stay as it is."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- rule `name_after_a_naming_phrase` (QA 43 883 s11) ---------------------------------------


def test_a_name_after_a_nom_de_guerre_names_the_clause_final_speaker() -> None:
    claim = only('"Today is the 180th day that food has not been allowed in the camp," activist and resident who '
                 "goes by the nom de guerre Abu Mohammed said.")
    assert claim.speaker == "Abu Mohammed"
    assert claim.content.startswith('"Today is the 180th day')


def test_a_name_after_the_name_names_a_described_speaker() -> None:
    claim = only('"We are dying slowly," a resident who goes by the name Abu Mohammed said.')
    assert claim.speaker == "Abu Mohammed"


def test_a_role_after_a_naming_phrase_leaves_the_described_speaker() -> None:
    # "his mother" is no name: the speaker is the woman the clause describes, as before
    claim = only('"My son was raised up in a loving home," the woman who identified herself as his mother said.')
    assert claim.speaker == "the woman"


# --- rule `gapped_relative_content_ends_with_its_clause` (QA 43 383 s0) ----------------------


def test_a_gapped_relative_content_stops_before_the_main_predicate() -> None:
    claim = only("Bill de Blasio, who campaigned on a progressive agenda that he said would narrow the widening "
                 "gap between the rich and poor, was sworn in Wednesday as the city's 109th mayor.")
    assert (claim.cue, claim.content) == ("say", "would narrow the widening gap between the rich and poor")


def test_a_gapped_which_clause_stops_at_its_closing_comma() -> None:
    claim = only("The plan, which officials said would cut costs, was approved on Monday.")
    assert (claim.speaker, claim.content) == ("officials", "would cut costs")


def test_a_content_with_its_own_subject_keeps_its_second_predicate() -> None:
    claim = only("He said the agenda would narrow the widening gap, was the right one and would pass.")
    assert claim.content == "the agenda would narrow the widening gap, was the right one and would pass"


# --- rule `participle_of_a_found_clause` (QA 43 854 s32) --------------------------------------


def test_a_participle_after_a_found_clause_is_the_clause_subjects() -> None:
    claims = extract_claims("Leaving the town, the reporters find that a new militant group called Lashkar-e-Saif "
                            "has declared its existence, claiming that the region is under the control of the "
                            "Taliban.")
    claim = next(c for c in claims if c.cue == "claim")
    assert claim.speaker == "Lashkar-e-Saif"
    assert claim.content == "the region is under the control of the Taliban"


def test_a_participle_after_a_found_clause_of_a_person_is_that_persons() -> None:
    claims = extract_claims("Reporters learned that the governor had vetoed the bill, saying it was too costly.")
    claim = next(c for c in claims if c.cue == "say")
    assert claim.speaker == "the governor"


def test_a_participle_after_a_said_clause_stays_the_sayers() -> None:
    claims = extract_claims("Trump said that Clinton had lied, adding that she should resign.")
    claim = next(c for c in claims if c.cue == "add")
    assert claim.speaker == "Trump"


def test_a_participle_after_a_found_clause_with_no_source_stays_the_finders() -> None:
    claims = extract_claims("Researchers found that the drug cut deaths by half, suggesting that it could save lives.")
    claim = next(c for c in claims if c.cue == "suggest")
    assert claim.speaker == "Researchers"
