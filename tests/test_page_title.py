"""The right title and authors of a web page, on small synthetic pages."""

from __future__ import annotations

import pytest

from summarizer.pagemeta import clean_author, clean_authors, strip_title, title_cores
from summarizer.reading import article_from_bytes

PARAGRAPHS = (
    "<p>Floods closed roads across the region on Tuesday after two days of heavy rain, officials said.</p>"
    "<p>The weather service expects more rain on Thursday and has warned residents near rivers to prepare.</p>"
    "<p>Schools in three districts stayed shut, and the regional train service ran a reduced timetable.</p>"
)


def page(head: str, headline: str = "", author: str | None = None, site: str | None = "Example Post") -> bytes:
    meta = f"<meta name='author' content='{author}'>" if author else ""
    meta += f"<meta property='og:site_name' content='{site}'>" if site else ""
    return (f"<html><head><meta charset='utf-8'>{head}{meta}</head><body><nav><a href='/'>Example Post</a></nav>"
            f"<article>{headline}{PARAGRAPHS}</article></body></html>").encode()


@pytest.mark.parametrize(("head", "headline", "title"), [
    # site names and dates at either end go
    ("<title>Floods close roads across the region - Example Post</title>",
     "<h1>Floods close roads across the region</h1>", "Floods close roads across the region"),
    ("<title>Floods close roads across the region | DW | 23.05.2011</title>",
     "<h1>Floods close roads across the region</h1>", "Floods close roads across the region"),
    ("<title>Example Post: News | Floods close roads across the region</title>",
     "<h2>Floods close roads across the region</h2>", "Floods close roads across the region"),
    # og:title and <title> agree with the visible headline
    ("<meta property='og:title' content='Floods close roads across the region'><title>Home</title>",
     "<h1>Floods close roads across the region</h1>", "Floods close roads across the region"),
    # a publishing system's name is refused; the visible headline stands
    ("<title>escenic</title>", "<h1>Floods close roads across the region</h1>",
     "Floods close roads across the region"),
    # a title the page never shows is refused
    ("<title>escenic</title>", "", None),
    ("<title>SEO: best flood news 2024 click here</title>", "", None),
    # a headline element that holds the standfirst too
    ("<title>Floods close roads across the region</title>",
     "<h1>Floods close roads across the region <span>Two days of rain</span></h1>",
     "Floods close roads across the region"),
])
def test_the_title_is_the_visible_headline_without_site_or_date(head: str, headline: str, title: str | None) -> None:
    article = article_from_bytes(page(head, headline), "flood.html")
    assert article.title == title
    if title:
        assert article.text.startswith(title + "\n\n")
        assert article.text.count(title) == 1  # the <h1> is not repeated in the text


def test_the_site_name_is_never_the_title() -> None:
    article = article_from_bytes(page("<title>Example Post</title>", "<h1>Example Post</h1>"), "site.html")
    assert article.title is None


def test_title_pieces() -> None:
    sites = frozenset({"examplepost"})
    assert strip_title("Floods close roads - Example Post", sites) == "Floods close roads"
    assert strip_title("Example Post | Floods close roads | 23.05.2011", sites) == "Floods close roads"
    one_title = "Tweet of the Week #67: Dealing With Chikan"  # a colon is not a separator
    assert strip_title(one_title, sites) == one_title
    assert title_cores("Blog | A long headline here | Site")[3] == "A long headline here"


@pytest.mark.parametrize(("raw", "authors"), [
    ("CBS News February", ()),  # a month, then the site's name
    ("Article by", ()),
    ("By Jane Doe", ("Jane Doe",)),
    ("Jane Doe; John Roe", ("Jane Doe", "John Roe")),
    ("Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ("Jane Doe Updated 10:32 am", ("Jane Doe",)),
    ("Jane Doe, October 3, 2021", ("Jane Doe",)),
    ("Adam Smith Example Post Staff", ("Adam Smith",)),
    ("Staff Writer", ()),
    ("Editorial Staff", ()),
    ("No Author", ()),
    ("Unknown", ()),
    ("Grant Tinsley; PhD", ("Grant Tinsley",)),
    ("AFP; Example Post", ("AFP",)),
    ("Martin Chikilian Martin is a full-stack engineer", ("Martin Chikilian",)),
    ("Has Worked As A Professional Python Developer Since", ()),
    ("Revised Edition Edited by Adrian Parr", ("Adrian Parr",)),
    ("Art Edwards says", ("Art Edwards",)),
    ("Theresa May", ("Theresa May",)),  # a month that is a name
    ("ExampleLocal com", ()),  # a domain written as an author
    ("Marwan H Adwan", ("Marwan H Adwan",)),
    ("Emily Co", ("Emily Co",)),
])
def test_authors_are_people_without_dates_or_boilerplate(raw: str, authors: tuple[str, ...]) -> None:
    assert clean_authors(raw, site="Example Post", url="https://www.cbsnews.com/news/x") == authors


def test_an_author_page_gives_the_cleaned_name() -> None:
    article = article_from_bytes(page("<title>Floods close roads across the region</title>",
                                      "<h1>Floods close roads across the region</h1>",
                                      author="By Jane Doe, Example Post Staff"), "by.html")
    assert article.author == "Jane Doe"
    assert clean_author("Example Post", frozenset({"examplepost"})) is None


def test_the_standfirst_the_extractor_left_out_is_put_back() -> None:
    from trafilatura.utils import load_html

    from summarizer.pagemeta import standfirst

    description = "Two days of rain closed roads and schools across the region."
    html = (f"<html><head><meta property='og:description' content='{description}'></head><body>"
            f"<header><h1>Floods close roads</h1><h2 class='excerpt'>{description}</h2></header>"
            f"<article>{PARAGRAPHS}</article></body></html>")
    tree = load_html(html)
    assert standfirst(tree, "Floods closed roads across the region on Tuesday.") == description
    assert standfirst(tree, f"Floods close roads\n\n{description}") is None  # already in the text
    hidden = html.replace(f"<h2 class='excerpt'>{description}</h2>", "")
    assert standfirst(load_html(hidden), "Floods closed roads.") is None  # metadata the page never shows
