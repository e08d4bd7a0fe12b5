"""Attributed claims: who said what, how it was put, and whether it is hedged.

A rule-based tagger, no models. Cue words come from summarizer/rules/cues.txt
(each with a class), pattern rules (summarizer.claims.frames) find the
source and content around each cue, nested attributions inside quotes and
contents are dropped, and speakers are resolved to the fullest earlier
mention (summarizer.claims.speakers).
"""

from summarizer.claims.extract import claims_in_document, extract_claims, is_hedged, tag_sentences
from summarizer.claims.model import CUE_CLASSES, KINDS, Claim

__all__ = ["CUE_CLASSES", "KINDS", "Claim", "claims_in_document", "extract_claims", "is_hedged", "tag_sentences"]
