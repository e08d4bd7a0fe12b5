"""Session 28, reader round qa_a (three held-out CNN articles: a park in Abu Dhabi, a celebrity's death,
a month of bombings in Iraq). A writer's verdict after a phrase content is no part of the claim; lives
claimed and solutions found are no claims; "Sometimes it seems" has no source; a long name ending in
a place word that is also a surname is a place; a "he" closing a quotation after a person shown by a
gesture is that person. Each rule has a sentence of its kind and a near variant that must stay as it
was; the sentences are written after one read of the articles, none is copied whole."""

from __future__ import annotations

from summarizer.claims import Claim, extract_claims


def _claims(text: str) -> list[Claim]:
    return extract_claims(text)


def _one(text: str) -> Claim:
    claims = _claims(text)
    assert len(claims) == 1, claims
    return claims[0]


# --- rule occasion_relative_keeps_a_phrase_content (771 s15: the clear wrong) ----------------------------


def test_writers_verdict_after_a_phrase_with_a_when_relative_is_left_out() -> None:
    claim = _one("The ministry touts cases when it has managed to defuse bombs, but the harsh reality is "
                 "that they cannot stop the violence.")
    assert claim.cue == "tout"
    assert claim.content == "cases when it has managed to defuse bombs"


def test_a_where_relative_ends_the_phrase_too() -> None:
    claim = _one("The company touts towns where its clinics have opened, but the truth is that few patients "
                 "come.")
    assert claim.content == "towns where its clinics have opened"


def test_a_clause_content_with_a_when_relative_keeps_its_contrast() -> None:
    # "was over" is the content's own verb: a clause, whose "but" goes on as before
    claim = _one("The mayor said the time when the city flooded was over, but the recovery has been slow.")
    assert claim.content == "the time when the city flooded was over, but the recovery has been slow"


# --- act readings: lives claimed, solutions found (771 s19, 480 s20) ------------------------------------


def test_bombings_that_claimed_lives_are_no_claim() -> None:
    text = ("On Saturday bombings from Basra in the south to Mosul in the north claimed dozens of lives and "
            "wounded nearly two hundred more.")
    assert _claims(text) == []


def test_claimed_that_lives_were_lost_stays_a_claim() -> None:
    claim = _one("The group claimed the lives were lost in vain.")
    assert claim.content == "the lives were lost in vain"


def test_helping_viewers_find_solutions_is_no_claim() -> None:
    assert _claims("The live show was based on the host and a panel helping viewers find solutions to their "
                   "problems.") == []


def test_found_that_solutions_were_scarce_stays_a_claim() -> None:
    claim = _one("The study found solutions were scarce.")
    assert claim.content == "solutions were scarce"


# --- rule expletive_it after a fronted adverb (593 s1) ---------------------------------------------------


def test_sometimes_it_seems_has_no_source() -> None:
    assert _claims("Sometimes it seems that the capital is uncertain of its identity.") == []


def test_a_person_who_sometimes_seems_to_doubt_stays() -> None:
    claim = _one("Sometimes he seems to doubt that the capital is ready.")
    assert claim.content == "the capital is ready"
    assert claim.hedged
