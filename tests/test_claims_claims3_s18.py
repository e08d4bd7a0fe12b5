"""Claim kinds of QA round 52's clear wrongs (session 18, claims3): each kind
has a sentence it changes and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only


# Rule `according_to_ending_a_reported_clause_is_nested` (QA round 52, 944 s4: the convention became the
# source of Ban Ki-moon's declaration and his claims were lost)
def test_according_to_ending_a_that_clause_stays_in_that_clause() -> None:
    claims = extract_claims("The minister declared the country could not pay the claims, arguing that the state "
                            "had immunity according to an old treaty.")
    assert [(c.speaker, c.cue) for c in claims] == [("The minister", "declare"), ("The minister", "argue")]
    assert claims[1].content == "the state had immunity according to an old treaty"
    claim = only("Smith said that the plant would close according to the report.")
    assert (claim.speaker, claim.cue) == ("Smith", "say")


def test_according_to_after_a_comma_or_an_object_stays_the_sources() -> None:
    claim = only("Smith said the plant would close, according to the report.")
    assert (claim.speaker, claim.cue) == ("the report", "according to")
    claim = only("Clinton leads Sanders by 271 pledged delegates according to a count by the Associated Press.")
    assert (claim.speaker, claim.cue) == ("Associated Press", "according to")


# Rule `dotted_initials_without_the_last_dot_are_one_token` (QA round 52, 944 s0: "U.S" gave the speaker
# "S federal court")
def test_dotted_initials_without_the_last_dot_are_one_token() -> None:
    from summarizer.claims.text import tokenize

    text = "a U.S federal court and the U.K-backed plan"
    assert [t.text for t in tokenize(text, 0, len(text))] == ["a", "U.S", "federal", "court", "and", "the",
                                                               "U.K-backed", "plan"]
    text = "in the U.S. The talks and J. Smith"
    assert [t.text for t in tokenize(text, 0, len(text))] == ["in", "the", "U.S.", "The", "talks", "and", "J.",
                                                               "Smith"]


# Rule `participle_after_a_venue_belongs_to_its_host` (QA round 52, 944 s0: the court was shown accusing the UN)
def test_participle_after_a_venue_is_not_the_venues() -> None:
    claim = only("Lawyers filed a suit in a U.S federal court accusing the company of fraud.")
    assert (claim.speaker, claim.cue) == (None, "accuse")
    claim = only("The group posted a statement on its website accusing the company of fraud.")
    assert claim.speaker == "The group"


def test_participle_after_a_document_or_a_verb_stays() -> None:
    claim = only("Forbes shot back in an article stating that New York was the capital.")
    assert (claim.speaker, claim.cue) == ("an article", "state")
    claim = only("The lawyers accusing the company of fraud filed a suit.")
    assert (claim.speaker, claim.cue) == ("The lawyers", "accuse")
