"""Claims a reader found junk, lost or mis-flagged (claims_fix s28): each
fixed by a named rule, with a news-like sentence that now reads right and a
near variant that must stay as it is. The sentences are written in the
manner of the articles; none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import only


# Rule `conceded_point_before_but_is_no_hedge` (polarity.py): "views may vary" is conceded; the
# claim's point, "the delay is unacceptable", is firm, and a reader takes "hedged" as "unsure"
def test_rule_conceded_point_before_but_is_no_hedge() -> None:
    claim = only("The official said views may vary, but the delay is unacceptable.")
    assert (claim.content, claim.hedged) == ("views may vary, but the delay is unacceptable", False)
    assert not only("Analysts said talks might drag on, but the deal is done.").hedged


def test_rule_conceded_point_before_but_is_no_hedge_near_variants_stay() -> None:
    # the modal governs the point
    assert only("The official said the delay may be unacceptable.").hedged
    # the main clause after "but" has a hedge of its own
    assert only("The official said views may vary, but the delay may be unacceptable.").hedged
    # a modal after the first comma is not in the opening clause
    assert only("The official said that, in time, the delay could be fixed, but not soon.").hedged
    # the modal's own verb phrase goes on after "but"
    assert only("The analyst said the move could make him popular, but cost the country little.").hedged
    assert only("The senator said Trump could embrace the policy, but only if he is convinced.").hedged
    assert only("He said Syria is thought to have a program, but is not known to have weapons.").hedged


# Rule `existential_could_be_no_after_a_past_cue_is_no_hedge` (polarity.py): "there could be no X"
# after a past cue is the backshifted "there can be no X", a firm statement
def test_rule_existential_could_be_no_after_a_past_cue_is_no_hedge() -> None:
    claim = only("He said there could be no conditions on the talks.")
    assert (claim.content, claim.hedged) == ("there could be no conditions on the talks", False)
    claims = extract_claims("The prosecutor argued against bail, saying there could be no conditions "
                            "that would protect the community.")
    assert [(c.cue_text, c.hedged) for c in claims][-1] == ("saying", False)


def test_rule_existential_could_be_no_after_a_past_cue_is_no_hedge_near_variants_stay() -> None:
    # a present cue: a possibility
    assert only("Analysts say there could be no deal before Friday.").hedged
    # an estimate, and a "may"
    assert only("He said the change could be no more than cosmetic.").hedged
    assert only("He said there may be no upside for the party.").hedged
    # not existential
    assert only("He said the vote could be no surprise.").hedged
