"""Extractive summarisers: one ranker per method, one selection for all.

This package's own module is the lookup: the --method names (`METHODS`),
their check (`check_method`) and their rankers (`get_ranker`). Ranking a
document into a summary is `summarizer.summary`."""

from __future__ import annotations

from summarizer.summarizers.base import Ranker
from summarizer.summarizers.lead import LeadRanker
from summarizer.summarizers.sumy_rankers import SUMY_SUMMARIZERS, SumyRanker

# The project's own choice for --method default: the news ranker, which beats
# the lead and every sumy method on the dev sets (benchmarks/summary_quality.py).
DEFAULT_METHOD = "news"

METHODS: tuple[str, ...] = ("default", "news", "lead", *SUMY_SUMMARIZERS)


def check_method(method: str) -> str:
    """The ranker's name behind a --method name (`default` is `news`); a
    ValueError naming the choices for a name that is none of METHODS. The
    one check of every command and of the API, made before any work."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of: {', '.join(METHODS)}")
    return DEFAULT_METHOD if method == "default" else method


def get_ranker(method: str) -> Ranker:
    """The ranker behind a --method name."""
    method = check_method(method)
    if method == "lead":
        return LeadRanker()
    if method == "news":
        from summarizer.summarizers.news import NewsRanker  # the graph and the claim tagger: only when used

        return NewsRanker()
    return SumyRanker(method)
