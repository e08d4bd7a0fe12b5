"""A body's name cut to its last word (reader round F, CNN-Corpus dev 658):
a name in a line read as title case keeps the words up to its body word.
The sentences are written in the manner of the articles; none is read from
the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims


# Rule `body_word_ends_a_name_in_title_case`
def test_body_name_is_not_cut_by_a_later_description() -> None:
    text = ("Pope to visit\n\nPope Francis has accepted the invitation of Philadelphia Archbishop Charles J. "
            "Chaput to attend the World Meeting of Families in Philadelphia next year, Catholic News Service "
            "reported Friday.\n\nThe news service, the official publication of the bishops, said Chaput "
            "made the announcement Thursday.")
    assert extract_claims(text)[0].speaker == "Catholic News Service"


def test_headline_verb_still_ends_a_name_in_title_case() -> None:
    text = "Lindsey Graham Says Trump Will Lose The State\n\nGraham says he will vote.\n\nWe says."
    speakers = [c.speaker for c in extract_claims(text, headlines=True)]
    assert "Lindsey Graham Says Trump" not in speakers
    assert all(s is None or "Says" not in s for s in speakers)
