"""Attributed claims: who said what, how it was put, and whether it is hedged
or negated.

A rule-based tagger, no models, in stages (one module each, read top to
bottom in summarizer.claims.extract): tokens and quotes (text), cues (cues,
from summarizer/rules/cues.txt), the named rule registry (rules), nesting
and quote runs (quotes), speakers resolved over one names layer shared with
summarizer.mentions (names, speakers), polarity and hedging (polarity).
"""

from summarizer.claims.extract import claims_in_document, extract_claims, tag_sentences
from summarizer.claims.model import CUE_CLASSES, KINDS, SPEAKER_KINDS, Claim
from summarizer.claims.polarity import is_hedged

__all__ = [
    "CUE_CLASSES",
    "KINDS",
    "SPEAKER_KINDS",
    "Claim",
    "claims_in_document",
    "extract_claims",
    "is_hedged",
    "tag_sentences",
]
