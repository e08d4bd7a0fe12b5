"""Quotations cut at a quoted word inside them (reader round F, CNN-Corpus
dev 371): a straight mark shaped as an opening one inside an open
quotation never closes it. Each rule has a sentence of its kind and a near
variant that must stay as it is; the sentences are written in the manner of
the articles, none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.text import find_quotes

from .claim_helpers import only

LEAD = "Obama spoke in Iowa.\n\n"


def _quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in find_quotes(text).spans]


# Rule `quoted_words_inside_a_straight_quotation_nest`
def test_quoted_words_inside_a_straight_quotation_nest() -> None:
    text = LEAD + '"I have no problem with folks saying "Obama cares." I do care," he said.'
    assert _quoted(text) == ['"I have no problem with folks saying "Obama cares." I do care,"']
    claim = only(text)
    assert claim.content == '"I have no problem with folks saying "Obama cares." I do care,"'
    text = LEAD + '"We will go "home" and rest." He left.'
    assert _quoted(text) == ['"We will go "home" and rest."']


def test_quoted_words_near_variants_stay() -> None:
    # two quotations side by side: the second opens after the first closed
    text = LEAD + '"We are ready," he said. "We go."'
    assert _quoted(text) == ['"We are ready,"', '"We go."']
    # a closing mark typed one space late, after a sentence's end, still closes
    text = LEAD + 'He called the meeting "a mockery. "Others disagreed," she said.'
    assert _quoted(text)[0] == '"a mockery. "'


# Rule `opening_shaped_mark_closes_nothing`
def test_opening_shaped_mark_closes_nothing() -> None:
    # one mark left: a cited phrase or a lost closing mark; no quotation ends on 'go "'
    text = LEAD + '"We will go "home and rest," he said.'
    assert all(not q.endswith(' "') for q in _quoted(text))
    for claim in extract_claims(text):
        assert not claim.content.rstrip().endswith('go "')
    # the mark is passed over: the quotation runs to the next mark, whole
    text = LEAD + '"We will go "home and rest," he said.'
    assert _quoted(text) == ['"We will go "home and rest,"']
    assert only(text).content == '"We will go "home and rest,"'
    # a closing mark that went astray: the words between hold the cue, and no one is given them
    text = LEAD + '"Most firms think they can fix one thing, says Mann, who runs a firm, "They think a gym will do."'
    assert [c.speaker for c in extract_claims(text)] == []
