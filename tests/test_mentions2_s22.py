"""Session 22 (mentions2-s22): datelines and the brief's Mentioned lists, from QA rounds 61 and 62."""

from summarizer import extract_claims
from summarizer.cleanup import dateline_length, without_dateline

# --- rule `opener_before_prose_after_a_glued_place` (cleanup.py), widened -------------------------


def test_rule_opener_before_prose_after_a_glued_place_takes_prepositions_and_adverbs() -> None:
    # QA round 61, 962 and QA round 62, 377: the summary and the bottom line kept the place
    assert without_dateline("Rome With only two full days left of the papacy, more details emerged.").startswith(
        "With only")
    assert without_dateline("Washington Just a few minutes after 7 a.m. on Saturday, Romney took a step.").startswith(
        "Just a few")
    assert dateline_length("Beijing During the night the police cleared the square.") == len("Beijing ")


def test_rule_opener_before_prose_after_a_glued_place_widened_near_variants_stay() -> None:
    # a name's word after the place, a first name before the opener, not the first sentence,
    # and a quotation mark before the word
    for text in ("Washington Post reporters said the story was true.", "Rome Statute signatories are bound by it.",
                 "Paris Match published the photos on Friday.", "Jordan With the ball at his feet, he ran.",
                 'London "Thanks for the nomination," jokes a voice.'):
        assert dateline_length(text) == 0, text
    assert dateline_length("Rome With only two days left, more details emerged.", opens_body=False) == 0


# --- rule `glued_dateline_is_no_source` (claims/grammar.py trim_source) ----------------------------


def test_rule_glued_dateline_is_no_source() -> None:
    # QA round 62, 812: the participle's speaker was "Mexico City Mexico's president"
    text = ("Calderon pledges to fight\n\nMexico City Mexico's president defended his drug war strategy Sunday, "
            "pledging to continue his fight against organized crime.")
    speakers = [c.speaker_span.text if c.speaker_span else None for c in extract_claims(text)]
    assert "Mexico's president" in speakers and not any(s and "Mexico City" in s for s in speakers)


def test_rule_glued_dateline_is_no_source_near_variant_stays() -> None:
    # the same sentence later in the body has no dateline: its subject stays whole
    text = ("Calderon pledges to fight\n\nThe speech came on Sunday.\n\nMexico City Council members defended "
            "the strategy Sunday, pledging to continue the fight against organized crime.")
    speakers = [c.speaker_span.text if c.speaker_span else None for c in extract_claims(text)]
    assert "Mexico City Council members" in speakers
