"""Real attributed claims the tagger missed (session 28, recall-s28, mined
from PolNeAR train misses): a view ("Mr. Obama sees Mr. Netanyahu as
captured by a hard-line philosophy") gave no claim. The rule has its near
variant that must not fire: a wrong speaker or a cut claim is worse than a
missed one."""

from __future__ import annotations

import pytest

from tests.claim_helpers import described


# Rule `view_needs_its_as` (extract.py, cues.txt +as; PolNeAR train): "see", "view" and "regard"
# give a view only with "as" after a short object
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy that blocks progress.",
     [("Obama", "see", "Mr. Netanyahu as captured by a hard-line philosophy that blocks progress")]),
    ("Democrats see Sanders as an agent in Clinton's decline.",
     [("Democrats", "see", "Sanders as an agent in Clinton's decline")]),
    ("Many Republicans view Trump as a liability.", [("Many Republicans", "view", "Trump as a liability")]),
    ("Voters increasingly see Sanders as electable.", [("Voters", "see", "Sanders as electable")]),
])
def test_a_view_with_its_as_is_a_claim(sentence: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert described(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an act, a time, a clause after "as", a passive: no claim
    ("She saw him there again in 1999 for the magazine's celebration.", []),
    ("Police saw the crowd as he arrived.", []),
    ("Wisconsin is a state seen as critical for the movement.", []),
    ("Mr. Stevens took aim at Marco Rubio, long viewed by many as their best chance.", []),
    # a subject farther back than the cue's own may be a piece of a phrase ("Western")
    ("The same Western governments who led the invasion are now looking away, seeing Iraq as the problem "
     "of previous administrations.", []),
    ("The company saw sales rise as soon as prices fell.", []),
    # a claim in the view's words stays its own
    ("Voters view Mrs. Clinton as vastly more prepared for the job - with 50 percent saying she is prepared.",
     [("50 percent", "say", "she is prepared")]),
    # a "see" with no "as" cuts no other claim's content
    ("Trump said he would see the budget cut as soon as possible.",
     [("Trump", "say", "he would see the budget cut as soon as possible")]),
])
def test_no_view_without_its_as(sentence: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert described(sentence) == expected
