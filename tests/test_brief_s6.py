"""Session 6: the brief as an analyst reads it (QA round 23, Part C.2, on a
CNN-Corpus article about the U.N. resolution on Syria's chemical weapons)."""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.brief import make_brief
from summarizer.claims import extract_claims
from summarizer.cleanup import glued_dateline_length, without_dateline
from summarizer.reading import Article

# --- rule `glued_dateline`: one reader, the first body sentence only --------------------------------------------

UN_LEAD = ("United Nations The U.N. Security Council, capping a dramatic month of diplomacy, voted unanimously "
           "late Friday to require Syria to eliminate its arsenal of chemical weapons -- or face consequences.")


@pytest.mark.parametrize(("sentence", "rest"), [
    (UN_LEAD, UN_LEAD.removeprefix("United Nations ")),  # "The U.N." was read as no dateline
    ("Washington The Supreme Court will take another look at air pollution rules.",
     "The Supreme Court will take another look at air pollution rules."),
    ("Washington A former teacher faces charges, officials said.", "A former teacher faces charges, officials said."),
    ("Seoul They were once referred to as the Vatican's spies.", "They were once referred to as the Vatican's spies."),
    ("Singapore In 2003, the SARS epidemic was a wake-up call.", "In 2003, the SARS epidemic was a wake-up call."),
])
def test_a_place_glued_to_the_first_sentence_is_a_dateline(sentence: str, rest: str) -> None:
    assert without_dateline(sentence) == rest


@pytest.mark.parametrize("sentence", [
    "Meanwhile The Guardian reported that the vote was close.",
    "Trump Signs The Bill Into Law",
    "Vitamin A deficiency is common in the region.",
    "Number Two is on the way.",
    "Plan A is ready for the vote.",
])
def test_a_sentence_that_opens_with_a_capitalised_word_keeps_it(sentence: str) -> None:
    assert glued_dateline_length(sentence) == 0


def test_only_the_first_body_sentence_has_a_glued_dateline() -> None:
    assert without_dateline("Washington The Supreme Court ruled.", opens_body=False) == (
        "Washington The Supreme Court ruled.")
    text = ("Court rules on pollution\n\nWashington The Supreme Court ruled on Friday on air pollution rules.\n\n"
            "Washington The capital's lawyers said the ruling was narrow and would change little.")
    sentences = [s.text for s in summarize(text, sentences=2).sentences]
    assert sentences == ["The Supreme Court ruled on Friday on air pollution rules.",
                         "Washington The capital's lawyers said the ruling was narrow and would change little."]


def test_the_claim_tagger_reads_the_same_dateline() -> None:
    # the tagger's own reader took only "A", "An" and "The" after the place
    claim = extract_claims("Singapore In 2003, the epidemic was a wake-up call for Asia, officials said.")[0]
    assert claim.content == "In 2003, the epidemic was a wake-up call for Asia"
    later = extract_claims("Officials met. Singapore In 2003 the epidemic was a wake-up call, officials said.")[-1]
    assert later.content.startswith("Singapore In 2003")


def test_the_mentioned_list_never_holds_a_dateline_glued_to_a_name() -> None:
    text = (f"U.N. Security Council OKs resolution\n\n{UN_LEAD}\n\n"
            "Russian Foreign Minister Sergey Lavrov told the council that his country will act. "
            "The U.N. Security Council had been unable to agree for two years. "
            "Lavrov said the U.N. Security Council would meet again.")
    names = [m.name for m in make_brief([Article(text, source="un.txt")]).mentions]
    assert not any(name.startswith("United Nations The") for name in names)
    assert "Sergey Lavrov" in names
