"""The news clean-up stage: website clutter out of a page's main text.

The main-text extraction (trafilatura) hands over blocks: paragraphs,
headings, list items, table rows. Some of them are not the article: a
contact line, a byline, "Posted: Thursday", a photo credit, "Read more"
teasers and their link lists, share and newsletter prompts, a paywall's
sales pitch, comment-policy footers, look-alike spam. `clean_blocks` drops
them before the article text is composed, so nothing dropped can reach the
ranker, the claim tagger or a brief, and offsets index the text shown.

Each rule has a name. Pattern rules live in `rules/cleanup.txt`; the kind
of each (how its pattern is applied) is in `PATTERN_RULES` below. Rules that
need more than a pattern are functions in `CODE_RULES`. Every rule has an
example in tests/test_cleanup.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from summarizer.nlp.lines import CLOSERS
from summarizer.nlp.words import one_line
from summarizer.pagemeta import is_site_name, key, promo_media, reader_prompts, series_verbs, site_keys
from summarizer.rules import load_rules, load_word_set, load_word_sets

HEADING = "heading"
PARAGRAPH = "paragraph"
ITEM = "item"
ROW = "row"
QUOTE = "quote"
CODE = "code"

# A "short" rule applies to blocks of at most this many words: a prompt is
# short, an article paragraph that mentions a newsletter is not. A "prompt"
# rule, whose words an article's own closing lines may use ("tell me in the
# comments below"), applies to blocks of at most PROMPT_BLOCK_WORDS.
SHORT_BLOCK_WORDS = 60
PROMPT_BLOCK_WORDS = 30
# After a "links" lead-in, short lines without a sentence (link titles) go too.
LINK_TITLE_MAX_WORDS = 20
# Mixed-script spam: words that mix Latin letters with Cyrillic or Greek
# look-alikes ("Gеt rich" with a Cyrillic "е"). This many such words, or
# this share of the block's words, mark it.
MIXED_WORDS_MIN = 2
MIXED_SHARE_MIN = 0.2
# A "links" lead-in never takes more than this share of the article's
# characters with it: past it the page is a live blog or a list article, and
# the "lead-in" was a subhead. An "end" (paywall) takes the rest of the page
# when this share of the text comes before it, and only itself otherwise
# (a "Subscribers: log in" banner at the top does not end the article).
MAX_SHARE_REMOVED_AFTER = 0.5
MIN_SHARE_BEFORE_END = 0.2

# A paragraph at least this long with at least this share of its letters in
# links side by side is a page section flattened into one paragraph.
NAVIGATION_MIN_WORDS = 100
NAVIGATION_LINK_SHARE = 0.4
# Between two links of a menu or teaser list stand only spaces, punctuation,
# separators and dates ("Prison Papers: ... April 28, 2022 Officials meet ...").
LINK_GAP_DATE = re.compile(
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{4}"
    r"|\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)

# "– David Dunkley": a dash, then one to four capitalised words.
DASH_SIGNATURE = re.compile(r"[-\u2013\u2014]+\s*[A-Z][\w'\u2019.-]*"
                            r"(?: (?:[A-Z][\w'\u2019.-]*|de|van|von|da|del|la|le)){0,3}")

# Rule `doubled_teaser`: a carousel entry says a title of at least
# DOUBLED_MIN_WORDS words twice, then at most DOUBLED_REST_MAX_WORDS more
# (the rest of the title, the source), DOUBLED_MAX_WORDS in all.
DOUBLED_MIN_WORDS = 4
DOUBLED_REST_MAX_WORDS = 12
DOUBLED_MAX_WORDS = 80

# Rule `line_broken_paragraph`: a paragraph of prose this long, with a
# sentence end inside, that ends with no punctuation may go on in the next.
MEND_MIN_WORDS = 12
SENTENCE_INSIDE = re.compile(r"[.!?]['\"\u2019\u201d)]*\s*\w")
ENDS_PUNCTUATED = re.compile(r"[^\w\s]$")
FIRST_WORD = re.compile(r"([^\W\d_][\w'\u2019-]*)")
LAST_WORD = re.compile(r"([^\W\d_][\w'\u2019-]*)$")
# Words a sentence never ends on: the break inside "... the" / "board met" is no paragraph's end
# (claim_grammar.txt: the articles and conjunctions a phrase never ends on, and the rest).
_CLAIM_GRAMMAR = load_word_sets("claim_grammar")
CANNOT_END_SENTENCE = _CLAIM_GRAMMAR["unfinished_ends"] | _CLAIM_GRAMMAR["sentence_never_ends_on"]

# An author's bio box is a short paragraph.
BIO_MAX_WORDS = 90
LIST_MARK = re.compile(r"^\s*(?:[-*\u2022\u2013\u2014\u25aa\u25cf>]|\d{1,3}[.)])\s+")
SENTENCE_END = re.compile(rf"[.!?\u2026]{CLOSERS}\s*$")
WORD = re.compile(r"\w+")

# rule name -> how its patterns in rules/cleanup.txt are applied
PATTERN_RULES: dict[str, str] = {
    "paywall": "end",
    "offer_box": "end",
    "link_list": "links",
    "link_label": "label",
    "contact_line": "short",
    "byline": "whole",
    "dateline": "whole",
    "photo_credit": "whole",
    "teaser": "whole",
    "share_prompt": "short",
    "signup_notice": "whole",
    "comment_policy": "prompt",
    "live_blog_note": "prompt",
    "cookie_notice": "short",
    "embedded_post": "whole",
    "furniture": "whole",
    "broadcast_script": "line",
    "credit_line": "line",
    "slide_counter": "line",
    "editors_note": "line",
    "embed_lead_in": "line",
    "broadcast_label": "lead",
    "credit_lead": "lead",
    "sign_off": "tail",
    "contact_tail": "tail",
    "caption_tail": "tail",
    "credit_tail": "tail",
    "review_box": "box",
    "site_greeting": "code",
}
# Kinds that cut a piece off the start ("lead") or the end ("tail") of a
# paragraph and keep the rest.
TRIM_KINDS = ("lead", "tail")
# A "code" rule's pattern is applied by the CODE_RULES function of the same name alone (it needs
# more than the pattern: `site_greeting` compares the name greeted with the site's).
CODE_KIND = "code"
# A "box" rule's pattern matches one field of a fact box ("Developer Paintbucket Games"); a block of
# at most BOX_FIELD_WORDS words that matches goes only in a run of BOX_MIN_FIELDS such blocks or more
# (one "Publisher ..." line alone may be the article's).
BOX_FIELD_WORDS = 30
BOX_MIN_FIELDS = 3


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a page's main text: `kind` is heading, paragraph, item
    (of a list), row (of a table), quote or code."""

    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Removed:
    """A block the clean-up dropped, and the rule that dropped it."""

    rule: str
    block: Block


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What the page says about itself, for rules that compare with it:
    its title, authors and site name, the text of every link in it, and
    the keys (`pagemeta.key`) of its headings that are links to another
    page."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    site: str | None = None
    links: frozenset[str] = frozenset()
    linked_headings: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The blocks of a page that stay, and those the clean-up removed with the rule that removed each."""

    kept: tuple[Block, ...]
    removed: tuple[Removed, ...]


def clean_blocks(blocks: Sequence[Block], facts: PageFacts | None = None) -> Cleaned:
    """The blocks that are the article, and those that are not, each with
    the rule that removed it."""
    facts = facts or PageFacts()
    blocks = list(blocks)
    total = sum(len(b.text) for b in blocks) or 1
    verdicts: list[str | None] = [None] * len(blocks)
    i = 0
    while i < len(blocks):
        if verdicts[i] is not None:
            i += 1
            continue
        rule, kind = _match(blocks[i], facts)
        if rule is None:
            i += 1
            continue
        if kind == "box":
            # rule `review_box`: the fields go together, and only a run of them is a box
            run = _box_run(blocks, i, facts)
            if len(run) >= BOX_MIN_FIELDS:
                for k in run:
                    verdicts[k] = rule
            i = run.stop
            continue
        verdicts[i] = rule
        following: range = range(0)
        if kind == "end" and sum(len(b.text) for b in blocks[:i]) >= MIN_SHARE_BEFORE_END * total:
            following = range(i + 1, len(blocks))
        elif kind == "links":
            following = _link_run(blocks, i + 1)
            if sum(len(blocks[k].text) for k in following) > MAX_SHARE_REMOVED_AFTER * total:
                following = range(0)
        for k in following:
            verdicts[k] = verdicts[k] or rule
        i += 1
    kept: list[Block] = []
    removed: list[Removed] = []
    for block, verdict in zip(blocks, verdicts, strict=True):
        if verdict is not None:
            removed.append(Removed(verdict, block))
            continue
        trimmed, cut = trim(block)
        kept.append(trimmed)
        removed.extend(cut)
    return Cleaned(tuple(mend_broken_paragraphs(kept)), tuple(removed))


def mend_broken_paragraphs(blocks: Sequence[Block]) -> list[Block]:
    """Rule `line_broken_paragraph`: a page that sets its paragraphs apart
    with line breaks sometimes breaks one inside a sentence ("... assist The
    Bahamas Alliance For Animal" / "Rights and Kindness (Baark) with their
    work ..."): the two paragraphs are one. A paragraph of prose (at least
    MEND_MIN_WORDS words) that ends with no punctuation goes on in the next
    paragraph when that one opens in lower case, when it ends on a word that
    cannot end a sentence ("the", "of"), or when a name runs across the
    break: it ends on a capitalised word and the next opens with one that is
    no stop word ("Animal" / "Rights", not "Animal" / "The"). The next
    paragraph must read as the rest of a sentence: not a label ("Answer:")
    and not a few words without an end ("level 1")."""
    mended: list[Block] = []
    for block in blocks:
        if mended and _goes_on(mended[-1], block):
            mended[-1] = Block(PARAGRAPH, f"{mended[-1].text} {block.text}")
        else:
            mended.append(block)
    return mended


def _goes_on(block: Block, following: Block) -> bool:
    if block.kind != PARAGRAPH or following.kind != PARAGRAPH:
        return False
    text, after = normalise(block.text), normalise(following.text)
    words = WORD.findall(text)
    if len(words) < MEND_MIN_WORDS or not SENTENCE_INSIDE.search(text) or ENDS_PUNCTUATED.search(text):
        return False
    first, last = FIRST_WORD.match(after), LAST_WORD.search(text)
    if first is None or last is None or after[first.end():first.end() + 1] == ":":
        return False  # "Answer: ...", "Update: ..." open a block of their own
    if not SENTENCE_END.search(after) and len(WORD.findall(after)) < MEND_MIN_WORDS // 2:
        return False  # a label ("level 1"), not the rest of a sentence
    opening, ending = first.group(1), last.group(1)
    if opening[0].islower() or ending.lower() in CANNOT_END_SENTENCE:
        return True
    from summarizer.nlp.words import stop_words

    return ending[0].isupper() and opening[0].isupper() and opening.lower() not in stop_words()


def trim(block: Block) -> tuple[Block, list[Removed]]:
    """`block` without the pieces that "lead" and "tail" rules cut off its
    start or end (a broadcast script's "Report:", a credit before the
    first sentence, a reporter's initials after the last), and those
    pieces. Only a paragraph is trimmed, and never to nothing."""
    if block.kind != PARAGRAPH:
        return block, []
    text = block.text
    cut = []
    for name, kind, pattern in _patterns():
        if kind not in TRIM_KINDS:
            continue
        match = pattern.match(text) if kind == "lead" else pattern.search(text)
        rest = "" if match is None else (text[: match.start()] + text[match.end() :]).strip()
        if match is None or not match.group().strip() or not rest:
            continue
        cut.append(Removed(name, Block(block.kind, match.group().strip())))
        text = rest
    return (Block(block.kind, text) if cut else block), cut


def rule_for(block: Block, facts: PageFacts | None = None) -> str | None:
    """The name of the first rule that removes `block` on its own, or None
    (a "box" rule's field goes only in a run of fields: `clean_blocks`)."""
    return _match(block, facts or PageFacts())[0]


def _match(block: Block, facts: PageFacts) -> tuple[str | None, str | None]:
    text = normalise(LIST_MARK.sub("", block.text, count=1))
    if not text:
        return "empty", "whole"
    words = len(WORD.findall(text))
    for name, kind, pattern in _patterns():
        if kind in TRIM_KINDS or kind == CODE_KIND:
            continue
        if kind in ("short", "prompt"):
            if words <= (SHORT_BLOCK_WORDS if kind == "short" else PROMPT_BLOCK_WORDS) and pattern.search(text):
                return name, kind
        elif kind == "end":
            if words <= SHORT_BLOCK_WORDS * 2 and pattern.search(text):
                return name, kind
        elif kind == "line":
            if block.kind == PARAGRAPH and pattern.fullmatch(text):
                return name, kind
        elif kind == "label":
            if pattern.fullmatch(text):
                return name, "links"
        elif kind == "box":
            if words <= BOX_FIELD_WORDS and pattern.fullmatch(text):
                return name, kind
        elif pattern.fullmatch(text):
            if kind == "links" and block.kind == ITEM:
                continue  # an item of a list is a link, not the lead-in of one
            return name, kind
    for name, rule in CODE_RULES.items():
        if rule(block, text, facts):
            return name, "whole"
    return None, None


@cache
def _patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    found: dict[str, list[re.Pattern[str]]] = {name: [] for name in PATTERN_RULES}
    for entry in load_rules("cleanup"):
        name, _, expression = entry.partition(":")
        name = name.strip()
        if name not in PATTERN_RULES:
            raise ValueError(f"rules/cleanup.txt: unknown rule {name!r} (known: {', '.join(PATTERN_RULES)})")
        found[name].append(re.compile(expression.strip(), re.IGNORECASE))
    return tuple((name, PATTERN_RULES[name], p) for name in PATTERN_RULES for p in found[name])


def _box_run(blocks: Sequence[Block], start: int, facts: PageFacts) -> range:
    """Rule `review_box` (web tester s15, pcgamer: "What is it? The story of
    Nazi Germany, as experience by a fictional group of its citizens." was a
    summary sentence, the answer half of a game review's fact box, whose
    "Expect to pay ...", "Developer ...", "Multiplayer? No" stayed in the
    text too): the blocks from `start` on that are fields of a fact box
    (the "box" patterns of rules/cleanup.txt), up to the first that is not.
    A run of BOX_MIN_FIELDS or more is furniture: the review's facts at a
    glance, which its text tells."""
    end = start
    while end < len(blocks) and _match(blocks[end], facts)[1] == "box":
        end += 1
    return range(start, end)


def _link_run(blocks: Sequence[Block], start: int) -> range:
    """The blocks after a "Related stories" lead-in that are links: list
    items and short lines that are not sentences, up to the next heading
    (a new section of the page)."""
    end = start
    while end < len(blocks):
        block = blocks[end]
        text = normalise(block.text)
        is_title = len(WORD.findall(text)) <= LINK_TITLE_MAX_WORDS and not SENTENCE_END.search(text)
        if block.kind == HEADING or (block.kind != ITEM and not is_title):
            break
        end += 1
    return range(start, end)


def normalise(text: str) -> str:
    """`text` on one line, white space folded: how the rules compare blocks."""
    return one_line(text)


# --- rules in code ---------------------------------------------------------------------------------------------------


def mixed_script(block: Block, text: str, facts: PageFacts) -> bool:
    """Rule `mixed_script`: spam written in look-alike letters, Latin mixed
    with Cyrillic or Greek inside words ("Gеt rісh" with Cyrillic е, і)."""
    words = [w for w in WORD.findall(text) if not w.isdigit()]
    mixed = sum(1 for w in words if _is_mixed(w))
    return mixed >= MIXED_WORDS_MIN or (bool(words) and mixed / len(words) >= MIXED_SHARE_MIN and mixed > 0)


def _is_mixed(word: str) -> bool:
    scripts = set()
    for c in word:
        if c.isalpha():
            name = unicodedata.name(c, "")
            scripts.add(name.split(" ", 1)[0])
    return "LATIN" in scripts and bool(scripts & {"CYRILLIC", "GREEK"})


def author_line(block: Block, text: str, facts: PageFacts) -> bool:
    """Rule `author_line`: a line that is only the author's name (or names),
    which the metadata already gives."""
    if not facts.authors or len(text) > 120:
        return False
    line = key(re.sub(r"^(by|from)\s+", "", text, flags=re.IGNORECASE))
    names = [key(a) for a in facts.authors if key(a)]
    return bool(line) and (line in names or line == "and".join(names) or line == "".join(names))


def author_bio(block: Block, text: str, facts: PageFacts) -> bool:
    """Rule `author_bio`: the author's bio box ("Jane Doe is a reporter who
    covers ..."): a paragraph that opens with the author's name and a verb
    of being or working."""
    if not facts.authors or len(WORD.findall(text)) > BIO_MAX_WORDS:
        return False
    return any(re.match(rf"{re.escape(name)},? (is|was|has|writes|covers|joined|reports)\b", text)
               for name in facts.authors if len(name.split()) >= 2)


def title_repeat(block: Block, text: str, facts: PageFacts) -> bool:
    """Rule `title_repeat`: the headline again (the page's <h1> inside the
    article, after the title line we already give)."""
    return bool(facts.title) and block.kind != ITEM and key(text) == key(facts.title or "")


def site_name_line(block: Block, text: str, facts: PageFacts) -> bool:
    """Rule `site_name_line`: a line that is only the site's name (a logo)."""
    return bool(facts.site) and len(text) <= 80 and key(text) == key(facts.site or "")


def navigation(block: Block, text: str, facts: PageFacts) -> bool:
    """Rule `navigation`: a long paragraph made mostly of links side by side
    (a menu, share buttons, a list of teasers) is a page section that the
    extractor flattened into one paragraph, not prose: prose holds its links
    inside sentences, with words between them."""
    if block.kind != PARAGRAPH or not facts.links or len(WORD.findall(text)) < NAVIGATION_MIN_WORDS:
        return False
    return chained_link_share(text, facts.links) >= NAVIGATION_LINK_SHARE


def chained_link_share(text: str, links: frozenset[str]) -> float:
    """The share of `text`'s letters and digits that lie in runs of two or
    more links with nothing but punctuation, spaces or dates between them."""
    runs = _link_runs(text, links)
    chained = 0
    first = 0
    for i in range(1, len(runs) + 1):
        if i < len(runs) and not any(c.isalnum() for c in LINK_GAP_DATE.sub("", text[runs[i - 1][1] : runs[i][0]])):
            continue
        if i - first >= 2:
            chained += sum(1 for c in text[runs[first][0] : runs[i - 1][1]] if c.isalnum())
        first = i
    letters = sum(1 for c in text if c.isalnum())
    return chained / letters if letters else 0.0


def _link_runs(text: str, links: frozenset[str]) -> list[tuple[int, int]]:
    """Where the page's link texts stand in `text`, as whole words, merged
    where they overlap."""
    found = []
    for link in links:
        at = text.find(link)
        while at >= 0:
            end = at + len(link)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                found.append((at, end))
            at = text.find(link, at + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def dash_signature(block: Block, text: str, facts: PageFacts) -> bool:
    """Rule `dash_signature`: a paragraph that is a dash and a name
    ("– David Dunkley") signs the article off; it says nothing itself."""
    return block.kind == PARAGRAPH and bool(DASH_SIGNATURE.fullmatch(normalise(block.text)))


def teaser_headline(block: Block, text: str, facts: PageFacts) -> bool:
    """Rule `teaser_headline`: a heading that is a link to another page is the
    headline of another article ("Editor's Pick", "More in Sport"), not a
    subhead of this one. (The page's own headline, linked to itself, is
    the title.)"""
    k = key(text)
    return block.kind == HEADING and k in facts.linked_headings and k != key(facts.title or "")


def doubled_teaser(block: Block, text: str, facts: PageFacts) -> bool:
    """Rule `doubled_teaser`: a video or story carousel's entry, whose title
    the extractor took twice (the link's text, then the title again, whole,
    and the source): "Foggy and frosty forecast Foggy and frosty forecast
    Wales Online". Prose never says the same DOUBLED_MIN_WORDS words twice
    in a row."""
    words = text.split()
    if len(words) > DOUBLED_MAX_WORDS:
        return False
    return any(words[:n] == words[n : 2 * n] and len(words) - 2 * n <= DOUBLED_REST_MAX_WORDS
               for n in range(DOUBLED_MIN_WORDS, len(words) // 2 + 1))


# Rule `publisher_promotion`: "This City Limits video delves into ...": the site naming one of
# its own media (rules/page_metadata.txt `promo_medium`) to present it, in a short paragraph.
PROMOTION = re.compile(r"(?:This|In this|Watch this)\s+(?P<name>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})"
                       r"\s+(?P<medium>[a-z]+)\b")
PROMOTION_MAX_WORDS = 60


def publisher_promotion(block: Block, text: str, facts: PageFacts) -> bool:
    """Rule `publisher_promotion` (QA round 31: the bottom line of a video
    page was "This City Limits video delves into the complexities of a vote
    ..."): a paragraph of at most PROMOTION_MAX_WORDS words that opens on
    the site's own name before one of its media ("This <site> video",
    "podcast", "newsletter", ...) presents the site's product, not the news.
    Another body's video stays ("This NASA video shows ...")."""
    match = PROMOTION.match(text)
    return (bool(facts.site) and match is not None and block.kind == PARAGRAPH
            and len(WORD.findall(text)) <= PROMOTION_MAX_WORDS and match.group("medium") in promo_media()
            and is_site_name(match.group("name"), site_keys(facts.site, None))
            and len(key(match.group("name"))) >= 3)


# Rule `series_blurb`: a series' name of two to four capitalised words, then its verb.
SERIES_OPENING = re.compile(r"[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){1,3}\s+(?P<verb>[a-z]+)\b")
SERIES_BLURB_MAX_WORDS = 60


def series_blurb(block: Block, text: str, facts: PageFacts) -> bool:
    """Rule `series_blurb` (web test s14 K7: instyle's footer "Beauty Boss
    profiles the brains behind the brands ... find out how these leaders get
    it done." was ranked, and "Beauty Boss" listed in Mentioned): a short
    paragraph that opens on a name of two to four capitalised words before a
    series' verb (page_metadata.txt `series_verb`) and speaks to the reader
    (`reader_prompt`) presents the site's series, not the news. Without the
    prompt it stays ("Jane Doe profiles the brothers in her new book")."""
    match = SERIES_OPENING.match(text)
    if match is None or block.kind != PARAGRAPH or match.group("verb") not in series_verbs() \
            or len(WORD.findall(text)) > SERIES_BLURB_MAX_WORDS:
        return False
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(prompt)}\b", lowered) for prompt in reader_prompts())


# Rule `site_greeting`: "Welcome to The Points Guy!" (its pattern in rules/cleanup.txt), a line of at most
# SITE_GREETING_MAX_WORDS words.
SITE_GREETING_MAX_WORDS = 8


@cache
def _site_greeting_pattern() -> re.Pattern[str]:
    """The `site_greeting` pattern of cleanup.txt, found once among the patterns."""
    return next(pattern for name, _, pattern in _patterns() if name == "site_greeting")


def site_greeting(block: Block, text: str, facts: PageFacts) -> bool:
    """Rule `site_greeting` (web tester s16, thepointsguy.com: "Welcome to
    The Points Guy!" after a sign-up form's "Sign-up Successful!" was the
    article's last sentence): a short line that greets the reader to the
    site by its own name is the site talking, not the news. "Welcome to
    Chicago!" and a greeting to another site stay."""
    match = _site_greeting_pattern().fullmatch(text)
    return (bool(facts.site) and match is not None and len(WORD.findall(text)) <= SITE_GREETING_MAX_WORDS
            and len(key(match.group("name"))) >= 3 and is_site_name(match.group("name"), site_keys(facts.site, None)))


CODE_RULES: dict[str, Callable[[Block, str, PageFacts], bool]] = {
    "mixed_script": mixed_script,
    "author_line": author_line,
    "author_bio": author_bio,
    "title_repeat": title_repeat,
    "site_name_line": site_name_line,
    "navigation": navigation,
    "teaser_headline": teaser_headline,
    "dash_signature": dash_signature,
    "doubled_teaser": doubled_teaser,
    "publisher_promotion": publisher_promotion,
    "series_blurb": series_blurb,
    "site_greeting": site_greeting,
}


# --- the dateline before a sentence ------------------------------------------------------------

# Rule `dateline_is_no_point`: "AUSTIN (KXAN) — ", "WASHINGTON (AP) - ", "SOUTHWEST MIAMI-DADE, FLA. (WSVN) - ".
# The place in capitals ("KABUL, Afghanistan" too), a credit in brackets, a dash, then a sentence.
DATELINE = re.compile(r"(?:[A-Z][A-Z.'\u2019&-]+,?\s+){0,5}[A-Z][A-Z.'\u2019&-]+"
                      r"(?:,\s+[A-Z][a-z.]+(?: [A-Z][a-z.]+)?)?,?"
                      r"\s*(?:\([A-Za-z0-9 .&/-]{1,30}\)\s*)?[\u2014\u2013-]+\s+(?=[A-Z\u201c\"'\u2018])")

# Rule `wire_tag_dateline`: title-case words too when a wire tag in brackets stands before the dash
# ("London (CNN) -- ", "Bangkok, Thailand (Reuters) - "); a doubled dash ("--") is one.
WIRE_DATELINE = re.compile(r"(?:[A-Z][\w.'\u2019&-]*,?\s+){0,4}[A-Z][\w.'\u2019&-]*,?\s*"
                           r"\([A-Z][A-Za-z0-9 .&/-]{0,29}\)\s*[\u2014\u2013-]+\s+(?=[A-Z\u201c\"'\u2018])")
# Rule `wire_tag_without_a_dash`: the same place and wire tag with no dash after the tag
# ("Washington (CNN) It's less of ...", "Kabul, Afghanistan (Reuters) The ..."), read only before the
# first body sentence and only when the tag names a news outlet (junk_readings.txt `news_outlets`)
UNDASHED_WIRE_DATELINE = re.compile(r"(?:[A-Z][\w.'\u2019&-]*,?\s+){0,4}[A-Z][\w.'\u2019&-]*,?\s*"
                                    r"\((?P<credit>[A-Z][A-Za-z .&]{0,29})\)\s+(?=[A-Z\u201c\"'\u2018])")
# Rule `outlet_tag_opens_the_body`: the outlet's tag in brackets with no place before it, glued to the
# first word or set off by a dash ("(CNN)They may not be ...", "(Reuters) - The ..."): CNN/DailyMail as
# distributed and CNN pages copied as text open the body so. Read only before the first body sentence
# and only when the tag names a news outlet (junk_readings.txt `news_outlets`)
OPENING_OUTLET_TAG = re.compile(r"\((?P<credit>[A-Z][A-Za-z .&]{0,29})\)\s*(?:[\u2014\u2013-]+\s*)?"
                                r"(?=[A-Z\u201c\"'\u2018])")

# Rule `glued_dateline`: "Johannesburg The photos of ...", "Benghazi, Libya Three days before ...",
# "United Nations The U.N. Security Council, capping ...": a dateline whose credit and dash were
# stripped (text copied without them; 78 of CNN-Corpus's 991 dev articles) is one to three capitalised
# words (and ", Country") glued to the article's first body sentence, before a capitalised word that
# opens a sentence (rules/datelines.txt `openers`). The one reader of it: the summary, the brief, the
# claim tagger (claims.grammar) and the Mentioned list all start the first sentence after it.
GLUED_PLACE_WORD = r"[A-Z][a-z]+(?:[-'\u2019][A-Za-z]+)*\.?"
# What follows an opener and a capitalised word ("The U.N. Security Council, capping a ...") reads as
# prose: it has at least this many words of four letters or more in lower case (a headline in title
# case, "Emacspeak At Twenty, Looking Back", has its short words in lower case at most).
GLUED_PROSE_WORDS = 2
PROSE_WORD = re.compile(r"(?<![\w'\u2019.-])[a-z][a-z'\u2019-]{3,}")


def dateline_length(text: str, opens_body: bool = True) -> int:
    """Rule `dateline_is_no_point`: how many characters of `text` are the
    dateline that opens it ("AUSTIN (KXAN) \u2014 ", "SOUTHWEST MIAMI-DADE,
    FLA. (WSVN) - "), 0 when none: upper-case words, commas, dots and a
    bracketed credit, then a dash; title-case words and a wire tag, then a
    dash ("London (CNN) -- ", rule `wire_tag_dateline`); or, when `text` is the first sentence of
    the body (`opens_body`), a place glued to it (rule `glued_dateline`) or an outlet's tag alone
    ("(CNN)They ...", rule `outlet_tag_opens_the_body`). A
    summary sentence and a brief's point both start after it; the text
    keeps it, so offsets still index the text as read. The one reader of
    a dateline: the claim tagger reads it here too (claims.grammar)."""
    match = DATELINE.match(text) or WIRE_DATELINE.match(text)
    if match:
        return match.end()
    return (undashed_wire_dateline_length(text) or opening_outlet_tag_length(text) or glued_dateline_length(text)
            or glued_place_length(text) or glued_adverb_of_time_length(text) or glued_place_and_region_length(text)
            or glued_unlisted_place_before_a_person_length(text)) if opens_body else 0


# Rule `unlisted_place_and_region_before_a_person`: a name word as written plainly, its second part
# after a hyphen in lower case too ("Woo-hyuk", "Geun-hye", which `_plain_name_word` does not take)
GIVEN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*")


def glued_unlisted_place_before_a_person_length(text: str) -> int:
    """Rule `unlisted_place_and_region_before_a_person` (session 21 Not
    done, CNN-Corpus dev 807: "Jindo, South Korea Jin Woo-hyuk had a pimple
    on his forehead." kept its dateline, so Mentioned had no Jin Woo-hyuk):
    the characters of the first body sentence `text` that are a place the
    lists do not know (one to three plain capitalised words, none a word that
    opens sentences or a first name), a comma, a listed place or country of
    one to three words with no stop (places.txt: "South Korea"), then a
    person's name of two or three plain name words (no title, place,
    organisation or stop word, no stop) and a word in lower case: a dateline
    whose credit and dash were cut, glued to its first sentence's subject.
    A listed place first is read by `place_and_region_before_a_person`;
    "Toronto, Canada Goose said" (one word), "Springfield, Illinois State
    Police said" (an organisation word), "Meanwhile, South Korea ..." (an
    opener) stay as written."""
    sets = _dateline_words()
    words = list(GLUED_TEXT_WORD.finditer(text[:DATELINE_WINDOW]))
    size = next((k + 1 for k, w in enumerate(words[:MAX_GLUED_PLACE_WORDS]) if w.group("stop")), 0)
    place = [w.group("word") for w in words[:size]]
    if not size or words[size - 1].group("stop") != "," or not all(_plain_name_word(w) for w in place) \
            or not sets["not_places"].isdisjoint(w.lower() for w in place) or place[0].lower() in sets["first_names"] \
            or place[0].lower() in sets["time_words"]:
        return 0  # a time word opens a sentence, no place (review s22: "Tomorrow, South Korea Lee ...")
    for region_size in range(MAX_GLUED_PLACE_WORDS, 0, -1):
        end = size + region_size
        region = words[size:end]
        if end >= len(words) or not all(_plain_name_word(w.group("word")) for w in region) \
                or any(w.group("stop") for w in region) \
                or " ".join(w.group("word").lower() for w in region) not in sets["places"]:
            continue
        name_end = end
        while name_end < len(words) and name_end - end < max(GLUED_NAME_WORDS) \
                and GIVEN_NAME_WORD.fullmatch(words[name_end].group("word")) and not words[name_end].group("stop"):
            name_end += 1
        names = [w.group("word").lower() for w in words[end:name_end]]
        if len(names) in GLUED_NAME_WORDS and _plain_word_at(words, name_end, sets) and not any(
                name in sets[kind] for name in names
                for kind in ("titles", "places", "organisation_words", "name_stop_words")):
            return words[end].start()
        return 0
    return 0


def glued_adverb_of_time_length(text: str) -> int:
    """Rule `adverb_of_time_after_a_glued_place` (QA round 48, 404: the
    summary and the bottom line "Washington Just days after dismissing two
    top advisers ..."): the characters of the first body sentence `text`
    that are one to three capitalised words (none a word that opens
    sentences or a preposition, as `glued_dateline` reads them), glued to
    an adverb (datelines.txt `time_adverbs`: "Just", "Only", "Nearly")
    capitalised and a unit of time in lower case (`time_units`: "days",
    "hours", "weeks"); 0 when none. No name goes on so; "Ward Just wrote
    ..." (no unit of time) and "Washington, Just days ..." (a comma) stay."""
    sets = _dateline_words()
    match = GLUED_ADVERB_OF_TIME.match(text[:DATELINE_WINDOW])
    if match is None or match.group("adverb").lower() not in sets["time_adverbs"] \
            or match.group("unit") not in sets["time_units"]:
        return 0
    place = [w.lower() for w in match.group("place").split()]
    return 0 if not sets["not_places"].isdisjoint(place) else match.start("adverb")


# Rule `modifier_after_a_place_and_region`: a place of one to three capitalised words, a comma, a
# region of one to three, then a capitalised word and a word in lower case
GLUED_PLACE_AND_REGION = re.compile(r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), "
                                    r"(?P<region>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) "
                                    r"(?P<word>[A-Z][a-z]+) (?P<next>[a-z]+)\b")


def glued_place_and_region_length(text: str) -> int:
    """Rule `modifier_after_a_place_and_region` (brief s19, CNN-Corpus dev 961:
    the bottom line "Sevare, Mali International backing for French forces
    ... gathered momentum Tuesday"): the characters of the first body
    sentence `text` that are a place and its region (places.txt: a country,
    a state) glued to a capitalised word that opens a sentence as a
    modifier, a participle or an adjective (datelines.txt `modifier_endings`:
    "Surviving victims", "International backing", "Traditional Maasai")
    and a word in lower case that is no verb (no finite verb, verb of
    saying or past form); 0 when none. Not a
    name that begins with the region ("Paris, France Telecom executives",
    "Toronto, Canada Goose said": no such ending; "Paris, France International
    said": a verb after it), and not a place that opens sentences
    ("Meanwhile, ..." is no place)."""
    sets = _dateline_words()
    match = GLUED_PLACE_AND_REGION.match(text[:DATELINE_WINDOW])
    if match is None:
        return 0
    place = [w.lower() for w in match.group("place").split()]
    region = " ".join(match.group("region").lower().split())
    word, following = match.group("word"), match.group("next")
    if not sets["not_places"].isdisjoint(place) or place[0] in sets["first_names"] or region not in sets["places"]:
        return 0
    if " ".join([region, word.lower()]) in sets["places"]:
        return 0  # the region goes on ("Lawrence, Kansas City ...")
    if not word.lower().endswith(tuple(sets["modifier_endings"])) or len(word) <= MIN_PAST_FORM_LETTERS:
        return 0
    verb = following in sets["finite_verbs"] or following in load_word_set("attribution_verbs") or (
        following.endswith("ed") and len(following) > MIN_PAST_FORM_LETTERS)
    if verb or following in sets["name_connectors"]:
        return 0  # "Paris, France International said ...": a name and its verb
    return match.start("word")


def undashed_wire_dateline_length(text: str) -> int:
    """Rule `wire_tag_without_a_dash` (reader round F, CNN-Corpus text
    copied without the dash): the characters of the first body sentence
    `text` that are a place and a news outlet's tag in brackets with no dash
    after it ("Washington (CNN) It's less of a ..." -> 17), 0 when none.
    The tag must name a news outlet (junk_readings.txt `news_outlets`:
    "CNN", "Reuters", "AP"): a bracket after a name is else its party, its
    ticker or its short form ("Sen. Rand Paul (R) The ...", "Apple (AAPL)
    Shares ..." stay as written)."""
    match = UNDASHED_WIRE_DATELINE.match(text[:DATELINE_WINDOW])
    if match is None or not _listed_glued_place(text[: match.start("credit")].rstrip(" (,")):
        return 0
    credit = "_".join(match.group("credit").lower().split())
    return match.end() if credit in load_word_sets("junk_readings")["news_outlets"] else 0


def opening_outlet_tag_length(text: str) -> int:
    """Rule `outlet_tag_opens_the_body` (issue 11, text without paragraphs:
    FRANK's CNN rows showed "(CNN)They may not be ..." as the summary's
    first line): the characters of the first body sentence `text` that are
    a news outlet's tag in brackets opening it, with no place before it,
    glued to the next word or set off by a dash ("(CNN)They may ..." -> 5,
    "(CNN) -- The ..." -> 9), 0 when none. The tag must name a news outlet
    (junk_readings.txt `news_outlets`): "(Updated)The ...", "(AP Photo)"
    and a bracketed aside opening the text stay as written."""
    match = OPENING_OUTLET_TAG.match(text[:DATELINE_WINDOW])
    if match is None:
        return 0
    credit = "_".join(match.group("credit").lower().split())
    return match.end() if credit in load_word_sets("junk_readings")["news_outlets"] else 0


def _listed_glued_place(words: str) -> bool:
    """Rules `wire_tag_without_a_dash` and `contracted_subject_after_a_glued_place`:
    the words a cut with no dash would take off (`words`, as written) are a
    listed place ("Washington", "Hong Kong": places.txt, datelines.txt
    `dateline_places`), or a place and a listed region after a comma ("Kabul,
    Afghanistan", "Jindo, South Korea"; the place's first word no first
    name). A name glued on with no dash is else a person's or a team's
    ("Donald Trump (AP) The president ...", "Prince Harry He's back ...",
    "Boston Red Sox They're in first place ..." stay as written)."""
    parts = [" ".join(part.split()) for part in words.split(",")]
    if len(parts) > 2 or not all(parts) or not is_dateline_place(parts[-1]):
        return False
    return len(parts) == 1 or is_dateline_place(parts[0]) or (
        parts[0].split()[0].lower() not in _dateline_words()["first_names"]
        and all(_plain_name_word(word) for word in parts[0].split()))


def dateline_credit(text: str) -> str | None:
    """The credit in brackets of the dateline that opens `text` ("London
    (CNN) -- " -> "CNN", "WASHINGTON (AP) - " -> "AP"), None when none: the
    article's publisher or its wire, which the brief does not show as a
    source about itself (brief rule `publisher_is_no_source`)."""
    match = DATELINE.match(text[:DATELINE_WINDOW]) or WIRE_DATELINE.match(text[:DATELINE_WINDOW]) or (
        UNDASHED_WIRE_DATELINE.match(text[:DATELINE_WINDOW]) if undashed_wire_dateline_length(text) else None) or (
        OPENING_OUTLET_TAG.match(text[:DATELINE_WINDOW]) if opening_outlet_tag_length(text) else None)
    credit = re.search(r"\(([^()]+)\)", match.group()) if match else None
    return credit.group(1).strip() if credit else None


def glued_dateline_length(text: str) -> int:
    """Rule `glued_dateline` (fixed in session 6: "The U.N." after "United
    Nations" was missed, and the claim tagger had a reader of its own): the
    characters of the first body sentence `text` that are a dateline glued
    to it ("Washington The Supreme Court will ..." -> 11), 0 when none.

    One to three capitalised words, none a word that opens sentences or a
    preposition ("Meanwhile The Guardian", "In Youghal The Old Imperial"),
    then an opener (rules/datelines.txt: "The", "A", "In", "Three", ...),
    then a word in lower case that is no finite verb ("Number Two is on
    the way"; after a subject, "Seoul They were", it may be), a number ("Singapore In 2003"), or, after a capitalised
    word, prose ("United Nations The U.N. Security Council, capping a ..."),
    not a headline in title case ("Emacspeak At Twenty, Looking Back").
    "A" after a word that labels with a letter is no dateline ("Plan A",
    "Vitamin A deficiency")."""
    sets = _dateline_words()
    upper = UPPER_CASE_GLUED_PLACE.match(text[:DATELINE_WINDOW])
    if upper and sum(c.isalpha() for c in upper.group("place")) >= MIN_UPPER_DATELINE_LETTERS \
            and _listed_glued_place(upper.group("place").title()):
        # rule `upper_case_glued_dateline` ("WASHINGTON It's less of a ...", "BANGKOK, THAILAND The
        # ..."): a listed place in capitals reads as the same place in title case; a word in capitals
        # that is no listed place ("BREAKING The ...", "UPDATE It's ...") or a short one ("US The ...")
        # stays as written
        text = upper.group("place").title() + text[upper.end("place"):DATELINE_WINDOW]
    match = _glued_dateline_pattern().match(text)
    if match is None:
        return 0
    place = [w.lower().rstrip(".") for w in re.findall(r"[^\s,]+", match.group("place"))
             if w[:1].isupper()]  # the capitalised words: "of" joins a country's ("Republic of Congo")
    opener, following = match.group("opener"), match.group("next")
    if opener.lower() not in sets["openers"] or not sets["not_places"].isdisjoint(place):
        return 0
    if opener in ("A", "An") and place[-1] in sets["letter_labels"]:
        return 0
    word = following.strip("\"'\u201c\u2018(,;:")
    if match.group("contraction"):
        # rule `contracted_subject_after_a_glued_place` (reader round F, CNN-Corpus dev 371: the
        # bottom line "Washington It's less of a tongue-twisting jumble ..."; 702 "Hong Kong It's a
        # decision ..."): a subject and its verb run together, then prose in lower case. A title in
        # title case goes on capitalised ("Thank God It's Friday is ..." stays)
        subject = opener.lower() in sets["subjects"] and word[:1].islower()
        return match.start("opener") if subject and _listed_glued_place(match.group("place")) else 0
    if word[:1].islower():
        verb = word.lower() in sets["finite_verbs"] and opener.lower() not in sets["subjects"]
        return 0 if verb else match.start("opener")
    if word[:1].isdigit():
        return match.start("opener")
    prose = len(PROSE_WORD.findall(text, match.start("next"))) >= GLUED_PROSE_WORDS
    return match.start("opener") if word[:1].isupper() and prose else 0


# Rule `upper_case_glued_dateline`: one to three words in capitals (and ", " and one to three more in
# capitals), each of at least two letters, before a blank or a comma ("BANGKOK, Thailand")
UPPER_CASE_GLUED_PLACE = re.compile(r"(?P<place>[A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){0,2}"
                                    r"(?:, [A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){0,2})?)[ ,]")

# Rule `adverb_of_time_after_a_glued_place`: one to three capitalised words, a capitalised adverb,
# a word in lower case
GLUED_ADVERB_OF_TIME = re.compile(r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) (?P<adverb>[A-Z][a-z]+) "
                                  r"(?P<unit>[a-z]+)\b")
# Rule `glued_place_before_a_name`: the place is one to three words ("Rome", "Los Angeles"),
# the name two or three ("Raffaele Sollecito", "Luiz Inácio Lula": a longer run is rather a body).
MAX_GLUED_PLACE_WORDS = 3
# How far into a sentence a dateline reader looks: the longest dateline, and
# the words after a glued place that tell a person's name from a place's
# ("... he said"), stand well inside it. A reader that copied the whole
# sentence would copy a megabyte for a megabyte-long one.
DATELINE_WINDOW = 300
GLUED_NAME_WORDS = range(2, 4)
# Rule `upper_case_dateline_before_a_name`: a place in capitals of at least this many letters
# ("MEXICO CITY", "ROME"; not "US", "UK", which open headlines and acronyms).
MIN_UPPER_DATELINE_LETTERS = 4
# Rule `place_before_a_country_subject`: a regular past form is longer than this ("authorized",
# "voted"; not "red", "bed", "shed")
MIN_PAST_FORM_LETTERS = 4
# A word as the glued-place reader reads it: its letters ("Sollecito", "Bieber's") and what
# stands after them ("," in "Sollecito,"): a word with a stop after it ends a name.
GLUED_TEXT_WORD = re.compile(r"(?P<word>[^\s,;:!?()\"\u201c\u201d\u2014\u2013]+?)(?P<stop>[.,;:!?)\"\u201d]*)(?=\s|$)")
POSSESSIVE_ENDINGS = ("'s", "\u2019s", "'", "\u2019")


def without_possessive(word: str) -> str:
    """ "Bieber's" -> "Bieber", "Democrats'" -> "Democrats"."""
    for ending in POSSESSIVE_ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def _name_word(word: str) -> bool:
    """A capitalised word, as a name's ("Sollecito", "Jean-Pierre", "Bieber's", "CITY"), not "I"."""
    return word[:1].isupper() and word[:1].isalpha() and word != "I" and not word.startswith(("I'", "I\u2019"))


def _plain_name_word(word: str) -> bool:
    """A name word written plainly: "Sollecito", "Jean-Pierre", "Chenggang's"; not "McCain" or
    "PRESSOhio" (words run together), nor a word in capitals."""
    parts = without_possessive(word).split("-")
    return all(part.isalpha() and part[:1].isupper() and part[1:].islower() for part in parts)


def closes_an_abbreviation(word: str) -> bool:
    """Rule `abbreviation_dot_ends_no_glued_place` (mentions-s26, CNN-Corpus
    dev 339: "Washington D.C. Kim Jong Un has ..." was read as one name): the
    one dot after a word with a dot inside ("D.C.", "U.S.") closes the
    abbreviation, no sentence: the glued place goes on to the name after
    it, and a dateline's piece and the brief's Places keep the dot.
    "Rome. Raffaele" (no dot inside) keeps its stop. `word` is written
    without that dot ("D.C")."""
    return "." in word


def _abbreviation_dot(word: re.Match[str]) -> bool:
    """A glued word's stop is one dot that closes an abbreviation (`closes_an_abbreviation`)."""
    return word.group("stop") == "." and closes_an_abbreviation(word.group("word"))


def glued_place_length(text: str) -> int:
    """Rule `glued_place_before_a_name` (session 8: the summary and the
    brief's bottom line of a CNN profile began "Rome Raffaele Sollecito was
    a 23-year-old computer science student when his ..."): the characters
    of the first body sentence `text` that are a dateline place glued to
    the name it opens with ("Rome " -> 5), 0 when none. The one reader of
    it (session 9: the claim tagger's names layer had one of its own, which
    knew more): the summary, the brief and, through claims.grammar
    `after_dateline`, the claim tagger read it here.

    A listed place (places.txt: "Rome", "Los Angeles"; a short form of a
    country, place_words.txt) whose first word is no first name ("Florence
    Welch said" stays). Then, rule `upper_case_dateline_before_a_name`: a
    place in capitals before a capitalised word not in capitals is a
    dateline whatever follows ("MEXICO CITY Amnesty International said").
    Rule `opener_after_a_glued_place`: a word that opens a sentence
    (claim_grammar.txt `glued_place_openers`) and a capitalised word after
    the place ("London Despite Turkey's shelling", "Los Angeles Either
    Justin Bieber is"). Else two or three name words, none a title, a
    place, an organisation word, a stop word or a connector ("Rome Mayor
    Ignazio Marino", "London Heathrow Airport said", "Hong Kong Economic
    Times reported", "Tokyo The Japanese prime minister"), the last no
    place noun, then a word in lower case, no connector ("Rome Film
    Festival of ..."). And a person: the name opens with a first name
    (first_names.txt), or the sentence goes on with "he", "his", "she" or
    "her" (datelines.txt `person_pronouns`). A possessive name alone is no
    sign ("Tokyo Electric Power's spokesman", "Boston Red Sox's pitcher":
    session 9 dropped rule `possessive_name_after_a_glued_place`, which cut
    them; "Beijing Rui Chenggang's anchor chair" keeps its place). A place
    and one word ("Paris Hilton said", "Washington Post reporter", "Jordan
    Peterson said") is a name, no dateline.

    Session 20 (datelines-s20): the place may be a dateline's only
    (datelines.txt `dateline_places`: "Washington"), and after it a listed
    place's possessive ("Cairo Egypt's first ...", rule
    `possessive_place_after_a_glued_place`), a people's adjective ("Moscow
    Russian leaders reacted", `people_adjective_after_a_glued_place`) or a
    word and a group ("Washington House Democrats are",
    `group_after_a_glued_place`) open the sentence proper."""
    sets = _dateline_words()
    text = text[:DATELINE_WINDOW]
    words = list(GLUED_TEXT_WORD.finditer(text))
    for size in range(MAX_GLUED_PLACE_WORDS, 0, -1):
        if len(words) <= size:
            continue
        place = [w.group("word") for w in words[:size]]
        if not all(_name_word(w) for w in place) or any(w.group("stop") not in ("", ".") for w in words[: size - 1]):
            continue  # "St. Louis" is a place; "Paris, Texas" glued_dateline reads
        if " ".join(w.rstrip(".").lower() for w in place) not in sets["dateline_places"] or \
                place[0].lower() in sets["first_names"]:
            continue
        if not words[size - 1].group("stop") and len(words) > size + 1 and _abbreviation_dot(words[size]) \
                and words[size].group(0).lower() in sets["place_abbreviations"]:
            size += 1  # "Washington D.C.": the abbreviation is the place's (`abbreviation_dot_ends_no_glued_place`)
        if words[size - 1].group("stop") and not _abbreviation_dot(words[size - 1]):
            # "Rome. Raffaele": a stop ends the place; "Rome, Italy The ..." glued_dateline reads
            return _region_then_subject(words, size, sets)
        following = words[size].group("word")
        if _country_subject_after_a_place(words, size, sets):
            return words[size].start()  # rule `place_before_a_country_subject`
        if _possessive_place_before_prose(words, size, sets):
            return words[size].start()  # rule `possessive_place_after_a_glued_place`
        if _people_adjective_before_prose(words, size, sets):
            return words[size].start()  # rule `people_adjective_after_a_glued_place`
        if _prefixed_compound_before_prose(words, size, sets):
            return words[size].start()  # rule `prefixed_compound_after_a_glued_place`
        if _role_and_person_before_prose(words, size, sets):
            return words[size].start()  # rule `role_and_person_after_a_glued_place`
        if _former_role_before_prose(words, size, sets) or _gerund_before_prose(words, size, sets):
            return words[size].start()  # rules `former_role_after_a_glued_place`, `gerund_after_a_glued_place`
        quotation = _quotation_after_a_glued_place(text, words, size)
        if quotation:
            return quotation  # rule `quotation_after_a_glued_place`
        letters = "".join(place)
        if letters.isalpha() and letters.isupper() and len(letters) >= MIN_UPPER_DATELINE_LETTERS \
                and " ".join(place).lower() in sets["listed_places"] and _name_word(following) \
                and not following.isupper() and not _lone_word_after_a_one_word_place(words, size, sets):
            return words[size].start()  # rule `upper_case_dateline_before_a_name`
        run: list[re.Match[str]] = []
        after = size
        while after < len(words) and len(run) <= max(GLUED_NAME_WORDS):
            word = words[after]
            if run and not run[-1].group("stop") and word.group("word") in sets["name_particles"] \
                    and not word.group("stop") and after + 1 < len(words) \
                    and _name_word(words[after + 1].group("word")):
                # rule `particle_inside_a_glued_name` (QA round 43, 383: "New York Bill de Blasio,
                # who ..." kept its place, so the names layer read "New York Bill de Blasio" and
                # his "he" found no one): a name's particle between its words
                after += 1
                continue
            if not _name_word(word.group("word")):
                break
            run.append(word)
            after += 1
            if word.group("stop"):
                break
        names = [w.group("word") for w in run]
        if _group_after_a_word(run, words, after, sets):
            return words[size].start()  # rule `group_after_a_glued_place`
        if len(run) >= 2 and names[0].lower() in sets["glued_place_openers"]:
            return words[size].start()  # rule `opener_after_a_glued_place`
        if len(run) == 1 and names[0].lower() in sets["openers_before_prose"] and not run[0].group("stop") \
                and text[run[0].start() - 1].isspace() and after < len(words) \
                and words[after].group("word").islower():
            # rule `opener_before_prose_after_a_glued_place` (brief s20, CNN-Corpus dev 750: the
            # bottom line "Beijing Despite attempts by the authorities to censor coverage, ..."): the
            # opener may go on in lower case ("Despite attempts", "While most"); no name does.
            # Session 22 (QA rounds 61 and 62, 962: "Rome With only two full days left ...", 377:
            # "Washington Just a few minutes after 7 a.m. ..." kept their datelines): so may a
            # capitalised preposition, subordinator or fronted opener, or an adverb of time
            # (`openers_before_prose`); a name's word after a place is a noun ("Washington Post
            # reporters", "Rome Statute", "Paris Match published"). The word follows a blank: a
            # quotation's mark before it ('London "Thanks for ...') is no place's end
            return words[size].start()
        # rule `comma_after_a_glued_first_name`: "New York Bill de Blasio, who campaigned ...":
        # a name that opens with a first name may end at a comma (an apposition, a relative)
        comma_after_a_person = bool(run) and run[-1].group("stop") == "," \
            and names[0].lower() in sets["first_names"]
        if len(run) not in GLUED_NAME_WORDS or after >= len(words) or (
                run[-1].group("stop") and not comma_after_a_person):
            return 0
        lowered = [without_possessive(w).rstrip(".").lower() for w in names]
        if not all(_plain_name_word(w) for w in names) or any(
            w in sets["places"] or w in sets["organisation_words"] or w in sets["titles"]
            or w in sets["name_stop_words"] for w in lowered
        ) or lowered[-1] in sets["place_ends"]:
            return 0
        if not comma_after_a_person and not _plain_word_at(words, after, sets):
            return 0
        rest = {w.group("word").lower() for w in words[after:]}
        # A possessive alone is no sign of a person: "Beijing Rui Chenggang's anchor chair" reads
        # like "Tokyo Electric Power's spokesman" and "Boston Red Sox's pitcher", whose place is
        # part of the name; cutting article text is worse than leaving a place in (review s9)
        # and a "he" after a possessive may be the person it introduces ("Boston Red Sox's pitcher
        # Jon Lester said he ...")
        possessive = names[-1].endswith(POSSESSIVE_ENDINGS)
        person = lowered[0] in sets["first_names"] or (
            not possessive and not rest.isdisjoint(sets["person_pronouns"]))
        return words[size].start() if person else 0
    return 0


def _lone_word_after_a_one_word_place(words: Sequence[re.Match[str]], size: int,
                                      sets: Mapping[str, frozenset[str]]) -> bool:
    """Rule `upper_case_place_and_one_word_is_a_name` (brief s32: "PARIS Hilton
    said she would sue." read "Hilton said ...", "TEXAS Instruments reported
    ..." read "Instruments reported ..."): a place of one word in capitals,
    then one capitalised word with no stop and a word in lower case, is a
    name written in capitals to open the text, as "Paris Hilton said" and
    "Washington Post reporter" are names in title case; cutting it would eat
    the name's first word. A place of two words ("MEXICO CITY Amnesty
    International said") or a name of two words after it ("ROME Silvio
    Berlusconi said") is still a dateline.

    Review s32: only a pair that reads as a person or a paper is a name.
    "LONDON Police arrested ...", "MOSCOW Gazprom said", "GENEVA Negotiators
    failed" are datelines before their subject. A person: either word a
    known first name, or "he"/"she" later in the sentence ("PARIS Hilton
    said she would sue"), the word after the place no body's word
    ("LONDON Police said he ..." stays cut); a paper: a newspaper's word
    after the place ("WASHINGTON Post reporters"). "TEXAS Instruments
    reported ..." is cut to "Instruments reported": one sentence cannot
    tell a company from a dateline before its subject."""
    if not (size == 1 and len(words) > size + 1 and not words[size].group("stop")
            and words[size + 1].group("word")[:1].islower()):
        return False
    place, following = (words[k].group("word").lower() for k in (0, size))
    if following in sets["newspaper_words"]:
        return True
    rest = {w.group("word").lower() for w in words[size + 1 :]}
    return following not in sets["organisation_words"] and (
        place in sets["first_names"] or following in sets["first_names"]
        or not rest.isdisjoint(sets["person_pronouns"] - {"his", "her"}))


def _region_then_subject(words: Sequence[re.Match[str]], size: int, sets: Mapping[str, frozenset[str]]) -> int:
    """Rule `place_and_region_before_a_subject` (QA round 46, 794: the
    bottom line "Cairo, Egypt Lawyers representing Muslim Brotherhood
    members ... called Saturday ..." kept its dateline): the listed place of
    `words[:size]`, a comma, a listed region or country of one to three
    words with no stop after it, then a capitalised word that opens the
    sentence's subject (no title, place, organisation word or first name:
    "Paris, Texas Mayor ...", "Rome, Georgia Power said" stay) and a word in
    lower case: the place and region are a dateline glued to the sentence;
    the characters up to the subject, else 0. A region with a comma after it
    ("Cairo, Egypt, lawyers ...") is prose.

    Review s16 (item 6): the subject must be a common noun for people
    (source_nouns.txt `people`, `described`, `groups`: "Lawyers",
    "Protesters"). Any other capitalised word after a region is a name
    that begins with the region as often as a glued dateline ("Toronto,
    Canada Goose said ..." kept only "Goose", "Paris, France Telecom said"
    only "Telecom", "Portland, Oregon Ducks fans" only "Ducks fans"), and
    `dateline_length` is read by the claim tagger too."""
    if words[size - 1].group("stop") != ",":
        return 0
    for region_size in range(MAX_GLUED_PLACE_WORDS, 0, -1):
        end = size + region_size
        if end + 1 >= len(words):
            continue
        region = words[size:end]
        if not all(_name_word(w.group("word")) for w in region) or any(w.group("stop") for w in region) \
                or " ".join(w.group("word").lower() for w in region) not in sets["places"]:
            continue
        subject = words[end].group("word")
        lowered = subject.lower()
        if _person_after_a_region(words, end, sets) or _possessive_place_before_prose(words, end, sets) \
                or _prefixed_compound_before_prose(words, end, sets) or _body_before_a_preposition(words, end, sets) \
                or _former_role_after_a_region(words, end, sets):
            return words[end].start()  # rule `possessive_place_after_a_glued_place` and the like
        if not _plain_name_word(subject) or words[end].group("stop") or any(
                lowered in sets[kind] for kind in ("titles", "places", "organisation_words", "first_names")) \
                or lowered not in sets["region_subjects"]:
            return 0  # rule `actors_after_a_place_and_region` widens the people nouns
        return words[end].start() if _plain_word_at(words, end + 1, sets) else 0
    return 0


def _plain_word_at(words: Sequence[re.Match[str]], at: int, sets: Mapping[str, frozenset[str]]) -> bool:
    """Whether `words[at]` is a word in lower case, no name's connector ("de", "of")."""
    if at >= len(words):
        return False
    word = words[at].group("word")
    return word.isalpha() and word.islower() and word not in sets["name_connectors"]


def _possessive_place_before_prose(words: Sequence[re.Match[str]], at: int,
                                   sets: Mapping[str, frozenset[str]]) -> bool:
    """Rule `possessive_place_after_a_glued_place` (QA round 55, 731: "Cairo
    Egypt's first democratically elected president ..."; QA round 56, 947:
    "Kabul, Afghanistan America's special envoy ..."; both listed a name,
    "Cairo Egypt", "Afghanistan America"): at `words[at]`, after a glued place
    (and its region), a listed place of one to three words in the
    possessive with no stop, then a word in lower case: the possessive opens
    the sentence's subject. A possessive that is no listed place ("Tokyo
    Electric Power's spokesman", "Beijing Review's editor") keeps the place.

    Session 21 (QA round 58, 864: "London Britain's Prince Harry is
    officially single again ..." listed "London Britain" and kept its
    dateline, while "Cairo Egypt's president" was cut): the listed place's
    possessive may be followed by up to MAX_NAME_AFTER_A_POSSESSIVE_PLACE
    capitalised words with no stop (a title and a name, "Prince Harry",
    "Foreign Minister Sergey Lavrov"; a body, "Muslim Brotherhood") before
    the word in lower case. A line in title case ("London Britain's Prince
    Harry Splits With Girlfriend") has no such word and stays."""
    for size in range(MAX_GLUED_PLACE_WORDS, 0, -1):
        end = at + size
        if end >= len(words):
            continue
        place = [w.group("word") for w in words[at:end]]
        if any(w.group("stop") for w in words[at:end]) or not all(_plain_name_word(w) for w in place):
            continue
        if without_possessive(place[-1]) == place[-1] or any(w != without_possessive(w) for w in place[:-1]):
            continue
        name = " ".join([*place[:-1], without_possessive(place[-1])]).lower()
        if name in sets["places"] and name not in sets["first_names"]:
            return _plain_word_at(words, _name_words_end(words, end), sets)
    return False


# Rule `possessive_place_after_a_glued_place`: the capitalised words a listed place's possessive may
# own before the sentence goes on in lower case ("Britain's Prince Harry is", "Russia's Foreign
# Minister Sergey Lavrov said")
MAX_NAME_AFTER_A_POSSESSIVE_PLACE = 4


def _name_words_end(words: Sequence[re.Match[str]], at: int) -> int:
    """The index after the plain capitalised words from `words[at]` with no
    stop inside ("Prince Harry is" -> the index of "is"), at most
    MAX_NAME_AFTER_A_POSSESSIVE_PLACE of them; `at` itself when there are
    none or more."""
    end = at
    while end < len(words) and end - at < MAX_NAME_AFTER_A_POSSESSIVE_PLACE \
            and _plain_name_word(words[end].group("word")) and not words[end].group("stop") \
            and without_possessive(words[end].group("word")) == words[end].group("word"):
        end += 1
    return at if end < len(words) and _plain_name_word(words[end].group("word")) else end


def _prefixed_compound_before_prose(words: Sequence[re.Match[str]], at: int,
                                    sets: Mapping[str, frozenset[str]]) -> bool:
    """Rule `prefixed_compound_after_a_glued_place` (QA round 59, 372: "Los
    Angeles Pro-pot groups cheered passage ..." kept its dateline in the
    summary and the bottom line, and Mentioned listed "Los Angeles
    Pro-pot"): at `words[at]`, after a glued place (and its region), a
    compound of a prefix (datelines.txt `compound_prefixes`: "Pro-",
    "Anti-", "Self-") and words in lower case ("Pro-pot", "Anti-war",
    "Self-described") with no stop, then a word in lower case: a word
    written in lower case in running text, capitalised only as the
    sentence's first. A name's compound keeps the place: "St. Louis
    Post-Dispatch editors" (a capital after the hyphen), "Los Angeles
    Clippers-owned arena" and "Seoul Jong-un" (no prefix)."""
    if at + 1 >= len(words) or words[at].group("stop"):
        return False
    prefix, hyphen, rest = words[at].group("word").partition("-")
    if not hyphen or not rest or not prefix[:1].isupper() or prefix.lower() not in sets["compound_prefixes"]:
        return False
    return all(part.isalpha() and part.islower() for part in rest.split("-")) and _plain_word_at(words, at + 1, sets)


# Rule `role_and_person_after_a_glued_place`: the name words after the role, a first name among them
ROLE_PERSON_NAME_WORDS = range(2, 4)


def _role_and_person_before_prose(words: Sequence[re.Match[str]], at: int,
                                  sets: Mapping[str, frozenset[str]]) -> bool:
    """Rule `role_and_person_after_a_glued_place` (QA round 60, 450: "New
    York Actor Philip Seymour Hoffman, who was found dead ..." kept its
    dateline in the summary, the bottom line and a claim): at `words[at]`,
    after a glued place, a capitalised word for a person described
    (source_nouns.txt `described`: "Actor", "Singer", "Author") that is no
    title before a name (titles.txt: "Coach"), then a person's name of
    two or three plain words that opens with a first name, and after it a
    comma or a word in lower case: the role opens the sentence's subject.
    Written in capitals only as a sentence's first word, such a role is
    no office of the place. An office is ("New York Governor Andrew Cuomo
    said", "Dallas Coach Jason Garrett said": titles, the place stays), and
    so is a role before a body's name ("Chicago Singer Workshop said")."""
    if at + 1 >= len(words) or words[at].group("stop"):
        return False
    role = words[at].group("word")
    if not _plain_name_word(role) or without_possessive(role) != role or role.lower() not in sets["described"] \
            or role.lower() in sets["titles"] or words[at + 1].group("word").lower() not in sets["first_names"]:
        return False
    end = at + 1
    while end < len(words) and end - at <= max(ROLE_PERSON_NAME_WORDS):
        word = words[end]
        if not _plain_name_word(word.group("word")) or without_possessive(word.group("word")) != word.group("word"):
            return False
        end += 1
        if word.group("stop"):
            return word.group("stop") == "," and end - at - 1 in ROLE_PERSON_NAME_WORDS
        if end - at - 1 in ROLE_PERSON_NAME_WORDS and _plain_word_at(words, end, sets):
            return True
    return False


# Rule `former_role_after_a_glued_place`: how far after the qualifier the sentence must go on in
# lower case ("Former NFL linebacker": the second word)
FORMER_ROLE_WORDS = 3
# Rule `gerund_after_a_glued_place`: a gerund is longer than this ("Divining", "Speaking"; not
# "Ling", "King", "Ming", "Sing")
MIN_GERUND_LETTERS = 5
# Rule `quotation_after_a_glued_place`: a quoted sentence has at least this many words
MIN_QUOTED_SENTENCE_WORDS = 3
QUOTATION_AFTER_A_PLACE = re.compile(r"[\"\u201c](?P<quoted>[A-Z][^\"\u201c\u201d]*?[,.!?])[\"\u201d]")


def _former_role_before_prose(words: Sequence[re.Match[str]], at: int,
                              sets: Mapping[str, frozenset[str]]) -> bool:
    """Rule `former_role_after_a_glued_place` (QA round 64, 505: the summary,
    the bottom line and a claim began "Los Angeles Former NFL linebacker
    Junior Seau died ..."): at `words[at]`, after a glued place, a title's
    qualifier capitalised (claim_grammar.txt `title_qualifiers`: "Former",
    "Acting") with no stop, no listed title right after it, and a word in
    lower case within FORMER_ROLE_WORDS words: the qualifier opens the
    sentence's subject ("Former NFL linebacker"), no place owns it. An
    office of the place stays ("New York Acting Governor Kathy Hochul
    said", as "New York Governor ..." does), and so does a name ("Los
    Angeles Lakers")."""
    if at + 1 >= len(words) or words[at].group("stop"):
        return False
    qualifier = words[at].group("word")
    if not _plain_name_word(qualifier) or qualifier.lower() not in sets["title_qualifiers"] \
            or words[at + 1].group("word").lower() in sets["titles"]:
        return False
    return any(_plain_word_at(words, k, sets) for k in range(at + 1, at + 1 + FORMER_ROLE_WORDS)) \
        or _office_of_another_after_a_qualifier(words, at, sets)


def _office_of_another_after_a_qualifier(words: Sequence[re.Match[str]], at: int,
                                         sets: Mapping[str, frozenset[str]]) -> bool:
    """Rule `qualified_office_of_another_after_a_glued_place` (brief s32:
    "Bangkok Former Thai Prime Minister Yingluck Shinawatra is ..." kept its
    dateline, as the capitalised title left no word in lower case within
    FORMER_ROLE_WORDS): at `words[at]`, a title's qualifier ("Former"), then
    one capitalised word that is no title ("Thai", "Egyptian") and a listed
    title ("Prime", "President"), none with a stop: the word between names
    whose office it is, so the place before it owns none. "New York Acting
    Governor Kathy Hochul said" (the title right after the qualifier) stays."""
    if at + 2 >= len(words) or any(words[k].group("stop") for k in (at, at + 1)):
        return False
    owner = words[at + 1].group("word")
    return _plain_name_word(owner) and owner.lower() not in sets["titles"] \
        and without_possessive(owner) == owner and words[at + 2].group("word").lower() in sets["titles"]


def _former_role_after_a_region(words: Sequence[re.Match[str]], at: int,
                                sets: Mapping[str, frozenset[str]]) -> bool:
    """Rule `former_role_after_a_place_and_region` (CNN-Corpus dev 925: the
    bottom line "Bangkok, Thailand Former Thai Prime Minister Yingluck
    Shinawatra is no longer in military custody ..." kept its dateline): at
    `words[at]`, after a place, a comma and a listed region, a title's
    qualifier capitalised (claim_grammar.txt `title_qualifiers`: "Former",
    "Acting") with no stop, then within FORMER_ROLE_WORDS words a listed
    title or a word in lower case ("Former Thai Prime Minister", "Former
    President Hamid Karzai"). The region ends the place, so a title right
    after the qualifier is the subject's own office, where after a place
    alone it may be the place's ("New York Acting Governor ..." stays, rule
    `former_role_after_a_glued_place`)."""
    if at + 1 >= len(words) or words[at].group("stop"):
        return False
    qualifier = words[at].group("word")
    if not _plain_name_word(qualifier) or qualifier.lower() not in sets["title_qualifiers"]:
        return False
    return any(_plain_word_at(words, k, sets) or (k < len(words) and words[k].group("word").lower() in sets["titles"])
               for k in range(at + 1, at + 1 + FORMER_ROLE_WORDS))


def _gerund_before_prose(words: Sequence[re.Match[str]], at: int, sets: Mapping[str, frozenset[str]]) -> bool:
    """Rule `gerund_after_a_glued_place` (QA round 65, 783: the summary's
    first pick "Beijing Divining what is going in China's opaque political
    world ..."): at `words[at]`, after a glued place, a capitalised word in
    "-ing" of more than MIN_GERUND_LETTERS letters with no stop, no listed
    place, first name, title or organisation word, then a word in lower
    case that is no verb (finite, of saying, or a past in "-ed"): a gerund
    or participle opens the sentence ("Divining what", "Speaking to
    reporters"), as it does after a place and region (rule
    `modifier_after_a_place_and_region`). A name's word keeps the place
    ("Beijing Review", "Reading Festival"), and so does a name and its verb
    ("London Browning said")."""
    if at + 1 >= len(words) or words[at].group("stop"):
        return False
    gerund, following = words[at].group("word"), words[at + 1].group("word")
    lowered = gerund.lower()
    if not _plain_name_word(gerund) or without_possessive(gerund) != gerund or not lowered.endswith("ing") \
            or len(gerund) <= MIN_GERUND_LETTERS or any(
                lowered in sets[kind] for kind in ("places", "first_names", "titles", "organisation_words")):
        return False
    verb = following in sets["finite_verbs"] or following in load_word_set("attribution_verbs") or (
        following.endswith("ed") and len(following) > MIN_PAST_FORM_LETTERS)
    return _plain_word_at(words, at + 1, sets) and not verb


def _quotation_after_a_glued_place(text: str, words: Sequence[re.Match[str]], at: int) -> int:
    """Rule `quotation_after_a_glued_place` (QA round 65, 679: the summary's
    first pick and the bottom line 'London "Thanks for the nomination Luke,"
    jokes a young man ...'): the start of a quotation that opens right after
    the glued place `words[:at]` and a blank, whose words (at least
    MIN_QUOTED_SENTENCE_WORDS, one in lower case) end on a comma or a stop
    inside the closing mark: a quoted sentence opens the article, and the
    place is its dateline; 0 when none. A quoted name or title keeps the
    place ('Los Angeles "Lakers" fans', 'New York "Times" reporters': one
    word, no stop inside)."""
    start = words[at - 1].end()
    match = QUOTATION_AFTER_A_PLACE.match(text, start + 1) if text[start:start + 1] == " " else None
    if match is None:
        return 0
    quoted = match.group("quoted").split()
    if len(quoted) < MIN_QUOTED_SENTENCE_WORDS or not any(w.isalpha() and w.islower() for w in quoted):
        return 0
    return match.start()


def _body_before_a_preposition(words: Sequence[re.Match[str]], at: int, sets: Mapping[str, frozenset[str]]) -> bool:
    """Rule `body_after_a_place_and_region` (QA round 59, 858: "Kabul,
    Afghanistan Police in Afghanistan say they have rescued ..." gave the
    speaker "Afghanistan Police" and kept the dateline in the bottom
    line): at `words[at]`, after a place, a comma and a listed region, a
    common noun for a body (source_nouns.txt `bodies`: "Police",
    "Government") with no stop, then a preposition (claim_grammar.txt
    `prepositions`: "Police in Afghanistan"): the body opens the
    sentence's subject. A region may own its body ("Sydney, New South
    Wales Police said": a verb after it), so only a phrase that goes on
    after the noun tells."""
    if at + 1 >= len(words) or words[at].group("stop"):
        return False
    body = words[at].group("word")
    return _plain_name_word(body) and without_possessive(body) == body and body.lower() in sets["bodies"] \
        and words[at + 1].group("word") in sets["prepositions"]


def _people_adjective_before_prose(words: Sequence[re.Match[str]], at: int,
                                   sets: Mapping[str, frozenset[str]]) -> bool:
    """Rule `people_adjective_after_a_glued_place` (QA round 56, 887: "Moscow
    Russian leaders reacted angrily ..."): at `words[at]`, after a glued
    place, the adjective of a listed place's people (`places_of_a_people`:
    "Russian", "Egyptian", "Israeli") with no stop, then a word in lower
    case that is no finite verb: the adjective opens the sentence's
    subject. "London Irish fans" (no listed place's people) and "Moscow
    Russian Orthodox Church" (a capitalised word after it) stay."""
    if at + 1 >= len(words) or words[at].group("stop"):
        return False
    adjective = words[at].group("word")
    if not _plain_name_word(adjective) or without_possessive(adjective) != adjective \
            or adjective.lower() in sets["first_names"] or not places_of_a_people(adjective.lower()):
        return False
    return _plain_word_at(words, at + 1, sets) and words[at + 1].group("word") not in sets["finite_verbs"]


def _group_after_a_word(run: Sequence[re.Match[str]], words: Sequence[re.Match[str]], after: int,
                        sets: Mapping[str, frozenset[str]]) -> bool:
    """Rule `group_after_a_glued_place` (CNN-Corpus dev 409: "Washington House
    Democrats are taking a cue ..." listed "Washington House" and counted
    every later "House" for it): after a glued place, a capitalised word
    and a capitalised plural that names a group (source_nouns.txt `groups`:
    "Democrats", "Republicans") with no stop, then a word in lower case: the
    two words are the sentence's subject ("House Democrats", "Senate
    Republicans"). "Washington Redskins fans" (no group) stays. Not after a
    legislature (claim_grammar.txt `legislatures`; review 2 s20: "Washington
    Senate Republicans said ..." lost "Washington", a state's Senate shown
    as the nation's; "Texas House Democrats" alike): a place may own its
    chamber, and the place then belongs to the subject."""
    if len(run) != 2 or any(w.group("stop") for w in run):
        return False
    first, group = (w.group("word") for w in run)
    return _plain_name_word(first) and _plain_name_word(group) and group.lower() in sets["groups"] \
        and first.lower() not in sets["first_names"] and first.lower() not in sets["legislatures"] \
        and _plain_word_at(words, after, sets)


def _person_after_a_region(words: Sequence[re.Match[str]], end: int, sets: Mapping[str, frozenset[str]]) -> bool:
    """Rule `place_and_region_before_a_person` (mentions reader test s19,
    CNN: "Pretoria, South Africa Oscar Pistorius is depressed" listed the
    person "South Africa Oscar Pistorius"): after a listed place, a comma
    and a listed region, a known first name, a surname (a plain name word,
    no first name, title, place or organisation word), no stop after
    either, and a word in lower case open the sentence's subject, a person:
    the place and region are a glued dateline. "Toronto, Canada Goose
    said" (no first name) and "Paris, Texas Mayor Ann Smith" (a title)
    stay."""
    if end + 2 >= len(words) or words[end].group("stop") or words[end + 1].group("stop"):
        return False
    first, surname = words[end].group("word"), words[end + 1].group("word")
    low = surname.lower()
    return first.lower() in sets["first_names"] and _plain_name_word(first) and _plain_name_word(surname) \
        and not any(low in sets[kind] for kind in ("titles", "places", "organisation_words", "first_names")) \
        and _plain_word_at(words, end + 2, sets)


def _country_subject_after_a_place(words: Sequence[re.Match[str]], size: int,
                                   sets: Mapping[str, frozenset[str]]) -> bool:
    """Rule `place_before_a_country_subject` (QA round 47, 885: the summary
    and the bottom line "Gaza City Israel authorized a four-hour ..." kept
    the dateline "Gaza City"): after the listed place `words[:size]` with no
    stop, another listed place of one word (no first name: "Jordan") with no
    stop, then its verb in lower case, an auxiliary ("is", "has", "will":
    claim_grammar.txt finite_verbs) or a regular past form ("authorized"):
    the country is the sentence's subject and the place before it a
    dateline. A noun after the two places ("Israel Gaza war is ...", "Orange
    County California residents") or a verb not so formed ("said") keeps
    the sentence as written."""
    if size + 1 >= len(words) or words[size].group("stop"):
        return False
    subject, verb = words[size].group("word"), words[size + 1].group("word")
    lowered = subject.lower()
    if not _plain_name_word(subject) or lowered not in sets["listed_places"] or lowered in sets["first_names"]:
        return False
    past = verb.endswith("ed") and len(verb) > MIN_PAST_FORM_LETTERS
    return verb.isalpha() and verb.islower() and (verb in sets["finite_verbs"] or past)


@cache
def _glued_dateline_pattern() -> re.Pattern[str]:
    """The place (words that are no opener), an opener and the word after it."""
    openers = "|".join(sorted((w.capitalize() for w in _dateline_words()["openers"]), key=len, reverse=True))
    word = rf"(?!(?:{openers})\b){GLUED_PLACE_WORD}"
    # rule `two_part_glued_dateline` (session 11: "Bossangoa, Central African Republic A ceasefire
    # ..." stayed in a bottom line): the country after the comma is one to three capitalised words,
    # "of" ("of the") between them ("Papua New Guinea", "Democratic Republic of Congo")
    country = rf"{word}(?: (?:of (?:the )?)?{word}){{0,2}}"
    # rule `contracted_subject_after_a_glued_place`: the subject may carry its verb ("It's", "They're")
    return re.compile(rf"(?P<place>{word}(?: {word}){{0,2}}(?:, {country})?) "
                      rf"(?P<opener>{openers})(?P<contraction>['\u2019](?:s|re|ll|d|ve))? +(?P<next>\S+)")


@cache
def _dateline_words() -> dict[str, frozenset[str]]:
    """rules/datelines.txt, with the words no dateline holds and the finite
    verbs, read from the files that list them."""
    grammar = load_word_sets("claim_grammar")  # the claim tagger's closed word sets
    sets = dict(load_word_sets("datelines"))
    sets["not_places"] = load_word_set("sentence_starters").union(
        *(grammar[name] for name in ("prepositions", "subordinators", "fronted_openers", "sentence_adverbs")))
    sets["finite_verbs"] = grammar["finite_verbs"]
    sets["time_words"] = grammar["time_words"]  # weekdays, "today", "tomorrow"
    # rule `glued_place_before_a_name`: the lists of places, names, bodies, titles and stop words
    place_words = load_word_sets("place_words")
    sets["listed_places"] = load_word_set("places")
    sets["places"] = sets["listed_places"].union(
        *(words for name, words in place_words.items() if name.startswith("short_")))  # "u.s.", "uk"
    sets["first_names"] = frozenset().union(*load_word_sets("first_names").values())
    sets["organisation_words"] = load_word_set("organisation_words").union(
        *load_word_sets("organisation_descriptions").values())  # "Times", "Post", "Reuters" name bodies
    # rule `upper_case_place_and_one_word_is_a_name`: "Post", "Times", "Herald" after a place
    sets["newspaper_words"] = load_word_sets("organisation_descriptions")["newspaper/paper/tabloid"]
    sets["titles"] = load_word_set("title_abbreviations").union(
        title.split()[0].lower() for title in load_rules("titles"))
    sets["place_ends"] = place_words["ends"] | place_words["ends_unless_a_person"]
    sets["name_connectors"] = name_particles() | grammar["organisation_connectors"]
    sets["name_particles"] = name_particles()
    sets["name_stop_words"] = load_word_set("name_stopwords").union(
        load_word_set("sentence_starters"), sets["name_connectors"],
        *(grammar[name] for name in ("subordinators", "prepositions", "determiners")))
    sets["glued_place_openers"] = grammar["glued_place_openers"]
    # rule `opener_before_prose_after_a_glued_place`: the words that open a sentence before a word
    # in lower case after a glued place ("Despite attempts", "With only", "During the", "Just a")
    sets["openers_before_prose"] = sets["glued_place_openers"].union(
        *(grammar[name] for name in ("prepositions", "subordinators", "fronted_openers")), sets["time_adverbs"])
    sets["dateline_places"] = sets["places"] | sets["dateline_places"]
    # rule `people_of_a_listed_place` (`places_of_a_people`)
    for name in ("people_endings", "dropped_place_endings", "peoples_in_i"):
        sets[name] = grammar[name]
    # rule `place_and_region_before_a_subject`: the common nouns for people that open a subject
    source_nouns = load_word_sets("source_nouns")
    people_nouns = source_nouns["people"] | source_nouns["described"] | source_nouns["groups"]
    # rule `actors_after_a_place_and_region`: doers that are no sources open a subject after a region
    sets["region_subjects"] = people_nouns | sets["region_actors"]
    sets["groups"] = source_nouns["groups"]  # rule `group_after_a_glued_place`
    sets["bodies"] = source_nouns["bodies"]  # rule `body_after_a_place_and_region`
    sets["described"] = source_nouns["described"]  # rule `role_and_person_after_a_glued_place`
    sets["title_qualifiers"] = grammar["title_qualifiers"]  # rule `former_role_after_a_glued_place`
    sets["prepositions"] = grammar["prepositions"]  # ... and the phrase that goes on after it
    sets["legislatures"] = grammar["legislatures"]  # ... which a place may own ("Texas House")
    return sets


@cache
def name_particles() -> frozenset[str]:
    """ "de", "van", "bin", "al": the lower-case particles inside a person's
    name (claim_grammar.txt name_connectors); the one reader of that list
    for cleanup's datelines and the claim tagger's words ("al-Assad")."""
    return load_word_sets("claim_grammar")["name_connectors"]


def is_dateline_place(words: str) -> bool:
    """`words` (as written, one space between) name a place that opens
    datelines: places.txt and datelines.txt `dateline_places`
    ("Washington", which places.txt leaves out as a person's name too)."""
    return words.lower() in _dateline_words()["dateline_places"]


def dateline_places(text: str) -> tuple[str, ...]:
    """The places the dateline that opens the body's first sentence `text`
    names ("ST CATHERINE, Jamaica — ..." -> ("ST CATHERINE", "Jamaica"),
    "Philadelphia Attorneys in ..." -> ("Philadelphia",)): the brief lists
    them as places (mentions rule `dateline_names_a_place`)."""
    head = re.sub(r"\([^()]*\)", " ", text[:dateline_length(text, True)])
    head = re.sub(r"[\s\u2014\u2013-]+$", "", head)
    return tuple(piece for piece in (_without_a_stop(p.strip(" ")) for p in head.split(",")) if piece)


def _without_a_stop(piece: str) -> str:
    """A dateline's piece without the dots around it ("FLA." -> "FLA"),
    but for the dot that closes an abbreviation with dots inside ("Washington
    D.C.": rule `abbreviation_dot_ends_no_glued_place`)."""
    piece = piece.lstrip(".")
    last = piece.rsplit(" ", 1)[-1]
    return piece if piece.endswith(".") and closes_an_abbreviation(last[:-1]) else piece.rstrip(".")


def without_dateline(text: str, opens_body: bool = True) -> str:
    """`text` from after its dateline (rule `dateline_is_no_point`; a glued
    one only when `text` opens the body)."""
    return text[dateline_length(text, opens_body):]


@cache
def _peoples_by_their_own_word() -> dict[str, str]:
    """claim_grammar.txt `peoples_by_their_own_word`: "british" -> "britain"."""
    pairs = (entry.partition(":") for entry in load_word_sets("claim_grammar")["peoples_by_their_own_word"])
    return {word: place for word, _, place in pairs}


def places_of_a_people_in_mentions(word: str) -> list[str]:
    """`places_of_a_people`, and a people's word of its own ("british" ->
    ["britain"], "frenchman" -> ["france"]) for Mentioned only: the claim
    tagger and the datelines keep their reading ("The Thai government" as
    written, "London Irish fans" whole)."""
    own_word = _peoples_by_their_own_word().get(word)
    if own_word is not None:
        return [own_word] if own_word in _dateline_words()["places"] else []
    return places_of_a_people(word)


def places_of_a_people(word: str) -> list[str]:
    """Rule `people_of_a_listed_place`: the listed places (places.txt and
    the short forms of countries) whose
    people `word` (lower case) names, its people's ending cut and perhaps a
    dropped letter put back ("ukrainian" -> ["ukraine"], "mexican" ->
    ["mexico"]), or a listed word in "-i" ("israeli" -> ["israel"]); [] for
    any other word ("brian", "jordan", "baghdadi"). The one test of a
    people's word: the claim tagger's bodies, Mentioned and the glued
    dateline (rule `people_adjective_after_a_glued_place`) read it alike
    (here, as claims.names reads datelines from this module)."""
    sets = _dateline_words()
    if word in sets["peoples_in_i"]:
        return [word[:-1]] if word[:-1] in sets["places"] else []
    # the stem as cut, or with a letter its place's name ends in ("Mexican" -> Mexico)
    people_endings, dropped_endings = _people_endings()
    return [stem + dropped for ending in people_endings
            if word.endswith(ending) and len(word) > len(ending) + 2
            for stem in [word[: -len(ending)]] for dropped in dropped_endings if stem + dropped in sets["places"]]


@cache
def _people_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """For `places_of_a_people`, sorted once: the endings of a people's word
    (datelines.txt people_endings), and "" with the letters a place's name
    may have dropped before them (dropped_place_endings)."""
    sets = _dateline_words()
    return tuple(sorted(sets["people_endings"])), ("", *sorted(sets["dropped_place_endings"]))
