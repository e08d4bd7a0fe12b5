"""Review fixes B, session 17 (review s17 findings 3, 4, 5): the reviewer's
sentences are near variants of claims-s17's and junk-s17's rules that must
stay as they were before those rules; the rules' own sentences are in
tests/test_claims_s17.py."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only


# Rule `quotation_after_a_dash_to_the_end_is_the_claim`: not when the clause before the dash
# ends in a verb that brings in the quotation (rules._verb_brings_in_the_quotation)
@pytest.mark.parametrize(("text", "content"), [
    ('The crowd chanted -- "Lock Her Up," Smith said.', 'The crowd chanted -- "Lock Her Up,"'),
    ('The fans sang loudly \u2014 "You Will Never Walk Alone," Smith said.',
     'The fans sang loudly \u2014 "You Will Never Walk Alone,"'),
])
def test_a_quotation_a_verb_before_the_dash_brings_in_is_not_the_later_sources(text: str, content: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content, claim.kind) == ("Smith", content, "mixed")


def test_a_quotation_after_the_writers_aside_and_a_dash_is_still_the_claim() -> None:
    claim = only('Her reply was short -- "Never again," she said.')
    assert (claim.speaker, claim.content) == ("she", '"Never again,"')


# Rule `present_conjunct_joins_a_past_cues_content`: the joined verb must agree with the
# content's own verb, and a joined verb with its own "that" whose number fits the outer subject
# is the outer subject's (grammar.present_conjunct_of_a_past_content)
@pytest.mark.parametrize(("text", "claims"), [
    ("Police said the suspect is in custody and believe he acted alone.",
     [("Police", "say", "the suspect is in custody", False), ("Police", "believe", "he acted alone", False)]),
    ("The company said it expects profits to rise and warns that costs remain high.",
     [("The company", "say", "it expects profits to rise", False),
      ("The company", "warn", "costs remain high", False)]),
    ("The report found that prices are rising and warns that a recession is likely.",
     [("The report", "find", "prices are rising", False), ("The report", "warn", "a recession is likely", True)]),
])
def test_a_joined_present_cue_that_does_not_go_with_the_content_is_the_outer_speakers(
        text: str, claims: list[tuple[str, str, str, bool]]) -> None:
    assert [(c.speaker, c.cue, c.content, c.hedged) for c in extract_claims(text)] == claims


# Rule `act_object_is_no_claim`, agree: @on (act_readings.txt): a colon after the object keeps the claim
def test_agreeing_on_one_thing_before_a_colon_is_a_claim() -> None:
    claim = only("Economists agree on one thing: prices will rise.")
    assert (claim.speaker, claim.content) == ("Economists", "prices will rise")


def test_agreeing_on_a_thing_is_still_no_claim() -> None:
    assert [c.cue for c in extract_claims("Both sides agreed on a ceasefire, officials said.")] == ["say"]


def test_a_bare_form_joined_inside_an_infinitive_stays_in_the_content() -> None:
    # PolNeAR train (politico 2016-05-05): the bare "show" goes on with "to step up", as before
    claim = only("Some Republican leaders said the real estate mogul still has time to step up and show"
                 " that he is worthy of support.")
    assert claim.content == "the real estate mogul still has time to step up and show that he is worthy of support"
