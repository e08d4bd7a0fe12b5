"""Web test s17b, by kind: a sentence of the kind the tester found, and a
near variant that must stay as it was."""

from __future__ import annotations

from tests.claim_helpers import only

# --- rule `date_before_that_is_no_content` (web test s17b, a CNN page on Mali) --------------


def test_a_date_between_the_cue_and_that_is_no_content() -> None:
    for text in ("Militants said January 10 that they had seized the city of Konna.",
                 "Militants said Jan. 10 that they had seized the city of Konna.",
                 "Militants said January 10, 2013, that they had seized the city of Konna."):
        claim = only(text)
        assert (claim.speaker, claim.content) == ("Militants", "they had seized the city of Konna"), text


def test_a_date_without_that_after_it_stays_the_content() -> None:
    claim = only("Officials said January 10 was the deadline for the talks.")
    assert claim.content == "January 10 was the deadline for the talks"


def test_may_in_lower_case_is_no_month() -> None:
    claim = only("Officials said may 5 people have died in the flood.")
    assert claim.content.startswith("may 5 people")


# --- rule `credential_gives_way_to_a_role` (web test s17b, nationnews) ----------------------


def test_a_role_written_before_a_credential_is_the_role() -> None:
    claim = only("Chief Education Officer Dr Ramona Archer-Bradshaw said the schools would reopen.")
    assert (claim.speaker, claim.role) == ("Ramona Archer-Bradshaw", "Chief Education Officer")


def test_a_credential_alone_stays_the_role() -> None:
    claim = only("Dr Ramona Archer-Bradshaw said the schools would reopen.")
    assert (claim.speaker, claim.role) == ("Ramona Archer-Bradshaw", "Dr")


def test_an_office_before_a_credential_stays_the_role() -> None:
    claim = only("Education Minister Dr Jane Smith said the schools would reopen.")
    assert claim.role == "Education Minister"


# --- rule `role_of_a_named_body` (web test s17b, wired and the Mali page) --------------------


def test_a_role_of_a_named_body_after_an_inverted_name_is_the_role() -> None:
    claim = only('"It was a lot of power," said Evan Sparks, CEO of Determined AI.')
    assert (claim.speaker, claim.role) == ("Evan Sparks", "CEO")


def test_a_name_with_of_after_an_inverted_name_is_no_role() -> None:
    claim = only('"It was a lot of power," said Evan Sparks, Bank of America.')
    assert claim.role is None


def test_head_of_a_named_body_is_the_role_as_written() -> None:
    claim = only("\u201cThey are stuck,\u201d said Sebastian Albuja, head of the center's Africa and Americas "
                 "Department.")
    assert (claim.speaker, claim.role) == ("Sebastian Albuja", "head of the center's Africa and Americas Department")


def test_head_of_no_named_body_is_no_role() -> None:
    for text in ("\u201cThey are stuck,\u201d said Sebastian Albuja, head of the family.",
                 "\u201cThey are stuck,\u201d said Sebastian Albuja, head of state."):
        assert only(text).role is None, text
