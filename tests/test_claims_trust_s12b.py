"""Junk claims from the session 12 web test (second round): naming, acts, a
bare noun as content, the writer's narration of a state; each rule with a
sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- Rule `naming_a_thing_with_a_quoted_name_is_no_claim` and
# Rule `referring_gloss_of_a_quoted_name_is_no_claim` (junk.py) --------------------------------


def test_a_quoted_name_given_to_a_thing_is_no_claim() -> None:
    assert extract_claims(
        "A Facebook group called 'We support Anders Tegnell & co', referring to the epidemiologist and the public "
        "health agency, has garnered some 85,000 members, while another called 'Anders Tegnell Fan Club' has "
        "more than 29,000 members.") == []


def test_calling_a_quoted_thing_something_and_referring_to_someone_stay() -> None:
    claim = only("Critics called 'Obamacare' a disaster.")
    assert (claim.speaker, claim.cue) == ("Critics", "call")
    claim = only('Trump attacked "Crooked Hillary," referring to Clinton as a liar.')
    assert (claim.speaker, claim.cue, claim.content) == ("Trump", "refer to", "Clinton as a liar")


# --- Rule `bare_subject_of_a_passive_is_no_content` (junk.py) ----------------------------------


def test_a_bare_subject_of_a_passive_is_no_content() -> None:
    assert extract_claims("The need has been acknowledged by outside authorities: The patients had secured "
                          "medical referrals.") == []
    assert extract_claims("She was called by the judge.") == []


def test_a_reported_event_and_a_longer_subject_stay() -> None:
    claim = only("The meeting was first reported by Politico.")
    assert (claim.speaker, claim.content) == ("Politico", "The meeting")
    claim = only("The need for new beds has been acknowledged by outside authorities.")
    assert claim.content == "The need for new beds"


# --- Rule `not_knowing_a_question_is_the_writers` (junk.py) ------------------------------------


def test_not_knowing_a_question_is_the_writers() -> None:
    assert extract_claims("With the hospital closed and communications cut off, Skaik and his staff don't know "
                          "what happened to patients registered there.") == []


def test_knowing_a_fact_and_a_quoted_not_knowing_stay() -> None:
    claim = only("Skaik did not know that the patients had left.")
    assert (claim.speaker, claim.content, claim.negated) == ("Skaik", "the patients had left", True)
    claims = extract_claims('"I don\'t know how we do that," he said.')
    assert [c.cue for c in claims] == ["say"]


# --- Rule `supporting_a_count_of_things_is_an_act` (junk.py) -----------------------------------


def test_supporting_a_count_of_things_is_an_act() -> None:
    assert extract_claims("The company has also supported more than 60 major art exhibitions.") == []


def test_supporting_a_plan_or_a_share_stays() -> None:
    assert only("The senator supported the plan.").content == "the plan"
    assert only("The senator supported 60 percent tax cuts.").content == "60 percent tax cuts"
