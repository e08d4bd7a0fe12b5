"""The brief's bottom line is the lead when it stands alone (rule
`lead_is_bottom_line`), never a sentence opening with a definite description
(`definite_description_opener`); under a word budget a lead that asks a
question is still the lead (`lead_first_within_words`)."""

from __future__ import annotations

import numpy as np

from summarizer.brief import _lead_first, make_brief
from summarizer.document import parse_document
from summarizer.reading import Article
from summarizer.summarizers.base import Length
from summarizer.summarizers.graph import similarity_graph, term_matrix
from summarizer.summarizers.news import NewsRanker, select_lead_first, sentence_terms, sentence_words
from summarizer.summarizers.standalone import opens_with_definite_description, sentence_units

# A short synthetic report in the shape of the jamaicaobserver page: the
# second sentence speaks of "the dramatic incident" the lead told.
REPORT = (
    "A female police inspector was hit in the head with a stone by a woman outside a police station on Friday.\n\n"
    "The dramatic incident took place in front of the Spanish Town police station in St Catherine.\n\n"
    "Police have since launched a search for the woman, who fled after the attack.\n\n"
    "The inspector was treated at hospital and released."
)


def test_rule_definite_description_opener() -> None:
    assert opens_with_definite_description("The dramatic incident took place in front of the station.")
    assert opens_with_definite_description("The masks, worth ¥40,000, had been kept in a machine room.")
    assert opens_with_definite_description("“The annual forum was one of the action items,” she said.")
    assert not opens_with_definite_description("The European Union said on Monday it would act.")
    assert not opens_with_definite_description("The U.S. military struck three sites.")
    assert not opens_with_definite_description("Theatres reopened on Monday.")
    assert not opens_with_definite_description("A total of 6,000 masks were lost.")


def test_lead_first_puts_a_lead_that_stands_alone_first() -> None:
    document = parse_document(REPORT)
    units = sentence_units(document)
    assert _lead_first(document, units, [1, 0, 2, 3]) == [0, 1, 2, 3]


def test_lead_first_keeps_the_order_when_the_lead_ranks_low() -> None:
    document = parse_document(REPORT)
    units = sentence_units(document)
    assert _lead_first(document, units, [2, 3, 1, 0]) == [2, 3, 1, 0]


def test_lead_first_passes_over_a_definite_description_when_the_lead_cannot_open() -> None:
    text = ("Why did the bridge fall? Engineers blamed a rusted cable on Tuesday.\n\n"
            "The dramatic collapse killed four people.\n\nCity officials promised an inquiry.")
    document = parse_document(text)
    units = sentence_units(document)
    assert len(units[0]) > 1  # a question needs its answer: the lead cannot stand alone
    assert _lead_first(document, units, [2, 0, 3, 1]) == [3, 2, 0, 1]


def test_brief_of_a_single_report_opens_with_its_lead() -> None:
    note = make_brief([Article(REPORT, "report.txt")])
    assert note.bottom_line is not None
    assert note.bottom_line.text.startswith("A female police inspector was hit")
    assert not any(p.text.startswith("A female police inspector") for p in note.key_points)


def test_question_lead_is_the_lead_within_words() -> None:
    # Shaped like the nymag review: the lead asks a question, a long
    # rephrasing follows, the answer comes later.
    text = ("In his new book, Ezra Klein sets out to answer a simple question: Why was the 2016 election so normal? "
            "Which is to say, why was a reality star who bragged about his wealth, mocked his rivals and "
            "retweeted conspiracy theories in capital letters able to win roughly the same share of ballots "
            "as the party's previous candidates, who were sober, careful and dull? "
            "Parties had long paid a steep price for nominating eccentric candidates.\n\n"
            "The answer, the Vox founder suggests, is the weight of party polarization.\n\n"
            "We are locked into our political identities.")
    document = parse_document(text)
    ranker = NewsRanker()
    picked = ranker.select(document, ranker.score(document), Length(words=40))
    assert picked[0] == 0
    assert sum(len(document.sentences[i].text.split()) for i in picked) <= 40


def test_select_lead_first_takes_a_question_lead_alone_when_its_unit_does_not_fit() -> None:
    text = "Why did it happen? Nobody knows why it happened at all, said the long answer here. Rain fell."
    document = parse_document(text)
    similarity = similarity_graph(term_matrix(sentence_terms(sentence_words(document))))
    word_counts = [len(s.text.split()) for s in document.sentences]
    units = ((0, 1), (1,), (2,))
    scores = np.array([1.0, 0.5, 0.9])
    assert select_lead_first(scores, similarity, word_counts, 8, 0.5, units, question_lead=True)[0] == 0
    assert 0 not in select_lead_first(scores, similarity, word_counts, 8, 0.5, units)


def test_lead_first_passes_over_a_lead_that_is_a_quotation_or_a_fragment() -> None:
    for lead in ("\u201cA hairstyle is more than just external beauty for a woman.\u201d",
                 "the equivalent for Emacs Lisp."):
        document = parse_document(lead + "\n\nSalons in Atlanta report a rise in natural styles.\n\nPrices rose.")
        units = sentence_units(document)
        assert _lead_first(document, units, [0, 1, 2])[0] == 1, lead
