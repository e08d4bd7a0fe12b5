"""summarizer: extractive news summaries, attributed claims and briefing notes.

The public API, stable from version 0.1:

- `split_sentences(text)` -> list of `Sentence` with offsets into `text`
- `summarize(text, *, sentences=None, ratio=None, words=None, method="default")` -> `Summary`
- `METHODS`: the names `method` accepts
- `extract_claims(text)` -> list of `Claim` (speaker, cue, content, kind, hedged, spans)
- `make_brief(paths_or_articles, *, points=None, words=None)` -> `Brief` (`.to_dict()`)
- `brief_markdown(brief)` -> the note in Markdown (`summarizer.render.brief` has text and JSON too)

Names are imported on first use, so that `import summarizer.cli` (and
`summarizer --help`) does not load nltk, sumy and numpy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# public name -> module that defines it
_EXPORTS = {
    "METHODS": "summarizer.summarizers",
    "summarize": "summarizer.summary",
    "split_sentences": "summarizer.nlp.splitter",
    "extract_claims": "summarizer.claims",
    "Claim": "summarizer.claims",
    "make_brief": "summarizer.brief",
    "Brief": "summarizer.model",
    "brief_markdown": "summarizer.render.brief",
    "Document": "summarizer.model",
    "ScoredSentence": "summarizer.model",
    "Sentence": "summarizer.model",
    "Span": "summarizer.model",
    "Summary": "summarizer.model",
}

__all__ = [
    "METHODS",
    "Brief",
    "Claim",
    "Document",
    "ScoredSentence",
    "Sentence",
    "Span",
    "Summary",
    "brief_markdown",
    "extract_claims",
    "make_brief",
    "split_sentences",
    "summarize",
]

if TYPE_CHECKING:
    from summarizer.brief import make_brief
    from summarizer.claims import Claim, extract_claims
    from summarizer.model import Brief, Document, ScoredSentence, Sentence, Span, Summary
    from summarizer.nlp.splitter import split_sentences
    from summarizer.render.brief import brief_markdown
    from summarizer.summarizers import METHODS
    from summarizer.summary import summarize


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
