"""Session 10's review of the brief's rules (F9, T2, T4): ordinary claims
stand alone in a brief, fragments do not, and the verb forms and word lists
are the claim grammar's. Each rule has sentences of its kind and near
variants that stay as they were; the sentences are invented, after the
reviewer's."""

from __future__ import annotations

import dataclasses

import pytest

from summarizer.brief import content_stands_alone
from summarizer.claims import claims_in_document
from summarizer.claims.grammar import DETERMINERS
from summarizer.claims.model import Claim
from summarizer.document import parse_document
from summarizer.model import source_is_cut


def _stands(sentence: str) -> bool:
    document = parse_document(sentence)
    claims = claims_in_document(document)
    assert len(claims) == 1
    return content_stands_alone(claims[0], document.text)


# --- rule content_stands_alone (F9, T2) -------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    # the cue's object and what the cue says of it
    "The mayor urged them to stay indoors until the storm passed.",
    "The coach accused him of lying about his injury.",
    "The minister called them traitors.",
    "Smith warned them not to return.",
    # a short clause ending on a preposition, the sentence's end
    "Smith said it was worth fighting for.",
    # a fronted adjunct, then the clause's own subject
    "Smith said by then the damage was done.",
    "Police said in January prices rose sharply.",
    "Smith said in France, candidates did not rise to high office.",
    "Smith said with the votes counted, he had won.",
    # a relative after a preposition is an adjunct of its clause, and the claim whole
    "Mr. Trump appeared on RT, in which he said he was skeptical of the intelligence.",
    # "whose" opens the source's own noun phrase
    "He freed a man whose lawyer said he was innocent.",
    # the relative's noun opens the content (claims-s18 rule relative_antecedent_is_the_contents_subject)
    "The firm that analysts said needed cash collapsed.",
    "The deal, which officials said was signed in May, collapsed.",
])
def test_an_ordinary_claim_stands_alone(sentence: str) -> None:
    assert _stands(sentence)


@pytest.mark.parametrize("sentence", [
    # the inside of a relative clause: the relative fills the content's gap
    "This is the plan that the mayor said she was proud of.",
    # after "in" the relative may hang on a noun further back: the gap stays (claims-s18)
    "The firm in the city that analysts said needed cash collapsed.",
    # a preposition's short phrase, or one a comma ends, then a verb with no subject
    "Smith said on Monday was the busiest day.",
    "Stumpf explained in the committee hearing, were well-paid.",
    # cut on an article or a conjunction
    "Smith said the deal was signed by the.",
    "Smith said prices would rise and.",
])
def test_a_fragment_does_not_stand_alone(sentence: str) -> None:
    assert not _stands(sentence)


def _cut_before(claim: Claim, document_text: str, words: int) -> Claim:
    """The claim with its content cut `words` words short, as a tagger might cut it."""
    kept = " ".join(claim.content.split()[:-words])
    end = claim.content_span.start + len(kept)
    return dataclasses.replace(claim, content=kept,
                               content_span=dataclasses.replace(claim.content_span, end=end,
                                                                text=document_text[claim.content_span.start : end]))


def test_a_preposition_the_sentence_goes_on_from_is_a_cut() -> None:
    document = parse_document("Officials said the money was spent on the roads.")
    claim = claims_in_document(document)[0]
    assert content_stands_alone(claim, document.text)
    cut = _cut_before(claim, document.text, 2)
    assert cut.content == "the money was spent on"
    assert not content_stands_alone(cut, document.text)  # "on" + "the roads" follows


def test_a_conjunction_after_a_stranded_preposition_ends_the_clause() -> None:
    # near variant: "what she had asked about" ends its clause; "and" joins the next
    document = parse_document("Officials said it was what she had asked about and more.")
    claim = claims_in_document(document)[0]
    cut = _cut_before(claim, document.text, 2)
    assert cut.content == "it was what she had asked about"
    assert content_stands_alone(cut, document.text)


def test_the_verb_forms_are_the_grammars() -> None:
    # after a relative "that", the content's first word is a verb by the claim grammar's `is_past`
    # (a regular past of more than four letters): "needed" is one, "red" and "need" are not
    document = parse_document("Biogenesis was a clinic in Miami that MLB said supplied steroids to players.")
    claim = claims_in_document(document)[0]
    assert not content_stands_alone(claim, document.text)
    for content, stands in [("red tides would return", True), ("need for housing was rising", True),
                            ("needed more work", False)]:
        assert content_stands_alone(dataclasses.replace(claim, content=content), document.text) is stands


# --- rule cut_source_is_left_out reads the grammar's determiners (T4) --------------------------


def test_a_cut_source_is_a_determiner_of_the_grammar() -> None:
    assert all(source_is_cut(word) and source_is_cut(word.capitalize()) for word in DETERMINERS)
    assert not source_is_cut("Any lawyer")  # near variant: a noun after it
