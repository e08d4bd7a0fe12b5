"""summarizer: extractive news summaries, attributed claims and briefing notes.

The public API, stable from version 0.1:

- `split_sentences(text)` -> list of `Sentence` with offsets into `text`
- `summarize(text, *, sentences=None, ratio=None, words=None, method="default")` -> `Summary`
- `METHODS`: the names `method` accepts
- `extract_claims(text)` -> list of `Claim` (speaker, cue, content, kind, hedged, spans)
"""

from summarizer.claims import Claim, extract_claims
from summarizer.model import Document, ScoredSentence, Sentence, Span, Summary
from summarizer.nlp.splitter import split_sentences
from summarizer.summarizers import METHODS, summarize

__all__ = [
    "METHODS",
    "Claim",
    "Document",
    "ScoredSentence",
    "Sentence",
    "Span",
    "Summary",
    "extract_claims",
    "split_sentences",
    "summarize",
]
