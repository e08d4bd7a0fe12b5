"""Session 16, resolve 3: speakers still wrong or unresolved.

Each rule has a sentence of its kind and a near variant that must stay as it
was (all sentences invented)."""

from __future__ import annotations

from tests.claim_helpers import speakers_and_kinds

# --- rule pair_with_ages_is_one_source --------------------------------------------------------


def test_two_people_each_with_an_age_are_one_joint_source() -> None:
    text = "Jane Smith, 35, and her father Tom Smith, 61, said the house was lost in the fire."
    assert speakers_and_kinds(text) == [("Jane Smith and her father Tom Smith", "unnamed")]
    text = "Jane Smith, 35, and Tom Smith, 61, said the house was lost in the fire."
    assert speakers_and_kinds(text) == [("Jane Smith and Tom Smith", "unnamed")]


def test_an_age_after_a_clause_leaves_the_second_person_alone() -> None:
    # "and" after a clause, not after the first person's age: the father spoke alone
    text = "Jane Smith, 35, was hurt, and her father Tom Smith, 61, said the house was lost in the fire."
    assert speakers_and_kinds(text) == [("Tom Smith", "person")]
    text = "Tom Smith, 61, said the house was lost in the fire."
    assert speakers_and_kinds(text) == [("Tom Smith", "person")]


# --- rule name_inside_a_final_claim, on the older search (CNN-Corpus dev 904) -----------------


def test_a_man_inside_the_last_claim_does_not_stand_beside_its_speaker() -> None:
    # Yannis is of no known gender: the search of the sentence before read John Brown beside him
    text = 'If John Brown runs, "he would win," Yannis Nikolaou told CNN. Travel is up to the organizers, he said.'
    assert speakers_and_kinds(text)[-1] == ("Yannis Nikolaou", "person")


def test_a_man_opening_the_last_claim_still_stands_beside_its_speaker() -> None:
    text = 'John Brown will run, "and he would win," Yannis Nikolaou told CNN. Travel is up to the organizers, he said.'
    assert speakers_and_kinds(text)[-1] == ("he", "unresolved")


# --- rule gender_by_a_reflexive (QA round 47 786) -------------------------------------------


def test_herself_after_the_subject_tells_her_gender() -> None:
    # past the asides after the name; a woman is no "he"
    text = (
        "Lindsey Hilsum, the editor for Channel 4 News, posted a picture of herself there.\n\n"
        '"If we are silenced, how will you know?" he wrote.'
    )
    assert speakers_and_kinds(text)[-1] == ("he", "unresolved")


def test_himself_of_someone_else_tells_no_gender() -> None:
    # "the boy" stands between: the reflexive is his, Hilsum's gender stays unknown
    text = 'Lindsey Hilsum said the boy hurt himself.\n\n"If we are silenced, how will you know?" he wrote.'
    assert speakers_and_kinds(text)[-1] == ("Lindsey Hilsum", "person")


# --- rule own_described_subject_goes_on (QA round 48, 640 s11) --------------------------------


def test_a_pronoun_after_because_goes_on_with_the_described_subject() -> None:
    text = "Lon Snowden said the sins were real.\n\nHis son is seeking asylum because he claims he would be tortured."
    assert speakers_and_kinds(text)[-1] == ("he", "unresolved")
    text = "Lon Snowden said the sins were real.\n\nHer lawyer filed an appeal because he said the ban was wrong."
    assert speakers_and_kinds(text)[-1] == ("he", "unresolved")


def test_a_final_pronoun_or_a_name_between_stays_as_it_was() -> None:
    # a final "he said" reports the whole sentence: the last speaker
    text = "Lon Snowden said the sins were real.\n\nHis son is seeking asylum, he said."
    assert speakers_and_kinds(text)[-1] == ("Lon Snowden", "person")
    # a description with "the" may be the last speaker described again (CNN-Corpus dev 220)
    text = (
        "Guadalupe's father, Jose, told CNN that his daughter was asleep.\n\n"
        "The father had just finished watching the news when he found her asleep. "
        "It was about that time that the message landed, he said."
    )
    assert speakers_and_kinds(text)[-1] == ("Jose", "person")
    # a subject of the other gender ("His mother" is no "he"): left to rule `pronoun`
    text = "Lon Snowden said the sins were real.\n\nHis mother is seeking asylum because he claims she would be hurt."
    assert speakers_and_kinds(text)[-1] == ("Lon Snowden", "person")


# --- rule they_after_people_described (QA round 47, 698 s15) ----------------------------------


def test_they_after_people_described_is_those_people() -> None:
    text = "The team of experts has since said there is no conclusive evidence.\n\nThey said they took two approaches."
    assert speakers_and_kinds(text)[-1] == ("The team of experts", "unnamed")
    # a single person named in what they said cannot be "they"
    text = "The athlete's lawyers argued that Tom Brown was no flight risk.\n\nThey also argued that the ban was wrong."
    assert speakers_and_kinds(text)[-1] == ("The athlete's lawyers", "unnamed")


def test_they_with_other_people_or_a_body_named_stays_unresolved() -> None:
    text = "Officials said the protesters were armed.\n\nThey said the police fired first."
    assert speakers_and_kinds(text)[-1] == ("They", "unresolved")
    text = "The lawyers met the Justice Department on Monday and said the case was weak.\n\nThey said the judge erred."
    assert speakers_and_kinds(text)[-1] == ("They", "unresolved")


# --- rule lone_nickname_of_one_full_name (web test s16, fivethirtyeight) ----------------------


_FAR = "The vote was close.\n\n" * 6


def test_a_lone_nickname_far_from_the_one_full_name_is_that_person() -> None:
    text = f"Geoffrey Skelley wrote that the race was open.\n\n{_FAR}Geoff said the field was wide."
    assert speakers_and_kinds(text)[-1] == ("Geoffrey Skelley", "person")


def test_a_lone_nickname_of_two_full_names_stays_as_written() -> None:
    text = (
        "Geoffrey Skelley wrote that the race was open.\n\nGeoffrey Brown said it was not.\n\n"
        f"{_FAR}Geoff said the field was wide."
    )
    assert speakers_and_kinds(text)[-1] == ("Geoff", "person")


def test_a_lone_full_first_name_is_not_the_person_named_by_its_short_form() -> None:
    # one way only (late s16, cnn/210): "Katherine" alone is not "Kathy Hilton"
    text = f"Kathy Hilton wrote that the show was over.\n\n{_FAR}Katherine said the cast was tired."
    assert speakers_and_kinds(text)[-1] == ("Katherine", "person")
    text = f"Katherine Hilton wrote that the show was over.\n\n{_FAR}Kathy said the cast was tired."
    assert speakers_and_kinds(text)[-1] == ("Katherine Hilton", "person")
