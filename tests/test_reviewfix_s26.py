"""Review of the rules session 26 added (reviewfix s26): near-miss sentences
that a new rule's condition also matches, where firing would give a wrong
speaker. The sentences are invented in the manner of news articles; none is
copied from the shared data sets."""

from __future__ import annotations

from tests.claim_helpers import speakers_kinds_and_shown_cues

# --- rule `it_is_the_passive_agent_just_before` (speakers.py): "it" after a sentence whose one body
# is a passive's agent is that body, unless the passive's subject is a text that says things of its
# own ("the bill says"), which is then the likelier "it": unresolved, never the agent


def test_a_bill_backed_by_a_body_is_the_it_that_says() -> None:
    text = "The bill was backed by the National Rifle Association. It says gun owners will be protected."
    assert speakers_kinds_and_shown_cues(text) == [("It", "unresolved", "says")]


def test_an_agreement_signed_by_a_body_is_the_it_that_states() -> None:
    text = "The agreement was signed by the European Union. It states that tariffs will fall to zero by 2030."
    assert speakers_kinds_and_shown_cues(text) == [("It", "unresolved", "states")]


def test_a_proposal_drafted_by_a_body_is_the_it_that_says() -> None:
    text = ("The proposal was drafted by the European Commission. It says member states must cut emissions "
            "by half.")
    assert speakers_kinds_and_shown_cues(text) == [("It", "unresolved", "says")]


def test_a_measure_introduced_by_a_body_is_the_it_that_argues() -> None:
    text = "The measure was introduced by the Heritage Foundation. It argues that taxes should be cut."
    assert speakers_kinds_and_shown_cues(text) == [("It", "unresolved", "argues")]


def test_a_mission_planned_by_a_body_still_gives_it_to_the_body() -> None:
    # the original example: a mission says nothing, so "it" is the one who plans it
    text = ("The mission is being planned by the Dutch nonprofit foundation Mars One. In April 2013, it "
            "announced that it had received 78,000 applications.")
    assert speakers_kinds_and_shown_cues(text) == [("Mars One", "organisation", "announced")]


def test_plural_rules_proposed_by_a_body_are_no_it() -> None:
    # near variant: "it" cannot be the plural "rules", so the body that proposed them speaks
    text = "The new rules were proposed by the Federal Reserve. It said the changes would take effect in January."
    assert speakers_kinds_and_shown_cues(text)[-1] == ("Federal Reserve", "organisation", "said")


def test_a_merger_approved_by_a_body_still_gives_it_to_the_body() -> None:
    # near variant: a merger is no text that warns
    text = "The merger was approved by the European Commission. It warned that prices could rise."
    assert speakers_kinds_and_shown_cues(text) == [("European Commission", "organisation", "warned")]


# --- rule `one_reported_as_saying_is_no_antecedent` (speakers.py): checked near misses that stay safe


def test_he_after_a_person_citing_an_aide_as_saying_is_unresolved() -> None:
    # either Jones or the aide may go on: the tool does not guess
    text = ("Jones cited an aide, Mark Reed, as saying the deal was dead. He said talks would resume "
            "next week.")
    assert speakers_kinds_and_shown_cues(text)[-1] == ("He", "unresolved", "said")


def test_he_after_a_newspaper_quoting_a_minister_is_the_minister() -> None:
    text = ("The newspaper quoted Finance Minister Pierre Dubois as saying the budget would be balanced. "
            "He added that taxes would not rise.")
    assert speakers_kinds_and_shown_cues(text)[-1] == ("Pierre Dubois", "person", "added")
