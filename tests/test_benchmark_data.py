"""The benchmarks' FRANK-like proxy: a dev article as one block of text.
Tests never read the shared data: the articles here are made up of a few
sentences in the shapes of the corpora."""

from benchmarks._data import Article, flattened
from summarizer.document import parse_document


def test_a_cnn_corpus_article_loses_its_headline_and_paragraph_breaks() -> None:
    title = "Rain closes Paris schools"
    text = f"{title}\n\nRain fell in Paris on Monday.\n\nHeavy rain closed\nParis schools. Talks ended late."
    article = Article(id="1", text=text, highlights=("Rain closed schools.",), title=title,
                      body_offset=len(title) + 2, gold=("Rain fell in Paris on Monday.",), gold_spans=((27, 56),))
    flat = flattened(article)
    assert flat.text == "Rain fell in Paris on Monday. Heavy rain closed Paris schools. Talks ended late."
    assert flat.highlights == article.highlights and flat.gold == article.gold
    assert flat.gold_spans == ()  # they indexed the text with its headline
    document = parse_document(flat.text)
    assert not document.headlines and len(document.paragraphs) == 1


def test_a_bbc_file_loses_its_first_line_when_that_is_the_title() -> None:
    article = Article(id="2", text="Ad sales boost profit\n\nProfits jumped 76%.\n\nSales rose 2%.",
                      reference=("Profits jumped 76%.",), title="Ad sales boost profit")
    assert flattened(article).text == "Profits jumped 76%. Sales rose 2%."
    untitled = Article(id="3", text="Profits jumped 76%.\nSales rose 2%.", reference=("Sales rose 2%.",))
    assert flattened(untitled).text == "Profits jumped 76%. Sales rose 2%."
    assert flattened(untitled).reference == untitled.reference
