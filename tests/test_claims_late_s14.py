"""Late fix, session 14 (QA round 44 and its rerun of qa43): clear-wrong
claims. Each rule has a sentence of its kind and a near variant that must
stay as it was."""

from __future__ import annotations

from tests.claim_helpers import described, only


# Rule `explaining_a_noun_phrase_is_no_claim`, part `focus_adverb_opens_a_clause` (qa43 980 s12)
def test_even_if_after_explained_opens_a_clause_not_a_noun_phrase() -> None:
    text = ("Some explained, even if they don't personally believe in the practice, "
            "their relatives take it seriously.")
    claim = only(text)
    assert (claim.speaker, claim.cue) == ("Some", "explain")
    assert claim.content == ("even if they don't personally believe in the practice, "
                             "their relatives take it seriously")
    assert not claim.negated


def test_explaining_a_noun_phrase_before_even_if_stays_no_claim() -> None:
    assert described("Schwerin explained the campaign's decision even if nobody asked.") == []


# Rule `connective_opens_no_content`, with "separately" (QA round 44, 774 s24)
def test_separately_opens_the_clause_before_a_mid_sentence_source() -> None:
    claim = only("Separately, an Israeli airstrike killed three Gaza militants Tuesday, medical sources said, "
                 "near an area where an unmanned Israeli surveillance aircraft crashed earlier in the day.")
    assert (claim.speaker, claim.cue) == ("medical sources", "say")
    assert claim.content.startswith("an Israeli airstrike killed three Gaza militants Tuesday")
    assert claim.content.endswith("crashed earlier in the day")


def test_separately_before_a_fronted_adjunct_or_its_source_stays() -> None:
    for text in ("Separately, in a statement, the ministry said the talks would resume.",
                 "Separately, the ministry said the talks would resume."):
        claim = only(text)
        assert (claim.speaker, claim.content) == ("the ministry", "the talks would resume"), text


# Rule `relative_aside_in_the_claims_subject`, part `second_clause_after_and` (QA round 44, 903 s18)
def test_relative_aside_in_a_second_clauses_subject_keeps_the_content_going() -> None:
    claim = only("The official said Azuz has a training camp outside Derna and the Obeidi tribe, which is "
                 "responsible for security in that area of Libya, has the camp surrounded.")
    assert claim.speaker == "The official"
    assert claim.content == ("Azuz has a training camp outside Derna and the Obeidi tribe, which is responsible "
                             "for security in that area of Libya, has the camp surrounded")


def test_relative_gloss_on_an_object_after_and_still_ends_the_content() -> None:
    claim = only("The official said Azuz has a camp outside Derna and the coast, which is guarded by the tribe.")
    assert claim.content == "Azuz has a camp outside Derna and the coast"
