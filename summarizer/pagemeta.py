"""The right title and authors of a web page.

Title: the page names its article in up to three places – og:title (or
twitter:title), the <title> tag and the visible headline (an <h1>, mostly).
`page_title` takes the metadata titles, strips site names and dates from
either end ("Storm hits coast | DW | 23.05.2011", "Storm hits coast - The
Daily Example"), and keeps the longest remaining piece that the page shows
as a headline element of its own (h1-h3, itemprop=headline, a "headline" or
"title" class). Failing that, the first <h1> that is not the site's name;
failing that, a metadata title of a few words written in the page's
visible text. A title that names the publishing system ("escenic") or the
site itself, or that the page never shows, is refused: None, and the
summary finds the headline in the text.

Standfirst: `standfirst` is the page's description (og:description or
<meta name=description>) when the page shows it as an element of its own
(a standfirst under the headline) and the extractor left it out.

Authors: `clean_authors` splits the extractor's author string and keeps
people: no dates ("CBS News February"), no "Article by", no desk credits
("Staff Writer"), no site name, no credentials ("PhD") or bios.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from summarizer.nlp.words import one_line
from summarizer.rules import load_rules

# Separators between a title and the site name or a date: " | ", " - ",
# " – ", " — ", " · ", " • ", " » ", " :: ". A colon is not one: "Tweet of
# the Week #67: Dealing With Chikan" is one title.
TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|\u2013|\u2014|\u00b7|\u2022|\u00bb|::|~)\s+|\s*\|\s*")
MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
DATE_PIECE = re.compile(
    rf"(?:\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}|{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS},?\s+\d{{4}}|{MONTHS},?\s+\d{{4}}|\d{{4}})",
    re.IGNORECASE,
)
# A title shown as the start of a visible element (headline and standfirst
# in one <h1>) needs at least this many words.
TITLE_PREFIX_MIN_WORDS = 3
# "The Japan Times" and "BahamasLocal com" name the site "japantimes" or
# "bahamaslocal": a few letters more than the site's key, not a whole title.
SITE_NAME_EXTRA = 8
# A title found in the page's visible text, though not in a headline element
# of its own, needs at least this many words.
TITLE_IN_TEXT_MIN_WORDS = 4
# Where a standfirst is written, and how long one is at least.
STANDFIRST_XPATH = ("//p|//h2|//h3|//*[contains(@class,'standfirst') or contains(@class,'dek') or "
                    "contains(@class,'excerpt') or contains(@class,'subtitle') or contains(@class,'summary') or "
                    "contains(@class,'lede') or contains(@class,'intro')]")
STANDFIRST_MIN_WORDS = 6
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "title", "head"})
# Elements whose text may be the visible headline.
HEADLINE_XPATH = ("//h1|//h2|//h3|//h1/*|//*[@itemprop='headline']|//*[contains(@class,'headline')]"
                  "|//*[contains(@class,'title')]")
# Dates and times inside an author entry ("CBS News February 3, 2021",
# "Jane Doe Updated 10:32 am"): a month with a number after it, a month name
# that no one is named (May, June, April and August are), or a number.
AUTHOR_DATE = re.compile(
    rf"\b(?:(?:updated|published|posted)\b\s*(?:on\s+)?)?(?:{MONTHS}\s*\d[\d,: ]*(?:[ap]\.?m\.?)?"
    r"|(?:january|february|march|september|october|november|december)\b"
    r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,4}(?:[./-]\d{1,2}){1,2}|\d+)"
    r"|\b(?:updated|published|posted)\b",
    re.IGNORECASE,
)
# A person's name has at most this many words ("Sylvia Torres-Guillén",
# "Perry Bacon Jr", "J O Haselhoef", "Mary Ann de la Cruz Smith").
NAME_MAX_WORDS = 6
DOMAIN_ENDINGS = frozenset({"com", "net", "org"})  # not "co": Emily Co is a person
# Where a bio starts after a name ("Jane Doe is a reporter who covers ...").
BIO_VERBS = frozenset({"is", "was", "has", "had", "writes", "covers", "joined", "lives", "works", "reports", "teaches"})
NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019.\-]*")


@cache
def _entries(kind: str) -> frozenset[str]:
    values = []
    for entry in load_rules("page_metadata"):
        name, _, value = entry.partition(":")
        if name.strip() == kind:
            values.append(value.strip().lower())
    return frozenset(values)


def key(text: str) -> str:
    """Letters and digits only, lower-cased: how titles, names and site
    names are compared ("The Japan Times" ~ "japantimes")."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


