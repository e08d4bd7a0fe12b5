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


# Rule `contact_number_is_no_claim` (junk_readings.txt number_joiners)
HOTLINES = ("Tourist hotlines.\n\nThe Tourism Authority of Thailand issued a statement advising tourists seeking "
            "assistance to call the following hotlines.\n\nTAT Call Centre: 1672.\n\nTourist Police Call Centre: "
            "1155.\n\nBTS Hotline: +66 (0) 2617 6000.\n\nSuvarnabhumi Airport Operation Center: +66 (0) 2132 9950 "
            "or 2.\n\nDon Mueang Airport Call Center: +66 (0) 2535 3861, (0) 2535 3863.\n\nThai AirAsia Call "
            "Center: +66 (0) 2515 9999.")


def test_a_list_of_hotlines_is_no_claim() -> None:
    assert cues(HOTLINES) == [], described(HOTLINES)


@pytest.mark.parametrize(("text", "content"), [
    ("Police said 1,155 people were arrested.", "1,155 people were arrested"),
    ("Police said: 1,155.", "1,155"),  # a count, no label and too short for a telephone number
    ("The FBI said anyone with information should call 1-800-225-5324.",
     "anyone with information should call 1-800-225-5324"),
])
def test_a_number_inside_a_statement_stays_a_claim(text: str, content: str) -> None:
    assert only(text).content == content


# Rule `preferring_an_act_is_no_claim` (junk_readings.txt preference_leads)
@pytest.mark.parametrize("text", [
    "Margaret Thatcher preferred to use the word denationalization to privatization.",
    "They prefer to do this directly, not through the medium of Kabul.",
])
def test_a_preference_for_an_act_is_no_claim(text: str) -> None:
    assert "prefer" not in cues(text), described(text)


@pytest.mark.parametrize(("text", "content"), [
    ("He prefers that the vote be delayed.", "the vote be delayed"),
    ("Five percent prefer Gary Johnson.", "Gary Johnson"),  # a poll's finding (PolNeAR counts it)
    ("She preferred to comment in writing.", "to comment in writing"),
])
def test_a_preference_stated_stays_a_claim(text: str, content: str) -> None:
    claim = only(text)
    assert (claim.cue, claim.content) == ("prefer", content)


# Rule `responding_with_force_is_an_act` (junk_readings.txt force_responses)
@pytest.mark.parametrize("text", [
    "The military said Palestinians had hurled rocks at a bus, and soldiers at the scene responded with gunfire.",
    "Police responded with tear gas and rubber bullets.",
    "Israel responded swiftly with airstrikes on Gaza on Tuesday.",
])
def test_a_response_with_force_is_no_claim(text: str) -> None:
    assert "respond" not in cues(text), described(text)


@pytest.mark.parametrize(("text", "content"), [
    ('Kelly responded with a smile: "Can happen when you are 45."', '"Can happen when you are 45."'),
    ("The union responded with a list of demands.", "with a list of demands"),
])
def test_a_response_in_words_stays_a_claim(text: str, content: str) -> None:
    claim = only(text)
    assert (claim.cue, claim.content) == ("respond", content)


# Part `medium_of_another_cue` of rule `participle_after_a_prepositional_noun_is_a_modifier`
def test_a_participle_on_another_cues_medium_is_no_claim() -> None:
    text = ('"We took control without any clashes. They just fled," a bearded fighter said in amateur video '
            'posted online Thursday from the oil field, "as proof, here is their ammunition and weapons."')
    assert cues(text) == ["say"], described(text)
    text = "She wrote in a letter posted on her website that she would resign."
    assert described(text) == [("She", "write", "she would resign")]


def test_a_participle_with_its_own_subject_stays() -> None:
    text = "The group posted on Facebook that it took control of the field."
    assert described(text) == [("The group", "post", "it took control of the field")]


# Part `apposition_before_the_main_verb` of rule `contact_relative_before_the_main_verb`
# (claim_grammar.txt object_gap_cues: support endorse)
@pytest.mark.parametrize("text", [
    "Bobby Harrell only backed Gingrich after the Republican he had previously supported, Texas Gov. Rick "
    "Perry, dropped out of the race.",
    "The senator he endorsed, John Smith, lost the race.",
])
def test_a_backed_candidate_in_apposition_is_no_claim(text: str) -> None:
    assert not {"support", "endorse"} & set(cues(text)), described(text)


@pytest.mark.parametrize(("text", "content"), [
    ("Harrell supported Rick Perry, who dropped out of the race.", "Rick Perry, who dropped out of the race"),
    ("The group endorsed Clinton, the former secretary of state, in June.",
     "Clinton, the former secretary of state"),
])
def test_a_backed_candidate_after_the_cue_stays(text: str, content: str) -> None:
    assert only(text).content == content
