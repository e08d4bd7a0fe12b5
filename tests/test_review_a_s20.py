"""Review s20, section A: near-miss sentences on which this session's rules
gave a wrong speaker. Each rule is narrowed so that the near miss gives no
wrong name, while the rule's own sentence still resolves."""

from __future__ import annotations

import pytest

from tests.claim_helpers import speakers_and_kinds


def _last(text: str) -> tuple[str | None, str]:
    return speakers_and_kinds(text)[-1]


# --- A1 rule `body_noun_after_another_body_acted` ("the league", claim_grammar.txt
# bodies_often_named_without_their_noun) -----------------------------------------------------

ARAB_LEAGUE = "The Arab League said on Sunday it would send observers to Syria. "
LEAGUE_SAID = "The league said in a statement that the suspensions would begin immediately."


def test_the_league_after_another_body_acted_stays_unresolved() -> None:
    text = ARAB_LEAGUE + "Meanwhile, the NFL suspended two players for violating its drug policy. " + LEAGUE_SAID
    assert _last(text) == ("The league", "unresolved")


def test_the_league_after_a_place_acted_is_still_the_league() -> None:
    # near variant: a state acting between ("the plan Syria proposed") is no body "the league" may be
    text = (ARAB_LEAGUE + "Syria rejected the plan on Monday. "
            "The league said in a statement that the observers would go anyway.")
    assert _last(text) == ("Arab League", "organisation")


def test_the_league_right_after_the_league_spoke_is_the_league() -> None:
    assert _last(ARAB_LEAGUE + "The league said the observers would leave on Monday.") \
        == ("Arab League", "organisation")


# --- A2 rule `ruling_is_its_court`: a ruling mentioned since the court spoke -----------------

def test_the_ruling_the_court_said_it_would_review_is_not_the_courts() -> None:
    text = ("The 5th U.S. Circuit Court of Appeals said Tuesday it would review a ruling issued last month "
            "by a district judge in Austin. "
            '"The plaintiffs lack standing to bring this suit," the ruling said.')
    assert _last(text) == ("the ruling", "unnamed")


def test_a_lower_courts_decision_mentioned_keeps_the_decision_as_written() -> None:
    text = ("The Supreme Court said it would not hear the appeal of the lower court's decision. "
            '"The law is clear," the decision said.')
    assert _last(text)[0] != "Supreme Court"


def test_the_decision_with_no_other_ruling_mentioned_is_still_the_courts() -> None:
    text = ("The Supreme Court found that the penalties count as a tax. The court noted that the law calls "
            'for no other punishments. "Indeed, four million people will pay the tax," the decision said.')
    assert _last(text) == ("Supreme Court", "organisation")


def test_the_courts_own_verb_ruled_mentions_no_other_ruling() -> None:
    # near variant (PolNeAR dev wash-post federal-court-rules-against-ohio s5-s6)
    text = ("The U.S. Court of Appeals for the Sixth Circuit ruled that Ohio's practices could remove some "
            'eligible voters. "A state cannot avoid the conclusion," said the ruling.')
    assert _last(text) == ("U.S. Court of Appeals for the Sixth Circuit", "organisation")


# --- A3 rule `document_of_a_described_body`: a second body of the noun in lower case --------

MINISTRY = "Nigerian forces have killed a man acting as the group's leader, Nigeria's Defense Ministry said. "


@pytest.mark.parametrize("between", [
    "Ukraine's foreign ministry summoned the Russian ambassador on Tuesday. ",
    "Cameroon's government said a spokesman for its defense ministry confirmed 12 deaths. ",
])
def test_a_second_ministry_in_lower_case_keeps_the_statement_unnamed(between: str) -> None:
    text = MINISTRY + between + '"The operation continues," the ministry\'s statement said.'
    assert _last(text) == ("the ministry's statement", "unnamed")


