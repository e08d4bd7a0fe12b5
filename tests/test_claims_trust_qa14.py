"""QA round 14 (held-out CNN articles): rule `subject_across_asides` after
", but" ("It is unclear how many people have been killed ..., but Sen. Lindsay
Graham, R-South Carolina, told an audience ..." gave the claim to "many
people")."""

from __future__ import annotations

import pytest

from tests.claim_helpers import only


@pytest.mark.parametrize("before", ["It is unclear how many people have been killed by drone strikes",
                                    "The toll is unclear"])
def test_the_subject_after_but_speaks_across_a_party_tag(before: str) -> None:
    claim = only(f"{before}, but Sen. Lindsay Graham, R-South Carolina, told an audience Tuesday that it is "
                 "about 4,700 people.")
    assert claim.speaker == "Lindsay Graham"


def test_an_aside_opened_by_while_is_no_joiner() -> None:
    claim = only("Outside the campaign, an increasing number of Democrats, while still confident in her, are "
                 "warning against a Trump-only campaign.")
    assert "Outside the campaign" not in claim.content


def test_a_participle_after_a_clause_opened_by_but_is_that_clauses_subjects() -> None:
    # Rule `participle_of_the_clause_after_but` (QA round 14: 862 [29] gave France and Germany's call to Malta)
    text = ("Italy and Malta have long pushed for a common immigration policy to help absorb the influx but France "
            "and Germany have resisted implementing such a plan, calling on the southern nations to patrol their "
            "borders.")
    from summarizer import extract_claims

    callers = [c.speaker for c in extract_claims(text) if c.cue == "call on"]
    assert callers and all(s not in ("Malta", "Italy") for s in callers)


def test_the_sentence_subject_keeps_its_participle_without_but() -> None:
    assert only("Trump attacked Clinton on Tuesday, saying she lied.").speaker == "Trump"
