"""Claims faults left by earlier work, each fixed by a small named rule,
with a sentence of its kind and a near variant where the rule must not
fire. The sentences are written in the manner of the articles; none is read
from the shared data sets."""

from __future__ import annotations

from .claim_helpers import described, only


# Rule `relative_pronoun_is_never_the_speaker` (PolNeAR train nyt 2016-08-22 s30)
def test_rule_relative_pronoun_is_never_the_speaker() -> None:
    text = ("First there was the paper's deputy editor Bret Stephens, who, after trading insults with "
            "the host, said on the show that too much of the party became an echo chamber.")
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == ("Bret Stephens", "person"), described(text)
    assert claim.content == "too much of the party became an echo chamber"


def test_relative_with_no_aside_reads_as_before() -> None:
    claim = only("First there was the deputy editor Bret Stephens, who said on the show that the party had failed.")
    assert (claim.speaker, claim.content) == ("Bret Stephens", "the party had failed")


def test_health_body_written_who_is_no_relative() -> None:
    claim = only("In Geneva, WHO said the outbreak was slowing.")
    assert (claim.speaker, claim.speaker_kind) == ("WHO", "organisation")


# Rule `relative_pronoun_is_shown_as_none`
def test_rule_relative_pronoun_is_shown_as_none() -> None:
    text = "Officials met Smith in Paris and later Jones, 45, who, after the fight, said they were done."
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind, claim.speaker_span) == (None, "unresolved", None), described(text)
    assert claim.content == "they were done"
