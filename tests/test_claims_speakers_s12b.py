"""Speakers the page names that were left unnamed (session 12 web test, second
round), each rule with a sentence of its kind and a near variant that must stay
as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- Rule `fronted_participle_clause_is_no_subject` (rules.py) ---------------------------------


def test_a_fronted_participle_clause_is_no_subject() -> None:
    claim = only("Asked about the tattoo last week by newspaper GP, Tegnell laughed and simply said Agerblad "
                 "would have to take responsibility.")
    assert (claim.speaker, claim.content) == ("Tegnell", "Agerblad would have to take responsibility")
    claim = only("Pressed on the issue, Smith shrugged, saying the plan worked.")
    assert claim.speaker == "Smith"


def test_a_participle_before_a_noun_stays_in_the_subject() -> None:
    claim = only("Armed men stormed the building and said they wanted money.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Armed men"


# --- Rule `name_apposed_to_a_description` (speakers.py) ----------------------------------------


def test_a_name_apposed_to_a_description_is_the_speaker() -> None:
    claim = only("Another Realtor, Sharon Lynn Jarrell-Fleming, emphasized how important it is to be careful.")
    assert (claim.speaker, claim.speaker_kind) == ("Sharon Lynn Jarrell-Fleming", "person")
    claim = only("Another spokesman, John Smith, said the plan worked.")
    assert (claim.speaker, claim.speaker_kind) == ("John Smith", "person")


def test_a_description_with_no_name_or_several_stays_as_written() -> None:
    assert (only("Another Realtor said the plan worked.").speaker_kind) == "unnamed"
    claim = only("Two Democrats, John Smith and Al Jones, said the plan worked.")
    assert (claim.speaker, claim.speaker_kind) == ("Two Democrats", "unnamed")


# --- Rule `possessor_of_the_opening_phrase_is_the_subject` (speakers.py) -----------------------

EARLIER = ("\u201cI am from Gaza City,\u201d Nesma Hajjaj said. "
           "Sherine Abed, a doctor, explained that the ward was full. "
           "\u201cFamilies cannot reach their children,\u201d she said. ")


def test_the_possessor_of_an_opening_phrase_is_the_next_she() -> None:
    claims = extract_claims(EARLIER + "In Hajjaj's case, she decided to stay at the hospital. "
                            "\u201cI am worried about him,\u201d she continued.")
    assert [c.speaker for c in claims if c.cue == "continue"] == ["Nesma Hajjaj"]


def test_an_opening_phrase_with_no_possessor_leaves_she_as_it_was() -> None:
    claims = extract_claims(EARLIER + "In the end, she decided to stay at the hospital. "
                            "\u201cI am worried about him,\u201d she continued.")
    assert [c.speaker for c in claims if c.cue == "continue"] != ["Nesma Hajjaj"]
