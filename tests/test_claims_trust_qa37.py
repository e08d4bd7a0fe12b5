"""Clear-wrong kinds of QA round 37 (session 11), each with a sentence of
its kind and a near variant that must stay as it was."""

from __future__ import annotations

from tests.claim_helpers import described

# --- "he/she said" to the wrong person ------------------------------------------------------


def test_a_name_inside_a_dash_aside_is_not_he() -> None:
    # rule `name_inside_a_dash_aside`
    text = ("Okorie Okarocha, the plaintiff's lawyer, said the suit was strong. Instead of changing the "
            "date on the filing to January 15 -- the day John Doe later decided was when it happened -- "
            "Okarocha decided to withdraw the allegation. Otherwise, it would have hampered the case, he said.")
    assert described(text)[-1] == ("Okorie Okarocha", "say", "Otherwise, it would have hampered the case")


def test_a_name_as_the_subject_outside_dashes_stays_a_candidate() -> None:
    text = ("Okorie Okarocha, the plaintiff's lawyer, said the suit was strong. Instead of changing the "
            "date on the filing, John Doe decided to withdraw the allegation. Otherwise, it would have "
            "hampered the case, he said.")
    assert described(text)[-1] == ("he", "say", "Otherwise, it would have hampered the case")
    # an apposition right after the opening dash is the subject itself
    assert described("John Smith -- the mayor -- announced the plan on Monday. It would help the city, "
                     "he said.")[-1] == ("John Smith", "say", "It would help the city")


def test_the_speaker_of_a_joined_clause_goes_on_speaking() -> None:
    # rule `speaker_of_the_joined_clause`
    text = ("Coach Gordon Tietjens said the team was ready. His father Eddie was a rugby player in Japan "
            "for six years and Akira Ioane revealed that's where his first name comes from. "
            '"With dad playing in Japan, it felt right," he said.')
    assert described(text)[-1] == ("Akira Ioane", "say", '"With dad playing in Japan, it felt right,"')


def test_a_subject_with_no_speaker_beside_it_stays_unresolved() -> None:
    text = ("Coach Gordon Tietjens said the team was ready. His father Eddie was a rugby player in Japan "
            'for six years. "With dad playing in Japan, it felt right," he said.')
    assert described(text)[-1] == ("he", "say", '"With dad playing in Japan, it felt right,"')


def test_a_bare_surname_subject_is_nearer_than_an_older_name() -> None:
    # rule `surname_alone_is_the_person`: two Colvins, so "Colvin" stands alone, and "she" is not
    # the man named two sentences before
    text = ("Marie Colvin worked for The Sunday Times. Her mother, Rosemarie Colvin, said aid workers were "
            "trying to reach the city. She was killed alongside French journalist Remi Ochlik. The day "
            'before she was killed, Colvin had given interviews to CNN. "The baby\'s death was just '
            'heartbreaking," she told CNN.')
    assert described(text)[-1] == ("Colvin", "tell", '"The baby\'s death was just heartbreaking,"')


def test_a_surname_that_only_modifies_is_no_speaker() -> None:
    text = ("Marie Colvin worked for The Sunday Times. Her mother, Rosemarie Colvin, said aid workers were "
            "trying to reach the city. She was killed alongside French journalist Remi Ochlik. The day "
            'before, a Colvin admirer had given interviews to CNN. "The baby\'s death was just '
            'heartbreaking," she told CNN.')
    assert described(text)[-1][0] != "Colvin"


def test_another_described_realtor_who_spoke_last_is_she() -> None:
    # rule `unnamed_person_spoke_last`, which now knows a realtor is a person (source_nouns.txt)
    text = ('"I have been a Realtor for 36 years," wrote Patricia Manos. Another Realtor emphasized how '
            'she never shows a home alone. "Partner up with an agent," she wrote.')
    assert described(text)[-1] == ("she", "write", '"Partner up with an agent,"')


def test_a_named_realtor_who_spoke_last_stays_she() -> None:
    text = ('"I have been a Realtor for 36 years," wrote Patricia Manos. She never shows a home alone. '
            '"Partner up with an agent," she wrote.')
    assert described(text)[-1] == ("Patricia Manos", "write", '"Partner up with an agent,"')