def site_keys(site: str | None, url: str | None) -> frozenset[str]:
    """The site's name and its domain's main label, as keys."""
    keys: set[str] = set()
    if site:
        keys.update(key(part) for part in re.split(r"[|;,]", site) if len(key(part)) >= 2)
    if url:
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
        labels = [label for label in host.split(".") if label]
        if len(labels) >= 2:
            keys.add(key(labels[-2] if len(labels[-2]) > 3 or len(labels) < 3 else labels[-3]))
    return frozenset(k for k in keys if k)


def is_site_name(text: str, sites: frozenset[str]) -> bool:
    """True for "The Japan Times", "Japan Times" or "japantimes.co.jp" when
    the site is The Japan Times."""
    k = key(re.sub(r"\.(com|net|org|co|uk|jp|de|ie|news|tv)\b", "", text, flags=re.IGNORECASE))
    if len(k) < 2:
        return False
    return any(k == s or (len(k) >= 4 and s in k and len(k) - len(s) <= SITE_NAME_EXTRA)
               or (len(k) >= 4 and k in s) for s in sites)


def promo_media() -> frozenset[str]:
    """The media a site presents as its own product ("video", "podcast"):
    page_metadata.txt `promo_medium` (cleanup rule `publisher_promotion`)."""
    return _entries("promo_medium")


def series_verbs() -> frozenset[str]:
    """Verbs a series' blurb opens with after its name ("profiles"):
    page_metadata.txt `series_verb` (cleanup rule `series_blurb`)."""
    return _entries("series_verb")


def reader_prompts() -> frozenset[str]:
    """Words a blurb says to the reader ("find out"): page_metadata.txt
    `reader_prompt` (cleanup rule `series_blurb`)."""
    return _entries("reader_prompt")


def crew_nouns() -> frozenset[str]:
    """Nouns after a publisher's name that make its newsgathering the
    subject ("7News cameras", "CNN crew"): page_metadata.txt `crew_noun`
    (brief rule `publisher_at_work_is_no_point`)."""
    return _entries("crew_noun")


def interview_verbs() -> frozenset[str]:
    """Verbs of talking in a clause that sets a sentence's scene around an
    interview ("As he spoke to CNN, ..."): page_metadata.txt
    `interview_verb` (brief rule `interview_scene_is_no_point`)."""
    return _entries("interview_verb")


def interviewers() -> frozenset[str]:
    """Whom the talk of an interview scene is with, the press or the writer
    ("reporters", "us"): page_metadata.txt `interviewer` (brief rule
    `interview_scene_is_no_point`)."""
    return _entries("interviewer")


def outlet_words() -> frozenset[str]:
    """Organisation words a news outlet's name has ("Press", "News"):
    page_metadata.txt `outlet_word` (brief rule `publisher_is_no_source`)."""
    return _entries("outlet_word")


def is_publisher(name: str, publisher: frozenset[str]) -> bool:
    """Rule `publisher_is_no_source`: True when `name` is the article's own
    publisher, given its keys (`site_keys`, and the dateline's credit): the
    site's name ("City Limits" on citylimits.org, "CNN" after "(CNN) --"),
    or its house name, a part of the site's name with a word of the house
    style (page_metadata.txt `house_word`: "OBSERVER ONLINE" on
    jamaicaobserver.com; "JIS News" on jis.gov.jm, whose key is "jis"
    whole). A part alone is no publisher ("Jamaica")."""
    k = key(name)
    if len(k) < 2 or not publisher:
        return False
    if k in publisher:
        return True
    words = name.split()
    kept = [w for w in words if w.lower().strip(".,") not in _entries("house_word")]
    rest = key(" ".join(kept))
    # the part left is the site's whole key ("JIS" of "JIS News" on jis.gov.jm), or a longer part of it
    return 0 < len(kept) < len(words) and (rest in publisher or (len(rest) >= 4 and any(rest in s for s in publisher)))


