"""Leads and sources a reader of unseen articles found wrong: a dateline left glued to a lead
with a contracted subject or an undashed wire tag, a lead whose "It" points at nothing as the
bottom line, and documents of named bodies filed under unnamed sources."""

from __future__ import annotations

from summarizer.cleanup import dateline_credit, dateline_length, without_dateline

# --- Rule `contracted_subject_after_a_glued_place` (cleanup.py, datelines.txt) ----------------------


def test_rule_contracted_subject_after_a_glued_place() -> None:
    # CNN-Corpus dev 371: the bottom line and the summary began "Washington It's less of ..."
    text = 'Washington It\'s less of a tongue-twisting jumble than the phrase "Patient Protection Act."'
    assert without_dateline(text).startswith("It's less")
    assert without_dateline("Hong Kong It's a decision thousands of protesters feared.").startswith("It's a")
    assert without_dateline("Paris, France They\u2019re back on the streets again.").startswith("They\u2019re")


def test_rule_contracted_subject_after_a_glued_place_near_variants_stay() -> None:
    # a place as the subject, its possessive, a title in title case, and any sentence but the first
    for text in ("Washington is less of a jumble than the phrase.", "Washington's less of a jumble than that.",
                 "Thank God It's Friday is a film from 1978.", "Washington It's Washington."):
        assert dateline_length(text) == 0, text
    assert dateline_length("Washington It's less of a jumble.", opens_body=False) == 0


# --- Rule `wire_tag_without_a_dash` (cleanup.py) ---------------------------------------------------


def test_rule_wire_tag_without_a_dash() -> None:
    text = "Washington (CNN) It's less of a tongue-twisting jumble than the phrase."
    assert without_dateline(text).startswith("It's less")
    assert dateline_credit(text) == "CNN"
    assert without_dateline("Kabul, Afghanistan (Reuters) Gunmen shot dead a journalist.").startswith("Gunmen")


def test_rule_wire_tag_without_a_dash_near_variants_stay() -> None:
    # a bracket after a name that is no news outlet: a party, a ticker
    for text in ("Sen. Rand Paul (R) The senator said no.", "Apple (AAPL) Shares fell on Monday.",
                 "Amnesty International (AI) The group said so."):
        assert dateline_length(text) == 0, text
        assert dateline_credit(text) is None
    assert dateline_length("Washington (CNN) The court ruled.", opens_body=False) == 0
