"""Pronouns, roles and kinds readers saw (QA round 42, web test s14): each
rule with a sentence of its kind and a near variant that must stay."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import speakers, speakers_and_roles

# --- rule `named_in_its_claim_after_another_speaker` (speakers.py; QA round 42, 431 s5) ----------


def test_a_person_named_in_the_claim_is_not_he_when_another_spoke_just_before() -> None:
    claims = extract_claims(
        "Tom Miller died on Friday. His wife was at his side, said his friend Mike Stone. "
        "Miller is also survived by a son and a grandson, he said."
    )
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("he", "unresolved")


def test_the_person_named_in_the_claim_who_spoke_last_is_still_she() -> None:
    assert speakers(
        "Anna Lee went to the rally. Ms. Lee said the crowd was loud. Ms. Lee was shocked by the reaction, she said."
    )[-1] == "Anna Lee"


# --- rule `subject_since_the_speaker_may_be_he` (speakers.py; QA round 42, 486 s22) ---------------


def test_the_subject_of_the_sentence_since_the_speaker_may_be_he() -> None:
    claims = extract_claims(
        "Stephen Colbert will host the show. \"He would be remarkable,\" Jon Stewart said. "
        "Colbert naturally had the last laugh in Thursday's news release. "
        "\"Being a guest on the show has been a highlight of my career,\" he said."
    )
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("he", "unresolved")


def test_the_speaker_goes_on_past_a_sentence_that_names_no_one_or_its_hearer() -> None:
    assert speakers(
        "Stephen Colbert will host the show. \"He would be remarkable,\" Jon Stewart said. "
        "The crowd cheered for a long time. \"Being a guest on the show has been great,\" he said."
    )[-1] == "Jon Stewart"
    assert speakers(
        "Scott Smith told the senator that he drove from Chicago. Rubio co-sponsored a bill this year. "
        "\"We have been abused by the program,\" he told Rubio."
    )[-1] == "Scott Smith"


# --- rule `called_she_is_no_he` (speakers.py; QA round 42, 751 s29) ------------------------------


def test_a_person_a_she_spoke_for_is_no_he() -> None:
    claims = extract_claims(
        "In her letter, Gigi Chao tells her father that she loves him. And she says she takes the blame. "
        "When he first announced the dowry in 2012, she said she found it funny."
    )
    announced = next(c for c in claims if c.cue == "announce")
    assert announced.speaker != "Gigi Chao"
    assert [c.speaker for c in claims if c.cue == "say"] == ["Gigi Chao", "Gigi Chao"]


def test_a_person_a_he_spoke_for_is_still_he() -> None:
    assert speakers(
        "Kim Lo said the plan was sound. And he says costs will fall. When he first announced the plan, he said "
        "it would work."
    ) == ["Kim Lo", "Kim Lo", "Kim Lo", "Kim Lo"]


# --- titles.txt: "Director General" is one title (QA round 42 dump, cnn/63) -----------------------


def test_director_general_is_a_title_not_a_name() -> None:
    claims = extract_claims(
        "Roberto Azevedo takes over the WTO. The new Director General suggested that currencies could be "
        "on the agenda. WTO Director General Roberto Azevedo said the talks would go on."
    )
    assert "General" not in [c.speaker for c in claims]
    assert claims[-1].speaker == "Roberto Azevedo"


# --- roles: rules `rank_before_a_portfolio`, `plural_title_is_no_role`, `surname_spelt_as_a_title`,
# `office_before_the_comma_over_an_honorific`, `noun_modifiers_of_a_role` (QA round 42, web test K14)


def test_a_rank_before_a_portfolio_stays_in_the_role() -> None:
    assert speakers_and_roles('"We need hard currency," said Deputy Energy Minister Htin Aung.') == [
        ("Htin Aung", "Deputy Energy Minister")]
    assert speakers_and_roles('"We need hard currency," said Energy Minister Htin Aung.') \
        == [("Htin Aung", "Energy Minister")]


def test_a_plural_title_is_no_ones_role() -> None:
    claims = extract_claims(
        "He was joined by Sens. Mark Pryor, D-Arkansas, and Amy Klobuchar, D-Minnesota. "
        '"Today is a big loss for blame-game politics," Pryor said.'
    )
    assert (claims[-1].speaker, claims[-1].role) == ("Mark Pryor", None)
    assert speakers_and_roles("Sen. Mark Pryor said the vote was close.") == [("Mark Pryor", "Sen.")]


def test_a_surname_spelt_as_a_title_is_no_role() -> None:
    claims = extract_claims("In their book, economists Amartya Sen and Jean Dreze write that the rate is low.")
    assert all(c.role != "Sen" and c.speaker != "Jean Dreze" for c in claims)
    assert speakers_and_roles("Dr Keith Mitchell said the forum would help.") == [("Keith Mitchell", "Dr")]


def test_the_office_before_the_comma_beats_an_honorific() -> None:
    # "has voiced his support" is a claim of its own (cues.txt "voiced"), with the same speaker and role
    assert set(speakers_and_roles(
        "Grenada's Prime Minister and Chairman of the OECS Authority, Dr the Rt. Hon. Keith Mitchell has voiced "
        "his support. Dr Mitchell said the forum would help."
    )) == {("Keith Mitchell", "Prime Minister")}
    assert speakers_and_roles("After meeting the Prime Minister, Dr John Smith said the forum would help.") == [
        ("John Smith", "Dr")]


def test_noun_modifiers_stay_in_a_role_written_after_the_name() -> None:
    assert speakers_and_roles("Richard Allan, a climate scientist, said the year was hot.") == [
        ("Richard Allan", "climate scientist")]
    assert speakers_and_roles("Jim Dunham, a lawyer, said the case was over.") == [("Jim Dunham", "lawyer")]


# --- rule `relayed_subject_named_again_is_not_he` (speakers.py; QA round 42, 431 s7) -------------


def test_the_relayed_person_named_again_is_not_the_opening_he() -> None:
    relayed = (
        "'Gilligan's Island' Professor, actor Russell Johnson, dead at 89\n\n"
        'Actor Russell Johnson, best known as Professor in the 1960s TV sitcom "Gilligan\'s Island," died Thursday, '
        "his agent said. Johnson was 89.\n\n"
        "He died at his home in Washington, where he lived with his wife, Connie. She and their daughter, Kimberly, "
        "were at his side, said agent Mike Eisenstadt. Johnson is also survived by a stepson, Court, and a grandson, "
        "he said.\n\n"
        "Johnson worked up until his death, signing autographs over the holidays, said Eisenstadt. "
    )
    assert speakers(relayed + 'He called Johnson\'s death "unexpected."')[-1] == "Mike Eisenstadt"
    # rule `relayed_subject_may_be_he` stands when the relayed person is not named again
    assert speakers(relayed + "He also said the show had been his life.")[-1] == "He"


# --- rule `age_marks_a_person` (speakers.py; QA round 42, 826 s8) --------------------------------


def test_an_age_between_commas_marks_a_person() -> None:
    assert speakers(
        'Aye Kyaing, 39, rents out a television for the game. A candle sits on the bench. "It was bad," he said.'
    )[-1] == "Aye Kyaing"
    assert speakers(
        'Aye Kyaing rents out a television for the game. A candle sits on the bench. "It was bad," he said.'
    )[-1] == "he"


# --- organisation_words.txt: a report is no person (QA round 42, 837 s29) -------------------------


def test_a_report_named_as_a_title_is_no_person() -> None:
    claims = extract_claims("According to the Human Development Report, the country ranks 132 out of 187.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Human Development Report", "organisation")]
