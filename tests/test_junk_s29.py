"""Claims that are no claims and contents that lose their meaning (QA round
s29): each fault class fixed by a named rule or a rules-file entry, with a
sentence of its kind and a near variant that must stay as it is. The
sentences are written in the manner of the articles; none is read from the
shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.junk import CLAUSE_OPENERS_AFTER_A_CUE, CORRELATIVE_LEADS
from summarizer.claims.speakers import LONE_COUNT_SOURCES

from .claim_helpers import as_shown


# one list each: the clause openers the fronted-medium rule reads, the correlative leads, the lone counts
def test_word_lists_are_read_from_the_rules_files() -> None:
    assert CLAUSE_OPENERS_AFTER_A_CUE == frozenset({"that", "how", "why", "what", "whether"})
    assert {"both", "either"} <= CORRELATIVE_LEADS
    assert {"one", "both"} <= LONE_COUNT_SOURCES
    assert as_shown("In the footage, showing that the army had left, a man says the town is calm.") != []
    assert [c.cue for c in extract_claims("Both denied the charges.")] == ["deny"]
