"""Briefs and summaries 2, session 16: datelines glued to the first sentence. Each rule has a sentence
of its kind and a near variant that stays; the sentences are invented after the kinds read."""

from __future__ import annotations

from summarizer.cleanup import dateline_length

# --- rule `place_before_a_country_subject` (cleanup.py) -------------------------------------------------------


def test_rule_place_before_a_country_subject() -> None:
    text = 'Gaza City Israel authorized a four-hour "humanitarian window" Wednesday in Gaza.'
    assert text[dateline_length(text, True):].startswith("Israel authorized")
    text = "Kiev Russia has denied sending troops across the border."
    assert text[dateline_length(text, True):].startswith("Russia has denied")


def test_rule_place_before_a_country_subject_near_variant_stays() -> None:
    # a noun after the two places; a verb not formed with -ed; a first name as the subject; a stop after the
    # place; not the body's first sentence
    for text in ("Israel Gaza war is entering its fourth week.",
                 "Orange County California residents voted against the measure.",
                 "Gaza City Israel said it would open a window.",
                 "Amman Jordan visited the camp on Monday.",
                 "Gaza City, Israel authorized a window."):
        assert dateline_length(text, True) == 0, text
    assert dateline_length("Gaza City Israel authorized a four-hour window.", False) == 0

# --- rule `adverb_of_time_after_a_glued_place` (cleanup.py) -----------------------------------------------------


def test_rule_adverb_of_time_after_a_glued_place() -> None:
    text = "Washington Just days after dismissing two top advisers, the governor faced questions."
    assert text[dateline_length(text, True):].startswith("Just days after")
    text = "New York Only hours before the vote, the mayor left."
    assert text[dateline_length(text, True):].startswith("Only hours before")


def test_rule_adverb_of_time_after_a_glued_place_near_variant_stays() -> None:
    # no unit of time after the adverb; a comma after the place; a preposition first; not the first sentence
    for text in ("Ward Just wrote novels about Washington.", "Washington, Just days later, he left.",
                 "In Washington Just days later, he left.", "Washington Still hopes for a deal."):
        assert dateline_length(text, True) == 0, text
    assert dateline_length("Washington Just days after the vote, he left.", False) == 0
