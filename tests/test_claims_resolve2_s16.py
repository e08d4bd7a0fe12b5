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
