"""Session 16, resolve: unresolved speakers a careful reader can name.

Each rule has a sentence of its kind and a near variant that must stay as it
was (all sentences invented, after the shapes of CNN-Corpus dev 758)."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import speakers_and_kinds

# --- rule description_named_by_a_copula ------------------------------------------------------


def test_the_description_a_copula_named_is_that_person() -> None:
    text = (
        "The mother is Ann Lee, and she spoke on Wednesday.\n\n"
        "The school failed her son, the mother said."
    )
    assert speakers_and_kinds(text)[-1] == ("Ann Lee", "person")


def test_a_description_no_copula_named_stays_as_written() -> None:
    # a possessor ("Her mother is ..."): whose mother, the description does not say
    text = "Her mother is Ann Lee, and she spoke on Wednesday.\n\nThe school failed her son, the mother said."
    assert speakers_and_kinds(text)[-1] == ("the mother", "unnamed")
    # more after the name: "The mother is Ann Lee's friend" names no one the mother
    text = "The mother is Ann Lee's friend, and she spoke on Wednesday.\n\nThe school failed the boy, the mother said."
    assert speakers_and_kinds(text)[-1] == ("the mother", "unnamed")
    # no copula at all: shown as written, as before
    text = "Ann Lee spoke on Wednesday.\n\nThe school failed her son, the mother said."
    assert speakers_and_kinds(text)[-1] == ("the mother", "unnamed")


def test_a_past_or_reported_copula_names_no_one_who_speaks_later() -> None:
    # review s16: "was" tells who held the role then; the copula may be someone's claim
    texts = [
        "The coach was John Smith, who was fired in March. The team then hired Mary Jones to replace him. "
        '"We have a lot of work to do," the coach said on Monday.',
        'The owner was Tom Green, until he sold the shop in 2019 to Ann Lee. "Business is good," the owner said.',
        "The suspect was John Smith, police said. A second suspect, a woman, was arrested on Tuesday. "
        '"I did nothing wrong," the suspect told the court.',
        'The suspect is John Smith, police said. "I did nothing wrong," the suspect told the court.',
    ]
    for text in texts:
        assert speakers_and_kinds(text)[-1][1] != "person"


# --- rule described_subject_goes_on_as_another_pronoun ---------------------------------------


def test_a_described_subject_shown_to_be_he_is_not_the_final_she() -> None:
    text = (
        '"He is an honorable man," Ann Lee said on Wednesday.\n\n'
        "The reporter has no say in what the government does, and he should not be punished for it, she says."
    )
    assert speakers_and_kinds(text)[-1] == ("Ann Lee", "person")


def test_a_described_subject_of_no_known_gender_may_still_be_the_final_she() -> None:
    # no ", and he" after the description: "The reporter" may be "she", so no one is named
    text = (
        '"He is an honorable man," Ann Lee said on Wednesday.\n\n'
        "The reporter has no say in what the government does and should not be punished for it, she says."
    )
    assert speakers_and_kinds(text)[-1] == ("she", "unresolved")
    # someone named before the "he": "she" may be that person, the reporter "he"
    text = (
        '"He is an honorable man," Ann Lee said on Wednesday.\n\n'
        "The reporter upheld the claim of Mary Smith, and he should not be punished for it, she says."
    )
    assert speakers_and_kinds(text)[-1] != ("Ann Lee", "person")


def test_a_person_described_before_the_he_may_be_that_he() -> None:
    # review s16: "the officer" may be the "he", and the lawyer or the judge the final "she"
    for clause in ("The lawyer has met the officer, and he was nervous, she says.",
                   "The judge heard the officer, and he admitted the error, she wrote in her ruling."):
        text = f"Mary Jones, the widow, said she was angry. {clause}"
        assert speakers_and_kinds(text)[-1] == ("she", "unresolved")


# --- rule name_inside_a_final_claim (CNN-Corpus dev 794) ---------------------------------------


def test_a_man_named_inside_the_last_claim_does_not_block_its_speaker() -> None:
    text = (
        "Another lawyer, Tom Bell, called for the case to be dismissed.\n\n"
        "Most of the leaders of the revolt that toppled longtime strongman Hosni Mubarak \"have been thrown "
        "into prison,\" Bell said.\n\n"
        "He called the trial an attempt to uproot the movement."
    )
    assert speakers_and_kinds(text)[-1] == ("Tom Bell", "person")


def test_a_man_opening_the_last_claim_still_blocks_its_speaker() -> None:
    # the content's subject is a newcomer as near as the speaker: which one "he" is, no one knows
    text = (
        "Another lawyer, Tom Bell, called for the case to be dismissed.\n\n"
        "Hosni Mubarak toppled the old leaders and has thrown them into prison, Bell said.\n\n"
        "He called the trial an attempt to uproot the movement."
    )
    assert speakers_and_kinds(text)[-1] == ("He", "unresolved")


# --- rule subject_announced_to_speak (CNN-Corpus dev 794) -------------------------------------


def test_the_subject_told_to_speak_just_before_is_he() -> None:
    text = (
        "Former President Mohamed Morsy appeared in a glass box.\n\n"
        '"The prosecution has no right to object," said defense attorney Tom Bell.\n\n'
        "Morsy himself was allowed to speak twice.\n\n"
        '"Farces take place in your presence," he said.'
    )
    assert speakers_and_kinds(text)[-1] == ("Mohamed Morsy", "person")


def test_a_subject_not_told_to_speak_stays_unresolved() -> None:
    for before in ("Morsy himself was allowed to attend twice.", "Morsy himself was not allowed to speak."):
        text = (
            "Former President Mohamed Morsy appeared in a glass box.\n\n"
            '"The prosecution has no right to object," said defense attorney Tom Bell.\n\n'
            f'{before}\n\n"Farces take place in your presence," he said.'
        )
        assert speakers_and_kinds(text)[-1] == ("he", "unresolved"), before


# --- first_names.txt: other spellings of listed names ------------------------------------------


def test_mohamed_is_a_man_as_mohammed_is() -> None:
    text = '"The glass dock is a farce," said Mohamed Hassan. "It humiliates us," he said.'
    assert speakers_and_kinds(text) == [("Mohamed Hassan", "person")] * 2


# --- rule anonymous_count_is_unnamed (web test s14b, msn s9) ------------------------------------


def test_a_lone_one_who_asked_anonymity_is_an_unnamed_source_as_written() -> None:
    for clause in ("who asked not to be named", "who spoke on condition of anonymity",
                   "who declined to be identified"):
        text = f'Vice-chancellors reacted with fury this week. One, {clause}, said: "We were misled."'
        assert speakers_and_kinds(text) == [(f"One, {clause}", "unnamed")]


def test_a_lone_one_with_another_relative_clause_stays_unresolved() -> None:
    text = ('Vice-chancellors reacted with fury this week. One, who has led a college since 2010, '
            'said: "We were misled."')
    assert speakers_and_kinds(text) == [(None, "unresolved")]
    # a noun after the count: an unnamed source shown without the clause, as before
    text = 'Vice-chancellors reacted with fury. One vice-chancellor, who asked not to be named, said: "We were misled."'
    assert speakers_and_kinds(text) == [("One vice-chancellor", "unnamed")]


def test_an_anonymity_request_is_still_no_claim_of_its_own() -> None:
    # the pattern moved to grammar.py (one place for both rules): rule `anonymity_is_no_claim` holds
    text = "The official, who requested anonymity, said the talks had stalled."
    assert [c.content_span.text for c in extract_claims(text) if c.content_span] == ["the talks had stalled"]
