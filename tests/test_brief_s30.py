"""Brief rules: places shared by a claim and its answer, the writer's contracted "I"."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest

from summarizer.brief import (
    _Candidate,
    _GatheredClaim,
    _within_half_words_in,
    addresses_the_reader,
    is_in_the_first_person,
    place_stems,
    without_repeated_fragment,
    without_sentence_said_again,
)
from summarizer.claim_cache import document_claims
from summarizer.document import parse_document
from tests.brief_helpers import MEETING, answers_added

# --- rule place_is_no_matter_in_common ---------------------------------------------------------------

TROOPS = "Obama said Netanyahu had ordered troops to the Gaza border last week."


def test_a_place_and_its_border_in_common_are_no_answer() -> None:
    text = MEETING.format(shown=TROOPS,
                          answer="Netanyahu denied that rockets had been fired across the border from Gaza.")
    assert answers_added(text, "Barack Obama") == []


def test_a_place_name_of_two_words_in_common_is_no_answer() -> None:
    text = MEETING.format(shown="Obama said Netanyahu had ordered troops to the Gaza Strip last week.",
                          answer="Netanyahu denied that rockets had been fired from the Gaza Strip.")
    assert answers_added(text, "Barack Obama") == []


def test_a_denial_of_the_matter_at_the_place_is_an_answer() -> None:
    # near variant: Netanyahu denies the order of troops the claim speaks of
    text = MEETING.format(shown=TROOPS, answer="Netanyahu denied that he had ordered troops to Gaza.")
    assert answers_added(text, "Barack Obama") == ["Benjamin Netanyahu"]


def test_place_stems() -> None:
    assert place_stems("troops to the Gaza border") == place_stems("the border with Gaza")
    assert place_stems("troops to the Gaza border") >= place_stems("Gaza")
    assert place_stems("troops to the Gaza border") != place_stems("Gaza")  # the border is the place's
    # near variant: no place named, a border is what the claim is about
    assert place_stems("the new border policy") == frozenset()


# --- first person: "I" contracted --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'm not sure where the money went.",
    "I\u2019m not sure where the money went.",
    "Ten years on, I've never seen the town so quiet.",
    "I\u2019ve never seen the town so quiet.",
    "I'd have said no a year ago.",
    "I\u2019d have said no a year ago.",
    "I'll admit the plan surprised the family.",
    "I\u2019ll admit the plan surprised the family.",
])
def test_the_writers_contracted_i_is_the_first_person(text: str) -> None:
    assert is_in_the_first_person(text)


@pytest.mark.parametrize("text", [
    '"I\'m done," she said.',  # near variant: a speaker's "I", in quotation marks
    "\u201cI\u2019ll be back,\u201d the mayor said.",
    "Ill winds blew over the town.",
])
def test_a_quoted_or_no_contracted_i_is_not_the_writers(text: str) -> None:
    assert not is_in_the_first_person(text)


def test_a_lead_in_the_writers_contracted_i_is_no_reader_hook() -> None:
    assert not addresses_the_reader("As a parent I'm told time and again that we must watch the pool.")
    assert not addresses_the_reader("As a parent I\u2019ve learned that we must watch the pool.")
    # near variant: "we" with no "I" of the writer speaks for the reader
    assert addresses_the_reader("As parents we're told time and again that we must watch the pool.")


# --- rule called_for_words_said_once ----------------------------------------------------------------

CALM = ("Governor calls for calm after arrest\n\n"
        "The premier of the islands was arrested in Miami on Thursday, officials said.\n\n"
        "Amid the shock, Governor John Rankin called for \u201ccalm at this time\u201d.\n\n"
        "\u201cI realise this will be shocking news for people in the Territory. {middle} "
        "The deputy premier will act as premier. I will say more in due course.\u201d\n\n"
        "The premier has not commented.")


def _called_for(middle: str) -> str:
    document = parse_document(CALM.format(middle=middle))
    claim = next(c for c in document_claims(document) if c.cue_class == "directive")
    return without_sentence_said_again(without_repeated_fragment(claim), document).content


def test_the_called_for_words_are_not_said_again_in_the_quotation() -> None:
    assert _called_for("And I would call for calm at this time.") == (
        "\u201ccalm at this time\u201d \u2026 \u201cI realise this will be shocking news for people in the Territory."
        " \u2026 The deputy premier will act as premier. I will say more in due course.\u201d")


def test_a_sentence_saying_more_than_the_called_for_words_stays() -> None:
    # near variant: the sentence that says the words again says more, and stays
    middle = "I know this is hard for every family in the islands, and I call for calm at this time."
    assert middle in _called_for(middle)
    assert _called_for(middle).startswith("\u201ccalm at this time\u201d \u2026 ")


# --- rule claim_above_a_key_point_first -------------------------------------------------------------

def _kept(claim_rank: int, hedged: bool = False, content: str = "the premier had taken a bribe") -> tuple[
        list[tuple[tuple[int, int], ...]], list[tuple[tuple[int, tuple[int, ...]], ...]]]:
    # bottom line 28 words; key points ranked 1 (22 words) and 4 (16 words); one claim of 35 words
    picked = [_Candidate(((0, i),), f"point {i}", frozenset(), size) for i, size in ((0, 28), (1, 22), (4, 16))]
    said = SimpleNamespace(speaker_kind="organisation", hedged=hedged, content=content)
    claims = [cast(_GatheredClaim, SimpleNamespace(words=35, members=((0, (claim_rank,)),), claim=said,
                                                   speaker="Reuters", whole=None))]
    points, kept = _within_half_words_in(picked, claims, [list(range(8))], 92.5)
    return [p.members for p in points], [c.members for c in kept]


def test_a_claim_ranked_above_the_second_key_point_goes_in_first() -> None:
    assert _kept(2) == ([((0, 0),), ((0, 1),)], [((0, (2,)),)])


@pytest.mark.parametrize(("rank", "hedged", "content"), [
    (5, False, "the premier had taken a bribe"),  # near variant: ranked below both key points
    (2, True, "the premier may have taken a bribe"),  # hedged: no news in a key point's place
    (2, False, "\u201cWhat did the premier know?\u201d"),  # a question tells nothing
])
def test_a_claim_that_cannot_carry_the_news_makes_way(rank: int, hedged: bool, content: str) -> None:
    assert _kept(rank, hedged, content) == ([((0, 0),), ((0, 1),), ((0, 4),)], [])


def test_no_claim_goes_in_before_a_better_one_that_cannot_carry_the_news() -> None:
    # near variant: an unnamed claim ranked above the named one; neither goes in before the key point
    picked = [_Candidate(((0, i),), f"point {i}", frozenset(), size) for i, size in ((0, 28), (1, 22), (5, 16))]
    unnamed = SimpleNamespace(speaker_kind="unresolved", hedged=False, content="he faces two charges")
    named = SimpleNamespace(speaker_kind="person", hedged=False, content="he would be arrested")
    claims = [cast(_GatheredClaim, SimpleNamespace(words=words, members=((0, (rank,)),), claim=said,
                                                   speaker=speaker, whole=None))
              for words, rank, said, speaker in ((30, 2, unnamed, None), (20, 3, named, "Sam Hoyle"))]
    points, kept = _within_half_words_in(picked, claims, [list(range(8))], 92.5)
    assert [p.members for p in points] == [((0, 0),), ((0, 1),), ((0, 5),)]
    assert [c.members for c in kept] == [((0, (3,)),)]  # after the key point, by rank, in the words left
