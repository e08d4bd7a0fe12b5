"""The clear wrong claims of QA round 29 (issue 9), each fixed by kind: a
sentence of the same kind as the article's, and a near variant that must
stay as it is."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- rule `quote_run_stops_at_its_own_tail` (QA 29, 58 [19]) -----------------------------


def test_a_quotation_with_its_own_short_attribution_ends_the_quote_run() -> None:
    text = ('"Who matters what the price is?" Palacios said. "Is this going to solve Spain\'s economic crisis, '
            'this wine?" I asked. "Well, that would be a nice help," he said.')
    claims = extract_claims(text)
    assert [c.content for c in claims] == ['"Who matters what the price is?"', '"Well, that would be a nice help,"']
    assert all("economic crisis" not in c.content for c in claims)


def test_a_quotation_followed_by_a_sentence_that_is_no_attribution_goes_on_in_the_run() -> None:
    claim = only('"It is over," King said. "We are done here and we will not come back." The crowd cheered.')
    assert claim.content == '"It is over," … "We are done here and we will not come back."'
