"""QA round 13 (held-out CNN articles): rule `said_someone_who_is_inverted`
("..., said a woman who identified herself as the mother of the suspect" gave
the suspect, named before the comma, as the speaker and the woman as what he
said)."""

from __future__ import annotations

from tests.claim_helpers import only


def test_said_a_woman_who_after_a_comma_is_the_speaker() -> None:
    claim = only("But he grew up as Alton Nolen, a good kid raised in a loving home, said a woman who "
                 "identified herself as the mother of the suspect in an online posting.")
    assert claim.speaker == "a woman"
    assert claim.content.startswith("he grew up as Alton Nolen")


def test_a_person_who_with_a_verb_of_their_own_is_what_was_said() -> None:
    claim = only("Smith, a lawyer, said a woman who saw the crash had called the police.")
    assert claim.speaker == "Smith"
    assert claim.content == "a woman who saw the crash had called the police"
