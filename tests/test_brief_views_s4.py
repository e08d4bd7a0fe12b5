"""Briefs as a new user read them (s4 new-user test): key points that
exist, stand alone, and views that say who spoke."""

from types import SimpleNamespace
from typing import cast

from summarizer.brief import _Candidate, _GatheredClaim, _within_half_words_in, leans_on_what_follows, make_brief
from summarizer.reading import Article

# Every sentence but two is a claim, and the ranker puts the claims first:
# the note had a bottom line and claims, and no key point at all.
CLAIMS_FIRST = (
    "Ring busted in Boston\n\n"
    "A sex ring catering to wealthy clients was busted in Boston, federal prosecutors announced on Wednesday. "
    "\"The three people behind these websites exploited the women,\" said Acting U.S. Attorney Joshua Levy. "
    "Levy said the case was still open and that more arrests could follow in the coming weeks. "
    "Three people were arrested on Wednesday morning, authorities said.\n\n"
    "The suspects rented apartments in Cambridge and Watertown for up to $3,664 a month. "
    "\"Pick a profession, they're probably represented in this case,\" Levy said. "
    "The buyers had to give references before they were approved, the affidavit said. "
    "Levy said this was the 16th human trafficking case since the unit was formed in 2022. "
    "The websites advertised models available for photography appointments, with pictures of the women."
)


def test_a_note_keeps_key_points_when_claims_rank_first() -> None:
    note = make_brief([Article(CLAIMS_FIRST, source="ring.txt")], points=4)
    assert note.bottom_line is not None
    assert note.key_points  # rule note_has_key_points
    assert note.words_out <= note.words_in / 2


def test_the_best_key_points_go_in_before_claims_that_rank_higher() -> None:
    # Bottom line 10 words; claims ranked 1-3 of 25 words each; key points ranked 10 and 11 of 20 words.
    # Within 70 words, the claims took everything and the note had no key point.
    picked = [_Candidate(((0, i),), f"point {i}", frozenset(), size) for i, size in ((0, 10), (10, 20), (11, 20))]
    claims = [cast(_GatheredClaim, SimpleNamespace(words=25, members=((0, (i,)),))) for i in (1, 2, 3)]
    ranks = [list(range(12))]
    points, kept_claims, left_out = _within_half_words_in(picked, claims, ranks, 70)
    assert [p.members for p in points] == [((0, 0),), ((0, 10),), ((0, 11),)]
    assert len(kept_claims) == 0 and left_out == {0: 3}


def test_questions_and_colons_lean_on_what_follows() -> None:
    assert leans_on_what_follows('A reporter asked her, \u201cWhat do you see as the biggest problem?\u201d')
    assert leans_on_what_follows("Why did the talks fail?")
    assert leans_on_what_follows("You can use this code:")
    assert not leans_on_what_follows('He asked "why now?" and left the room.')
    assert not leans_on_what_follows("The talks failed on Monday.")


QUESTION = (
    "Judge sworn in\n\n"
    "The state has sworn in its first Native American Supreme Court justice, Raquel Montoya-Lewis. "
    "Governor Jay Inslee appointed Montoya-Lewis, 51, to serve on the state's highest court. "
    "At a press conference announcing her appointment, a reporter asked Montoya-Lewis, "
    "\u201cWhat do you see as the biggest problem with implicit bias in the courts right now?\u201d\n\n"
    "Montoya-Lewis was born in Spain in 1968, where her father served in the US Air Force. "
    "She is an enrolled member of the Pueblo of Isleta tribe.\n\n"
    "Her husband teaches history at a university in the state. "
    "You can use this code:\n\n"
    "The court will hear its first cases in the new year, a spokesman said."
)


def test_no_key_point_is_a_question_or_a_colon_alone() -> None:
    # The lead ranker takes the sentences in order: the question and the colon would be points.
    note = make_brief([Article(QUESTION, source="judge.txt")], points=6, method="lead")
    points = [p.text for p in (note.bottom_line, *note.key_points) if p]
    assert len(points) >= 3
    assert not any(text.rstrip().endswith(("?\u201d", "?", ":")) for text in points)
