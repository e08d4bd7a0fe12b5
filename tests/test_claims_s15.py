"""Session 15, wrong speakers and wrong content (claims-s15). Each rule has
a sentence of its kind (invented, or a short real one) and a near variant
that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only

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


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text)]


def test_a_fuller_name_with_no_evidence_of_one_person_leaves_the_earlier_claims() -> None:
    assert _speakers(
        "Romney said the economy was weak. Aides declined to comment. Ann Romney said the campaign was going well."
    ) == ["Romney", "Aides", "Ann Romney"]
    assert _speakers("Romney said the economy was weak. Ann Romney also said the campaign was going well.") == [
        "Romney", "Ann Romney"]


def test_a_fuller_name_after_a_heading_or_the_same_gender_still_names_the_earlier_claims() -> None:
    assert _speakers(
        "Romney says the economy is weak.\n\nMitt Romney said on Monday that the campaign was going well."
    ) == ["Mitt Romney", "Mitt Romney"]
    assert _speakers(
        "Mr. Romney said the economy was weak. Aides declined to comment. Mitt Romney said the campaign was going well."
    ) == ["Mitt Romney", "Aides", "Mitt Romney"]
