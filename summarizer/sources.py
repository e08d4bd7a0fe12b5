"""Where articles come from besides plain text: web pages and URLs.

`fetch_url` gets a page over http(s) only, with a timeout on every read, an
overall deadline, a size cap and a clear one-line `InputError` for anything
that goes wrong (a bad status, a refused connection, a PDF instead of a
page). `extract_html` takes the main text out of a page with trafilatura:
navigation, footers, comment sections and other boilerplate go, and the
title, author, date and site name are kept when the page has them.

The article text built from a page is its title line (when it reads as a
headline), a blank line, and the main-text paragraphs separated by blank
lines; offsets in summaries index that text.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from summarizer.errors import PDF_MESSAGE, InputError, error_text, too_large
from summarizer.headlines import is_title_like
from summarizer.nlp.lines import CLOSERS
from summarizer.nlp.words import one_line

if TYPE_CHECKING:
    from summarizer.cleanup import Block, PageFacts, Removed

ALLOWED_SCHEMES = ("http", "https")
HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")
# Plain text behind a URL is read like a text file.
TEXT_CONTENT_TYPES = ("text/plain",)
USER_AGENT = "summarizer/0.1 (+offline news summaries)"
READ_CHUNK = 64 * 1024
# Sniffing: the start of a document that is a web page.
HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                        re.IGNORECASE | re.DOTALL)
HTML_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
# Article text has at least one sentence: a paragraph of this many letters
# or more (characters, not words, so that Chinese and Japanese count) with a
# sentence end in it. Menus, buttons and footers ("Home News", "Contact us")
# have none, and trafilatura falls back to them on a page without an article.
MIN_SENTENCE_CHARACTERS = 25
SENTENCE_END = re.compile(rf"[.!?\u2026\u3002\uff01\uff1f]{CLOSERS}(?:\s|$)")
# `scheme://...`: a URL, http or not (other schemes get a clear refusal).
URL_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def is_url(source: str) -> bool:
    """True for anything written as `scheme://...` (http or not)."""
    return bool(URL_LIKE.match(source))


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched resource: its bytes and what the server said about them."""

    url: str
    data: bytes
    content_type: str
    charset: str | None


@dataclass(frozen=True, slots=True)
class Extracted:
    """The main text of a page and what is known about it."""

    text: str
    title: str | None
    author: str | None
    date: str | None
    site: str | None
    url: str | None
    # (rule, text) of each block the clean-up removed, in page order
    removed: tuple[tuple[str, str], ...] = ()
    # what the reader should know about the page ("almost no article text")
    warnings: tuple[str, ...] = ()


