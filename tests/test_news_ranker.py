"""The news ranker: each component on real news sentences, selection,
word budgets, the demo article and --explain.

The sentences are copied from the BBC News Summary data set (business/001)
and CNN/DailyMail (via FRANK); tests never read the shared data.
"""

import itertools
import json

import numpy as np
import pytest
from typer.testing import CliRunner

from summarizer import summarize
from summarizer.cli import app
from summarizer.document import parse_document
from summarizer.nlp.words import count_words
from summarizer.summarizers import DEFAULT_METHOD, get_ranker
from summarizer.summarizers.news import (
    COMPONENTS,
    DUPLICATE_SIMILARITY,
    WEIGHTS,
    NewsRanker,
    attributed_statement,
    centrality,
    direct_quote,
    entity_density,
    first_sentence,
    forward_centrality,
    headline_overlap,
    lead_position,
    length_fit,
    number_density,
    paragraph_start,
    select_mmr,
    sentence_terms,
    sentence_words,
    similarity_graph,
    speaker_claim,
    term_matrix,
)
from summarizer.summary import explain

from .conftest import DEMO

TIME_WARNER = """Ad sales boost Time Warner profit

Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, \
from $639m year-earlier.

The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet \
connections and higher advert sales. TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.

Time Warner's fourth quarter profits were slightly better than analysts' expectations. "Our financial \
performance was strong, meeting or exceeding all of our full-year objectives and greatly enhancing our \
flexibility," chairman and chief executive Richard Parsons said.

It hopes to increase subscribers by offering the online service free to TimeWarner internet customers and will \
try to sign up AOL's existing customers for high-speed broadband.
"""
# Body sentences of TIME_WARNER, by index.
PROFITS, FIRM, SALES, BETTER, PARSONS, SUBSCRIBERS = range(6)

# A Daily Mail story whose photo caption (the second sentence) repeats the first.
KILMARNOCK = (
    "Gary Locke will be confirmed as Kilmarnock's permanent manager on Friday - exactly eight weeks after he was "
    "asked to take charge until the end of the season. "
    "Kilmarnock will confirm Gary Locke as the club's new permanent manager on Friday. "
    "An announcement will be made by the Rugby Park club on Friday morning, with the former Hearts boss being "
    "given a three-year deal. "
    "And on Thursday the 39-year-old paid tribute to the players whose efforts have helped him win favour with "
    "new chairman Jim Mann since he replaced Allan Johnston on a caretaker basis in February."
)


@pytest.fixture(scope="module")
def article():
    return parse_document(TIME_WARNER)


def test_the_article_parses_as_expected(article) -> None:
    assert article.title == "Ad sales boost Time Warner profit"
    assert len(article.sentences) == 6
    assert article.sentences[PARSONS].text.endswith("Richard Parsons said.")


def test_lead_position_falls_from_one(article) -> None:
    values = lead_position(article)
    assert values[0] == 1.0
    assert all(np.diff(values) < 0)


def test_paragraph_start_marks_paragraph_openers(article) -> None:
    assert list(paragraph_start(article)) == [1, 1, 0, 1, 0, 1]
    assert not paragraph_start(parse_document(KILMARNOCK)).any()  # no paragraph breaks


def test_number_density(article) -> None:
    values = number_density(sentence_words(article))
    assert values[PROFITS] > 0.5 and values[SALES] > 0.5
    assert values[FIRM] == 0.0 and values[PARSONS] == 0.0


def test_entity_density_counts_names_after_the_first_word(article) -> None:
    values = entity_density(sentence_words(article))
    # "Richard Parsons" against no capitalised word after "It".
    assert values[PARSONS] > 0
    assert values[SUBSCRIBERS] > 0  # "TimeWarner", "AOL's"
    plain = parse_document("The firm said sales of high-speed connections rose.")
    assert entity_density(sentence_words(plain))[0] == 0.0


def test_speaker_claim_finds_quotes_and_said(article) -> None:
    values = speaker_claim(article, sentence_words(article))
    assert values[PARSONS] == 1.0  # a quotation and "said"
    assert values[SALES] == 1.0  # "TimeWarner said"
    assert values[FIRM] == 0.0
    assert values[BETTER] == 0.0  # "analysts'" is a possessive, not a quotation
    united = parse_document("Dialogue involving the United States and Ukraine is advancing.")
    assert speaker_claim(united, sentence_words(united))[0] == 0.0


def test_headline_overlap(article) -> None:
    values = headline_overlap(article, sentence_terms(sentence_words(article)))
    # Of ad, sale, boost, time, warner, profit: "Time Warner's fourth quarter
    # profits" repeats three.
    assert values[BETTER] == pytest.approx(3 / 6)
    assert values[FIRM] == pytest.approx(1 / 6)  # "sales"
    assert values[SUBSCRIBERS] == 0.0
    no_headline = parse_document(KILMARNOCK)
    assert not headline_overlap(no_headline, sentence_terms(sentence_words(no_headline))).any()


