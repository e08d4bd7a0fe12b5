"""Hedge scope (issue 9, session 7): a claim is flagged hedged only when the
speaker's own words hedge it. A hedge word inside a noun complement, an
embedded question, a comparison, a charge, a concessive clause, a
counterfactual, a nested report, a negated modal before the cue, or the month
May does not put a firm statement under "Hedged or unconfirmed".

Each rule has a sentence of the kind QA round 26 and the measured pages showed,
and a near variant that must stay hedged."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims import is_hedged
from tests.claim_helpers import only

# The one near variant every rule keeps: the speaker's own modal.
OWN_HEDGE = "Officials said the strike could come within days."


def test_the_speakers_own_modal_still_hedges() -> None:
    assert only(OWN_HEDGE).hedged


# Rule `hedge_in_a_noun_complement` (QA 26 A.6, 832 [10]: the Syrian Foreign Ministry's accusation)
def test_a_modal_in_a_noun_complement_does_not_hedge_an_accusation() -> None:
    claim = only(
        '"The U.S. administration has consistently worked over the past year to launch a campaign of '
        'allegations on the possibility that Syria could use chemical weapons during the current crisis," '
        "the Foreign Ministry wrote."
    )
    assert not claim.hedged


@pytest.mark.parametrize(
    "content",
    [
        "he was stunned by the report that the driver may have been speaking on the phone",
        "the curfew was placed in effect as fears rose that Christian youths could launch reprisal attacks",
    ],
)
def test_reported_possibilities_named_by_a_noun_do_not_hedge(content: str) -> None:
    assert not is_hedged(content)


@pytest.mark.parametrize(
    "content",
    [
        "there is a possibility that the strike could come within days",  # indefinite: the speaker's own doubt
        "they could not rule out the possibility that the strike could come",
        "the prospect of another candidate could hold his feet to the fire",  # the noun phrase is the subject
    ],
)
def test_the_speakers_own_possibility_stays_hedged(content: str) -> None:
    assert is_hedged(content)


# Rule `hedge_in_an_embedded_question`
def test_a_modal_in_an_embedded_question_does_not_hedge() -> None:
    claim = only(
        '"Armed with knowledge of the printer\'s dynamic behavior, the program anticipates when the printer '
        'may vibrate excessively and adjusts its motions accordingly," Okwudire said.'
    )
    assert not claim.hedged


@pytest.mark.parametrize(
    "content",
    [
        "the photos were no better than what one might see on a service akin to Google Earth",
        "the resolution goes beyond what could have been accomplished through any military action",
    ],
)
def test_wh_clauses_do_not_hedge(content: str) -> None:
    assert not is_hedged(content)


@pytest.mark.parametrize(
    "content", ["where he could purchase two camels", "why officials in Iowa might feel free to back candidates"]
)
def test_a_wh_clause_opening_the_content_of_an_asking_cue_does_not_hedge(content: str) -> None:
    # "asked where ...", "explaining why ...": the cue asks (test_claims_hedge_s7b.py has the subject clauses)
    assert not is_hedged(content, asking=True)


@pytest.mark.parametrize(
    "content",
    [
        "what happened could affect the talks",  # a verb after "what": the wh-clause is the subject
        "when it fails it could take the grid down",  # a time clause, then the claim's own modal
    ],
)
def test_a_modal_after_a_wh_clause_still_hedges(content: str) -> None:
    assert is_hedged(content)


# Rule `comparative_likelihood_is_no_hedge`
def test_a_measured_difference_in_likelihood_is_not_hedged() -> None:
    assert not is_hedged(
        "women who took a multivitamin for three years were less likely to die from heart disease than women who didn't"
    )


@pytest.mark.parametrize(
    "content",
    [
        "a strike is now less likely",
        "the odds are more likely than not that there will be a deal",
        "it will most likely pass",
    ],
)
def test_likelihood_without_a_comparison_still_hedges(content: str) -> None:
    assert is_hedged(content)


# Rule `alleged_charge_is_no_hedge`
def test_an_arrest_for_an_alleged_crime_is_not_hedged() -> None:
    claim = only(
        "Three people have been arrested for allegedly running a secretive brothel network, "
        "federal authorities announced Wednesday."
    )
    assert not claim.hedged


def test_what_the_defendants_allegedly_did_stays_hedged() -> None:
    assert only("The defendants allegedly operated the network in Cambridge, prosecutors said.").hedged


# Rule `capitalised_may_is_no_modal`
@pytest.mark.parametrize(
    "content",
    [
        "Terrafugia announced last May it had started working on the concept",
        "May it had started working on the concept",
        "the committee has met since its creation in May 2014",
        "Theresa May will call an election",
    ],
)
def test_the_month_or_a_name_is_no_hedge(content: str) -> None:
    assert not is_hedged(content)


@pytest.mark.parametrize(
    "content",
    ["May God help us all", "A Seismic Shift Among Voters May Have Won Cruz the Caucus", "the deal may collapse"],
)
def test_the_modal_may_still_hedges(content: str) -> None:
    assert is_hedged(content)


# Rule `concessive_hedge_is_no_hedge`
def test_a_conceded_point_does_not_hedge_the_main_clause() -> None:
    assert not is_hedged(
        "while heart disease may be the No. 1 killer around the world, cancer clocks in just behind it"
    )


def test_a_hedge_in_the_main_clause_still_hedges() -> None:
    assert is_hedged("the strike may come, while talks go on")
    assert is_hedged("while talks go on, the strike may come")


# Rule `counterfactual_is_no_hedge`
def test_what_could_have_been_worse_is_not_hedged() -> None:
    claim = only(
        '"Without the quick and well-executed response, this tragedy could have been much worse," '
        "the district said."
    )
    assert not claim.hedged


def test_an_epistemic_could_have_stays_hedged() -> None:
    assert is_hedged("the virus could have come from a market")


# Rule `hedge_in_a_relative_clause` (a relative "that" with its own subject)
def test_a_modal_in_a_relative_clause_with_its_subject_does_not_hedge() -> None:
    assert not is_hedged("there was nothing more medically that they could do")


def test_a_reported_clause_with_that_stays_hedged() -> None:
    assert is_hedged("all along that they could strike within days")
    assert is_hedged("that they could strike within days")


# Rule `nested_backshift_is_no_hedge`
def test_a_reported_future_inside_the_content_is_not_hedged() -> None:
    claim = only(
        "According to the state-run RIA Novosti news agency, Russia's Foreign Ministry warned that it "
        'would not "tolerate blackmail."'
    )
    assert not claim.hedged


@pytest.mark.parametrize(
    "content",
    ["he thought the plan would fail", "six Californias would encourage more business competition"],
)
def test_would_after_a_belief_or_without_a_report_still_hedges(content: str) -> None:
    assert is_hedged(content)


def test_would_after_a_gerund_act_is_its_consequence() -> None:
    # junk-s22 changed this case (it was in the list above): "creating six Californias would
    # encourage ..." gives what a proposed act brings, asserted firmly (rule
    # `consequence_of_a_gerund_act_is_no_hedge`, tests/test_junk_s22.py); README: hedged means the
    # speaker's words leave the claim open, and these do not. The point of the test above (no
    # reporting verb before "would": no reported future) holds for an actor subject, kept there
    assert not is_hedged("creating six Californias would encourage more business competition")


# Rule `could_not_is_no_hedge` (extended to "no longer", "never")
def test_could_no_longer_is_no_hedge() -> None:
    assert not is_hedged("a classmate who lost an ovary after she could no longer afford the contraceptives")


# Rule `negated_modal_is_no_hedge` (QA 26 A.6, 434 [11]: "can't believe")
@pytest.mark.parametrize(
    "sentence",
    [
        "The British Embassy in Riyadh would not confirm his identity.",
        "Officials could not say whether the road will reopen.",
        "Residents can't believe the road will reopen.",
        "Police cannot confirm the death.",
    ],
)
def test_a_refusal_or_denial_before_the_cue_is_not_hedged(sentence: str) -> None:
    claim = only(sentence)
    assert claim.negated
    assert not claim.hedged


def test_may_not_before_the_cue_stays_hedged() -> None:
    # a "that" clause: "known about the mayhem" is no claim since qa67c-s24 (cues.txt know +notabout)
    assert only("They may not have known that the mayhem had begun.").hedged


def test_the_demo_signal_stays_hedged() -> None:
    claim = only(
        "Ukrainian Foreign Minister Dmytro Kuleba signaled that aid from the United States Congress could "
        "arrive promptly after the New Year holidays."
    )
    assert claim.hedged


def test_backshifted_would_is_still_no_hedge() -> None:
    assert not only("The minister told reporters that Berlin would sign new orders.").hedged


# Rule `frame_in_a_question_is_no_hedge`
@pytest.mark.parametrize(
    "sentence",
    [
        "The case examined whether the federal government can deny tax benefits to same-sex couples.",
        "But pressed on whether the administration would agree to demands for tougher sentences, he said nothing.",
    ],
)
def test_a_modal_before_a_cue_inside_a_question_does_not_hedge(sentence: str) -> None:
    assert not any(claim.hedged for claim in extract_claims(sentence))


@pytest.mark.parametrize(
    "sentence",
    # (session 11: "Some might say ..." is now the writer's imagined speaker, junk.py
    # `hypothetical_speaker_is_the_writers`; a named group keeps the modal's hedge)
    ["Scientists might say it's irresponsible to connect any particular storm to climate change.", OWN_HEDGE],
)
def test_a_modal_before_the_cue_of_the_sentence_still_hedges(sentence: str) -> None:
    assert only(sentence).hedged
