"""Web pages from HTML to text, title and author: small synthetic pages for
each rule of the extraction (drop caps, navigation, teaser headlines, pull
quotes, authors as the page writes them). No real page is copied here."""

from __future__ import annotations

import re
from pathlib import Path

from summarizer.reading import Article, article_from_bytes

from .conftest import run_command

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


def read(body: str, head: str = "<title>Council passes budget</title>") -> Article:
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


# --- a page of navigation: the precise extraction, and a warning ------------------------------------------------------

TEASERS = ["Council members clash over road repairs", "Mayor promises new bus lanes", "Schools get a new roof",
           "Library hours cut from next month", "Bridge closed for two weeks of repairs",
           "Police appeal for witnesses after crash", "New park opens in the east end"]


def navigation_page() -> str:
    """A page whose article is one sentence among menus, share buttons and
    teasers, all in one <article>: the extractor's recall setting flattens
    it into one paragraph."""
    cards = "".join(f"<div class='card'><h3><a href='/news/{i}'>{title}</a></h3><span>May {i + 1}, 2022</span>"
                    "</div>" for i, title in enumerate(TEASERS))
    return ("<article><div class='crumbs'><a href='/'>Home</a> <a href='/issues'>Issues</a></div>"
            "<h1>Prison official: anyone could escape</h1>"
            "<div class='byline'>By <a href='/author/jw'>Jane Whitaker</a> - May 4, 2022</div>"
            "<div class='share'><a href='#'>Share</a> <a href='https://facebook.com'>Facebook</a> "
            "<a href='https://twitter.com'>Twitter</a> <a href='#'>WhatsApp</a> <a href='#'>Email</a></div>"
            "<div class='content'><p>A senior prison official has said in a sworn affidavit that anyone with enough "
            "determination could escape.</p></div><div class='meter'>You have 4 free articles left this month.</div>"
            f"<div class='related'><span>Related articles</span><span>More from author</span>{cards}{cards}</div>"
            "</article>")


def test_a_page_of_navigation_gives_its_one_sentence_and_a_warning() -> None:
    article = read(navigation_page(), "<title>Prison official: anyone could escape - Daily Example</title>")
    body = article.text.split("\n\n", 1)[1]
    assert body.strip() == ("A senior prison official has said in a sworn affidavit that anyone with enough "
                            "determination could escape.")
    assert "navigation" in {rule for rule, _ in article.removed}
    assert any(re.search(r"almost no article text \(1\d words\); it may be behind a paywall", warning)
               for warning in article.warnings)


def test_a_full_article_gets_no_short_text_warning() -> None:
    article = read("<h1>Council passes budget</h1><article>" + PARAGRAPHS * 2 + "</article>")
    assert not any("almost no article text" in warning for warning in article.warnings)


def test_the_warning_reaches_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "prison.html"
    path.write_bytes(page(navigation_page(), "<title>Prison official: anyone could escape</title>"))
    result = run_command("summarize", str(path), "-f", "text")
    assert result.returncode == 0
    assert result.stdout.startswith("A senior prison official has said")
    assert "warning:" in result.stderr and "almost no article text" in result.stderr


# --- teaser headlines ---------------------------------------------------------------------------------------------


def test_a_heading_that_links_to_another_article_is_a_teaser() -> None:
    body = ("<article><h1>Council passes budget</h1>" + PARAGRAPHS +
            "<h2><a href='/music/446015'>Band plays the stadium tonight | Music</a></h2><p>2023-11-03</p></article>")
    article = read(body, "<title>Council passes budget</title><link rel='canonical' "
                         "href='https://example.com/news/1'>")
    assert "Band plays the stadium" not in article.text
    assert ("teaser_headline", "Band plays the stadium tonight | Music") in article.removed


def test_a_heading_that_links_to_its_own_page_is_kept() -> None:
    body = ("<article><h2><a href='/reviews/581cf'>This service has changed my life</a></h2>"
            "<p>What a fantastic idea! The boxes arrive on time and the recipes are easy to follow, even on busy "
            "weeknights after work.</p><p>I have recommended it to my friends and my family, and they love it too, "
            "especially the children.</p></article>")
    article = read(body, "<title>Review of a recipe box</title>"
                         "<meta property='og:url' content='https://uk.example.com/reviews/581cf'>")
    assert "This service has changed my life" in article.text


# --- loose text after a block --------------------------------------------------------------------------------------


def test_loose_text_after_a_photo_box_is_a_paragraph() -> None:
    body = ("<h1>Colder temperatures forecast</h1><div class='body_txt'><div class='img_box'><div class='photo'>"
            "<img src='x.jpg' alt='Cold'></div><p class='cap'>Photo : Example News</p></div>"
            "Anchor: After heavy downpours on Monday, Tuesday morning was met with strong, cold winds.<br>"
            "Max Lee has more.<br><br>Report: People out on the streets were seen wearing layers all day long.<br>"
            "<br>The very first cold wave alert of the season was in effect on Tuesday in the north.<br>"
            "<br>Wednesday is forecast to be even colder, with lows of two degrees in the capital.<br>"
            "Max Lee, Example Radio News.</div>")
    article = read(body, "<title>Colder temperatures forecast</title>")
    assert "After heavy downpours on Monday, Tuesday morning was met with strong, cold winds." in article.text
    for furniture in ("Anchor:", "Report:", "Max Lee has more.", "Max Lee, Example Radio News."):
        assert furniture not in article.text
    assert "People out on the streets were seen wearing layers all day long." in article.text


# --- a signature as the author -----------------------------------------------------------------------------------


def test_the_one_signature_at_the_end_names_the_author_the_metadata_lacks() -> None:
    article = read("<h1>Council passes budget</h1><article>" + PARAGRAPHS + "<p>\u2013 David Dunkley</p></article>")
    assert "David Dunkley" not in article.text
    assert article.author == "David Dunkley"
    jokes = PARAGRAPHS.replace("</p>", "</p><p>\u2014Lewis G.</p>", 1) + "<p>\u2014Tyler R.</p>"
    signed_twice = read(f"<h1>Council passes budget</h1><article>{jokes}</article>")
    assert signed_twice.author is None


# --- the publication date ----------------------------------------------------------------------------------------


def test_a_labelled_date_beats_a_teasers_date_but_not_the_metadata() -> None:
    teaser = ("<h2>Editor's Pick</h2><section>" + "".join(
        f"<article><h2><a href='/other/{day}'>A concert tonight</a></h2><p class='date'>2023-11-0{day}</p></article>"
        for day in (3, 6, 3)) + "</section>")
    article = read("<h1>Council passes budget</h1><div class='view'><p class='date'>Written: 2023-11-07 15:03:30"
                   "<span class='hidden'> / </span>Updated: 2023-11-07 15:30:46</p><div class='body_txt'>"
                   + PARAGRAPHS + "</div></div>" + teaser)
    assert article.date == "2023-11-07"
    dated = read("<h1>Council passes budget</h1><article><p>Published: 7 April 2020</p>" + PARAGRAPHS
                 + "</article>", "<title>Council passes budget</title>"
                 "<meta property='article:published_time' content='2020-03-03T10:00:00Z'>")
    assert dated.date == "2020-03-03"
