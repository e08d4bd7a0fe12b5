"""Unresolved speakers a careful reader can name (resolve s18), each a named
rule with a sentence of its kind and a near variant that must stay as it is."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import last_speaker_and_kind

# --- rules `nationality_before_a_title_is_a_role_word` and `nationality_role_is_the_one_so_titled`
# (QA 49, 769 s16: "The Iranian president asked" stayed unresolved)

ROUHANI = "Iranian President Hassan Rouhani spoke to NBC on Monday. "
ASKED = "The Iranian president asked whether the United States was afraid."


@pytest.mark.parametrize("between", [
    "",
    "U.S. President Barack Obama met aides on Monday. ",  # one of another nation is no rival
])
def test_the_role_with_its_nationality_is_the_one_so_titled(between: str) -> None:
    assert last_speaker_and_kind(ROUHANI + between + ASKED) == ("Hassan Rouhani", "person")


@pytest.mark.parametrize("text", [
    ROUHANI + "A former Iranian president met aides. " + ASKED,  # another of the role, unnamed
    ROUHANI + "President Mahmoud Ahmadinejad met aides. " + ASKED,  # another president, nation not given
    ROUHANI + "The former Iranian president asked whether the United States was afraid.",  # a qualifier
    "Former Iranian President Mohammad Khatami spoke on Monday. " + ASKED,  # a former one is not "the" one
    "Hassan Rouhani spoke to NBC on Monday. " + ASKED,  # the role never written beside him
    ROUHANI + "The Syrian president asked whether the United States was afraid.",  # another nation
])
def test_the_role_with_its_nationality_stays_unresolved_where_another_may_hold_it(text: str) -> None:
    assert last_speaker_and_kind(text)[1] == "unresolved"


# --- rule `legislature_as_subject_is_it` (QA 50, 961 s6: "It also agreed" after "Italy's lower house of
# parliament approved ..." stayed unresolved)

AGREED = " approved sending 15 military instructors. It also agreed to provide logistical support to the army."


@pytest.mark.parametrize(("subject", "expected"), [
    ("Italy's lower house of parliament", ("Italy's lower house", "unnamed")),
    ("Italy's parliament", ("Italy's parliament", "unnamed")),
    ("The upper chamber", ("The upper chamber", "unresolved")),
])
def test_it_after_a_legislature_as_subject_is_that_legislature_as_written(
        subject: str, expected: tuple[str, str]) -> None:
    assert last_speaker_and_kind(subject + AGREED) == expected


def test_it_after_a_house_with_no_side_stays_unresolved() -> None:
    assert last_speaker_and_kind("The house" + AGREED) == ("It", "unresolved")  # a dwelling, not a chamber


def test_the_lower_house_is_never_a_named_house_before_it() -> None:
    text = "The White House said it would send troops. The lower house" + AGREED
    assert last_speaker_and_kind(text) == ("The lower house", "unresolved")


def test_it_after_a_named_senate_is_still_that_body() -> None:
    assert last_speaker_and_kind("The Senate" + AGREED) == ("Senate", "organisation")


# --- rule `title_initials_stand_for_the_title` (web test s17, corkbeo: "The CMO told ..." stayed unresolved)

HOLOHAN = "Chief Medical Officer Tony Holohan wrote to the minister on Monday. "
CMO_TOLD = "The CMO told Stephen Donnelly that they were concerned."


def test_a_titles_initials_are_the_one_person_so_titled() -> None:
    assert last_speaker_and_kind(HOLOHAN + CMO_TOLD) == ("Tony Holohan", "person")


@pytest.mark.parametrize("text", [
    "Dr Tony Holohan wrote to the minister on Monday. " + CMO_TOLD,  # the title never written beside him
    HOLOHAN + "England's Chief Medical Officer Chris Whitty agreed. " + CMO_TOLD,  # two of that title
    HOLOHAN + "The Chicago Mercantile Organization (CMO) met. The CMO said the market was strong.",  # spelt out
    HOLOHAN + "The CFO told Stephen Donnelly that they were concerned.",  # other initials
])
def test_a_titles_initials_stay_unresolved_where_they_may_be_another(text: str) -> None:
    assert last_speaker_and_kind(text)[1] == "unresolved"


def test_a_spelt_out_chief_officer_title_is_the_whole_role() -> None:
    claim = extract_claims("Chief Executive Officer Gary Scott said the conference would open on Monday.")[-1]
    assert (claim.speaker, claim.role) == ("Gary Scott", "Chief Executive Officer")


def test_an_agencys_initials_are_never_a_person_titled_so() -> None:
    text = "National Security Adviser Susan Rice spoke on Monday. The NSA said the program was legal."
    assert last_speaker_and_kind(text) == ("NSA", "organisation")


# --- rule `relative_named_as_that_relative` (CNN-Corpus dev 640 s19: "Last month his son admitted ..."
# stayed unresolved; the article wrote "Edward Snowden's father" for Lon Snowden)

SNOWDENS = ("Edward Snowden's father defended his son on Monday. \"I know my son,\" Lon Snowden told CNN. "
            "Edward Snowden faces charges. ")
ADMITTED = " admitted to revealing surveillance programs."


def test_his_son_is_the_one_the_text_named_as_his_son() -> None:
    text = SNOWDENS + "\"It is wrong,\" Lon Snowden said. Last month his son" + ADMITTED
    assert last_speaker_and_kind(text) == ("Edward Snowden", "person")


@pytest.mark.parametrize("text", [
    # no possessive relation written: whose son is not said
    "Edward Snowden faces charges. \"It is wrong,\" Lon Snowden said. Last month his son" + ADMITTED,
    # another relation than the one written
    SNOWDENS + "\"It is wrong,\" Lon Snowden said. Last month his daughter" + ADMITTED,
    # "his" is another man
    SNOWDENS + "\"It is wrong,\" Eric Holder said. Last month his son" + ADMITTED,
])
def test_his_son_stays_as_written_where_the_text_does_not_say_who(text: str) -> None:
    claim = extract_claims(text)[-1]
    assert claim.speaker_kind != "person"


# --- source_nouns.txt documents: "newsletter" (QA 51, 528 s15: "according to FIFA's most recent newsletter"
# showed no speaker); a named body's document speaks for that body (rule
# `document_of_a_named_body_is_the_body`, tests/test_lede_s30.py), no longer an unnamed source


def test_a_newsletter_after_according_to_is_a_document_as_written() -> None:
    text = "Christoph Kramer was substituted after 31 minutes, according to FIFA's most recent newsletter."
    assert last_speaker_and_kind(text) == ("FIFA", "organisation")
    text = "Christoph Kramer was substituted after 31 minutes, according to the club's most recent newsletter."
    assert last_speaker_and_kind(text) == ("the club's most recent newsletter", "unnamed")


def test_a_newsletter_read_by_someone_is_no_source() -> None:
    assert last_speaker_and_kind("Christoph Kramer reads FIFA's newsletter every week, his coach said.")[0] \
        == "his coach"


# --- rule `company_of_the_joined_clause_is_the_subject` (web test s17, tomshardware: "Alienware currently has
# ..., and the company told PC Gamer that ..." showed "the company")

TOLD = " currently has a gaming desktop with the new card, and the company told PC Gamer that more will come."


def test_the_company_of_a_joined_clause_is_the_body_that_opened_the_sentence() -> None:
    assert last_speaker_and_kind("Alienware Inc." + TOLD) == ("Alienware Inc.", "organisation")


@pytest.mark.parametrize("subject", [
    "John Smith",  # a person
    "Texas",  # a place
    "Alienware and Gigabyte",  # two names
    "Alienware",  # review s18 A1: a name the names layer did not type a body is no evidence of one
])
def test_the_company_after_a_person_a_place_or_two_names_stays_as_written(subject: str) -> None:
    assert last_speaker_and_kind(subject + TOLD) == ("the company", "unresolved")


def test_the_company_in_the_next_sentence_stays_as_written() -> None:
    text = "Alienware currently has a gaming desktop. The company told PC Gamer that more will come."
    assert last_speaker_and_kind(text) == ("The company", "unresolved")


# --- review s18 section A: rules that named a wrong speaker, each with the reviewer's sentences


@pytest.mark.parametrize("text", [
    "Bezos founded Amazon in a garage in 1994, and the company said on Monday that it now employs 1.5 million "
    "people.",
    "Mulally joined Ford from Boeing in 2006, and the company told analysts that sales had doubled since.",
    "Nadella has run Microsoft since 2014, but the company said on Monday that he would stay.",
    "Windows 11 goes on sale on Friday, and the company said it expects strong demand.",
    "Falcon Heavy lifted off from Florida on Tuesday, and the company said the launch was a success.",
    "Hurricane Ida hit the refinery on Sunday, and the company said output would fall.",
])
def test_the_company_after_an_untyped_subject_stays_as_written(text: str) -> None:
    """A1: a surname, a product, a rocket or a storm is no company."""
    assert last_speaker_and_kind(text) == ("the company", "unresolved")


@pytest.mark.parametrize(("text", "shown"), [
    ("Iranian Vice President Eshaq Jahangiri visited the flooded province on Sunday. The Iranian president "
     "said aid would arrive within days.", "The Iranian president"),
    ("Iranian Deputy Foreign Minister Abbas Araghchi visited on Sunday. The Iranian foreign minister said aid "
     "would arrive within days.", "The Iranian foreign minister"),
    ("Vice President Joe Biden visited on Sunday. The president said aid would arrive.", "The president"),
])
def test_a_vice_or_deputy_holds_another_office(text: str, shown: str) -> None:
    """A3, rule `another_office_by_its_qualifier`."""
    assert last_speaker_and_kind(text) == (shown, "unresolved")


def test_the_role_with_its_qualifier_is_still_the_one_so_titled() -> None:
    assert last_speaker_and_kind("Vice President Joe Biden visited on Sunday. "
                                 "The vice president said aid would arrive.") \
        == ("Joe Biden", "person")
    text = "Chinese President Xi Jinping visited on Sunday. The Chinese president said aid would arrive within days."
    assert last_speaker_and_kind(text) == ("Xi Jinping", "person")


@pytest.mark.parametrize("text", [
    HOLOHAN + "Northern Ireland's chief medical officer, Michael McBride, also spoke. The CMO said schools would "
    "stay open.",
    HOLOHAN + "Northern Ireland's chief medical officer, Michael McBride, also spoke. The chief medical officer "
    "said schools would stay open.",
    "Chief Executive Officer Jane Smith presented the results on Monday. Tom Brown, the CEO of rival Acme, called "
    "the plan weak. The CEO said profits would recover next year.",
    "Chief Executive Officer Jane Smith presented the results on Monday, and a rival firm's chief executive called "
    "the plan weak. The CEO said profits would recover next year.",
])
def test_a_title_written_of_another_holder_leaves_it_unresolved(text: str) -> None:
    """A4, rule `title_written_of_another_holder`: one count of a title's holders."""
    assert last_speaker_and_kind(text)[1] == "unresolved"


