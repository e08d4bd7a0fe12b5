"""Claims a reader can trust, QA round 3. Rule `newer_subject_of_another_person`
(claims/speakers.py): a person
introduced as a sentence's subject after the last speaker spoke may be the
"he" or "she" of the next quotation; the text does not say which, so the
speaker stays unresolved rather than going to the last speaker (QA round 3,
N3: a student's quotation credited to the lecturer quoted before him)."""

from __future__ import annotations

from summarizer import extract_claims


def test_a_newly_introduced_subject_leaves_he_unresolved() -> None:
    # with no apposition: with one (", a final-year student"), rule `introduced_newcomer_is_he`
    # makes him "he" (tests/test_claims_web15b_s15.py)
    text = (
        "\u201cStudents need a certain level of social interaction,\u201d Levi Pay says.\n\n"
        "Fraser Amos is helping to rally support for a rent strike at Warwick University.\n\n"
        "\u201cUniversities are putting rents and revenues above student lives,\u201d he says.\n"
    )
    claims = extract_claims(text)
    last = next(c for c in claims if "rents and revenues" in c.content)
    assert last.speaker != "Levi Pay"
    assert last.speaker_kind == "unresolved"


def test_without_a_new_person_he_is_still_the_last_speaker() -> None:
    text = (
        "\u201cStudents need a certain level of social interaction,\u201d Levi Pay says.\n\n"
        "The strike is growing across the country.\n\n"
        "\u201cUniversities are putting rents and revenues above student lives,\u201d he says.\n"
    )
    claims = extract_claims(text)
    last = next(c for c in claims if "rents and revenues" in c.content)
    assert last.speaker == "Levi Pay"


def test_a_dash_apposition_is_the_writers_and_its_own_claim_stands_apart() -> None:
    """Rule `dash_apposition_is_the_writers` (QA round 3, N4): the warning
    ends at the dash; the rights group's view is its own, hedged claim, and
    the warning is not hedged by it."""
    text = (
        "On October 13, Israel warned people in northern Gaza to move south or risk being targeted as militants "
        "\u2014 a declaration that Amnesty International said could amount to a war crime.\n"
    )
    claims = {c.speaker: c for c in extract_claims(text)}
    warning = claims["Israel"]
    assert warning.content.endswith("targeted as militants")
    assert not warning.hedged
    # the declaration is what Amnesty said could amount to a war crime (claims-s18 rule
    # relative_antecedent_is_the_contents_subject)
    assert claims["Amnesty International"].content == "a declaration could amount to a war crime"
    assert claims["Amnesty International"].hedged


def test_an_as_aside_claims_the_clause_before_it_not_the_text_after() -> None:
    """Rule `as_aside_claims_the_clause_before` (QA round 3, N2): "as X
    asserts" between dashes or commas vouches for the clause before it; the
    writer's question after it is no one's claim."""
    text = (
        "If polarization is not inherently problematic \u2014 as Klein elsewhere asserts \u2014 "
        "then why should we stipulate that it has harmed the party?\n"
    )
    claims = extract_claims(text)
    assert [(c.speaker, c.content) for c in claims] == [("Klein", "polarization is not inherently problematic")]


def test_an_as_aside_that_opens_the_sentence_claims_the_rest() -> None:
    text = "Yet, as Mr. Bown observed, the early days of a new administration are the time to act.\n"
    (claim,) = extract_claims(text)
    assert claim.content.startswith("the early days")


def test_a_cue_with_its_object_leaves_the_writers_clause_before_the_subject() -> None:
    """Rule `cue_with_its_object_leaves_the_clause_before` (QA round 3, N8):
    the cue takes what follows it; the writer's clause before the subject is
    no part of the claim."""
    text = (
        "The proposal was generally supported by those in attendance and in his contribution to the "
        "discussions, Dr Mitchell suggested an even broader annual initiative.\n"
    )
    (claim,) = extract_claims(text)
    assert claim.content == "an even broader annual initiative"
    assert "Mitchell" in (claim.speaker or "")


def test_writing_a_work_is_no_claim() -> None:
    """Rule `writing_a_work_is_no_claim` (QA round 3 tally, villagevoice [31])."""
    assert extract_claims("Unlike Hitler and Nixon, Trump didn't write his own book.\n") == []
    (claim,) = extract_claims("Smith wrote that the book was a fraud.\n")
    assert claim.content == "the book was a fraud"


def test_a_cue_in_a_contact_relative_clause_is_no_claim() -> None:
    """Rule `cue_in_a_contact_relative` (QA round 3 tally, corkbeo [91]): "the
    points the letter outlined" names what was outlined, no claim."""
    assert extract_claims("The points the letter outlined as why they were making this recommendation;\n") == []
    (claim,) = extract_claims("The head of the agency said the plan would fail.\n")
    assert claim.content == "the plan would fail"


def test_joined_subjects_in_a_relative_clause_stay_in_the_content() -> None:
    """Rule `joined_subjects_in_a_relative_clause` (QA round 3 tally, msn [4]):
    the number of cases is not cut off at "1,300 universities"."""
    text = (
        "An expert warned that the UK could see rates as in American universities where "
        "1,300 universities and colleges had reported 130,000 cases.\n"
    )
    (claim,) = extract_claims(text)
    assert claim.content.endswith("had reported 130,000 cases")


def test_an_as_aside_after_a_fronted_clause_claims_the_main_clause() -> None:
    text = (
        "If you've been following endorsements of the primary field, the biggest thing that stands out "
        "is the lack of them, as my colleague Geoffrey Skelley wrote recently.\n"
    )
    (claim,) = extract_claims(text)
    assert claim.speaker == "Geoffrey Skelley"
    assert claim.content == "the biggest thing that stands out is the lack of them"


def test_an_as_aside_before_a_quotation_introduces_it() -> None:
    text = (
        "While it is newsworthy she is the first to be sworn in, as Montoya-Lewis herself said, "
        "\u201cThe most important thing is that I not be the last.\u201d\n"
    )
    claims = extract_claims(text)
    assert all("newsworthy" not in c.content for c in claims)
    assert any("most important thing" in c.content for c in claims)
