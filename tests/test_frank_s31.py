"""Text without paragraphs or a headline (CNN/DailyMail as distributed): the outlet's tag that opens
the body, "(CNN)They may not be ...", is a dateline, not the first words of the lead or of a claim."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.cleanup import dateline_credit, dateline_length, without_dateline
from summarizer.summary import summarize

# A CNN article as distributed: one block of text, the outlet's tag glued to the first word.
LEAD = ('(CNN)They may not be "Star Trek"-type extraterrestrials, but we may be close to finding '
        "evidence of alien life, a NASA scientist says.")
TEXT = (LEAD + ' "I think we\'re going to have strong indications of life beyond Earth within a decade," '
        "NASA chief scientist Ellen Stofan said Tuesday during a panel discussion. NASA released a graphic "
        "noting that scientists have found evidence of water on a number of celestial bodies. The Hubble "
        "Space Telescope has been key to the discoveries, NASA said in a news release.")

# --- Rule `outlet_tag_opens_the_body` (cleanup.py) ----------------------------------------------------


def test_rule_outlet_tag_opens_the_body() -> None:
    assert without_dateline(LEAD).startswith("They may not be")
    assert dateline_credit(LEAD) == "CNN"
    # glued to a quotation, or set off by a dash
    assert without_dateline('(CNN)"A long, long, time ago..." Those five words.').startswith('"A long')
    assert without_dateline("(Reuters) - The bank said on Monday it would cut jobs.").startswith("The bank")


def test_rule_outlet_tag_opens_the_body_near_variants_stay() -> None:
    # a tag that names no news outlet, a photo credit, and any sentence but the body's first
    for text in ("(Updated)The council met on Monday.", "(AP Photo) The mayor spoke on Monday.",
                 "(The Hollywood Reporter)Stan Freberg has died."):
        assert dateline_length(text) == 0, text
        assert dateline_credit(text) is None
    assert dateline_length(LEAD, opens_body=False) == 0


def test_summary_and_claim_start_after_the_outlet_tag() -> None:
    summary = summarize(TEXT, sentences=2)
    assert summary.sentences[0].text.startswith("They may not be")
    first = [claim for claim in extract_claims(TEXT) if claim.sentence == 0]
    assert first and first[0].content.startswith("They may not be"), first
