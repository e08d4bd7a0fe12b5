"""Web test s15b (session 15), each kind fixed by a named rule: a sentence of
the kind the tester saw, and a near variant that must stay as it is."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.model import Claim

# --- Rules `introduced_newcomer_is_he` and `occupation_in_apposition_makes_a_person` (item 1) --


def _last(text: str) -> Claim:
    return next(c for c in extract_claims(text) if "rents and revenues" in c.content)


PAY = "\u201cStudents need a certain level of social interaction,\u201d Levi Pay says.\n\n"
QUOTE = "\u201cUniversities are putting rents and revenues above student lives,\u201d he says.\n"


def test_a_newcomer_introduced_with_an_apposition_is_he() -> None:
    claim = _last(PAY + "Fraser Amos, a final-year student in global sustainable development at Warwick "
                        "University, is helping to rally support for a rent strike.\n\n" + QUOTE)
    assert (claim.speaker, claim.speaker_kind) == ("Fraser Amos", "person")


def test_an_occupation_in_apposition_types_an_unknown_first_name_a_person() -> None:
    claim = _last("Fraser Amos, a teacher, is helping to rally support for a rent strike.\n\n" + QUOTE)
    assert claim.speaker == "Fraser Amos"


def test_a_newcomer_with_no_apposition_stays_unresolved() -> None:
    claim = _last(PAY + "Fraser Amos is helping to rally support for a rent strike.\n\n" + QUOTE)
    assert claim.speaker_kind == "unresolved"


def test_a_newcomer_after_a_fronted_phrase_stays_unresolved() -> None:
    claim = _last(PAY + "On Monday, Fraser Amos, a final-year student, was helping to rally support for a "
                        "rent strike.\n\n" + QUOTE)
    assert claim.speaker_kind == "unresolved"


def test_a_newcomer_after_a_speaker_out_of_reach_is_he_by_rule_pronoun() -> None:
    # Pay spoke three sentences back, beyond the last speaker's reach: the one person named
    # since, now typed a person by the apposition, is "he" as any named man would be
    claim = _last(PAY + "Fraser Amos, a final-year student, is helping to rally support for a rent strike. "
                        "The strike is growing.\n\n" + QUOTE)
    assert claim.speaker == "Fraser Amos"


def test_an_occupation_noun_that_goes_on_types_no_person() -> None:
    claim = _last("Fraser Amos, a student newspaper, is helping to rally support for a rent strike.\n\n" + QUOTE)
    assert claim.speaker_kind == "unresolved"


# --- Rule `he_after_an_unnamed_person` (item 2) ------------------------------------------------


def _added(text: str) -> Claim:
    return next(c for c in extract_claims(text) if c.cue == "add")


def test_he_after_an_unnamed_spokesperson_is_that_description() -> None:
    claim = _added("A spokesperson for Sheffield University urged struggling students to talk to the university, "
                   "saying: \u201cWe understand this is difficult.\u201d He added that the Residence Life team had "
                   "organised a varied programme of events.")
    assert (claim.speaker, claim.speaker_kind) == ("A spokesperson for Sheffield University", "unnamed")


def test_he_after_a_spokeswoman_stays_unresolved() -> None:
    claim = _added("A spokeswoman for the council said the road would reopen. He added that the repairs had cost "
                   "more than expected.")
    assert claim.speaker_kind == "unresolved"


def test_he_after_a_person_named_beside_the_description_stays_unresolved() -> None:
    claim = _added("A spokesman for the council said John Smith had been hurt. He added that the repairs had cost "
                   "more than expected.")
    assert claim.speaker_kind == "unresolved"


def test_he_after_an_unnamed_group_stays_unresolved() -> None:
    claim = _added("Officials said the road would reopen. He added that the repairs had cost more than expected.")
    assert claim.speaker_kind == "unresolved"
