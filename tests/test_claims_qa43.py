"""QA round 43 (session 14 round 2b), each kind fixed by a named rule: a
sentence of the kind the QA saw, and a near variant that must stay as it is."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- Rule `name_after_a_naming_phrase` (QA 43 883 s11) ---------------------------------------


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


# --- Rule `gapped_relative_content_ends_with_its_clause` (QA 43 383 s0) ----------------------


def test_a_gapped_relative_content_stops_before_the_main_predicate() -> None:
    claim = only("Bill de Blasio, who campaigned on a progressive agenda that he said would narrow the widening "
                 "gap between the rich and poor, was sworn in Wednesday as the city's 109th mayor.")
    assert (claim.cue, claim.content) == ("say", "would narrow the widening gap between the rich and poor")


def test_a_gapped_which_clause_stops_at_its_closing_comma() -> None:
    # the content carries the noun the relative stands for (claims-s18 rule
    # relative_antecedent_is_the_contents_subject) and still ends at the closing comma
    claim = only("The plan, which officials said would cut costs, was approved on Monday.")
    assert (claim.speaker, claim.content) == ("officials", "The plan would cut costs")


def test_a_content_with_its_own_subject_keeps_its_second_predicate() -> None:
    claim = only("He said the agenda would narrow the widening gap, was the right one and would pass.")
    assert claim.content == "the agenda would narrow the widening gap, was the right one and would pass"


# --- Rule `participle_of_a_found_clause` (QA 43 854 s32) --------------------------------------


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


# --- Rule `participle_adjective_before_its_preposition_is_no_cue` (QA 43 374 s16) ------------


def test_opposed_to_after_its_noun_is_an_adjective() -> None:
    assert not [c for c in extract_claims("Voters opposed to the Tea Party movement? They went for Romney.")
                if c.cue == "oppose"]


def test_opposed_with_an_object_is_no_adjective() -> None:
    # the verb with its object is left to the other rules: the officials' claim keeps its words
    claim = only("Voters opposed the measure by a wide margin, officials said.")
    assert (claim.speaker, claim.content) == ("officials", "Voters opposed the measure by a wide margin")


# --- Rule `gerund_after_a_preposition_is_a_noun` (QA 43 482 s6, s13) -------------------------


def test_a_gerund_in_a_list_of_activities_is_no_cue() -> None:
    claim = only("In later years, Kiel turned his hand to writing and producing as well as acting, including in "
                 'the 1991 movie "The Giant of Thunder Mountain," according to the IMDB.')
    assert (claim.cue, claim.speaker) == ("according to", "IMDB")


def test_an_adjective_in_a_list_before_a_comma_is_no_cue() -> None:
    claims = extract_claims('Kiel appeared in a handful of B-movies and of TV shows -- including four episodes of '
                            '"The Wild Wild West" in 1965 -- in supporting, henchman roles that took advantage of '
                            "his intimidating height.")
    assert not [c for c in claims if c.cue == "support"]


def test_a_participle_before_a_comma_and_a_quotation_stays() -> None:
    claim = only('He defended the plan, saying, "We will win."')
    assert (claim.cue, claim.content) == ("say", '"We will win."')


# --- Rule `thing_that_shows_itself_is_no_speaker` (QA 43 980 s21) ----------------------------


def test_a_thing_that_reveals_itself_is_no_speaker() -> None:
    assert not extract_claims("Albinism reveals itself through a lack of melanin in the skin, hair and eyes.")


def test_a_thing_that_reveals_a_clause_stays() -> None:
    claim = only("The study reveals that a lack of melanin causes albinism.")
    assert (claim.speaker, claim.content) == ("The study", "a lack of melanin causes albinism")


def test_a_group_that_describes_itself_stays_a_claim() -> None:
    claim = only('The group describes itself as "an independent international organization."')
    assert (claim.speaker, claim.cue) == ("The group", "describe")
