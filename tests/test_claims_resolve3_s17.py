"""Wrong speakers of QA round 50 (held out), each a named rule with a
sentence of its kind and a near variant that must stay as it is."""

from __future__ import annotations

from summarizer import extract_claims

# --- rule `another_of_the_role_since_the_named` (QA 50, 465 s13: "The judge ruled" -> Daniel Murphy)

MURPHY = "Judge Daniel Murphy ordered that the files be opened, the lawyer said. "
RULED = "The children filed that earlier petition. The judge ruled that the man was well cared for by his wife."


def test_the_role_after_another_of_that_role_since_the_name_is_unresolved() -> None:
    text = MURPHY + "A different judge denied a request by the children last year. " + RULED
    claim = extract_claims(text)[-1]
    assert (claim.speaker, claim.speaker_kind) == ("The judge", "unresolved")


def test_the_role_with_no_other_of_that_role_is_still_the_named_one() -> None:
    text = MURPHY + "The request by the children was denied last year. " + RULED
    claim = extract_claims(text)[-1]
    assert (claim.speaker, claim.speaker_kind) == ("Daniel Murphy", "person")


def test_someone_of_the_role_brought_in_before_the_name_is_the_named_one() -> None:
    text = ("A judge on Monday named the man's daughter as his conservator. " + MURPHY
            + "The request by the children was denied last year. " + RULED)
    assert extract_claims(text)[-1].speaker == "Daniel Murphy"


# --- rule `a_people_is_no_it` (QA 50, 961 s6: "It also agreed" -> "French", two sentences back)

AGREED = " is involved in the fight against the rebels. It also agreed to provide logistical support to the army."


def test_it_after_a_people_as_subject_is_unresolved() -> None:
    claim = extract_claims("The French are involved in the fight against the rebels. It also agreed to provide "
                           "logistical support to the army.")[-1]
    assert (claim.speaker, claim.speaker_kind) == ("It", "unresolved")


def test_it_after_a_body_as_subject_is_still_that_body() -> None:
    claim = extract_claims("The Pentagon" + AGREED)[-1]
    assert (claim.speaker, claim.speaker_kind) == ("Pentagon", "organisation")


# --- rule `title_apposition_without_its_closing_comma`, bare title and an opening "As" (QA 50, 592 s3)

QUOTE = ' told us, "There\'s more to a hotel than the bed."'


def test_a_bare_title_after_a_name_with_no_closing_comma_is_the_names() -> None:
    text = "As Keith Pierce, executive vice president for brand operations at Wyndham Hotel Group" + QUOTE
    assert extract_claims(text)[-1].speaker == "Keith Pierce"


def test_a_bare_title_after_a_place_stays_the_subject() -> None:
    text = "In Washington, spokesman for the Fund" + QUOTE
    assert extract_claims(text)[-1].speaker == "spokesman for the Fund"


def test_plural_people_after_a_name_stay_the_subject() -> None:
    claim = extract_claims("Donald Trump, critics said, is a con man.")[-1]
    assert (claim.speaker, claim.content) == ("critics", "Donald Trump is a con man")


# --- rules `members_after_and_end_a_body`, `lower_case_of_goes_on_a_body_in_title_case` (names; QA 50, 592 s8)


def test_a_body_named_through_of_and_and_its_members_is_one_name() -> None:
    text = ("According to the International Association of Bedding and Furniture Law Officials, it's known as a law "
            "label.")
    assert extract_claims(text)[-1].speaker == "International Association of Bedding and Furniture Law Officials"


def test_a_body_and_members_in_lower_case_stay_apart() -> None:
    text = "According to the International Association of Bedding and Treasury officials, it's known as a law label."
    claim = extract_claims(text)[-1]
    assert (claim.speaker, claim.speaker_kind) == ("the International Association of Bedding and Treasury officials",
                                                   "unnamed")