def test_the_title_written_in_lower_case_of_the_same_holder_keeps_him() -> None:
    text = HOLOHAN + "The chief medical officer said schools would stay open."
    assert last_speaker_and_kind(text) == ("Tony Holohan", "person")


def test_it_after_a_legislature_and_a_second_subject_stays_unresolved() -> None:
    """A5: another body named after the legislature in a joined clause."""
    text = ("The parliament approved the deal on Friday, and Gazprom welcomed the vote. It said the pipeline would be "
            "finished by May.")
    assert last_speaker_and_kind(text) == ("It", "unresolved")


@pytest.mark.parametrize("text", [
    "The parliament approved the deal on Friday, and it welcomed the loan. It said the pipeline would be finished.",
    "The parliament approved the deal on Friday, and later agreed to the loan. It said the pipeline would be "
    "finished.",
])
def test_it_after_a_legislature_with_its_own_joined_clause_is_still_it(text: str) -> None:
    assert last_speaker_and_kind(text) == ("The parliament", "unresolved")


def test_it_after_the_body_of_the_next_sentence_is_that_body() -> None:
    text = ("The parliament approved the budget. The finance ministry welcomed the vote. It said the pipeline would "
            "be finished by May.")
    assert last_speaker_and_kind(text)[0] == "The finance ministry"
