"""nltk's Punkt, adapted to news: the splitter's only door to nltk.

`build_punkt` is the seam: the splitter calls it once, lazily, so how nltk
is imported (importing the `nltk` package pulls in much of it) is decided
here alone.

Rules, each named where it is coded and tested with a real news passage in
tests/splitter_cases.txt: `judge_one_boundary`, `starter_before_initial`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set

from summarizer.nlp.nltk_parts import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken


class _NewsLanguageVars(PunktLanguageVars):
    """Rule `judge_one_boundary`: judge a candidate by the next word alone.

    Stock Punkt reads the whole next token, final punctuation included, and
    takes any break inside it for a break at the candidate: `I like Dr.
    Carson.” He left.` was cut after `Dr.`. Here the next token stops before
    its own `.`, `?` or `!`.

    The two patterns are the project's own and run on the standard `re`
    engine: both are linear, and recent nltk releases put a five-second wall
    clock on every match, which a long input would trip (`TimeoutError`).
    """

    _period_context_fmt = r"""
        %(SentEndChars)s             # a potential sentence ending
        (?=(?P<after_tok>
            %(NonWord)s              # either other punctuation
            |
            \s+(?P<next_tok>[^\s.?!]+|\S+)  # or whitespace and the next word
        ))"""

    re_boundary_realignment = re.compile(
        r"""["')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)""", re.MULTILINE
    )

    def period_context_re(self) -> re.Pattern[str]:
        try:
            return self._news_period_context  # type: ignore[has-type]
        except AttributeError:
            values = {"NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars}
            self._news_period_context = re.compile(self._period_context_fmt % values, re.UNICODE | re.VERBOSE)
            return self._news_period_context

    def _word_tokenizer_re(self) -> re.Pattern[str]:
        try:
            return self._news_word_tokenizer  # type: ignore[has-type]
        except AttributeError:
            values = {"NonWord": self._re_non_word_chars, "MultiChar": self._re_multi_char_punct,
                      "WordStart": self._re_word_start}
            self._news_word_tokenizer = re.compile(self._word_tokenize_fmt % values, re.UNICODE | re.VERBOSE)
            return self._news_word_tokenizer


class _NewsToken(PunktToken):
    """Punkt's token, its patterns on the standard `re` engine (see above)."""

    _RE_ELLIPSIS = re.compile(r"\.\.+$")
    _RE_NUMERIC = re.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
    _RE_INITIAL = re.compile(r"[^\W\d]\.$", re.UNICODE)
    _RE_ALPHA = re.compile(r"[^\W\d]+$", re.UNICODE)


class _NewsPunkt(PunktSentenceTokenizer):
    """Rule `starter_before_initial`: a capitalised frequent sentence starter
    opens a sentence after an initial or a number too, not only after an
    abbreviation: `able to move from A to B to C. She gets things done`."""

    def _ortho_heuristic(self, aug_tok: PunktToken) -> bool | str:
        if aug_tok.first_upper and aug_tok.type_no_sentperiod in self._params.sent_starters:
            return True
        return super()._ortho_heuristic(aug_tok)


def build_punkt(abbreviations: Set[str], sentence_starters: Iterable[str]) -> PunktSentenceTokenizer:
    """A Punkt tokenizer with the project's parameters instead of a trained
    model. `abbreviations` are lower case without the final period, as Punkt
    writes them ("calif", "u.s"); membership is all Punkt asks of them."""
    params = PunktParameters()
    params.abbrev_types = abbreviations
    params.sent_starters = set(sentence_starters)
    return _NewsPunkt(params, lang_vars=_NewsLanguageVars(), token_cls=_NewsToken)
