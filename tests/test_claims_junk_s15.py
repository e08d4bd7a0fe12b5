"""Junk claims left by session 14 (closing note s14 "Junk still shown", QA
rounds 43-44, web tests s14 and s14b): acts, stances and lists that state
nothing. Each rule added to summarizer.claims.junk (JUNK_RULES,
junk_readings.txt) has a sentence of the kind it drops and a near variant
that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import cues, described, only


# Rule `agreeing_to_an_act_is_no_claim` (junk_readings.txt consent_leads)
@pytest.mark.parametrize("text", [
    "Israel agreed to suspend the raids for a week.",
    "The company has agreed to pay $325 million to settle the charges.",
    "Steve Ballmer has agreed with Shelly Sterling to buy the Clippers for a league record $2 billion.",
    "Israel agreed to fully suspend the raids.",
    "Israel has not agreed to suspend the raids.",
])
def test_consent_to_an_act_is_no_claim(text: str) -> None:
    assert "agree" not in cues(text), described(text)


@pytest.mark.parametrize(("text", "content"), [
    ("Israel agreed that the raids should stop.", "the raids should stop"),
    ("Israel agreed the raids should stop.", "the raids should stop"),
    ("Ballmer agreed with Sterling that the price was fair.", "the price was fair"),
    ("He agreed to comment.", "to comment"),  # consent to speak, as "declined to comment"
    ("Lynch agreed to a 30-minute interview.", "to a 30-minute interview"),  # a noun phrase: left alone
])
def test_agreeing_with_a_statement_stays_a_claim(text: str, content: str) -> None:
    claim = only(text)
    assert (claim.cue, claim.content) == ("agree", content)


# Rule `act_inside_a_claim_is_no_speakers_act` (extract.py, part of `act_subject_still_acts`)
def test_an_act_told_inside_a_claim_leaves_the_pronoun_to_the_speaker() -> None:
    text = ("Reuters reported that a complaint said Fahie had agreed to allow an informant to use the ports. "
            "As a result of Fahie's arrest, Deputy Premier Natalio Wheatley will act as premier. "
            "Wheatley called for Fahie to be afforded due process. "
            "He also urged calm and patience.")
    urged = [c for c in extract_claims(text) if c.cue == "urge"]
    assert [c.speaker for c in urged] == ["Natalio Wheatley"], described(text)
    # an act in the main clause still gives its subject to the pronoun after it
    text = "Rubio dismissed such concerns. He said the party deserved better."
    assert [(c.speaker, c.cue) for c in extract_claims(text)] == [("Rubio", "say")], described(text)


# Rule `finding_for_a_party_is_a_verdict` (junk_readings.txt verdict_cues, verdict_phrases)
@pytest.mark.parametrize("text", [
    "The court also found a federal statue in favor of the plaintiff, the Communications Decency Act of 1996.",
    "The jury found in favor of the plaintiff.",
    "The tribunal found in favour of the airline.",
])
def test_a_verdict_for_a_party_is_no_claim(text: str) -> None:
    assert "find" not in cues(text), described(text)


@pytest.mark.parametrize(("text", "content"), [
    ("The court found that the statute favored the plaintiff.", "the statute favored the plaintiff"),
    ("The court found a federal statute did not apply.", "a federal statute did not apply"),
    ("The survey found 60 percent in favor of the ban.", "60 percent in favor of the ban"),
    ("The survey found a majority in favor of the ban.", "a majority in favor of the ban"),
    ("The court found no evidence in favour of the claim.", "no evidence in favour of the claim"),
])
def test_a_finding_stays_a_claim(text: str, content: str) -> None:
    claim = only(text)
    assert (claim.cue, claim.content) == ("find", content)