def test_the_statement_of_the_one_ministry_is_still_the_ministry() -> None:
    text = MINISTRY + ("Cameroon's government said its forces had pushed the fighters back. "
                       '"The operation continues," the ministry\'s statement said.')
    assert _last(text) == ("Nigeria's Defense Ministry", "organisation")


# --- A4 rule `speaker_of_the_gender_goes_on`: a woman described, not named ------------------

HARRIS = ('Leanna Harris told mourners she loves her husband. "I am not angry," Leanna Harris said. '
          "Religion has helped her cope, she said. "
          "Police released search warrants showing that Ross Harris searched the Internet. ")
STANDING = '"Some of you might wonder how I am even standing here today. I wonder that myself," she said.'


@pytest.mark.parametrize("described", [
    "His wife sat in the front row at the funeral. ",
    "His mother, a retired teacher, sat in the front row. ",
    "A detective sat in the front row. ",
])
def test_a_person_described_since_keeps_she_unresolved(described: str) -> None:
    assert _last(HARRIS + described + STANDING) == ("she", "unresolved")


@pytest.mark.parametrize("between", [
    "The international media scrutinized the couple's life. ",
    "His father sat in the front row at the funeral. ",  # a man described: no "she"
    "Reporters waited outside the church. ",  # people, plural
])
def test_no_one_described_who_may_be_she_lets_the_speaker_go_on(between: str) -> None:
    assert _last(HARRIS + between + STANDING) == ("Leanna Harris", "person")


# --- A5 rule `place_after_a_lower_case_role_to`: only roles held at a place -------------------

@pytest.mark.parametrize("sentence", [
    "An adviser to Syria Bashar al-Assad said the army would advance.",
    "An aide to Russia Vladimir Putin said the Kremlin would respond.",
    "An envoy to Syria Lakhdar Brahimi had appointed said the talks would resume.",
])
def test_a_name_after_a_role_to_a_place_that_is_not_its_holder_is_no_speaker(sentence: str) -> None:
    speaker, kind = _last(sentence)
    assert kind == "unnamed" and speaker is not None and speaker.startswith("An ")


@pytest.mark.parametrize(("sentence", "name"), [
    ("U.N. envoy to Syria Lakhdar Brahimi said the talks would resume.", "Lakhdar Brahimi"),
    ("A former envoy to Iraq Paul Bremer said the decision was a mistake.", "Paul Bremer"),
    ("The former ambassador to Syria Robert Ford said the opposition was divided.", "Robert Ford"),
    ("The U.S. representative to the U.N. Jane Doe said the vote was delayed.", "Jane Doe"),
])
def test_a_post_held_at_a_place_still_names_its_holder(sentence: str, name: str) -> None:
    assert _last(sentence) == (name, "person")


# --- review s20 C: rule `person_of_a_titled_person` past "former" and a sentence-opening capital

@pytest.mark.parametrize("sentence", [
    "The lawyer for former President Mohamed Morsi said his client would not attend.",
    "The lawyer of former President Mohamed Morsi said his client would not attend.",
    "A spokesman for former South African President Jacob Zuma said he would appeal.",
    "Supporters of President Donald Trump said the rally would go ahead.",
])
def test_whose_lawyer_or_supporters_spoke_is_not_the_titled_person(sentence: str) -> None:
    speaker, kind = _last(sentence)
    assert kind != "person" and speaker not in ("Mohamed Morsi", "Jacob Zuma", "Donald Trump")


@pytest.mark.parametrize(("sentence", "name"), [
    ("Former President Jimmy Carter said he was recovering.", "Jimmy Carter"),
    ("Secretary of State John Kerry said the talks would resume.", "John Kerry"),
    ("Supporters said former President Mohamed Morsi would not attend.", None),
])
def test_a_former_titled_person_who_spoke_is_still_the_speaker(sentence: str, name: str | None) -> None:
    if name is not None:
        assert _last(sentence) == (name, "person")
    else:
        assert _last(sentence)[0] != "Mohamed Morsi"
