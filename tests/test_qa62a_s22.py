"""Speaker findings of QA round 62 (qa62a-s22): a title group joined by
"and" before a name, a pronoun that skipped the speaker just before for an
older name, and the other speakers the round found unresolved or mistyped.
Each rule has a sentence of the kind fixed and a near variant that stays as
it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only

ROGERS = "Rep. Mike Rogers said the Games need work. "


# Rule `title_group_joined_before_a_name` (901 s31, 395 s16)
@pytest.mark.parametrize(("source", "name", "role"), [
    ("Former CIA and NSA director Michael Hayden", "Michael Hayden", "Former CIA and NSA director"),
    ("CNN contributor and Republican strategist Ana Navarro", "Ana Navarro",
     "CNN contributor and Republican strategist"),
])
def test_a_title_group_joined_by_and_before_a_name_is_that_person(source: str, name: str, role: str) -> None:
    claim = only(f"{source} said the security was good.")
    assert (claim.speaker, claim.speaker_kind, claim.role) == (name, "person", role)


def test_a_quotation_before_a_title_group_joined_by_and_is_the_named_person() -> None:
    claim = only('"He will be a lame duck," CNN contributor and Republican strategist Ana Navarro said.')
    assert (claim.speaker, claim.speaker_kind) == ("Ana Navarro", "person")


@pytest.mark.parametrize("source", [
    "The Justice Department and FBI director James Comey",  # a body, then a person: two sources
    "Justice Department and FBI director James Comey",  # no title qualifier before the body
])
def test_a_body_and_a_titled_person_stay_two_sources(source: str) -> None:
    claim = only(f"{source} said the security was good.")
    assert claim.speaker == source and claim.speaker_kind == "unnamed"


def test_hayden_after_a_title_group_keeps_his_next_he() -> None:
    text = ROGERS + ("When asked whether he thought Americans would be safe at the Games, former CIA and NSA "
                     'director Michael Hayden said he trusts Russia\'s ability to provide security. "I think '
                     'Americans will be quite safe," he said.')
    assert [c.speaker for c in extract_claims(text)] == ["Mike Rogers", "Michael Hayden", "Michael Hayden"]


# Rule `pronoun_never_skips_the_speaker_just_before` (901 s32, the safety net)
def test_he_never_skips_a_person_who_spoke_just_before_for_an_older_name() -> None:
    text = ROGERS + ('The Justice Department and FBI director James Comey said he trusts Russia. "I think it is '
                     'safe," he said.')
    claims = extract_claims(text)
    assert [c.speaker for c in claims][:2] == ["Mike Rogers", "The Justice Department and FBI director James Comey"]
    assert (claims[2].speaker, claims[2].speaker_kind) == ("he", "unresolved")


@pytest.mark.parametrize("second", [
    "Officials said the Games are safe.",  # people in the plural: no "he"
    "Jane Smith, a spokeswoman, said the Games are safe.",  # a woman: no "he"
    "The committee said the Games are safe.",  # a body
    "The former congressman said the Games are safe.",  # a definite description: may be Rogers
])
def test_he_still_goes_back_past_a_speaker_who_cannot_be_he(second: str) -> None:
    text = ROGERS + second + ' "I think it is safe," he said.'
    assert extract_claims(text)[-1].speaker == "Mike Rogers"


# Rule `post_nominal_after_a_name` (515 s4)
@pytest.mark.parametrize("text", [
    '"Much has been done," said committee chair John Whittingdale MP.',
    "John Whittingdale MP said much has been done.",
])
def test_letters_after_a_name_leave_the_person(text: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == ("John Whittingdale", "person")


def test_letters_after_no_name_leave_the_description() -> None:
    claim = only('"Much has been done," said the Labour MP.')
    assert claim.speaker_kind != "person" and claim.speaker_span is not None
    assert claim.speaker_span.text == "the Labour MP"


# Rule `role_of_a_listed_body_then_name` (515 s4)
def test_a_role_of_a_body_listing_fields_then_a_name_is_that_person() -> None:
    claim = only('"Much has been done," said chair of the Culture, Media and Sport (CMS) Committee '
                 "John Whittingdale MP.")
    assert (claim.speaker, claim.speaker_kind) == ("John Whittingdale", "person")
    assert claim.role == "chair of the Culture, Media and Sport (CMS) Committee"


@pytest.mark.parametrize("source", [
    "the chair of the Culture, Media and Sport Committee",  # no name after the body
    "a member of Smith, Jones and Brown Associates",  # no organisation word ends the list
])
def test_a_role_of_a_listed_body_without_a_name_after_it_names_no_one(source: str) -> None:
    claim = only(f'"Much has been done," said {source}.')
    assert claim.speaker_kind != "person"


# Rule `surname_with_its_own_apposition` (901 s27)
KING = "Sen. Angus King told CNN it is a very serious fear. "
APPOSED_KING = "King, a member of the Senate Intelligence Committee, said he would not go to the games himself."


def test_a_surname_with_its_own_apposition_is_the_one_person_of_that_name() -> None:
    claims = extract_claims(KING + ROGERS + APPOSED_KING)
    assert [c.speaker for c in claims] == ["Angus King", "Mike Rogers", "Angus King"]


@pytest.mark.parametrize("before", [
    KING + "Rep. Peter King said the Games need work. ",  # two Kings: which one, the text does not say
    ROGERS,  # no King named before
])
def test_a_surname_with_its_own_apposition_stays_unresolved_without_one_namesake(before: str) -> None:
    claim = extract_claims(before + APPOSED_KING)[-1]
    assert claim.speaker is None and claim.speaker_kind == "unresolved"


# Rule `issued_document_speaks_for_its_issuer` (812 s17-s18)
OFFICE = ("President Felipe Calderon defended his strategy. Calderon's office released a statement describing "
          'the allegations as "false and slanderous." ')
DENIAL = '"We respect human rights," the statement said.'


def test_a_statement_put_out_speaks_for_who_put_it_out() -> None:
    claims = extract_claims(OFFICE + DENIAL)
    assert [(c.speaker, c.speaker_kind) for c in claims[-2:]] == [("Calderon's office", "unnamed")] * 2


def test_a_statement_issued_in_a_reported_clause_is_the_clause_subjects() -> None:
    text = ("The Times said Peter Cook provided a written statement. "
            '"The secretary believes it was a mistake," the statement said.')
    assert extract_claims(text)[-1].speaker == "Peter Cook"


@pytest.mark.parametrize(("before", "shown"), [
    ('He released a statement describing the allegations as "false." ', "the statement"),  # a pronoun issuer
    (OFFICE + "Jane Smith said it was fine. ", "the statement"),  # another speaker between
])
def test_the_statement_stays_as_written_without_a_sure_issuer(before: str, shown: str) -> None:
    claim = extract_claims(before + DENIAL)[-1]
    assert (claim.speaker, claim.speaker_kind) == (shown, "unnamed")


# Rule `person_noun_heads_the_apposition` (names.py; 812 s16)
def test_a_lawyer_representing_a_group_is_a_person() -> None:
    claim = only('"It is systematic," Netzai Sandoval, a lawyer representing the activist group, told CNN.')
    assert (claim.speaker, claim.speaker_kind) == ("Netzai Sandoval", "person")


def test_a_name_apposed_to_a_group_is_still_a_body() -> None:
    claim = only('"It is systematic," Inmarsat, a British satellite company, told CNN.')
    assert (claim.speaker, claim.speaker_kind) == ("Inmarsat", "organisation")


def test_a_group_of_lower_case_roles_keeps_the_role_read_before() -> None:
    claim = only("Joe McGinniss died Monday, said friend and attorney Dennis Holahan.")
    assert (claim.speaker, claim.role) == ("Dennis Holahan", "attorney")