def test_length_fit_prefers_full_sentences_to_fragments_and_run_ons() -> None:
    document = parse_document(
        "Time Warner said on Friday that it now owns 8% of search-engine Google. "
        "Time Warner shares rose. "
        + KILMARNOCK.split(". ")[-1]
    )
    values = length_fit(sentence_words(document))
    assert values[0] == 1.0
    assert values[1] < 0.5
    assert values[2] < 1.0


def test_similarity_graph_is_sparse_over_sentences_that_share_words() -> None:
    document = parse_document(
        "Rain fell in Paris on Monday. Markets rose sharply. Heavy rain closed Paris schools. Talks ended late."
    )
    similarity = similarity_graph(term_matrix(sentence_terms(sentence_words(document))))
    pairs = {(i, j) for i, j in zip(*similarity.nonzero(), strict=True)}
    assert pairs == {(0, 2), (2, 0)}  # only the two rain-in-Paris sentences share words
    assert similarity[0, 2] == pytest.approx(similarity[2, 0])


def test_centrality_favours_the_sentence_the_others_repeat(article) -> None:
    values = centrality(similarity_graph(term_matrix(sentence_terms(sentence_words(article)))))
    assert values.max() == 1.0
    # The profits/sales sentences share words with each other; the
    # subscribers sentence shares least.
    assert values[BETTER] > values[SUBSCRIBERS]


def test_forward_centrality_counts_what_later_sentences_take_up() -> None:
    document = parse_document(
        "Rain fell in Paris on Monday. Markets rose sharply. Heavy rain closed Paris schools. Talks ended late."
    )
    similarity = similarity_graph(term_matrix(sentence_terms(sentence_words(document))))
    # LexRank rates the two rain-in-Paris sentences alike; only the first is
    # taken up by a sentence after it.
    assert centrality(similarity)[0] == pytest.approx(centrality(similarity)[2])
    assert list(forward_centrality(similarity)) == [1.0, 0.0, 0.0, 0.0]


def test_forward_centrality_on_the_article(article) -> None:
    values = forward_centrality(similarity_graph(term_matrix(sentence_terms(sentence_words(article)))))
    assert values.max() == 1.0 and values.min() >= 0.0
    assert values[-1] == 0.0  # nothing comes after the last sentence
    assert values[PROFITS] > values[SUBSCRIBERS]  # the profits lead is taken up by the sales and profits sentences
    assert len(forward_centrality(similarity_graph(term_matrix([])))) == 0


def test_scores_are_the_weighted_sum_of_the_components(article) -> None:
    ranker = NewsRanker()
    scores = ranker.score(article)
    parts = ranker.components(article)
    weights = ranker.component_weights()
    assert tuple(parts) == COMPONENTS
    for i, score in enumerate(scores):
        assert score == pytest.approx(sum(weights[name] * parts[name][i] for name in COMPONENTS))


def test_mmr_avoids_the_near_duplicate() -> None:
    document = parse_document(KILMARNOCK)
    ranker = NewsRanker()
    scores = ranker.score(document)
    similarity = ranker.analyse(document).similarity
    assert similarity[0, 1] > DUPLICATE_SIMILARITY
    # Scored alone, the two repeats are the best two sentences...
    assert set(sorted(range(4), key=lambda i: -scores[i])[:2]) == {0, 1}
    # ...but selection takes one of them only.
    best = max((0, 1), key=lambda i: scores[i])
    assert select_mmr(np.asarray(scores), similarity, 2, WEIGHTS.redundancy) == [best, 2]
    assert [s.index for s in summarize(KILMARNOCK, sentences=2).sentences] == [best, 2]


@pytest.mark.parametrize("budget", [20, 35, 60, 90])
def test_word_budget_takes_the_lead_then_whole_units_until_nothing_fits(budget: int) -> None:
    document = parse_document(TIME_WARNER + "\n\n" + KILMARNOCK)
    ranker = NewsRanker()
    scores = ranker.score(document)
    similarity = ranker.analyse(document).similarity
    counts = [count_words(s.text) for s in document.sentences]
    from summarizer.summarizers.base import Length

    units = ranker.analyse(document).units
    picked = ranker.select(document, scores, Length(words=budget))
    assert sum(counts[i] for i in picked) <= budget
    assert (0 in picked) == (counts[0] <= budget)  # the lead first, whenever it fits
    assert all(set(units[i]) <= set(picked) for i in picked)  # every pick with what it needs
    assert all(similarity[i, j] <= DUPLICATE_SIMILARITY for i, j in itertools.combinations(picked, 2))
    room = budget - sum(counts[i] for i in picked)
    for i in set(range(len(counts))) - set(picked):  # nothing left out would still fit
        new = set(units[i]) - set(picked)
        repeat = any(similarity[j, k] > DUPLICATE_SIMILARITY for j in new for k in picked)
        assert repeat or sum(counts[j] for j in new) > room