def is_date_piece(text: str) -> bool:
    """True for a piece of a title that is only a date ("12 May 2024")."""
    stripped = text.strip(" ,.")
    return bool(stripped) and bool(DATE_PIECE.fullmatch(stripped))


def is_system_title(text: str) -> bool:
    """True for a title a site's software gives every page (rules/page_metadata.txt, system_title)."""
    return one_line(text.lower()) in _entries("system_title")


def strip_title(title: str, sites: frozenset[str]) -> str:
    """`title` without site names and dates at either end."""
    pieces = [p for p in TITLE_SEPARATOR.split(title) if p.strip()]
    while len(pieces) > 1 and (is_site_name(pieces[-1], sites) or is_date_piece(pieces[-1])):
        pieces.pop()
    while len(pieces) > 1 and (is_site_name(pieces[0], sites) or is_date_piece(pieces[0])):
        pieces.pop(0)
    return _join(title, pieces)


def without_status_label(title: str) -> str:
    """Rule `status_label_is_no_headline` (web tester s16, jamaica-gleaner.com:
    the note's title read "Update | Deceased Clarendon crash victims
    identified"): a label of the story's status set before the headline
    with a separator ("Update |", "Breaking News -"; page_metadata.txt
    `status_label`) is no part of it. A headline that is only the label,
    or whose first piece is a word of its own ("Update on the talks |
    ..."), stays."""
    pieces = [p for p in TITLE_SEPARATOR.split(title) if p.strip()]
    if len(pieces) > 1 and one_line(pieces[0]).lower() in _entries("status_label"):
        return _join(title, pieces[1:])
    return title


def _join(title: str, pieces: Sequence[str]) -> str:
    """The stretch of `title` from the first to the last of `pieces`,
    separators inside kept as written."""
    start = title.find(pieces[0])
    end = title.rfind(pieces[-1]) + len(pieces[-1])
    return one_line(title[start:end]) if 0 <= start < end else one_line(" ".join(pieces))


def title_cores(title: str) -> list[str]:
    """Every run of `title`'s pieces between separators, the most pieces
    first and, among as many pieces, the longest first: "Blog | A long
    headline | Site" gives the whole, "Blog | A long headline", "A long
    headline | Site", "A long headline", "Blog", "Site". (A site's or
    blog's name is shorter than the headline it frames.)"""
    pieces = [p for p in TITLE_SEPARATOR.split(title) if p.strip()]
    runs = []
    for length in range(len(pieces), 0, -1):
        same = [_join(title, pieces[first : first + length]) for first in range(0, len(pieces) - length + 1)]
        runs.extend(sorted(same, key=len, reverse=True))
    return runs


def page_title(tree: Any, *, site: str | None = None, url: str | None = None,
               extracted: str | None = None) -> str | None:
    """The article's title as the page shows it (see the module docstring),
    without a status label before it (rule `status_label_is_no_headline`).

    `tree` is the page parsed by lxml; `extracted` the extractor's own title.
    """
    shown = _page_title(tree, site=site, url=url, extracted=extracted)
    return without_status_label(shown) if shown is not None else None


def _page_title(tree: Any, *, site: str | None, url: str | None, extracted: str | None) -> str | None:
    metadata = [t for t in (*_meta_titles(tree), extracted) if t]
    sites = site_keys(plausible_site(site, metadata, declared_site(tree)), url or _canonical_url(tree))
    cores = [core for candidate in metadata for core in title_cores(strip_title(candidate, sites))
             if _acceptable(core, sites)]
    headlines = {key(text) for text in _texts(tree, HEADLINE_XPATH)}
    for core in cores:
        if _shown(core, headlines):
            return core
    for heading in _texts(tree, "//h1"):
        if _acceptable(heading, sites) and len(heading.split()) >= 2:
            return heading
    page_text = _visible_text_key(tree)
    for core in cores:
        if len(core.split()) >= TITLE_IN_TEXT_MIN_WORDS and key(core) in page_text:
            return core
    return None


