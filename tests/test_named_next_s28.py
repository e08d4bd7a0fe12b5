"""Rule `described_person_named_next` does not name "his attorney" (CNN-Corpus
dev 823, 888): whose attorney the attorney of the next sentence is, the words
seldom tell ("..., his attorney told CNN. Mubarak must face the death
penalty, attorney Ahmed Ali said"), so "his attorney" stays as written, a
wrong name being worse than none."""

from __future__ import annotations

from tests.claim_helpers import speakers_and_kinds

LEAD = "Officials met on Monday.\n\n"

MUBARAK = ("The recent health crisis for former Egyptian ruler Hosni Mubarak started when he slipped in a prison "
           "bathroom, his attorney told CNN Thursday.\n\n")


def test_his_attorney_named_next_stays_as_written() -> None:
    # the naming sentence must name the same man ("Mubarak") or call the attorney his (review s28)
    text = MUBARAK + ("Mubarak hurt his neck after the fall in Tora prison, "
                      "attorney Farid El Deeb said.")
    assert speakers_and_kinds(LEAD + text) == [("his attorney", "unnamed"), ("Farid El Deeb", "person")]
    # "The ousted strongman" names no one: which side's attorney spoke, the text does not tie
    text = MUBARAK + ("The ousted strongman hurt his neck after the fall in Tora prison, "
                      "attorney Farid El Deeb said.")
    assert speakers_and_kinds(LEAD + text) == [("his attorney", "unnamed"), ("Farid El Deeb", "person")]


def test_his_attorney_then_an_owners_attorney_stays_as_written() -> None:
    text = ("Edward Snowden has been granted an extension to stay in Russia for three more years, "
            "his attorney said Thursday.\n\n"
            "Snowden recently formally requested that Russia's government extend his temporary asylum, and "
            "Snowden attorney Anatoly Kucherena said the request had been accepted.")
    assert speakers_and_kinds(LEAD + text)[0] == ("his attorney", "unnamed")


def test_her_lawyer_then_a_lawyer_named_stays_as_written() -> None:
    # "attorney" names the job of "lawyer" (same_job_words.txt)
    text = ("Mary Jones will plead not guilty to all charges, her lawyer said Friday.\n\n"
            "Jones was never at the house that night, attorney John Peck said.")
    assert speakers_and_kinds(LEAD + text)[0] == ("her lawyer", "unnamed")


def test_his_attorney_with_two_attorneys_next_stays_unnamed() -> None:
    text = MUBARAK + ("The ousted strongman hurt his neck after the fall, attorney Farid El Deeb said, "
                      "and attorney Yousry Abdel Razek agreed.")
    assert speakers_and_kinds(LEAD + text)[0] == ("his attorney", "unnamed")


def test_his_attorney_of_a_woman_stays_unnamed() -> None:
    # near variant: the one person in view is a woman: "his" is another man's attorney
    text = ("Mary Jones will plead not guilty to all charges, his attorney said Friday.\n\n"
            "She was never at the house that night, attorney John Peck said.")
    assert speakers_and_kinds(LEAD + text)[0] == ("his attorney", "unnamed")


def test_his_attorney_of_a_man_whose_gender_is_unknown_stays_unnamed() -> None:
    # near variant: no first name or title tells whose "his" is
    text = ("Ozanne will plead not guilty to all charges, his attorney said Friday.\n\n"
            "He was never at the house that night, attorney John Peck said.")
    assert speakers_and_kinds(LEAD + text)[0] == ("his attorney", "unnamed")


def test_his_attorney_then_a_spokesman_stays_unnamed() -> None:
    # near variant: the next sentence's person has another job
    text = MUBARAK + "The ousted strongman hurt his neck after the fall, spokesman Farid El Deeb said."
    assert speakers_and_kinds(LEAD + text)[0] == ("his attorney", "unnamed")


def test_his_attorney_named_two_sentences_on_stays_unnamed() -> None:
    # near variant: a sentence between; the pronoun's owner may have changed
    text = MUBARAK + ("Doctors at the prison hospital were not reached.\n\n"
                      "The ousted strongman hurt his neck after the fall, attorney Farid El Deeb said.")
    assert speakers_and_kinds(LEAD + text)[0] == ("his attorney", "unnamed")


def test_his_attorney_then_another_owners_attorney_stays_unnamed() -> None:
    # near variant: the attorney named next is the attorney of someone not in view
    text = MUBARAK + "The guards had been warned, Adly attorney Farid El Deeb said."
    assert speakers_and_kinds(LEAD + text)[0] == ("his attorney", "unnamed")
