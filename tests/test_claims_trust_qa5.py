"""Wrong speakers and merged claims found on held-out pages in QA round 5
(issue 9): interviews and features, where a question and its answer, or
two commenters, follow each other. Each test a sentence of the same kind.
"""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import described


def test_the_one_who_asked_does_not_answer() -> None:
    # shown before as "Wootton answered": the host asked, his guest answered
    text = (
        "Kirstie Alley spoke to Dan Wootton on his podcast. Wootton asked her, \u201cDid you get it from a tick?\u201d "
        "She answered, \u201cYeah in Maine I got a tick bite.\u201d"
    )
    found = extract_claims(text)
    assert (found[0].speaker, found[0].cue) == ("Dan Wootton", "ask")
    assert found[0].content == "\u201cDid you get it from a tick?\u201d"  # "her" is the hearer
    assert found[1].cue == "answer"
    assert found[1].speaker != "Dan Wootton"


def test_she_after_an_unnamed_person_spoke_is_unresolved() -> None:
    text = (
        "Vogue interviewed Celine Dion this week. Asked about her plans, the star explained that her priority "
        "was her children. She added, however, \u201cI am not planning on slowing down.\u201d"
    )
    added = next(c for c in extract_claims(text) if c.cue == "add")
    assert added.speaker_kind == "unresolved"
    assert added.content == "\u201cI am not planning on slowing down.\u201d"  # not "however, ..."


def test_she_after_someone_new_is_introduced_is_unresolved() -> None:
    text = (
        "Alice Smith spoke first. \u201cIt was fine,\u201d she said.\n\n"
        "A woman arrived later. \u201cI disagree,\u201d she said."
    )
    found = extract_claims(text)
    assert found[0].speaker == "Alice Smith"
    assert found[1].speaker_kind == "unresolved"


def test_an_answer_after_a_quoted_question_is_its_own_claim() -> None:
    text = (
        "Then when Vogue asked Dion, \u201cWhat are some of the ways you have been impressed by your strength?\u201d "
        "the singer answered, \u201cI would not say that I am impressed.\u201d"
    )
    found = extract_claims(text)
    assert found[0].content == "\u201cWhat are some of the ways you have been impressed by your strength?\u201d"
    assert (found[1].speaker, found[1].cue) == ("the singer", "answer")


def test_a_question_and_an_answer_by_name_are_two_claims() -> None:
    text = "Vogue asked Dion, \u201cWhat are some of the ways?\u201d Dion answered, \u201cI would not say that.\u201d"
    assert described(text) == [
        ("Vogue", "ask", "\u201cWhat are some of the ways?\u201d"),
        ("Dion", "answer", "\u201cI would not say that.\u201d"),
    ]


def test_wrote_another_is_a_second_commenter() -> None:
    text = (
        "\u201cWhy is everyone complaining about how thin she is?\u201d one person wrote. \u201cShe looks pretty "
        "good to me and happy,\u201d wrote another."
    )
    found = extract_claims(text)
    assert [(c.speaker, c.cue) for c in found] == [("one person", "write"), ("another", "write")]
    assert "pretty good" not in found[0].content


def test_the_star_is_never_the_last_person_called_a_star() -> None:
    # shown before as "Peabo Bryson explained": "the star" was resolved by the role
    text = (
        "R&B star Peabo Bryson sang at the gala. Later, the star explained that her priority was her children."
    )
    claim = next(c for c in extract_claims(text) if c.cue == "explain")
    assert claim.speaker != "Peabo Bryson"
    assert claim.speaker_kind == "unresolved"


def test_she_after_an_unresolved_she_stays_unresolved() -> None:
    text = (
        "Kirstie Alley spoke to Dan Wootton. Wootton asked her, \u201cDid you get it from a tick?\u201d "
        "She answered, \u201cYeah in Maine I got a tick bite.\u201d And she continued, \u201cFor ten months I was "
        "in bed.\u201d"
    )
    found = extract_claims(text)
    assert [c.speaker_kind for c in found[1:]] == ["unresolved", "unresolved"]