def looks_like_html(text: str, name: str = "") -> bool:
    """A web page by its file name or by how it starts."""
    return name.lower().endswith(HTML_EXTENSIONS) or bool(HTML_START.match(text[:4096]))


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its top, if any."""
    match = META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace").lower() if match else None


def _http_only_redirects() -> Any:
    """A redirect handler that follows redirects only to http(s): never to
    file:// or ftp://. (Made on first fetch: urllib.request is slow to
    import, and reading a file does not need it.)"""
    import urllib.request

    class HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):
            if urlsplit(newurl).scheme.lower() not in ALLOWED_SCHEMES:
                raise InputError(f"{req.full_url}: redirected to a non-http(s) URL ({newurl})")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return HttpOnlyRedirects()


def fetch_url(url: str, *, timeout: float, max_bytes: int, raise_cap: str = "SUMMARIZER_MAX_MB") -> Fetched:
    """The bytes behind an http(s) URL, within `timeout` seconds in all and
    at most `max_bytes`; an `InputError` otherwise. `raise_cap` is how the
    over-the-cap message says to raise the cap."""
    import http.client
    import urllib.error
    import urllib.request

    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as error:  # "Invalid IPv6 URL", say
        raise InputError(f"{url}: not a valid URL ({error_text(error)})") from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise InputError(f"{url}: only http and https URLs can be read, not {scheme}://")
    if not host:
        raise InputError(f"{url}: not a valid URL (no host)")
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8",
    })
    opener = urllib.request.build_opener(_http_only_redirects())
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            headers = response.headers
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise too_large(url, max_bytes, raise_cap, int(length))
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(READ_CHUNK):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise too_large(url, max_bytes, raise_cap)
                if time.monotonic() > deadline:
                    raise InputError(f"{url}: timed out after {timeout:g} s")
            if length and length.isdigit() and size < int(length):  # the server closed early
                raise InputError(f"{url}: download cut short (got {size} of {int(length)} bytes)")
            content_type = (headers.get_content_type() or "").lower()
            return Fetched(response.geturl(), b"".join(chunks), content_type, headers.get_content_charset())
    except InputError:
        raise
    except http.client.IncompleteRead:  # a chunked body that stops midway
        raise InputError(f"{url}: download cut short (the connection closed inside a chunk)") from None
    except http.client.HTTPException as error:
        raise InputError(f"{url}: cannot fetch ({type(error).__name__}: {error_text(error)})") from None
    except urllib.error.HTTPError as error:
        raise InputError(f"{url}: HTTP {error.code} {error_text(error.reason)}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise InputError(f"{url}: timed out after {timeout:g} s") from None
        raise InputError(f"{url}: cannot fetch ({error_text(reason)})") from None
    except TimeoutError:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except (OSError, ValueError) as error:
        raise InputError(f"{url}: cannot fetch ({error_text(error)})") from None


def check_content_type(fetched: Fetched) -> Literal["html", "text"]:
    """`"html"` or `"text"` for what we can read; an `InputError` for the rest."""
    if fetched.content_type in HTML_CONTENT_TYPES:
        return "html"
    if fetched.content_type in TEXT_CONTENT_TYPES:
        return "text"
    if fetched.content_type == "application/pdf":
        raise InputError(f"{fetched.url}: {PDF_MESSAGE}")
    kind = fetched.content_type or "no content type"
    raise InputError(f"{fetched.url}: not an HTML page ({kind})")


# trafilatura's options, chosen by benchmarks/webpages.py on 119 real pages
# (main-text precision and recall of every setting, before and after our
# clean-up): favour recall and keep tables (a table is often part of the
# article: results, a recipe's amounts), since the clean-up stage takes the
# clutter that recall lets in; never the comments.
TRAFILATURA_OPTIONS: dict[str, bool] = {
    "favor_recall": True,
    "favor_precision": False,
    "include_tables": True,
    "include_comments": False,
}
BLOCK_KINDS = {"head": "heading", "list": "item", "table": "row", "quote": "quote", "code": "code"}


# When the main text chosen with `TRAFILATURA_OPTIONS` holds no article
# text once cleaned (a page of menus and teasers flattened into one
# paragraph, say), the extractor's precise setting is tried before giving up.
# libxml2 reads elements nested at most this deep (256 levels: deeper, it
# stops and the rest of the page is lost); a page that reaches it is read
# again without its generic containers (rule `nesting_too_deep`).
PARSER_MAX_DEPTH = 255
CONTAINER_TAG = re.compile(r"</?(div|span|font|section|center)\b[^>]*>", re.IGNORECASE)
INLINE_CONTAINERS = frozenset({"span", "font"})
FALLBACK_OPTIONS: dict[str, bool] = {**TRAFILATURA_OPTIONS, "favor_recall": False, "favor_precision": True}
# An article of fewer words than this gets a warning: the page holds almost
# no article text (a paywall, a page of links, a video with a caption).
FEW_WORDS = 60


def extract_html(html: str, url: str | None = None, name: str = "page", *,
                 options: dict[str, bool] | None = None, clean: bool = True) -> Extracted:
    """The main text and metadata of a web page, boilerplate removed.

    trafilatura finds the main text (with `options`, by default
    `TRAFILATURA_OPTIONS`, then `FALLBACK_OPTIONS` if that finds no article
    text), the clean-up stage (`summarizer.cleanup`) drops the clutter left
    in it unless `clean` is false, and `summarizer.pagemeta` picks the title
    and the authors, and puts back a standfirst the extractor left out.
    """
    from summarizer.cleanup import PageFacts
    from summarizer.pagemeta import (
        clean_authors,
        declared_site,
        link_texts,
        linked_headings,
        page_title,
        plausible_site,
        visible_text,
    )

    try:
        tree, html, too_deep = _parsed_page(html, name)
        if tree is not None:
            mend_drop_caps(tree)
            mend_loose_text(tree)
            drop_footnote_markers(tree)
    except Exception as error:  # lxml raises many kinds on broken markup
        raise InputError(f"{name}: cannot read the page ({type(error).__name__})") from None
    result = _extract(html, tree, url, name, TRAFILATURA_OPTIONS if options is None else options)
    if result is None or result.body is None or not (result.text or "").strip():
        raise InputError(f"{name}: no article text found in the page")
    declared = declared_site(tree) if tree is not None else None
    site = plausible_site(_clean(result.sitename), [t for t in (_clean(result.title),) if t], declared)
    page_url = _clean(result.url) or url
    title = page_title(tree, site=site, url=page_url, extracted=_clean(result.title)) if tree is not None else None
    visible = visible_text(tree) if tree is not None else ""
    authors = clean_authors(result.author, site=site, url=page_url, html=html, visible=visible)
    facts = PageFacts(title=title, authors=authors, site=site)
    if tree is not None:
        facts = PageFacts(title=title, authors=authors, site=site, links=link_texts(tree),
                          linked_headings=linked_headings(tree, page_url))
    paragraphs, removed = _article(result.body, facts, tree, clean)
    if not any(_reads_as_sentence(p) for p in paragraphs) and clean and options is None:
        fallback = _extract(html, tree, url, name, FALLBACK_OPTIONS)
        if fallback is not None and fallback.body is not None:
            precise, removed_too = _article(fallback.body, facts, tree, clean)
            if any(_reads_as_sentence(p) for p in precise):
                paragraphs, removed = precise, (*removed, *removed_too)
    if not any(_reads_as_sentence(p) for p in paragraphs):
        raise InputError(f"{name}: no article text found in the page")
    if not authors:
        authors = _signed_by(removed, site, page_url)
    words = sum(len(p.split()) for p in paragraphs)
    warnings = too_deep + ((f"{name}: the page has almost no article text ({words} words); it may be behind a "
                            "paywall or be mostly links",) if words < FEW_WORDS else ())
    return Extracted(
        text=_compose(title, paragraphs),
        title=title,
        author="; ".join(authors) or None,
        date=_publication_date(_clean(result.date), tree, visible) or _date_in_text(html),
        site=site,
        url=page_url,
        removed=tuple((r.rule, r.block.text) for r in removed),
        warnings=warnings,
    )


def _parsed_page(html: str, name: str) -> tuple[Any, str, tuple[str, ...]]:
    """The page's tree, the markup it was read from, and a warning when
    text was lost. Rule `nesting_too_deep`: libxml2 stops reading a page
    whose elements nest PARSER_MAX_DEPTH deep, and drops the rest of it
    without a word; such a page (thousands of unclosed <div>s) is read again
    with its generic containers (CONTAINER_TAG) taken out, text kept. Should
    that still nest too deep, the text that could be read is used, with a
    warning."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None or _nesting_depth(tree) < PARSER_MAX_DEPTH:
        return tree, html, ()
    flattened = CONTAINER_TAG.sub(lambda tag: "" if tag.group(1).lower() in INLINE_CONTAINERS else "\n", html)
    flat_tree = load_html(flattened)
    if flat_tree is not None and _nesting_depth(flat_tree) < PARSER_MAX_DEPTH:
        return flat_tree, flattened, ()
    return tree, html, (f"{name}: the page nests its markup more than {PARSER_MAX_DEPTH} levels deep; "
                        "the text past that depth cannot be read",)


