"""What the linear-work tests share (issue 15): how much a text grows, how
much the work may grow with it, and a compiled pattern that charges the
characters it is handed to a counter. Work is counted, never timed."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

GROWTH = 4
ALLOWED_RATIO = 5.0  # linear work gives at most 4 (fixed costs make it less); quadratic gives 16


class CountingPattern:
    """A compiled pattern that passes the number of characters each call
    may scan (the span between `pos` and `endpos`) to `charge`."""

    def __init__(self, pattern: re.Pattern[str], charge: Callable[[int], None]) -> None:
        self.pattern = pattern
        self.charge = charge

    def _counted(self, method: str, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self.charge(max(0, min(endpos, len(string)) - pos))
        return getattr(self.pattern, method)(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return self._counted("match", string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return self._counted("fullmatch", string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return self._counted("search", string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return self._counted("finditer", string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return self._counted("findall", string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> Any:
        self.charge(len(string))
        return self.pattern.split(string, maxsplit)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


# The odd but real shapes of issue 15; each test adds a unit of news.
ISSUE_SHAPES = {
    "titles and initials in one sentence": "Mr. A. B. C. Smith said that Dr. D. E. Jones told Ms. F. G. Brown that ",
    "short quoted sentences": '"Yes," he said. ',
    "unmatched quote marks": '\u201cYes he said " and then \u2019 the ',
    "no punctuation at all": "the minister said that the plan would work and Smith agreed ",
    "one word per line": "minister\nsaid\nthat\nThe\nplan\n",
}


def assert_grows_linearly(work_on: Callable[[str], int], unit: str, size: int) -> None:
    """`unit` repeated to about `size` characters, then GROWTH times that:
    the work counted by `work_on` may grow at most ALLOWED_RATIO times."""
    text = unit * (size // len(unit) + 1)
    small, large = work_on(text), work_on(text * GROWTH)
    assert large <= ALLOWED_RATIO * small, f"work grew {large / small:.1f}x for {GROWTH}x the text"
