"""Session 22 (datelines-s22): datelines glued to the first body sentence, from QA round 63."""

from summarizer import extract_claims
from summarizer.cleanup import dateline_length, without_dateline

# --- rule `actors_after_a_place_and_region` (cleanup.py `_region_then_subject`, datelines.txt) ----


def test_rule_actors_after_a_place_and_region() -> None:
    # QA round 63, 909: the summary's first pick and Mentioned ("Afghanistan Gunmen") kept the dateline
    text = "Kabul, Afghanistan Gunmen shot dead a Swedish journalist in broad daylight on Tuesday."
    assert without_dateline(text).startswith("Gunmen shot")
    assert without_dateline("Cairo, Egypt Militants attacked a checkpoint on Sunday.").startswith("Militants")


def test_rule_actors_after_a_place_and_region_near_variants_stay() -> None:
    # a name that begins with the region, a place's own name, a place's possessive, a later sentence
    for text in ("Portland, Oregon Ducks fans cheered the win.", "Toronto, Canada Goose said sales rose.",
                 "Kabul Bank officials said the loans were bad.", "Beijing's leaders said the plan would work.",
                 "Washington Post reporters said the story was true.", "Rome Statute signatories are bound.",
                 "Paris Match published the photos on Friday."):
        assert dateline_length(text) == 0, text
    assert dateline_length("Kabul, Afghanistan Gunmen shot dead a journalist.", opens_body=False) == 0


# --- rule `glued_dateline_is_no_source` (claims/grammar.py trim_source), item 3 of QA round 63 ------


def test_rule_glued_dateline_is_no_source_for_a_described_speaker() -> None:
    # QA round 63, 939 S1: the summary cut "London" but the claim's speaker kept it (fixed by the rule)
    text = ("UK hostage's wife begs ISIS to let him go\n\nLondon The wife of British hostage Alan Henning "
            "pleaded Saturday with ISIS to release him, describing her husband as a peaceful man.")
    claims = extract_claims(text)
    spans = [c.speaker_span for c in claims if c.speaker_span]
    assert any(s.text == "The wife of British hostage Alan Henning" for s in spans)
    assert not any(s.text.startswith("London") for s in spans)
    for span in spans:  # offsets index the original text
        assert text[span.start : span.end] == span.text
