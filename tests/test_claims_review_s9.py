"""The session 9 reviewer's findings on the claims rules, each with the
reviewer's sentence and a near variant the rule must keep as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described, only

# --- rule `noun_cue_before_a_relative` (finding 3) ------------------------------------------


def test_a_plural_subject_with_an_of_phrase_keeps_its_verb_cue() -> None:
    for text, speaker in (("Supporters of the new plan argue that would cut costs for families.",
                           "Supporters of the new plan"),
                          ("Critics of the Obama administration claim that is a violation of the law.",
                           "Critics of the Obama administration"),
                          ("Leaders of the European Union warn that could trigger a recession.",
                           "Leaders of the European Union")):
        claim = only(text)
        assert claim.speaker == speaker, text


def test_a_noun_cue_after_a_preposition_and_a_determiner_stays_a_noun() -> None:
    assert described("But it would help create contiguous borders for a future Palestinian state that would "
                     "coexist next to a Jewish state.") == []


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
