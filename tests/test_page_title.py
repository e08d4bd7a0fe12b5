"""The right title and authors of a web page, on small synthetic pages."""

from __future__ import annotations

from pathlib import Path

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


@pytest.mark.parametrize(("raw", "html", "visible", "authors"), [
    # initials as the page writes them (in its source: JSON-LD, a byline)
    ("J O Haselhoef", '{"@type":"Person","name":"J.O. Haselhoef"}', "", ("J.O. Haselhoef",)),
    ("R C Baker", "<span class=author>R.C. Baker</span>", "", ("R.C. Baker",)),
    ("Marwan H Adwan", "<p>By Marwan H. Adwan</p>", "", ("Marwan H. Adwan",)),
    ("J O Haselhoef", "<p>no other form here</p>", "", ("J O Haselhoef",)),
    # a first name alone, completed from the byline the page shows
    ("Todd", "", "New robot draws blood By Todd Bates Date February 5, 2020 Share", ("Todd Bates",)),
    ("Todd", "", "By Todd Facebook Twitter", ("Todd",)),
    ("IWB", "", "By IWB Facebook Twitter", ("IWB",)),
    ("Todd", "", "Todd Bates wrote this", ("Todd",)),  # no byline: left alone
    # a credit written with a slash stays whole
    ("AFP; Example Post", "<meta property='article:author' content='AFP/Example Post'>", "", ("AFP/Example Post",)),
    ("AFP; Example Post", "<p>AFP and Example Post</p>", "", ("AFP",)),
])
def test_authors_as_the_page_writes_them(raw: str, html: str, visible: str, authors: tuple[str, ...]) -> None:
    assert clean_authors(raw, site="Example Post", url="https://www.example.com/news/x", html=html,
                         visible=visible) == authors


def test_an_application_name_that_is_the_headline_is_no_site_name() -> None:
    headline = "Student halls too full to be safe, experts warn"
    head = (f"<title>{headline}</title><meta name='application-name' content='{headline}'>")
    article = article_from_bytes(page(head, f"<h1>{headline}</h1>", site=None), "halls.html")
    assert article.title == headline
    assert article.site != headline
    declared = article_from_bytes(page(f"<title>{headline}</title><meta name='application-name' content='Example'>",
                                       f"<h1>{headline}</h1>", site=None), "halls.html")
    assert declared.site == "Example"


def test_the_author_of_a_page_as_written(tmp_path: Path) -> None:
    head = ("<title>Floods close roads across the region</title><script type='application/ld+json'>"
            '{"@type":"NewsArticle","author":[{"@type":"Person","name":"J.O. Haselhoef"}]}</script>')
    article = article_from_bytes(page(head, "<h1>Floods close roads across the region</h1>", author="J O Haselhoef"),
                                 "floods.html")
    assert article.author == "J.O. Haselhoef"
