"""QA round 46 fixes, session 15 (qa46-fix-s15): clear-wrong speakers and
content. Each rule has a sentence of its kind and a near variant that must
stay as it was."""

from __future__ import annotations

from tests.claim_helpers import described


# --- rule `name_in_a_postmodifier_is_no_subject` (rules.py; QA round 46, 794 s0) -----------------
def test_name_ending_a_long_postmodifier_is_not_the_speaker() -> None:
    text = ("Lawyers representing Muslim Brotherhood members in a jailbreak case that includes former "
            "Egyptian President Mohamed Morsy called Saturday for the judges to be changed.")
    assert described(text) == [
        ("Lawyers representing Muslim Brotherhood members", "call", "for the judges to be changed")]
    # after a dateline glued to the sentence (the article's first line)
    assert [s for s, _, _ in described("Cairo, Egypt " + text)] == ["Lawyers representing Muslim Brotherhood members"]
    text = "Officials investigating the crash that killed Senator John Smith said the pilot erred."
    assert described(text) == [("Officials investigating the crash", "say", "the pilot erred")]
    text = "Residents living near the plant that employs Senator John Smith said the water was dirty."
    assert [s for s, _, _ in described(text)] == ["Residents"]


def test_short_postmodifier_and_a_clause_after_the_head_stay_as_they_were() -> None:
    # the walk takes the whole head and its modifier already: as before
    assert [s for s, _, _ in described("Lawyers representing Mohamed Morsy said the judges must go.")] == [
        "Lawyers representing Mohamed Morsy"]
    # the name is the subject of a clause of its own after "is that ...": it stays the speaker
    text = ("One thing working in Smith's favor is that most voters in a recent poll said they think "
            "she is a different kind of Republican.")
    assert [s for s, _, _ in described(text)][-1] == "they"
    # a relative's own subject ("what lawmakers called") is no object of the postmodifier
    text = "The emphasis that only 1 percent was involved with what multiple lawmakers called \"fraud\" grew."
    assert [s for s, _, _ in described(text)] == ["multiple lawmakers"]


# --- rule `name_inside_a_participle_modifier`, with "treating" (claim_grammar.txt) ---------------
def test_doctors_treating_a_name_are_not_the_name() -> None:
    assert [s for s, _, _ in described("Doctors treating Mohamed Morsy said he was ill.")] == [
        "Doctors treating Mohamed Morsy"]
    assert [(s, c) for s, c, _ in described("Doctors said treating Mohamed Morsy was hard.")] == [("Doctors", "say")]


# --- rule `cue_inside_a_relative_clause_has_no_host` (rules.py; QA round 46, 596 s30) -----------
def test_source_inside_an_in_which_clause_does_not_take_the_writers_sentence() -> None:
    text = ('Previous safety video "episodes" include "Mile High Madness with Richard Simmons," in which a '
            'sequin-shirted, short-shorted Simmons gaily encourages passengers to "grab, click and pull!"')
    assert described(text) == [("Simmons", "encourage", 'passengers to "grab, click and pull!"')]


def test_parenthetical_and_clause_final_sources_after_modifiers_stay_as_they_were() -> None:
    assert described("The plan, Simmons said, will fail.") == [("Simmons", "say", "The plan will fail")]
    assert described("It was a long night, a tired, angry Simmons said.") == [
        ("Simmons", "say", "It was a long night")]
