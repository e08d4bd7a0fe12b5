"""Session 15, wrong speakers and wrong content (claims-s15). Each rule has
a sentence of its kind (invented, or a short real one) and a near variant
that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only, speakers

# --- rule `name_after_a_body_and_is_no_speaker_alone` (QA round 43, 980: "the Pew Forum on Religious and
# Public life ... found" showed the person "Public")


@pytest.mark.parametrize(("text", "shown"), [
    ("In fact, the Pew Forum on Religious and Public life conducted 25,000 interviews and found that "
     "Tanzanians hold the strongest belief in witchcraft.", "the Pew Forum on Religious and Public"),
    ("The Pew Forum on Religion and Public Life said the survey was the largest yet.",
     "The Pew Forum on Religion and Public Life"),
    ("The Department of Justice and Apple said the talks had ended.", "The Department of Justice and Apple"),
    ("The Pew Research Center and Gallup said the numbers had fallen.", "The Pew Research Center and Gallup"),
])
def test_a_name_after_a_body_and_does_not_speak_alone(text: str, shown: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == (shown, "unnamed")


@pytest.mark.parametrize(("text", "speaker", "kind"), [
    ("The Pew Research Center said the numbers had fallen.", "Pew Research Center", "organisation"),
    ("The Tax Policy Center at the Urban Institute and Brookings Institution said the plan would cost more.",
     "Tax Policy Center", "organisation"),
    ("Senator Ann Lee and Governor Bob Kim said the deal was dead.", "Senator Ann Lee and Governor Bob Kim",
     "unnamed"),
])
def test_one_body_or_two_people_stay_as_they_were(text: str, speaker: str, kind: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == (speaker, kind)


# --- rule `fuller_name_names_the_earlier_claims` needs evidence of one person (closing note s14, review s14:
# "Romney said ... Ann Romney said" moved Mitt Romney's claim to Ann Romney)


def test_a_fuller_name_with_no_evidence_of_one_person_leaves_the_earlier_claims() -> None:
    assert speakers(
        "Romney said the economy was weak. Aides declined to comment. Ann Romney said the campaign was going well."
    ) == ["Romney", "Aides", "Ann Romney"]
    assert speakers("Romney said the economy was weak. Ann Romney also said the campaign was going well.") == [
        "Romney", "Ann Romney"]


def test_a_fuller_name_after_a_heading_or_the_same_gender_still_names_the_earlier_claims() -> None:
    assert speakers(
        "Romney says the economy is weak.\n\nMitt Romney said on Monday that the campaign was going well."
    ) == ["Mitt Romney", "Mitt Romney"]
    assert speakers(
        "Mr. Romney said the economy was weak. Aides declined to comment. Mitt Romney said the campaign was going well."
    ) == ["Mitt Romney", "Aides", "Mitt Romney"]


# --- rule `according_to_inside_a_reported_clause_is_nested` (QA round 44, 903 s7: "his sources in Benghazi"
# were shown saying "Noman Benotman ... said that the leaflets ..."); PolNeAR gives the outer speaker


def test_according_to_inside_a_reported_clause_is_the_speakers() -> None:
    claim = only("Noman Benotman, a former member of the group, said that according to his sources in Benghazi, "
                 "the leaflets also promised more attacks.")
    assert (claim.speaker, claim.cue) == ("Noman Benotman", "say")
    assert claim.content == "according to his sources in Benghazi, the leaflets also promised more attacks"
    claim = only("The AP reported that, according to an analysis of her calendar, 85 of the 154 meetings were "
                 "with donors.")
    assert (claim.speaker, claim.cue) == ("AP", "report")
    assert claim.content.startswith("according to an analysis")


def test_according_to_after_the_reported_content_stays_the_outer_source() -> None:
    # PolNeAR annotates the outermost attribution: "Y said C, according to X" is X's
    claim = only("Smith said the plant would close, according to the report.")
    assert (claim.speaker, claim.cue) == ("the report", "according to")
    assert claim.content == "Smith said the plant would close"
    claim = only("Smith said that, if elected, he would close the plant.")
    assert (claim.speaker, claim.content) == ("Smith", "if elected, he would close the plant")


# --- rule `namesake_speaker_may_be_he` (closing note s14, politico Newtown s37: "he told me" after Chris
# Murphy spoke showed Barack Obama, named in the writer's aside)

_NEWTOWN = (
    "Chris Murphy spoke after President Barack Obama. {teacher} died in the attack. “A lot of people predicted "
    "this would fade,” added Murphy, referring to Obama’s recent campaign against gun violence. If reducing gun "
    "violence is Murphy’s life’s work, his more immediate goal is to sell his own party on gun control. “This has "
    "become a litmus test issue,” he told me."
)


def test_he_after_a_namesake_speaker_is_no_one_named_before() -> None:
    told = [c for c in extract_claims(_NEWTOWN.format(teacher="A teacher, Anne Marie Murphy,")) if c.cue == "tell"]
    assert [(c.speaker, c.speaker_kind) for c in told] == [("he", "unresolved")]


def test_he_after_the_one_person_of_that_name_is_that_person() -> None:
    told = [c for c in extract_claims(_NEWTOWN.format(teacher="The teacher")) if c.cue == "tell"]
    assert [c.speaker for c in told] == ["Chris Murphy"]
