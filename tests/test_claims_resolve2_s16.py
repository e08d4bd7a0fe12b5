"""Speakers and speaker kinds from QA round 47 and web test s16 (session 16),
each with a sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims

# --- rule `office_of_a_named_officer_is_a_body` (speakers.py, claim_grammar.txt offices_of_an_officer) ---


def test_a_named_officers_office_is_an_organisation() -> None:
    claims = extract_claims(
        "The Pennsylvania Attorney General's office says about $7 million went to salaries. "
        "The Philadelphia District Attorney's office said the program was legal."
    )
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("Pennsylvania Attorney General's office", "organisation"),
        ("Philadelphia District Attorney's office", "organisation")]


def test_an_acronym_office_is_the_office_it_shortens() -> None:
    claims = extract_claims(
        "The Philadelphia District Attorney's office said the program was legal. "
        "The DA's office said it would appeal the ruling."
    )
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("Philadelphia District Attorney's office", "organisation"),
        ("Philadelphia District Attorney's office", "organisation")]
    alone = extract_claims("The DA's office said it would appeal the ruling.")
    assert [(c.speaker, c.speaker_kind) for c in alone] == [("DA's office", "organisation")]


def test_a_lower_case_officer_or_a_persons_office_stays_as_it_was() -> None:
    claims = extract_claims("The governor's office said the plan would fail. Kane's office said the man was arrested.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("The governor's office", "unresolved"), ("Kane's office", "unnamed")]


# --- rule `participle_after_attribution` after a quotation closed by its comma (rules.py) ---------


def test_a_participle_after_a_quotation_and_its_attribution_is_that_sources() -> None:
    claims = extract_claims(
        "Warren Truss spoke in Canberra on Thursday. But some of the data the analysts now have suggests that "
        'the south may be of "particular interest," he said, noting that the search continues.'
    )
    assert [(c.speaker, c.shown_cue) for c in claims] == [("Warren Truss", "said"), ("Warren Truss", "noting")]


def test_a_participle_after_a_plain_clause_final_attribution_stays_as_it_was() -> None:
    claims = extract_claims(
        "Warren Truss spoke in Canberra on Thursday. The plane turned south, he said, noting that the search continues."
    )
    assert [(c.speaker, c.shown_cue) for c in claims] == [("Warren Truss", "said"), ("Warren Truss", "noting")]


# --- rule `label_is_never_a_fragment` (model.py source_is_cut) -------------------------------------


def test_a_source_cut_after_a_determiner_or_preposition_is_no_label() -> None:
    from summarizer.model import source_is_cut

    assert source_is_cut("some of the") and source_is_cut("Organizers of the") and source_is_cut("a")
    assert not source_is_cut("The union") and not source_is_cut("a friend of his") and not source_is_cut("he")


# --- rule `named_after_the_source_is_no_antecedent` (speakers.py _by_role) --------------------------

GENERAL = ('"The stockpile is known," said Syrian Brig. Gen. Zaher al-Sakat. Al-Sakat said that he defected. '
           "The general said that the regime is moving weapons to Iraq")


def test_a_person_named_after_the_description_is_not_the_one_it_points_back_to() -> None:
    claims = extract_claims(GENERAL + ", an allegation that the commander, Gen. Salim Idriss, also made.")
    assert [c.speaker for c in claims] == ["Zaher al-Sakat"] * 3


def test_a_description_of_a_role_two_people_had_before_stays_unresolved() -> None:
    claims = extract_claims("Gen. Salim Idriss arrived on Monday. " + GENERAL + ".")
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("The general", "unresolved")


# --- rule `collective_of_people_is_unnamed` (speakers.py, claim_grammar.txt people_collectives) --------


def test_a_team_of_people_is_an_unnamed_source_as_written() -> None:
    claims = extract_claims("The plane turned south. But the team of experts has since said there's no evidence.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("the team of experts", "unnamed")]


def test_a_team_alone_stays_as_it_was() -> None:
    claims = extract_claims("The plane turned south. The team said there's no evidence.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [(None, "unresolved")]


# --- rule `writers_relation_is_no_role` (speakers.py, claim_grammar.txt writers_relations) ------------


def test_the_writers_colleague_has_no_role() -> None:
    claims = extract_claims("As my colleague Geoffrey Skelley wrote last week, the race is open.")
    assert [(c.speaker, c.role) for c in claims] == [("Geoffrey Skelley", None)]


def test_a_relation_to_someone_else_or_a_job_keeps_its_role() -> None:
    claims = extract_claims(
        "Our reporter Jane Doe wrote that the race is open. His lawyer John Smith said it was over.")
    assert [(c.speaker, c.role) for c in claims] == [("Jane Doe", "reporter"), ("John Smith", "lawyer")]


# --- rule `age_description_is_the_person_of_that_age` (speakers.py) ----------------------------------


def test_the_age_description_is_the_person_named_with_that_age() -> None:
    claims = extract_claims('Jane Smith, 35, said the house was on fire. "We ran out," the 35-year-old said.')
    assert [c.speaker for c in claims] == ["Jane Smith", "Jane Smith"]


def test_an_age_no_one_or_someone_unnamed_was_given_stays_unresolved() -> None:
    other = extract_claims('Jane Smith, 35, said the house was on fire. "We ran out," the 36-year-old said.')
    assert [c.speaker for c in other] == ["Jane Smith", None]
    unnamed = extract_claims('Jane Smith, 35, said the house burned. A 35-year-old neighbour called police. '
                             '"We ran out," the 35-year-old said.')
    assert [c.speaker for c in unnamed] == ["Jane Smith", None]
    # review s16: someone else of that age written without "N-year-old"
    also = extract_claims('Tom Green, 35, was shot on Monday by his neighbour, who is also 35. '
                          '"He attacked me first," the 35-year-old told police.')
    assert [c.speaker for c in also] == [None]


# --- rule `family_by_its_plural_surname` (speakers.py) -----------------------------------------------


def test_the_plural_of_a_named_persons_surname_is_the_family_not_a_body() -> None:
    claims = extract_claims("Tom Smith and his wife Mary live in Ohio. The Smiths said they had no knowledge of it.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("The Smiths", "unnamed")]


def test_a_plural_name_of_no_person_named_stays_as_it_was() -> None:
    claims = extract_claims("The Smiths said they had no knowledge of it.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Smiths", "organisation")]

