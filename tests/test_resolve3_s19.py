"""Rule `role_described_subject_just_before` (resolve3-s19, PolNeAR train
politico gay-republicans s6-s9): a "he"/"she" right after a sentence whose
subject is one person described by a role, not named, is unresolved, never
the older named speaker; with near variants that must stay as they were."""

from __future__ import annotations

from tests.claim_helpers import last_speaker_and_kind

NAMED = "Gay Republicans point to remarks from presumptive nominee Donald Trump and from President Barack Obama. "
TWEETED = NAMED + '"We pray for the victims of this attack," Romney tweeted on Sunday. '
SAID = "He said the party should stand with its gay members."


def test_he_after_the_nominees_support_is_unresolved() -> None:
    text = (TWEETED + "Meanwhile, the current Republican nominee's backing for gay voters is unusual. "
            "While he has said he opposes same-sex marriage, he praised the weddings of friends.")
    assert last_speaker_and_kind(text) == ("he", "unresolved")


def test_he_after_the_nominee_as_subject_is_the_nominee_never_the_older_speaker() -> None:
    # "The nominee" itself is the one nominee named (the role rules), and "he" goes on with him
    assert last_speaker_and_kind(TWEETED + "The nominee has taken a different line on the issue. " + SAID) \
        == ("Donald Trump", "person")


def test_he_after_the_presidents_aides_is_unresolved() -> None:
    assert last_speaker_and_kind(TWEETED + "The president's aides have taken a different line. " + SAID) \
        == ("He", "unresolved")


def test_he_after_a_named_possessor_is_still_the_named_speaker() -> None:
    assert last_speaker_and_kind(TWEETED + "Romney's backing for gay voters is unusual. " + SAID) \
        == ("Romney", "person")


def test_he_after_a_described_person_of_the_other_gender_keeps_the_speaker() -> None:
    assert last_speaker_and_kind(TWEETED + "The nominee's wife has taken a different line. " + SAID) \
        == ("Romney", "person")


def test_he_after_a_plural_description_keeps_the_speaker() -> None:
    assert last_speaker_and_kind(TWEETED + "The senators have taken a different line on the issue. " + SAID) \
        == ("Romney", "person")


def test_he_after_a_body_description_keeps_the_speaker() -> None:
    assert last_speaker_and_kind(TWEETED + "The committee's report took a different line. " + SAID) \
        == ("Romney", "person")


def test_a_role_no_one_else_was_given_is_the_speaker_described_again() -> None:
    text = ('"We have come a long way," Senator Bernie Sanders said on Monday. '
            "Instead, the Vermont senator is sticking to his message. "
            '"There is nothing we cannot accomplish," he told supporters.')
    assert last_speaker_and_kind(text) == ("Bernie Sanders", "person")


def test_a_holder_of_the_role_named_long_before_keeps_the_speaker() -> None:
    text = ("Sen. Rand Paul left the race on Wednesday. The weather was cold. Turnout was high. "
            "Polls opened early. Lines were long. "
            '"We have come a long way," Bernie Sanders said on Monday. '
            "Instead, the Vermont senator is sticking to his message. "
            '"There is nothing we cannot accomplish," he told supporters.')
    assert last_speaker_and_kind(text) == ("Bernie Sanders", "person")
