"""Speakers a careful reader can name (session 13), each with a sentence of
its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims

# --- rule `description_names_its_body` (speakers.py, claim_grammar.txt national_bodies) -------


def test_a_people_before_a_state_body_names_that_body() -> None:
    claims = extract_claims(
        "Four boys were killed on a beach on Wednesday. The Israeli military said the case is being "
        "investigated. The Libyan government vowed to bring the attackers to justice."
    )
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("Israeli military", "organisation"), ("Libyan government", "organisation")]


def test_a_person_named_before_a_body_a_name_makes_names_that_body() -> None:
    claims = extract_claims(
        "Hillary Clinton spoke in Ohio on Monday. The Clinton campaign said the poll was wrong. "
        "Barack Obama left for Asia. The Obama administration said it would appeal."
    )
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("Clinton campaign", "organisation"), ("Obama administration", "organisation")]


def test_a_body_a_people_does_not_single_out_or_a_family_stays_as_written() -> None:
    text = ("Officials met on Monday. The Chinese company said it would sell. The Republican "
            "administration said the plan was sound. The Smith family said they were grateful.")
    assert [(c.speaker, c.speaker_kind) for c in extract_claims(text)] == [
        ("The Chinese company", "unresolved"), ("The Republican administration", "unresolved"),
        ("The Smith family", "unresolved")]


def test_a_campaign_of_no_person_named_stays_as_written() -> None:
    claims = extract_claims("Voters went to the polls on Monday. The Acme campaign said turnout was high.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("The Acme campaign", "unresolved")]


# --- rule `it_is_the_body_its_description_named` ---------------------------------------------


def test_it_after_a_body_its_description_named_is_that_body_not_the_people_inside() -> None:
    claims = extract_claims(
        "Hamas fired rockets on Monday. The Israeli military said it works hard to avoid casualties. "
        "On Wednesday, the Israeli military released videos that it said showed strikes being aborted."
    )
    assert [c.speaker for c in claims] == ["Israeli military", "Israeli military"]


def test_it_after_another_body_named_since_is_not_the_described_body() -> None:
    claims = extract_claims(
        "The Israeli military said the strike hit a launcher. The United Nations opened an inquiry on "
        "Tuesday. It said the findings would be public."
    )
    assert [c.speaker for c in claims] == ["Israeli military", "United Nations"]


# --- rule `generic_body_is_the_body_that_spoke_last` (claim_grammar.txt generic_bodies) -------


def test_a_generic_body_noun_is_the_body_that_just_spoke() -> None:
    claims = extract_claims(
        "Amnesty International said on Monday that the trial was unfair. The group said the judge was "
        "biased. In 2009, the court closed its doors to observers, the rights group said."
    )
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Amnesty International", "organisation")] * 3


def test_a_generic_body_noun_after_a_country_another_body_or_another_kind_of_body_stays() -> None:
    claims = extract_claims("Israel said the strike was lawful. The group said the strike killed ten people.")
    assert claims[-1].speaker_kind == "unresolved"
    claims = extract_claims(
        "Amnesty International said the trial was unfair. The United Nations opened an inquiry on Tuesday. "
        "The group said the judge was biased."
    )
    assert claims[-1].speaker_kind == "unresolved"
    claims = extract_claims("The Labour Party said taxes would rise. The company said prices would fall.")
    assert claims[-1].speaker_kind == "unresolved"



def test_a_generic_body_noun_brought_in_anew_or_further_back_stays_unresolved() -> None:
    # review s13: a lower-case group or agency between the body and "the group" may be the referent
    claims = extract_claims(
        "The FBI said the suspect was armed. Hundreds of protesters formed a group outside the courthouse. "
        "The group said the police had overreacted."
    )
    assert [c.speaker_kind for c in claims] == ["organisation", "unresolved"]
    claims = extract_claims("The FBI said a group of protesters was armed. The group said the police had overreacted.")
    assert claims[-1].speaker_kind == "unresolved"
    claims = extract_claims(
        "Amnesty International said the prisoners were tortured. Local officials met the family on Friday. "
        "The agency said it would review the case."
    )
    assert claims[-1].speaker_kind == "unresolved"

# --- rule `it_is_the_body_its_sentence_named` --------------------------------------------------


def test_it_is_the_body_its_sentence_named_as_the_subject() -> None:
    claims = extract_claims(
        "Earlier this year, Human Rights Watch issued a report in which it said the policy reflects a "
        "conservative view."
    )
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Human Rights Watch", "organisation")]


def test_it_after_a_name_before_a_noun_or_past_another_name_stays_unresolved() -> None:
    claims = extract_claims("The Kazakh government is building a port in what it hopes will become a hub.")
    assert all(c.speaker != "Kazakh" for c in claims)
    claims = extract_claims(
        "The Russians have been pressing their advantage, bolstering Mr. Assad's military as it claims more "
        "territory from the rebels."
    )
    assert all(c.speaker != "Russians" for c in claims)


# --- rule `hearer_of_a_group_is_he` ------------------------------------------------------------


def test_he_after_a_group_told_a_person_is_that_person() -> None:
    claims = extract_claims(
        "Tom Fuentes is a former FBI assistant director. Malaysian authorities did not check the "
        'database, sources told Fuentes. "The database has 39 million records," he said.'
    )
    assert claims[-1].speaker == "Tom Fuentes"


def test_he_after_one_person_told_another_or_a_name_only_inside_a_phrase_stays_unresolved() -> None:
    claims = extract_claims(
        "Tom Fuentes is a former FBI assistant director. The minister did not check the database, an "
        'official told Fuentes. "The database has 39 million records," he said.'
    )
    assert claims[-1].speaker_kind == "unresolved"
    claims = extract_claims(
        "Several senior Democrats with ties to both Clintons cited another debate. They compared it to "
        'the 2000 race. "This is eerily similar," he said.'
    )
    assert claims[-1].speaker != "Clintons"
