"""The splitter's work grows linearly with its input, on any text (issue 15).

Checked without a clock: the work is counted while `split_sentences` runs,
on a text and on the same text repeated four times, and the count may grow
at most a little over four times. What is counted:
- characters handed to every regular expression of the splitter (its own,
  and Punkt's patterns, which the splitter supplies): the span between
  `pos` and `endpos`, what a call may scan;
- characters copied by slicing the text (the text is a `str` whose slices
  count themselves, inside Punkt too);
- Punkt's word tokens.
A rule that looked at the rest of the text at every candidate boundary
(as `_goes_on` once did) makes the count grow with the square of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from summarizer.nlp import lines, splitter
from summarizer.nlp.splitter import split_sentences

from . import work_counting as counting
from .work_counting import ALLOWED_RATIO, ISSUE_SHAPES, assert_grows_linearly


@dataclass
class Work:
    regex_chars: int = 0
    sliced_chars: int = 0
    tokens: int = 0

    @property
    def total(self) -> int:
        return self.regex_chars + self.sliced_chars + self.tokens


class CountingText(str):
    """A str whose slices are CountingTexts and add their length to `work`."""

    work = Work()

    def __getitem__(self, key: Any) -> str:
        piece = str.__getitem__(self, key)
        CountingText.work.sliced_chars += len(piece)
        return CountingText(piece) if isinstance(key, slice) else piece


def _charge_regex(characters: int) -> None:
    CountingText.work.regex_chars += characters


def counted_pattern(pattern: re.Pattern[str]) -> counting.CountingPattern:
    """`pattern`, charging what it scans to this test's work."""
    return counting.CountingPattern(pattern, _charge_regex)


@pytest.fixture(scope="module")
def counted() -> Iterator[None]:
    """Every pattern the splitter uses, counting; Punkt's tokens, counted."""
    patch = pytest.MonkeyPatch()
    for module in (splitter, lines):
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                patch.setattr(module, name, counted_pattern(value))
    clock = counted_pattern(splitter._clock_before_title())
    patch.setattr(splitter, "_clock_before_title", lambda: clock)
    punkt = splitter._punkt()
    language = punkt._lang_vars
    period_context, word_tokenizer = language.period_context_re(), language._word_tokenizer_re()
    patch.setattr(language, "period_context_re", lambda: counted_pattern(period_context))
    patch.setattr(language, "_word_tokenizer_re", lambda: counted_pattern(word_tokenizer))
    patch.setattr(language, "re_boundary_realignment", counted_pattern(language.re_boundary_realignment))
    tokenize = punkt._tokenize_words

    def counted_tokens(text: str) -> Iterator[Any]:
        for token in tokenize(text):
            CountingText.work.tokens += 1
            yield token

    patch.setattr(punkt, "_tokenize_words", counted_tokens)
    yield
    patch.undo()


def work_on(text: str) -> int:
    CountingText.work = Work()
    split_sentences(CountingText(text))
    return CountingText.work.total


def assert_linear(unit: str, size: int = 1500) -> None:
    assert_grows_linearly(work_on, unit, size)


# The shapes of issue 15, and a unit of news.
SHAPES = {
    **ISSUE_SHAPES,
    "news": "The U.S. Senate met at 9 a.m. Tuesday. \u201cWe will win,\u201d Sen. Ted Cruz said.Profits rose. ",
}


@pytest.mark.usefixtures("counted")
@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_work_grows_linearly_on_issue_shapes(unit: str) -> None:
    assert_linear(unit)


@pytest.mark.usefixtures("counted")
def test_counting_sees_quadratic_work() -> None:
    """The instrument itself: slicing the rest of the text at every stop is caught."""

    def quadratic(text: str) -> None:
        for match in re.finditer(r"\.", text):
            text[match.start() :].split()

    unit = SHAPES["titles and initials in one sentence"]
    CountingText.work = Work()
    quadratic(CountingText(unit * 20))
    small = CountingText.work.total
    CountingText.work = Work()
    quadratic(CountingText(unit * 80))
    assert CountingText.work.total > ALLOWED_RATIO * small


UNIT_PIECES = st.sampled_from([
    "Mr.", "Dr.", "Sen.", "A.", "B.", "U.S.", "No.", "1.", "2.)", "a.", "b.", "a.m.", "P.M.", "etc.", "Inc.",
    "The", "the", "he", "said", "Smith", "1,000.That", "rose.Profits", "...", ". . .", "\u2026", ".", "?", "!",
    '"', "'", "\u201c", "\u201d", "\u2019", "(", ")", ",", "\u2014", "-", "\u2022", " ", "\n", "\n\n", "\r\n",
    "headline Words Here", "x" * 90,
])


@pytest.mark.usefixtures("counted")
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.lists(UNIT_PIECES, min_size=3, max_size=25).map(" ".join))
@example(SHAPES["titles and initials in one sentence"])
def test_work_grows_linearly_on_any_text(unit: str) -> None:
    assert_linear(unit)
