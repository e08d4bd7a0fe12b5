"""Briefs: a lead that opens on an unnamed person in a short scene ("The woman's voice wavered,
just for a moment.") is a feature's hook, not the bottom line. Each rule has a case of the kind
fixed and a near variant that must stay as it was. The sentences are written after one read of a
news article; none is copied whole from the shared data sets."""

from __future__ import annotations

import pytest

from summarizer.brief import _lead_first, is_anecdotal_lead, is_hook_lead
from summarizer.document import parse_document
from summarizer.summarizers.standalone import sentence_units

# --- rule `unnamed_person_lead_is_anecdotal` --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The woman's voice wavered, just for a moment.",
    "The man stood at the podium and waited.",
    "The couple had been married only three weeks.",
])
def test_rule_unnamed_person_lead_is_anecdotal(text: str) -> None:
    assert is_anecdotal_lead(text)
    assert is_hook_lead(text)


@pytest.mark.parametrize("text", [
    "The woman's lawyer filed an appeal in Denver.",  # a name: it tells where
    "The man who shot 12 people in a cinema was sentenced.",  # a number: news
    "The woman, 34, was arrested after the crash.",  # her age counts
    "The suspect fled on foot before officers arrived.",  # a role in the news, no plain person noun
    "The woman's voice wavered for a moment as she read out her statement to the court that day.",  # long
    "The market's mood wavered, just for a moment.",  # no person
])
def test_rule_unnamed_person_lead_near_variants_stay(text: str) -> None:
    assert not is_anecdotal_lead(text)


SCENE = ("The woman's voice wavered, just for a moment. "
         "Carla Mendes told the court on Thursday that she had been held captive for nine years. "
         "The judge sentenced her captor to life in prison.")


def _opening(text: str) -> int:
    # the sentence that opens the note when the ranker orders the sentences as written
    document = parse_document(text)
    return _lead_first(document, sentence_units(document), list(range(len(document.sentences))))[0]


def test_unnamed_person_scene_gives_the_bottom_line_away() -> None:
    assert _opening(SCENE) == 1


def test_named_lead_keeps_the_bottom_line() -> None:
    assert _opening(SCENE.replace("The woman's voice wavered", "Carla Mendes's voice wavered", 1)) == 0
