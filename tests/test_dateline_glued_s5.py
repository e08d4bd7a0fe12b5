"""Rule `glued_dateline` (QA rounds 20-21: "Johannesburg The photos of ..."
opened a brief's bottom line)."""

from __future__ import annotations

from summarizer.cleanup import dateline_length, without_dateline


def test_a_place_glued_to_the_sentence_is_a_dateline() -> None:
    assert without_dateline("Johannesburg The photos of the couple appear to show them in love.") == (
        "The photos of the couple appear to show them in love.")
    assert without_dateline("Los Angeles In a move that surprised many, the city voted.") == (
        "In a move that surprised many, the city voted.")
    assert without_dateline("Benghazi, Libya Three days before the attack, the envoy wrote.") == (
        "Three days before the attack, the envoy wrote.")
    # "A" only after a listed place: "Plan A", "Exhibit A" open sentences
    assert without_dateline("Cairo A court ruled on Tuesday.") == "A court ruled on Tuesday."
    assert dateline_length("Plan A is ready for the vote.") == 0


def test_sentences_that_open_with_names_keep_them() -> None:
    for sentence in ("Jens Stoltenberg said allies must move faster.", "Moscow Russian Orthodox leaders reacted.",
                     "Meanwhile, The Post said the vote was close.", "The photos appear to show a couple.",
                     "In Youghal The Old Imperial will be doing the outdoor thing.",
                     "Emacspeak At Twenty, Looking Back, Looking Forward.",
                     "Number Two is on the way and with him comes a boost for the family.",
                     "Entitled, For protection, with love, my installation explores rituals."):
        assert dateline_length(sentence) == 0, sentence
