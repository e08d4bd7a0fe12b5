"""QA round 39's clear-wrong speakers and a doubled word in the views (late
session 12), each rule with a sentence of its kind and a near variant that
must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- Rule `negated_modal_leaves_the_source` (claim_grammar.txt auxiliaries) --------------------


def test_cannot_leaves_the_source_and_is_shown_once() -> None:
    claim = only("Police cannot confirm that the video is authentic.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Police"
    assert (claim.speaker, claim.cue_text, claim.negated) == ("Police", "cannot confirm", True)
    # with the source whole, a news outlet that cannot confirm is the writer's note, no claim
    assert extract_claims("CNN cannot independently confirm the authenticity of either video.") == []


def test_other_modals_before_a_cue_stay_as_they_were() -> None:
    claim = only("Police could not confirm that the video is authentic.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Police"
    assert (claim.cue_text, claim.negated) == ("could not confirm", True)
    claim = only("Police can confirm that the video is authentic.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Police"
    assert claim.negated is False


# --- Rule `participle_takes_the_whole_subject` (rules.py) --------------------------------------


def test_a_participle_takes_the_whole_subject_not_its_outlet() -> None:
    claim = only("CNN political editor Mark Preston agreed, adding that Cantor tried to have it both ways.")
    assert (claim.speaker, claim.speaker_kind) == ("Mark Preston", "person")
    assert claim.content == "Cantor tried to have it both ways"


def test_a_participle_takes_the_whole_noun_phrase_not_its_adjective() -> None:
    text = ("The Olympic sprinter admits firing the bullets, but denies murder, saying he mistakenly "
            "thought he was defending himself from an intruder.")
    saying = [c for c in extract_claims(text) if c.cue == "say"]
    assert len(saying) == 1
    assert saying[0].speaker_span is not None and saying[0].speaker_span.text == "The Olympic sprinter"
    assert saying[0].speaker_kind != "organisation"


def test_a_subject_its_verb_follows_stays_as_it_was() -> None:
    assert only("Mark Preston agreed, adding that Cantor tried to have it both ways.").speaker == "Mark Preston"
    claim = only("Mark Preston, CNN's political editor, agreed, adding that Cantor tried to have it both ways.")
    assert claim.speaker == "Mark Preston"
    assert only("Trump attacked Clinton on Tuesday, saying she lied.").speaker == "Trump"
    claim = only("Ukrainian officials rejected the plan, saying it was unfair.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Ukrainian officials"


# --- Rule `fronted_place_opener_is_no_name` (names.py) -----------------------------------------


def test_a_fronted_place_opener_is_no_part_of_a_name() -> None:
    text = ("Across Syria, the reports of bloodshed mount by the hour. "
            "Syria said the rebels had attacked an army post.")
    said = [c for c in extract_claims(text) if c.cue == "say"]
    assert len(said) == 1 and said[0].speaker == "Syria"


def test_a_name_with_across_inside_it_stays_whole() -> None:
    claim = only("Bridges Across Borders, a charity, said the rebels had attacked an army post.")
    assert claim.speaker == "Bridges Across Borders"
