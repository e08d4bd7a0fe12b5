"""Wrong claims of QA round 30 (held out), each a named rule with a sentence
of its kind and a near variant that must stay as it is."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described

# --- rule `pronoun_of_the_other_gender` (QA 30, 490 [17]: "Her lack ... helped, he said" -> Lauryn Hill)

LAWYER = ("Lauryn Hill told the judge that she planned to pay her taxes. Hill's lawyer, Nathan Hochman, told "
          "CNN that Hill has fully paid her taxes. \"I think the judge gave a fair and reasonable sentence,\" "
          "Hochman said. ")


def test_he_is_not_the_woman_her_pointed_to_in_the_same_sentence() -> None:
    claims = extract_claims(LAWYER + "Her lack of a prior criminal record and the fact that she has six minor "
                                     "children helped, he said.")
    assert claims[-1].content.startswith("Her lack of a prior criminal record")
    assert claims[-1].speaker == "Nathan Hochman"


def test_she_after_her_in_the_same_sentence_is_still_her() -> None:
    claims = extract_claims(LAWYER + "Her lack of a prior criminal record helped, she said.")
    assert claims[-1].content == "Her lack of a prior criminal record helped"
    assert claims[-1].speaker != "Nathan Hochman"


# --- rule `gender_by_honorific` (QA 30, 490 [18]: "Ms. Hill" inside Hochman's quote; Hill's gender unknown)


def test_an_honorific_inside_a_quotation_gives_the_person_her_gender() -> None:
    text = ('"Ms. Hill has paid every cent," a lawyer said. Lauryn Hill told the judge that she planned to pay. '
            'The sentence was fair, he said.')
    claim = extract_claims(text)[-1]
    assert (claim.speaker, claim.speaker_kind) == ("he", "unresolved")


def test_she_still_finds_the_person_the_honorific_names() -> None:
    text = ('"Ms. Hill has paid every cent," a lawyer said. Lauryn Hill told the judge that she planned to pay. '
            'The sentence was fair, she said.')
    assert described(text)[-1] == ("Lauryn Hill", "say", "The sentence was fair")


def test_a_surname_written_with_both_honorifics_gives_no_gender() -> None:
    text = ('"Mr. Hill said one thing and Mrs. Hill another," a lawyer said. Lauryn Hill told the judge that she '
            'planned to pay. The sentence was fair, she said.')
    assert described(text)[-1] == ("Lauryn Hill", "say", "The sentence was fair")


# --- rule `noun_cue_before_a_relative` (QA 30, 791 [25]: "a future Palestinian state that would coexist")


def test_a_cue_noun_before_its_relative_clause_is_no_cue() -> None:
    assert described("But it would help create contiguous borders for a future Palestinian state that would "
                     "coexist next to a Jewish state.") == []


def test_a_plural_subject_before_state_that_keeps_the_verb() -> None:
    assert described("Officials state that the border would reopen soon.") == [
        ("Officials", "state", "the border would reopen soon")]
    assert described("The ministers state that would be a mistake.") == [
        ("The ministers", "state", "would be a mistake")]


# --- rule `participle_inside_a_claims_subject` (QA 30, 783 [37]: "referring to" inside what others say)


def test_a_gloss_inside_the_claims_subject_is_no_cue() -> None:
    assert described(
        "Others say Hu's camp, known as the Communist Youth League (CYL) faction, referring to the youth "
        "organization that Hu headed for years, will dominate the new leadership.") == [
        ("Others", "say", "Hu's camp, known as the Communist Youth League (CYL) faction, referring to the youth "
                          "organization that Hu headed for years, will dominate the new leadership")]


def test_a_participle_after_the_main_clause_stays_a_cue() -> None:
    assert described('The senator criticized the plan, referring to it as a "disaster."') == [
        ("The senator", "refer to", 'it as a "disaster."')]
