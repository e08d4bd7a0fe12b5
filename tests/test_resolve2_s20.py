"""Speaker resolution, session 20 (QA rounds 55 and 56): each rule with a
sentence of the kind fixed and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from tests.claim_helpers import speakers_and_kinds


def _last(text: str) -> tuple[str | None, str]:
    return speakers_and_kinds(text)[-1]


def _names(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(n.text, n.kind, n.gender) for n in find_names(tokenize(sentence, 0, len(sentence)))]


# --- attributive_capital_is_no_person (871 "a Christian family") ------------------------------

ADOPTED = ("Mark Lee spoke first at the meeting. The meeting with Steve Choi Morrison went well. "
           "After moving to an orphanage, he was finally adopted at age 14 to a {} family in Utah. "
           '"They didn\'t have to adopt me, but they did," he said.')


def test_first_name_qualifying_a_noun_is_no_man_he_can_point_to() -> None:
    assert _names("He was adopted by a Christian family in Utah.")[0] == ("Christian", "unknown", None)
    assert _last(ADOPTED.format("Christian"))[0] != "Christian"


def test_first_name_qualifying_a_noun_resolves_like_any_adjective() -> None:
    # the QA sentences: "Christian" blocked "he" = Steve Choi Morrison, "Korean" never did
    text = ('Steve Choi Morrison, 57, is a defender of adoption. "God came down to adopt us," he said. '
            "After moving to an orphanage, he was finally adopted at age 14 to a Christian family in Utah. "
            '"They didn\'t have to adopt me, but they did," he said.')
    assert _last(text) == ("Steve Choi Morrison", "person")


def test_place_first_name_before_a_noun_has_no_gender() -> None:
    assert _names("The mother of a Georgia toddler who died spoke.")[0] == ("Georgia", "unknown", None)


def test_first_name_as_a_name_keeps_its_gender() -> None:
    assert _names("He met Christian Bale in Utah.")[0] == ("Christian Bale", "person", "male")
    assert _names("He hugged Christian and left.")[0] == ("Christian", "unknown", "male")
    assert _names("Christian told the court he was innocent.")[0][2] == "male"


# --- connector_keeps_the_opener (401 "and Customs Enforcement") --------------------------------

def test_body_whose_first_word_the_article_writes_in_lower_case_keeps_it() -> None:
    text = ("Officials said immigration violators were deported. "
            "Immigration and Customs Enforcement says its efforts are effective.")
    assert _last(text) == ("Immigration and Customs Enforcement", "organisation")


def test_common_opener_before_a_name_is_still_dropped() -> None:
    text = "Officials said immigration cases rose. Immigration Minister Chris Bowen said the policy works."
    assert _last(text)[0] == "Chris Bowen"


# --- words_had_announce_the_quotation (887 Yatsenyuk) ------------------------------------------

LYSENKO = ('"A military plane launched a missile strike," spokesman Andriy Lysenko was quoted as saying. '
           '"Our plane was shot down," he said. ')
QUOTE = '"It is time to pay for violating the international law," he said.'


def test_newcomer_who_had_words_for_someone_says_the_next_quotation() -> None:
    text = LYSENKO + ("In response to the sanctions, Ukrainian Prime Minister Arseniy Yatsenyuk in Kiev "
                      "had tough words for Russia. ") + QUOTE
    assert _last(text) == ("Arseniy Yatsenyuk", "person")


def test_newcomer_with_no_announcement_stays_unresolved() -> None:
    text = LYSENKO + ("In response to the sanctions, Ukrainian Prime Minister Arseniy Yatsenyuk in Kiev "
                      "met officials. ") + QUOTE
    assert _last(text) == ("he", "unresolved")


def test_words_for_another_person_named_stay_unresolved() -> None:
    text = LYSENKO + ("In response to the sanctions, Ukrainian Prime Minister Arseniy Yatsenyuk in Kiev "
                      "had tough words for Barack Obama. ") + QUOTE
    assert _last(text) == ("he", "unresolved")


# --- name_before_an_area_is_a_place and document_of_a_described_body (834) -----------------------

MINISTRY = "Nigerian forces have killed a man acting as the group's leader, Nigeria's Defense Ministry said. "


def test_it_after_the_ministry_past_a_place_before_area_is_the_ministry() -> None:
    text = MINISTRY + ("Several other fighters also died, the Defense Ministry said. "
                       "Another 135 militants also surrendered to troops in the Biu area, it said.")
    assert _last(text) == ("Nigeria's Defense Ministry", "organisation")


def test_the_x_alone_is_still_a_body_it_may_be() -> None:
    assert _names("He spoke to the Biu area chief.")[0][1] == "unknown"
    assert _names("He spoke to the Biu on Monday.")[0][1] == "organisation"


def test_statement_of_the_one_ministry_named_is_the_ministry() -> None:
    text = MINISTRY + ("The soldiers and militants clashed several times, the ministry's statement said. "
                       '"One man died in those encounters," it said.')
    assert speakers_and_kinds(text)[1:] == [("Nigeria's Defense Ministry", "organisation")] * 2


def test_statement_of_a_ministry_when_two_are_named_stays_unnamed() -> None:
    text = ("Nigerian forces have killed a man, the Health Ministry said, and Nigeria's Defense Ministry said. "
            "The soldiers and militants clashed several times, the ministry's statement said.")
    assert _last(text) == ("the ministry's statement", "unnamed")


# --- high_court_is_the_supreme_court and ruling_is_its_court (427) -------------------------------

COURTS = ("The Supreme Court found that the penalties count as a tax. "
          "The high court overturned a decision by the 11th U.S. Circuit Court of Appeals. ")


def test_the_high_court_is_the_supreme_court_beside_a_court_of_appeals() -> None:
    assert _last(COURTS + "The high court said whether something is a tax is up to Congress.") \
        == ("Supreme Court", "organisation")


def test_the_court_beside_two_courts_stays_unresolved() -> None:
    assert _last(COURTS + "The weather was cold. Crowds gathered outside. "
                 "The court said whether something is a tax is up to Congress.")[1] == "unresolved"


def test_the_decision_after_the_court_spoke_is_the_courts() -> None:
    text = ("The Supreme Court found that the penalties count as a tax. The court noted that the law calls "
            'for no other punishments. "Indeed, four million people will pay the tax," the decision said.')
    assert _last(text) == ("Supreme Court", "organisation")


def test_the_decision_after_a_person_spoke_stays_as_written() -> None:
    text = ("The Supreme Court found that the penalties count as a tax. Senator John Smith said the law "
            "was wrong. "
            '"Indeed, four million people will pay the tax," the decision said.')
    assert _last(text)[0] != "Supreme Court"


# --- speaker_of_the_gender_goes_on (668 s38) ----------------------------------------------------

HARRIS = ('Leanna Harris told mourners she loves her husband. "I am not angry," Leanna Harris said. '
          "Religion has helped her cope, she said. "
          "Police released search warrants showing that Ross Harris searched the Internet. "
          "The international media scrutinized the couple's life. ")
STANDING = '"Some of you might wonder how I am even standing here today. I wonder that myself," she said.'


def test_the_only_woman_named_goes_on_speaking_past_two_sentences() -> None:
    assert _last(HARRIS + STANDING) == ("Leanna Harris", "person")


def test_another_woman_named_before_keeps_she_unresolved() -> None:
    text = "Senator Mary Jones visited the town last year. " + HARRIS + STANDING
    assert _last(text) == ("she", "unresolved")


# --- document_dated_by_from (746) ---------------------------------------------------------------

def test_the_report_from_a_month_is_an_unnamed_source() -> None:
    text = ("The epidemic was linked to peacekeepers from Nepal. Officials disputed it. "
            "Doctors were busy. The report from May said the contamination started downstream.")
    assert _last(text) == ("The report from May", "unnamed")


def test_the_report_from_a_named_author_is_not_read_as_dated() -> None:
    text = ("The epidemic was linked to peacekeepers from Nepal. Officials disputed it. "
            "Doctors were busy. The report from Amnesty said the contamination started downstream.")
    assert _last(text) == ("The report from Amnesty", "unresolved")
