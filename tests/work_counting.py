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
