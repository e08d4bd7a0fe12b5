"""The session 9 reviewer's findings on the claims rules, each with the
reviewer's sentence and a near variant the rule must keep as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- rule `contact_relative_is_no_hedge` (finding 7) ----------------------------------------


def test_a_fronted_time_adverbial_is_no_contact_relative() -> None:
    for text in ('"In the end we might lose the vote," the senator said.',
                 '"At the moment they may not have enough money," the mayor said.',
                 '"Every day we could lose more jobs," the union leader said.',
                 '"In the long run they could win the case," the lawyer said.',
                 '"Some days I might not even go to work," she said.'):
        assert only(text).hedged, text


def test_a_contact_relative_inside_the_subject_is_still_no_hedge() -> None:
    claim = only('"Any speculation or reports you may read in the media are conjecture," the spokesman said.')
    assert not claim.hedged


# --- rule `participle_after_a_past_cue_is_past` (finding 11) --------------------------------


def test_a_past_verb_inside_the_first_claim_does_not_backshift_the_participle() -> None:
    claims = extract_claims("Smith says the plan failed, adding that the company would cut jobs.")
    assert [(c.cue, c.hedged) for c in claims] == [("say", False), ("add", True)]


def test_a_participle_after_a_past_cue_is_still_backshifted() -> None:
    claims = extract_claims("The United States will lead, Psaki said, adding that it would put a premium on talks.")
    assert [(c.cue, c.hedged) for c in claims] == [("say", False), ("add", False)]