def _nesting_depth(tree: Any) -> int:
    """How deep the tree's elements nest (the root is 1): each element one
    deeper than its parent, found in document order (parents first)."""
    depths: dict[Any, int] = {}
    for element in tree.iter():
        depths[element] = depths.get(element.getparent(), 0) + 1
    return max(depths.values(), default=0)


def _signed_by(removed: tuple[Removed, ...], site: str | None, url: str | None) -> tuple[str, ...]:
    """The author of a page that names none in its metadata, from the one
    signature that ends the article ("– David Dunkley"); several
    signatures sign contributions (readers' jokes), not the article."""
    from summarizer.pagemeta import clean_authors

    signatures = [r.block.text for r in removed if r.rule == "dash_signature"]
    if len(signatures) != 1:
        return ()
    return clean_authors(signatures[0].lstrip("-\u2013\u2014 "), site=site, url=url)


def _extract(html: str, tree: Any, url: str | None, name: str, options: dict[str, Any]) -> Any:
    """trafilatura's extraction with `options` (its result, or None)."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html if tree is None else tree, url=url, with_metadata=True, include_images=False,
            include_links=False, date_extraction_params={"original_date": True, "extensive_search": False},
            **options,
        )
    except Exception as error:  # trafilatura raises many kinds on broken markup
        raise InputError(f"{name}: cannot read the page ({type(error).__name__})") from None


def _article(body: Any, facts: PageFacts, tree: Any, clean: bool) -> tuple[list[str], tuple[Removed, ...]]:
    """The paragraphs of the article in trafilatura's main text `body`, and
    the blocks the clean-up removed: the <h1> that repeats the title goes,
    a standfirst the extractor left out comes back."""
    from summarizer.cleanup import PARAGRAPH, Block, clean_blocks, normalise, publisher_promotion
    from summarizer.pagemeta import standfirst

    blocks = page_blocks(body)
    removed: tuple[Removed, ...] = ()
    if clean:
        cleaned = clean_blocks(blocks, facts)
        blocks, removed = list(cleaned.kept), cleaned.removed
    paragraphs = [b.text for b in blocks]
    if facts.title and paragraphs:
        paragraphs = _without_title(paragraphs, facts.title)
    lead = standfirst(tree, "\n".join([facts.title or "", *paragraphs])) if tree is not None else None
    if lead and clean and publisher_promotion(Block(PARAGRAPH, lead), normalise(lead), facts):
        lead = None  # a standfirst that presents the site's own video is no lead either
    return ([lead, *paragraphs] if lead else paragraphs), removed


# Elements a drop cap is never written in: a heading, list item or table
# cell of one letter ("A", then entries starting with a) is an index.
NOT_DROP_CAP = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd", "a", "button",
                          "option", "script", "style"})


def mend_drop_caps(tree: Any) -> None:
    """Rule `drop_cap`: a paragraph's first letter set apart in an element of
    its own before the paragraph (`<span>T</span><p>urkey, Poland and ...`)
    goes back into it: "Turkey, Poland and ...". Only a single capital
    letter, right before a paragraph whose text starts with a lower-case
    letter; the tree is changed in place."""
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.tag in NOT_DROP_CAP:
            continue
        letter = element.text_content().strip()
        following = element.getnext()
        if len(letter) != 1 or not letter.isupper() or following is None or following.tag not in ("p", "div"):
            continue
        if (element.tail or "").strip():
            continue
        node = _first_text(following)
        if node is None:
            continue
        holder, attribute = node
        text = getattr(holder, attribute)
        if not text[:1].islower():
            continue
        setattr(holder, attribute, letter + text)
        element.drop_tree()


# A link to a note on the same page ("#fn-2", "#cite_note-wb-1",
# "#footnote3"), and the text of a note marker: a number, bracketed or not,
# or a note sign.
FOOTNOTE_ANCHOR = re.compile(r"#(?:fn|footnote|endnote|note|cite_note|ftn)[-\w:.]*", re.IGNORECASE)
FOOTNOTE_MARK = re.compile(r"\[?(?:\d{1,3}|[a-z]|[*\u2020\u2021])\]?")


def drop_footnote_markers(tree: Any) -> None:
    """Rule `footnote_marker`: a note marker is a link to a note on the same
    page whose text is only a number or a note sign (`points<a
    href="#fn-1">1</a> than`, `<sup><a href="#cite_note-1">[1]</a></sup>`).
    It goes, its tail kept, so that its digit is never glued into the text
    ("points1 than", "Iowa Starting Line.2 Warren has ..." that merges two
    sentences into one). A `<sup>` that held only the marker goes with it.
    A number that is no link ("m<sup>2</sup>", "10<sup>6</sup>") and a link
    to a note with words in it stay; the tree is changed in place."""
    for link in list(tree.iter("a")):
        if not FOOTNOTE_ANCHOR.fullmatch(link.get("href") or ""):
            continue
        if not FOOTNOTE_MARK.fullmatch(link.text_content().strip()):
            continue
        parent = link.getparent()
        if parent is not None and parent.tag == "sup" and not (parent.text or "").strip() and \
                len(parent) == 1 and not (link.tail or "").strip() and parent.getparent() is not None:
            parent.drop_tree()
        elif parent is not None:
            link.drop_tree()


# Block elements after which loose text may stand, in the containers where
# an article's text is written; text shorter than this is punctuation or a
# label, not a paragraph.
LOOSE_AFTER = frozenset({"div", "figure", "p", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                         "blockquote", "header", "aside", "figcaption", "nav", "form"})
LOOSE_CONTAINERS = frozenset({"div", "article", "section", "main", "td", "body"})
LOOSE_MIN_CHARACTERS = 25


def mend_loose_text(tree: Any) -> None:
    """Rule `loose_text`: text standing loose in a container right after a
    block element (`<div class=photo>...</div>Anchor: After heavy downpours
    ...<br>`) becomes a paragraph of its own. The extractor otherwise drops
    it along with the element before it when it prunes that element (a
    photo box): the lead of a broadcast script, say."""
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.tag not in LOOSE_AFTER:
            continue
        parent = element.getparent()
        if parent is None or parent.tag not in LOOSE_CONTAINERS or len((element.tail or "").strip()) < \
                LOOSE_MIN_CHARACTERS:
            continue
        paragraph = element.makeelement("p", {})
        paragraph.text, element.tail = element.tail, None
        element.addnext(paragraph)


def _first_text(element: Any) -> tuple[Any, str] | None:
    """The first piece of text inside `element`, in reading order, as
    (element, "text" or "tail"); None when only spaces come first."""
    if element.text and element.text.strip():
        return (element, "text") if not element.text[:1].isspace() else None
    for child in element:
        if not isinstance(child.tag, str):
            continue
        found = _first_text(child)
        if found is not None or child.text_content().strip():
            return found
        if child.tail and child.tail.strip():
            return (child, "tail") if not child.tail[:1].isspace() else None
    return None


def page_blocks(body: Any) -> list[Block]:
    """The blocks of trafilatura's main text (its XML `body`): one per line
    of each heading, paragraph, list item, quote or code block, and one per
    table row, in the words of trafilatura's own text output."""
    from trafilatura.xml import xmltotxt

    from summarizer.cleanup import PARAGRAPH, Block

    blocks: list[Block] = []
    for element in body:
        kind = BLOCK_KINDS.get(element.tag, PARAGRAPH)
        if element.tag == "table":  # one block a row, even when a cell holds several lines
            pieces = [one_line(xmltotxt(row, False)) for row in element]
        else:
            pieces = [one_line(line) for line in xmltotxt(element, False).splitlines()]
        blocks.extend(Block(kind, text) for text in pieces if text)
    return blocks


