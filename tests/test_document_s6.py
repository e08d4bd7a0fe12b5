"""Page structure, session 6: note markers (rule `footnote_marker`) and
numbered subheads (rule `numbered_subhead`)."""

from __future__ import annotations

from trafilatura.utils import load_html

from summarizer.document import parse_document
from summarizer.sources import drop_footnote_markers


def _text_after(html: str) -> str:
    tree = load_html(f"<html><body>{html}</body></html>")
    assert tree is not None
    drop_footnote_markers(tree)
    return tree.text_content()


def test_footnote_marker_after_a_word_goes() -> None:
    text = _text_after('<div><p>Joe Biden has far more endorsement points<a class="note" href="#fn-1">1</a> '
                       "than any other candidate.</p></div>")
    assert "points than any other candidate" in text


def test_footnote_marker_after_a_stop_goes_with_its_sup() -> None:
    text = _text_after('<div><p>according to Iowa Starting Line.<sup><a href="#cite_note-HBP11-3">[3]</a></sup>'
                       " Warren has the most endorsements.</p></div>")
    assert "Iowa Starting Line. Warren has" in text


def test_numbers_that_are_no_note_link_stay() -> None:
    text = _text_after('<div><p>The flat has 40 m<sup>2</sup> of floor. See <a href="#section-2">2</a> and '
                       '<a href="#fn-4">the note on sources</a>.</p></div>')
    assert "40 m2 of floor" in text
    assert "See 2 and the note on sources" in text


ARTICLE = (
    "The 2020 Endorsement Race Is Getting Interesting\n\n"
    "So here are some interesting trends I have noticed in the endorsement race so far:\n\n"
    "1. Iowa's political classes aren't excited about Biden\n\n"
    "Among the Democratic state legislators in Iowa who have endorsed a candidate, Klobuchar and Warren lead.\n\n"
    "2. In Washington, centrist Democrats really don't want Warren or Sanders … or Buttigieg or Klobuchar\n\n"
    "Warren has the most endorsements among the Progressive Caucus members who have backed a candidate.\n\n"
    "3. The billionaires are looking pretty good\n\n"
    "When Bloomberg entered the race on Nov. 24, it seemed a bit odd at the time.\n"
)


def test_long_numbered_subhead_among_numbered_subheads_is_a_heading() -> None:
    document = parse_document(ARTICLE)
    headings = [h.text for h in document.headings]
    assert any(h.startswith("2. In Washington") for h in headings)
    assert not any(s.text.startswith("2. In Washington") for s in document.sentences)


def test_lone_long_numbered_line_stays_a_sentence() -> None:
    text = ARTICLE.replace("1. Iowa's political classes aren't excited about Biden", "Iowa's classes wait") \
        .replace("3. The billionaires are looking pretty good", "The billionaires look good")
    document = parse_document(text)
    assert any(s.text.startswith("2. In Washington") for s in document.sentences)


def test_numbered_sentence_beside_numbered_subheads_stays() -> None:
    text = ARTICLE.replace("2. In Washington, centrist Democrats really don't want Warren or Sanders … or "
                           "Buttigieg or Klobuchar", "2. In Washington, centrist Democrats want neither of them.")
    document = parse_document(text)
    assert any(s.text.startswith("2. In Washington") for s in document.sentences)