def test_news_is_the_default_method() -> None:
    assert DEFAULT_METHOD == "news"
    assert isinstance(get_ranker("default"), NewsRanker)


def test_demo_default_summary_has_no_headline_teaser_or_boilerplate(demo_text: str) -> None:
    document = parse_document(demo_text)
    furniture = [span.text for span in (*document.headlines, *document.boilerplate)]
    assert any("Previous Article" in text for text in furniture)
    lengths: tuple[dict[str, int], ...] = ({}, {"sentences": 5}, {"words": 80})
    for length in lengths:
        summary = summarize(demo_text, sentences=length.get("sentences"), words=length.get("words"))
        assert summary.sentences
        for sentence in summary.sentences:
            assert all(text not in sentence.text and sentence.text not in text for text in furniture)
            assert demo_text[sentence.start : sentence.end] == sentence.text


def test_explanation_marks_the_picked_sentences(demo_text: str) -> None:
    explanation = explain(demo_text, sentences=3)
    assert explanation.component_names == COMPONENTS
    picked = [s.index for s in explanation.sentences if s.picked]
    assert picked == [s.index for s in explanation.summary.sentences]
    assert len(explanation.sentences) == 17
    assert explain(demo_text, method="lexrank").component_names == ()


runner = CliRunner()


def test_explain_cli_rich_table() -> None:
    result = runner.invoke(app, ["summarize", str(DEMO), "--explain", "-f", "rich"], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    for heading in ("lead", "central", "headline", "length", "score", "✓"):
        assert heading in result.stdout
    assert result.stdout.count("✓") == 1 + 3  # the column heading and three picked rows
    assert "3/17 sentences" in result.stdout


def test_explain_cli_text_and_json() -> None:
    result = runner.invoke(app, ["summarize", str(DEMO), "--explain", "-f", "text", "-n", "4"])
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[:4] == ["index", "picked", "score", "lead"]
    assert len(lines) == 1 + 17
    assert sum(line.split("\t")[1] == "1" for line in lines[1:]) == 4

    result = runner.invoke(app, ["summarize", str(DEMO), "--explain", "-f", "json"])
    data = json.loads(result.stdout)
    assert set(data["explain"]["weights"]) == set(COMPONENTS)
    rows = data["explain"]["sentences"]
    assert len(rows) == 17 and sum(row["picked"] for row in rows) == 3
    assert set(rows[0]["components"]) == set(COMPONENTS)


def test_explain_for_a_sumy_method_shows_the_score_only() -> None:
    result = runner.invoke(app, ["summarize", str(DEMO), "--explain", "-f", "text", "-m", "lexrank"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split("\t") == ["index", "picked", "score", "sentence"]


def test_long_repetitive_input_keeps_a_bounded_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    # A text that repeats itself makes every pair of sentences similar: past
    # one block the graph keeps only each sentence's strongest neighbours.
    from summarizer.summarizers import graph, news

    monkeypatch.setattr(graph, "GRAPH_BLOCK", 100)
    monkeypatch.setattr(graph, "KEPT_NEIGHBOURS", 5)
    # (numbered: a paragraph printed twice word for word is a repeat, kept out of the body)
    text = "".join(f"Stoltenberg emphasized that increasing defense production is crucial in round {i}. "
                   "Allies agreed.\n\n" for i in range(150))
    document = parse_document(text)
    analysis = news.analyse(document)
    assert analysis.similarity.shape == (300, 300)
    assert analysis.similarity.nnz <= 300 * 5
    assert analysis.similarity[0, 150] == 0  # different blocks are not compared
    summary = summarize(text, sentences=4)
    assert len(summary.sentences) == 4


# --- sentences that stand on their own ---------------------------------------

from summarizer.summarizers.standalone import (  # noqa: E402
    MAX_UNIT,
    RULES,
    is_unattributed_quotation,
    opens_by_pointing_back,
    quotation_units,
    sentence_units,
)


def test_every_standalone_rule_example_makes_a_unit() -> None:
    for rule in RULES:
        document = parse_document(rule.example)
        units = sentence_units(document)
        assert any(len(unit) > 1 for unit in units), rule.name


def test_rule_back_pointing_opener() -> None:
    assert opens_by_pointing_back("He identified the man as a former soldier.")
    assert opens_by_pointing_back("That is the view of the Federal Reserve.")
    assert opens_by_pointing_back("“But we have to be careful,” she said.")
    assert opens_by_pointing_back("It's a fantastic opportunity.")
    assert not opens_by_pointing_back("This year, the festival drew 40,000 people.")  # an exception: a time
    assert not opens_by_pointing_back("It is not clear whether the talks will resume.")
    assert not opens_by_pointing_back("Thessaloniki is Greece's second city.")  # "This" only as a word
    assert not opens_by_pointing_back("Police arrested a 34-year-old man on Sunday.")
    # ordinals and comparisons continue what came before (QA round 4)
    assert opens_by_pointing_back("The second problem is that the banks were never broken up.")
    assert opens_by_pointing_back("A similar story can be told of Ronald Reagan.")
    assert not opens_by_pointing_back("The secondary school reopened on Monday.")


def test_rule_open_quotation_spans_the_quoted_sentences() -> None:
    # Adapted from a CNN-Corpus dev article: a quote over three sentences.
    text = ('The minister spoke on Tuesday. "What a devaluation does, is that it increases the cost of forex. '
            'Importers pay more. Prices rise," he said. Markets fell.')
    document = parse_document(text)
    assert quotation_units(document) == [(1, 3)]
    units = sentence_units(document)
    assert units[1] == units[2] == units[3] == (1, 2, 3)
    assert units[4] == (4,)


def test_rule_unattributed_quotation() -> None:
    # From a report on Gaza's hospitals (The Intercept, 2023).
    assert is_unattributed_quotation("\u201cI hope that my baby recovers quickly before the fuel runs out.\u201d")
    assert is_unattributed_quotation('"We are not leaving."')
    assert not is_unattributed_quotation('"We are not leaving," she said.')
    assert not is_unattributed_quotation('\u201cAlong the way,\u201d she said, \u201cI felt severe pain.\u201d')
    assert not is_unattributed_quotation("The talks, officials said, were \u201cconstructive.\u201d")


def test_a_back_pointing_sentence_needs_the_unit_before_it() -> None:
    document = parse_document('"We will not give up. We will rebuild," the mayor said. But the money is short.')
    assert sentence_units(document)[2] == (0, 1, 2)


def test_a_chain_too_long_to_show_is_marked_as_such() -> None:
    text = "Police arrested a man. " + " ".join(["He was charged."] * 6)
    units = sentence_units(parse_document(text))
    assert units[2] == (0, 1, 2)
    assert len(units[6]) == MAX_UNIT + 1  # too long: never picked while anything else fits


def test_selection_never_shows_a_sentence_without_what_it_needs() -> None:
    # The pronoun sentence scores best; it comes with the sentence naming
    # him or not at all.
    document = parse_document(
        "Rain fell across the region on Monday. Police arrested a 34-year-old man on Sunday. "
        "He was charged with arson at the city's oldest church. Talks on the budget ended late."
    )
    units = sentence_units(document)
    assert units[2] == (1, 2)
    ranker = NewsRanker()
    similarity = ranker.analyse(document).similarity
    scores = np.array([0.5, 0.1, 1.0, 0.4])
    assert select_mmr(scores, similarity, 1, 0.5, units) == [0]  # the pair does not fit in one
    assert select_mmr(scores, similarity, 2, 0.5, units) == [1, 2]
    assert select_mmr(scores, similarity, 2, 0.5) == [0, 2]  # without units: the dangling "He"


def test_first_sentence_marks_the_opening_line(article) -> None:
    assert list(first_sentence(article)) == [1, 0, 0, 0, 0, 0]


def test_attributed_statement_and_direct_quote_come_from_the_claim_tagger(demo_text: str) -> None:
    from summarizer.claims import claims_in_document

    document = parse_document(demo_text)
    claims = claims_in_document(document)
    statements = attributed_statement(document, claims)
    # "the alliance's Secretary General, Jens Stoltenberg, outlined ...",
    # "Stoltenberg emphasized ...", "the Secretary General urged ...".
    assert [i for i, v in enumerate(statements) if v] == [1, 3, 6]
    assert not direct_quote(document, claims).any()
    quoted = parse_document('Police said the fire started before dawn. "We will rebuild the church, whatever it '
                            'takes," the mayor said on Monday. The cause is unknown.')
    assert list(direct_quote(quoted, claims_in_document(quoted))) == [0, 1, 0]


def test_the_demo_summary_carries_a_statement_of_the_secretary_general(demo_text: str) -> None:
    from summarizer.claims import claims_in_document

    document = parse_document(demo_text)
    said_by_him = {c.sentence for c in claims_in_document(document) if c.speaker == "Jens Stoltenberg"}
    picked = {s.index for s in summarize(demo_text).sentences}
    assert picked & said_by_him