def standfirst(tree: Any, extracted_text: str) -> str | None:
    """The standfirst the page shows under its headline, when the main text
    lacks it: the description in its metadata, written in the page as the
    whole text of a paragraph, subhead or standfirst element."""
    text_key = key(extracted_text)
    shown = {key(text) for text in _texts(tree, STANDFIRST_XPATH)}
    for xpath in ("//meta[@property='og:description']/@content", "//meta[@name='description']/@content",
                  "//meta[@name='twitter:description']/@content"):
        for value in tree.xpath(xpath):
            description = one_line(str(value))
            k = key(description)
            if len(description.split()) >= STANDFIRST_MIN_WORDS and k in shown and k not in text_key:
                return description
    return None


def plausible_site(site: str | None, titles: Sequence[str], declared: str | None = None) -> str | None:
    """The site name, unless it is one of the page's titles (an extractor
    that found no site name may give the headline instead); a name the page
    declares (og:site_name) is always kept."""
    if site and declared and key(site) == key(declared):
        return site
    if site and any(key(site) == key(title) for title in titles):
        return None
    return site


def declared_site(tree: Any) -> str | None:
    """The site name the page declares in og:site_name or application-name;
    not an application-name that is the page's own title (some publishing
    systems fill it with the headline)."""
    titles = {key(title) for title in _meta_titles(tree)}
    for xpath in ("//meta[@property='og:site_name']/@content", "//meta[@name='application-name']/@content"):
        for value in tree.xpath(xpath):
            text = one_line(str(value))
            if text and not ("application-name" in xpath and key(text) in titles):
                return text
    return None


def _shown(title: str, visible: set[str]) -> bool:
    """True when the page shows `title` as an element of its own, or as
    the start of an element whose rest is shown on its own too (a headline
    element that holds the standfirst)."""
    k = key(title)
    if k in visible:
        return True
    return len(title.split()) >= TITLE_PREFIX_MIN_WORDS and any(
        v.startswith(k) and v[len(k):] in visible for v in visible)


def _acceptable(title: str, sites: frozenset[str]) -> bool:
    return bool(key(title)) and not is_system_title(title) and not is_site_name(title, sites) \
        and not is_date_piece(title)


def _meta_titles(tree: Any) -> list[str]:
    found = []
    for xpath in ("//meta[@property='og:title']/@content", "//meta[@name='og:title']/@content",
                  "//meta[@name='twitter:title']/@content", "//meta[@property='twitter:title']/@content",
                  "//head/title"):
        for value in tree.xpath(xpath):
            text = value if isinstance(value, str) else value.text_content()
            text = one_line(str(text))
            if text and text not in found:
                found.append(text)
    return found


def link_texts(tree: Any) -> frozenset[str]:
    """The text of every link in the page's body, whitespace collapsed."""
    texts = set()
    for element in tree.xpath("//body//a"):
        text = one_line(element.text_content())
        if any(c.isalnum() for c in text):
            texts.add(text)
    return frozenset(texts)


def linked_headings(tree: Any, url: str | None = None) -> frozenset[str]:
    """The keys of the headings (h1-h6) whose whole text is one link to
    another page: inside the heading (`<h2><a href=...>`) or around it. A
    link to the page itself (its `url`, canonical or og:url: a permalink)
    or to a place in it (`href="#part-2"`) does not count."""
    addresses = [u for u in (url, _canonical_url(tree)) if u]
    found = set()
    for heading in tree.xpath("//body//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"):
        k = key(heading.text_content())
        if not k:
            continue
        around = heading.xpath("ancestor::a[@href]")
        inside = [link for link in heading.xpath(".//a[@href]") if key(link.text_content()) == k]
        if any(_elsewhere(link.get("href", ""), addresses) for link in (*around, *inside)):
            found.add(k)
    return frozenset(found)


