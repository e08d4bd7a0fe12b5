"""Web pages from HTML to text, title and author: small synthetic pages for
each rule of the extraction (drop caps, navigation, teaser headlines, pull
quotes, authors as the page writes them). No real page is copied here."""

from __future__ import annotations

from summarizer.reading import article_from_bytes

PARAGRAPHS = (
    "<p>The city council voted on Tuesday to approve the new budget, which includes money for schools and roads "
    "across the district.</p>"
    "<p>The mayor said the vote showed that the council could still agree on the things that matter most to "
    "residents.</p>"
    "<p>Opponents argued that the plan leaves too little for repairs, and they promised to raise the matter "
    "again in the spring.</p>"
)


def page(body: str, head: str = "<title>Council passes budget</title>") -> bytes:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


def read(body: str, head: str = "<title>Council passes budget</title>"):  # type: ignore[no-untyped-def]
    return article_from_bytes(page(body, head), "page.html")


# --- drop caps ---------------------------------------------------------------------------------------------------


def test_a_drop_cap_before_its_paragraph_goes_back_into_it() -> None:
    article = read("<h1>Council passes budget</h1><article><div><span class='dropcap'>T</span>"
                   "<p><a href='/topic/town'>he</a> city council voted on Tuesday to approve the new budget, which "
                   "includes money for schools.</p></div>" + PARAGRAPHS + "</article>")
    assert "The city council voted on Tuesday to approve the new budget, which includes" in article.text
    assert "\nhe city" not in article.text


def test_a_one_letter_heading_is_no_drop_cap() -> None:
    article = read("<h1>Council passes budget</h1><article>" + PARAGRAPHS +
                   "<h2>A</h2><p>aardvarks are the first entry of the council's animal register, its clerk "
                   "said on Monday.</p></article>")
    assert "Aaardvarks" not in article.text
