"""Speakers a reader can name: a name apposed to a description, a job in
other words, a relative the text wrote beside that relation. The sentences
are written in the manner of the articles; none is read from the shared
data sets."""

from __future__ import annotations

from summarizer.claims import extract_claims


def _speaker_of(text: str, cue: str) -> tuple[str, str | None]:
    claim = next(c for c in extract_claims(text) if c.cue_text == cue)
    return claim.speaker_kind, claim.speaker


# --- rule description_apposed_to_the_name_before_it ---------------------------------------------


def test_the_name_before_a_relation_in_apposition_speaks() -> None:
    text = (
        "The mayor's plan drew sharp criticism on Monday.\n\n"
        "That view was shared by Tommy Harlan, Ann's father, who said \"we're very disappointed\" by "
        "the decision.\n"
    )
    assert _speaker_of(text, "said") == ("person", "Tommy Harlan")


def test_the_name_before_a_role_in_apposition_speaks() -> None:
    text = (
        "The council voted on the budget on Monday.\n\n"
        "The vote was welcomed by Maria Olsen, the mayor's spokeswoman, who said the plan was sound.\n"
    )
    assert _speaker_of(text, "said") == ("person", "Maria Olsen")


def test_a_description_joined_to_a_name_by_and_is_not_that_name() -> None:
    # near variant: "and" joins two people; the description after it is someone else
    text = (
        "The council voted on the budget on Monday.\n\n"
        "The vote was welcomed by Maria Olsen and the mayor's spokeswoman, who said the plan was sound.\n"
    )
    assert _speaker_of(text, "said")[1] != "Maria Olsen"


# --- rule kin_apposition_keeps_its_name ------------------------------------------------------------


def test_a_participle_after_a_relation_and_its_name_is_that_persons() -> None:
    text = (
        "A judge dismissed the case against Gabe Morrow on Thursday.\n\n"
        "His father, David Morrow, called the entire situation \"terrible, it's tragic,\" while expressing "
        "satisfaction with the judge's decision.\n"
    )
    assert _speaker_of(text, "called") == ("person", "David Morrow")
    assert _speaker_of(text, "expressing") == ("person", "David Morrow")


def test_a_participle_after_a_relation_without_a_name_keeps_the_description() -> None:
    # near variant: no name stands in apposition, so no one is named for the participle's claim
    text = (
        "A judge dismissed the case against Gabe Morrow on Thursday.\n\n"
        "His father called the entire situation \"terrible, it's tragic,\" while expressing "
        "satisfaction with the judge's decision.\n"
    )
    assert _speaker_of(text, "expressing")[1] != "Gabe Morrow"


# --- rule same_job_in_other_words_finds_its_one_holder ---------------------------------------------

_LAWYER = (
    "But defense attorney Brett Holloway said the insurance went to the victim's father.\n\n"
    "After the decision, Holloway called the case a nightmare for his client.\n\n"
)


def test_the_lawyer_is_the_one_defense_attorney() -> None:
    text = _LAWYER + '"We all wanted justice," the lawyer told reporters outside the court.\n'
    assert _speaker_of(text, "told") == ("person", "Brett Holloway")


def test_the_lawyer_beside_an_attorney_general_stays_unresolved() -> None:
    # near variant: "Attorney General" is another office, whose holder is no lawyer meant by "the lawyer"
    text = (
        "Attorney General Eric Holman said the case would go on.\n\n"
        "After the decision, Holman called it a hard day for the state.\n\n"
        '"We all wanted justice," the lawyer told reporters outside the court.\n'
    )
    assert _speaker_of(text, "told")[1] != "Eric Holman"


def test_the_lawyer_beside_two_attorneys_stays_unresolved() -> None:
    # near variant: two people of the job in other words; which one is meant, the text does not say
    text = (
        "Defense attorney Brett Holloway said the insurance went to the victim's father.\n\n"
        "Prosecuting attorney Jane Reyes said the state would appeal.\n\n"
        '"We all wanted justice," the lawyer told reporters outside the court.\n'
    )
    assert _speaker_of(text, "told")[0] != "person"


# --- rule relative_is_the_namesake_who_told_of_that_relative ----------------------------------------

_BROTHERS = (
    "Math teacher Mike Landon was killed in the shooting at the middle school.\n\n"
    "Reggie Landon said that his brother probably was trying to talk the gunman out of shooting.\n\n"
    '"He was just a good all-around individual," Reggie Landon said.\n\n'
)


def test_his_brother_is_the_namesake_who_spoke_of_his_brother() -> None:
    text = _BROTHERS + "Mike Landon went to Afghanistan on several tours, his brother said.\n"
    claim = next(c for c in extract_claims(text) if c.content.startswith("Mike Landon went"))
    assert (claim.speaker_kind, claim.speaker) == ("person", "Reggie Landon")


def test_his_brother_beside_a_namesake_who_told_of_no_relative_is_unnamed() -> None:
    # near variant: the namesake never spoke of a brother; the text does not say who the brother is
    text = (
        "Math teacher Mike Landon was killed in the shooting at the middle school.\n\n"
        "Reggie Landon said the school would stay closed on Tuesday.\n\n"
        "Mike Landon went to Afghanistan on several tours, his brother said.\n"
    )
    claim = next(c for c in extract_claims(text) if c.content.startswith("Mike Landon went"))
    assert claim.speaker != "Reggie Landon"
