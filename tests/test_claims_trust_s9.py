"""Known wrong claims left at the end of session 8 (issue 9), each fixed by
kind: a sentence of the same kind as the article's, and a near variant that
must stay as it is."""

from __future__ import annotations

from summarizer import extract_claims

# --- rule `participle_after_a_past_cue_is_past` (QA 29 A.7, 952 [19]) ----------------------


def test_would_after_a_participle_of_a_past_cue_is_no_hedge() -> None:
    claims = extract_claims("Aid will continue, Psaki said, adding that the United States would put a premium on "
                            "assistance.")
    assert [(c.cue, c.hedged) for c in claims] == [("say", False), ("add", False)]


def test_would_after_a_participle_of_a_present_cue_and_could_stay_hedges() -> None:
    present = extract_claims("Aid will continue, Psaki says, adding that the United States would put a premium "
                             "on assistance.")
    could = extract_claims("Aid will continue, Psaki said, adding that the United States could put a premium "
                           "on assistance.")
    assert present[-1].hedged and could[-1].hedged