def _elsewhere(href: str, addresses: Sequence[str]) -> bool:
    """True when `href` leads to another page than the one at `addresses`
    (its URLs: as given, canonical)."""
    from urllib.parse import urljoin

    href = href.strip()
    if not href or href.startswith("#") or href.lower().startswith("javascript:"):
        return False
    target = _page_address(urljoin(addresses[0], href) if addresses else href)
    return target not in {_page_address(address) for address in addresses}


def _page_address(url: str) -> str:
    """Host and path of `url`, without "www.", a final slash, query or fragment."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}"


def _visible_text_key(tree: Any) -> str:
    """The key of all the text the page shows."""
    return key(visible_text(tree))


def visible_text(tree: Any) -> str:
    """All the text the page shows, its elements apart by a space: its
    <body> without scripts, styles and templates."""
    bodies = tree.xpath("//body")
    if not bodies:
        return ""
    parts = []
    for element in bodies[0].iter():
        if isinstance(element.tag, str) and not _hidden(element):
            parts.append(element.text or "")
        parent = element.getparent()
        if element.tail and parent is not None and not _hidden(parent):
            parts.append(element.tail)
    return one_line(" ".join(parts))


def _hidden(element: Any) -> bool:
    return any(e.tag in HIDDEN_TAGS for e in (element, *element.iterancestors()) if isinstance(e.tag, str))


def _texts(tree: Any, xpath: str) -> list[str]:
    texts = []
    for element in tree.xpath(xpath):
        if element.tag in ("meta", "title", "script", "style", "link") or _in_head(element):
            continue
        text = one_line(element.text_content())
        if text and len(text) <= 400:
            texts.append(text)
    return texts


def _in_head(element: Any) -> bool:
    return any(ancestor.tag == "head" for ancestor in element.iterancestors())


def _canonical_url(tree: Any) -> str | None:
    for xpath in ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        for value in tree.xpath(xpath):
            if str(value).startswith(("http://", "https://")):
                return str(value)
    return None


def clean_authors(raw: str | None, *, site: str | None = None, url: str | None = None, html: str = "",
                  visible: str = "") -> tuple[str, ...]:
    """People's names from the extractor's author string ("Jane Doe; John
    Roe"): dates, "By", desk credits, site names, credentials and bios out.
    Each name as the page writes it (`html`: the page's source, `visible`:
    its visible text; see `as_written`), and a credit the page writes with
    a slash ("AFP/The Local") kept whole."""
    if not raw:
        return ()
    sites = site_keys(site, url)
    people: list[str] = []
    for entry in _slashed_credits([e.strip() for e in re.split(r";|\band\b|&", raw)], html):
        name = _credit(entry, sites) if "/" in entry else clean_author(entry, sites)
        if name:
            name = as_written(name, html, visible)
        if name and key(name) not in {key(p) for p in people}:
            people.append(name)
    return tuple(people)


def _slashed_credits(entries: list[str], html: str) -> list[str]:
    """Neighbouring entries that the page writes as one credit with a slash
    ("AFP/The Local", which the extractor split in two) joined again."""
    joined: list[str] = []
    for entry in entries:
        if joined and entry and re.search(rf"{re.escape(joined[-1])}\s*/\s*{re.escape(entry)}", html):
            joined[-1] = f"{joined[-1]}/{entry}"
        else:
            joined.append(entry)
    return joined


def _credit(entry: str, sites: frozenset[str]) -> str | None:
    """A credit such as "AFP/The Local" as written, when a part of it is not
    the site itself (a wire agency); None when no part is a credit."""
    parts = [one_line(part) for part in entry.split("/")]
    if all(clean_author(part, sites) is None for part in parts):
        return None
    return "/".join(part for part in parts if part)


# A name whose words are initials ("J O Haselhoef") is looked up as written
# ("J.O. Haselhoef"); a first name alone ("Todd") is completed from a byline
# in the page ("By Todd Bates") by at most this many capitalised words.
BYLINE_SURNAME_WORDS = 2
BYLINE_STOP = frozenset({"date", "dated", "updated", "published", "posted", "share", "photo", "photos", "and",
                         "staff", "writer", "reporter", "editor", "contributor", "correspondent", "email", "follow",
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                         "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "facebook", "twitter", "linkedin", "instagram", "whatsapp",
                         "print", "comments", "comment"})
CAPITALISED_WORD = re.compile(r"\s+((?:[A-Z][\w'\u2019-]+))")


def as_written(name: str, html: str, visible: str = "") -> str:
    """`name` as the page writes it: initials with their full stops ("J O
    Haselhoef" -> "J.O. Haselhoef", the form found in the page's source),
    and a first name alone completed from a byline in its visible text
    ("Todd" -> "Todd Bates" after "By Todd Bates"). Otherwise `name`."""
    words = name.split()
    if html and any(len(word) == 1 and word.isupper() for word in words):
        pattern = ""
        for i, word in enumerate(words):
            initial = len(word) == 1 and word.isupper()
            gap = "" if i == 0 else (r"\s*" if initial or len(words[i - 1]) == 1 else r"\s+")
            pattern += gap + re.escape(word) + (r"\." if initial else "") + ("?" if initial else "")
        forms = [one_line(m.group()) for m in re.finditer(rf"\b{pattern}\b", html) if "." in m.group()]
        if forms:
            return max(set(forms), key=forms.count)
    if visible and len(words) == 1 and name.istitle() and len(name) > 1:  # "Todd", not "IWB"
        match = re.search(rf"\b[Bb][Yy]:?\s+{re.escape(name)}\b", visible)
        if match:
            surname: list[re.Match[str]] = []
            for following in CAPITALISED_WORD.finditer(visible, match.end()):
                if following.start() != (surname[-1].end() if surname else match.end()):
                    break
                if following.group(1).lower() in BYLINE_STOP or len(surname) == BYLINE_SURNAME_WORDS:
                    break
                surname.append(following)
            if surname:
                return " ".join([name, *(m.group(1) for m in surname)])
    return name


def clean_author(entry: str, sites: frozenset[str] = frozenset()) -> str | None:
    """One person's name from one author entry, or None when it is not one."""
    text = one_line(entry).strip(" ,|-–—:")
    lowered = text.lower()
    for lead in sorted(_entries("author_lead"), key=len, reverse=True):
        at = lowered.rfind(lead + " ")
        if at == 0 or (at > 0 and lowered[at - 1] == " "):
            text = text[at + len(lead) + 1 :]
            break
        if lowered == lead:
            return None
    text = AUTHOR_DATE.sub(" ", text)
    words = text.split()
    while words and words[-1].lower().strip(",.") in _entries("author_tail"):
        words.pop()
    # A bio run into the name: "Martin Chikilian Martin is a full-stack engineer".
    for i, word in enumerate(words):
        if i > 0 and word in BIO_VERBS:
            words = words[:i]
            break
    if len(words) >= 3 and words[-1] == words[0]:
        words.pop()
    if any(w.lower().strip(",.") in _entries("desk_word") for w in words):
        words = [w for w in words if w.lower().strip(",.") not in _entries("desk_word")
                 and not is_site_name(w, sites)]
        if len(words) < 2:
            return None
    text = " ".join(words).strip(" ,|-–—:.")
    if not text or not NAME_WORD.search(text) or len(words) > NAME_MAX_WORDS:
        return None
    if text.lower() in _entries("author_noise") or text.lower().replace(" ", "") in _entries("credential"):
        return None
    if text.lower().strip(".") in _entries("credential") or is_site_name(text, sites):
        return None
    if words[-1].lower().strip(".") in DOMAIN_ENDINGS:  # "BahamasLocal com": a site, not a person
        return None
    return text
