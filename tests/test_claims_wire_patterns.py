"""Attribution patterns of wire copy (issue 9): a sweep of the ways news
agencies attribute, each checked for the right speaker and a content that
is the speaker's words only. Each test below failed before its fix.
"""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import only


def test_a_spokesman_for_a_titled_person_is_not_that_person() -> None:
    # shown before as "Jane Doe": the governor did not speak, her spokesman did
    claim = only('"We will not back down," a spokesman for Governor Jane Doe told the Guardian.')
    assert claim.speaker == "a spokesman for Governor Jane Doe"
    assert claim.speaker_kind == "unnamed"
    claim = only("A spokesman for Governor Jane Doe said the state would not back down.")
    assert claim.speaker_kind == "unnamed"


def test_a_title_then_a_name_is_still_that_person() -> None:
    claim = only("U.S. Attorney for Massachusetts Joshua Levy said the case is still open.")
    assert claim.speaker == "Joshua Levy"


def test_the_hearer_ends_before_the_contents_subject() -> None:
    # shown before as "would not back down": the agency was read as part of the hearer
    claim = only("Smith, 54, told Reuters the agency would not back down.")
    assert claim.speaker == "Smith"
    assert claim.content == "the agency would not back down"


def test_the_subject_of_a_passive_told_is_the_hearer_not_the_claim() -> None:
    claim = only("Jones was told by Smith that the deal was dead.")
    assert claim.speaker == "Smith"
    assert claim.content == "the deal was dead"


def test_wire_patterns_keep_the_speaker() -> None:
    cases = {
        '"We will not back down," Smith, a spokesman for the agency, told The Associated Press.': "Smith",
        '"We will not back down," the agency\'s spokesman, John Smith, told NBC News.': "John Smith",
        '"We will not back down," Smith, who heads the agency, told Reuters on Monday.': "Smith",
        '"We will not back down," said Smith, a spokesman for the agency, in an interview with CNN.': "Smith",
        "Speaking to Sky News, Smith said the agency would not back down.": "Smith",
    }
    for text, speaker in cases.items():
        assert only(text).speaker == speaker, text


# --- polarity sweep ------------------------------------------------------------------


def test_neither_confirm_nor_deny_is_negated_and_names_what() -> None:
    # shown before as "confirmed: nor deny the report", not negated
    claim = only("Smith would neither confirm nor deny the report.")
    assert claim.negated is True
    assert claim.content == "the report"


def test_nobody_said_is_no_claim() -> None:
    # shown before as "Nobody said: the talks had failed"
    assert extract_claims("Nobody said the talks had failed.") == []
    assert extract_claims("No one said the talks had failed.") == []


def test_the_writers_aside_before_that_is_not_the_claim() -> None:
    claim = only("Smith claimed, without evidence, that the election had been stolen.")
    assert claim.content == "the election had been stolen"
    claim = only("Smith said, in a statement, that the talks had failed.")
    assert claim.content == "the talks had failed"


def test_media_and_polls_are_unnamed_sources() -> None:
    claim = only("Local media reported that three people had died.")
    assert (claim.speaker, claim.speaker_kind) == ("Local media", "unnamed")
    claim = only("Polls show Clinton with a narrow lead.")
    assert claim.speaker_kind == "unnamed"  # not a person called Polls