def _without_title(paragraphs: list[str], title: str) -> list[str]:
    """The paragraphs without the page's <h1> when it repeats the title,
    or with the standfirst alone when the <h1> holds both."""
    from summarizer.pagemeta import key

    first = paragraphs[0]
    if key(first) == key(title):
        return paragraphs[1:]
    if first.startswith(title) and first[len(title):].strip():
        return [first[len(title):].strip(), *paragraphs[1:]]
    return paragraphs


MONTH_PATTERN = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# "Written: 2023-11-07", "Published on March 5, 2024", "Posted 14 June 2024"
LABELLED_DATE = re.compile(
    r"\b(?:published|posted|written|first published|publish date|date published)\b\s*:?\s*(?:on\s+)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    rf"(?:(\d{{4}})[-/.](\d{{1,2}})[-/.](\d{{1,2}})|{MONTH_PATTERN}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH_PATTERN},?\s+(\d{{4}}))", re.IGNORECASE)


def _publication_date(found: str | None, tree: Any, visible: str) -> str | None:
    """The extractor's date when the page's metadata gives it (a <meta> tag,
    JSON-LD); otherwise the date the page labels as its publication in its
    text ("Written: 2023-11-07"), if any: a date found only among the
    page's other dates may be a teaser's."""
    if tree is None or (found and _in_metadata(tree, found)):
        return found
    labelled = _labelled_date(visible)
    return labelled or found


