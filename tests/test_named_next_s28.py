"""Rule `described_person_named_next`, form "his attorney" (CNN-Corpus dev
823, 888): one who speaks for a person the pronoun stands for is the person
the very next sentence names with that job as a bare title. Each example
with near variants that must stay unnamed."""

from __future__ import annotations

from summarizer import extract_claims

LEAD = "Officials met on Monday.\n\n"

MUBARAK = ("The recent health crisis for former Egyptian ruler Hosni Mubarak started when he slipped in a prison "
           "bathroom, his attorney told CNN Thursday.\n\n")


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.speaker_kind) for c in extract_claims(LEAD + text)]


def test_his_attorney_is_the_attorney_named_next() -> None:
    # the naming sentence must name the same man ("Mubarak") or call the attorney his (review s28)
    text = MUBARAK + ("Mubarak hurt his neck after the fall in Tora prison, "
                      "attorney Farid El Deeb said.")
    assert _speakers(text) == [("Farid El Deeb", "person"), ("Farid El Deeb", "person")]
    # "The ousted strongman" names no one: which side's attorney spoke, the text does not tie
    text = MUBARAK + ("The ousted strongman hurt his neck after the fall in Tora prison, "
                      "attorney Farid El Deeb said.")
    assert _speakers(text) == [("his attorney", "unnamed"), ("Farid El Deeb", "person")]


def test_his_attorney_is_the_owners_attorney_named_next() -> None:
    text = ("Edward Snowden has been granted an extension to stay in Russia for three more years, "
            "his attorney said Thursday.\n\n"
            "Snowden recently formally requested that Russia's government extend his temporary asylum, and "
            "Snowden attorney Anatoly Kucherena said the request had been accepted.")
    assert _speakers(text)[0] == ("Anatoly Kucherena", "person")


def test_her_lawyer_is_the_lawyer_named_next() -> None:
    # "attorney" names the job of "lawyer" (same_job_words.txt)
    text = ("Mary Jones will plead not guilty to all charges, her lawyer said Friday.\n\n"
            "Jones was never at the house that night, attorney John Peck said.")
    assert _speakers(text)[0] == ("John Peck", "person")


def test_his_attorney_with_two_attorneys_next_stays_unnamed() -> None:
    text = MUBARAK + ("The ousted strongman hurt his neck after the fall, attorney Farid El Deeb said, "
                      "and attorney Yousry Abdel Razek agreed.")
    assert _speakers(text)[0] == ("his attorney", "unnamed")


def test_his_attorney_of_a_woman_stays_unnamed() -> None:
    # near variant: the one person in view is a woman: "his" is another man's attorney
    text = ("Mary Jones will plead not guilty to all charges, his attorney said Friday.\n\n"
            "She was never at the house that night, attorney John Peck said.")
    assert _speakers(text)[0] == ("his attorney", "unnamed")


def test_his_attorney_of_a_man_whose_gender_is_unknown_stays_unnamed() -> None:
    # near variant: no first name or title tells whose "his" is
    text = ("Ozanne will plead not guilty to all charges, his attorney said Friday.\n\n"
            "He was never at the house that night, attorney John Peck said.")
    assert _speakers(text)[0] == ("his attorney", "unnamed")


def test_his_attorney_then_a_spokesman_stays_unnamed() -> None:
    # near variant: the next sentence's person has another job
    text = MUBARAK + "The ousted strongman hurt his neck after the fall, spokesman Farid El Deeb said."
    assert _speakers(text)[0] == ("his attorney", "unnamed")


def test_his_attorney_named_two_sentences_on_stays_unnamed() -> None:
    # near variant: a sentence between; the pronoun's owner may have changed
    text = MUBARAK + ("Doctors at the prison hospital were not reached.\n\n"
                      "The ousted strongman hurt his neck after the fall, attorney Farid El Deeb said.")
    assert _speakers(text)[0] == ("his attorney", "unnamed")


def test_his_attorney_then_another_owners_attorney_stays_unnamed() -> None:
    # near variant: the attorney named next is the attorney of someone not in view
    text = MUBARAK + "The guards had been warned, Adly attorney Farid El Deeb said."
    assert _speakers(text)[0] == ("his attorney", "unnamed")
