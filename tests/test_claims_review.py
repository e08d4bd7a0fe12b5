"""Wrong claims a review of this session's trust rules found, each fixed
and kept here with the sentence that showed it (issue 9)."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import described


def test_met_with_someone_saying_is_the_subjects_claim() -> None:
    text = "Obama met with Benjamin Netanyahu, the Israeli prime minister, on Monday, saying the talks were productive."
    assert described(text) == [("Obama", "say", "the talks were productive")]


def test_a_scare_quoted_word_does_not_end_a_claim() -> None:
    claim = extract_claims("Smith said the \u201cemergency\u201d officials declared was not real.")[0]
    assert (claim.speaker, claim.cue) == ("Smith", "say")
    assert claim.content == "the \u201cemergency\u201d officials declared was not real"


def test_i_am_told_is_a_passive() -> None:
    assert all(c.speaker != "I" for c in extract_claims("I\u2019m told the deal is dead."))


def test_a_negative_opener_gives_no_claim() -> None:
    assert described("None of the officials said the talks had failed.") == []
    assert described("No official at the ministry said the talks had failed.") == []
    assert described("Neither side said the talks had failed.") == []


def test_a_judged_claim_leaves_the_verdict_out() -> None:
    found = extract_claims("Politifact rated Trump\u2019s claim that crime is up false.")
    assert all(c.speaker != "Trump" for c in found)


def test_her_before_a_determiner_is_the_hearer() -> None:
    assert all(c.speaker != "her" for c in extract_claims("They sent her a warning that the deal would collapse."))


def test_a_modified_claim_noun_after_a_possessive_is_no_verb() -> None:
    found = extract_claims("Politifact debunked Trump\u2019s repeated claim that there were thousands of shootings.")
    assert [(c.speaker, c.cue) for c in found] == [("Trump", "claim")]


def test_a_statement_from_a_body_said() -> None:
    claim = extract_claims("A statement from the ministry said the talks had failed.")[0]
    assert claim.speaker == "A statement from the ministry"


def test_asking_for_something_leaves_the_asker_to_go_on() -> None:
    found = extract_claims("Mary Smith asked for more time on Monday. She said the report was not ready.")
    assert found[-1].speaker == "Mary Smith"