def _in_metadata(tree: Any, date: str) -> bool:
    values = [str(v) for v in tree.xpath("//meta/@content")]
    values += [script.text or "" for script in tree.xpath("//script[@type='application/ld+json']")]
    return any(date in value for value in values)


def _labelled_date(text: str) -> str | None:
    """The first date in `text` written after "Published", "Posted" or
    "Written", as YYYY-MM-DD."""
    match = LABELLED_DATE.search(text)
    if match is None:
        return None
    g = match.groups()
    if g[0]:
        year, month, day = int(g[0]), int(g[1]), int(g[2])
    elif g[3]:
        year, month, day = int(g[5]), MONTH_NAMES.index(g[3].lower()[:3]) + 1, int(g[4])
    else:
        year, month, day = int(g[8]), MONTH_NAMES.index(g[7].lower()[:3]) + 1, int(g[6])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _date_in_text(html: str) -> str | None:
    """A publication date written in the page's text ("Published 14 June
    2024"), kept only when that very day is spelled out in the page: a bare
    "Copyright 2024" would otherwise become an invented 2024-01-01.
    (Dates in metadata, <time> tags and the URL come with the extraction.)"""
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate on broken markup: no date is fine
        return None
    if not found:
        return None
    year, month, day = found.split("-")
    return found if _day_written(html, int(year), int(month), int(day)) else None


MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _day_written(html: str, year: int, month: int, day: int) -> bool:
    """True when the page writes this day: 2024-06-14, 14/06/2024, 06/14/2024,
    14 June 2024, June 14, 2024 and the like."""
    d, m, name = rf"0?{day}", rf"0?{month}", rf"{MONTH_NAMES[month - 1]}[a-z]*\.?"
    suffix = r"(?:st|nd|rd|th)?"
    patterns = (
        rf"\b{year}[-/.]{m}[-/.]{d}\b",
        rf"\b{d}[-/.]{m}[-/.]{year}\b",
        rf"\b{m}[-/.]{d}[-/.]{year}\b",
        rf"\b{d}{suffix}\s+(?:of\s+)?{name},?\s+{year}\b",
        rf"\b{name}\s+{d}{suffix},?\s+{year}\b",
    )
    return any(re.search(pattern, html, re.IGNORECASE) for pattern in patterns)


def _reads_as_sentence(paragraph: str) -> bool:
    letters = sum(1 for c in paragraph if c.isalnum())
    return letters >= MIN_SENTENCE_CHARACTERS and bool(SENTENCE_END.search(paragraph))


def _compose(title: str | None, paragraphs: list[str]) -> str:
    """Title line (if it reads as a headline), blank line, paragraphs.

    A title that ends like a sentence would be ranked as one, so it is left
    out of the text (it stays in the metadata).
    """
    body = "\n\n".join(paragraphs) + "\n"
    if title and is_title_like(title):
        return f"{title}\n\n{body}"
    return body


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = one_line(str(value))
    return text or None
