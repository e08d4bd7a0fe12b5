"""Sentence splitting for news text, offline, in time linear in the text.

The engine is nltk's Punkt (behind one seam, `summarizer/nlp/punkt.py`),
given parameters the project ships as data (abbreviations, titles, frequent
sentence starters) instead of a downloaded model. Punkt only sees one block
of running text at a time: blank lines (paragraphs) and the line breaks that
end a sentence are boundaries before Punkt runs (`summarizer/nlp/lines.py`),
and a few named rules mend what Punkt gets wrong in news. Every sentence
keeps `start`/`end` offsets into the original text, never recomputed.

Every rule looks at a bounded window around its candidate boundary (at most
`WINDOW` characters each side; `QUOTATION_WINDOW` after an opening quote for
`unstopped_before_quotation`), never at the rest of the text, so a
megabyte-long sentence costs what a megabyte of short ones does.

Rules, each named where it is coded and tested with a real news passage in
tests/splitter_cases.txt:
- before Punkt: `paragraph_break`, `hard_wrap`, `list_items`,
  `open_line_goes_on`, `lowercase_line_goes_on`, `lowercase_list`,
  `line_break_ends_headline` (lines.py), `inline_list`, `bare_first_list_number`;
- inside Punkt: `dotted_initials`, `judge_one_boundary`,
  `starter_before_initial` (punkt.py);
- after Punkt, splitting a piece: `run_in_page_prompt`, `no_space_after_stop`,
  `clock_time_before_title`, `clock_time_before_sentence`, `unstopped_before_pronoun`,
  `unstopped_before_starter`, `unstopped_after_quotation`, `unstopped_after_name`, `unstopped_before_quotation`,
  `four_dot_ellipsis`;
- after Punkt, trimming: `stray_opening_quote`;
- after Punkt, joining or moving: `detached_closing_mark`,
  `ellipsis_opens_sentence`, `list_marker_opens_item`, `lowercase_goes_on`,
  `punctuation_goes_on`, `dash_goes_on`, `quote_then_attribution`, `quoted_question_in_a_list_goes_on`,
  `title_before_name`, `number_abbreviation`, `spaced_ellipsis_goes_on`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from summarizer.model import Sentence
from summarizer.nlp.lines import line_blocks, paragraph_lines, paragraph_spans, trimmed, wrap_width
from summarizer.rules import load_rules, load_word_set, load_word_sets

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = ["paragraph_spans", "split_sentences"]

# How far a rule may look from its candidate boundary, in characters.
WINDOW = 80

CLOSING_MARKS = re.compile(r"""[)\]}"'\u2019\u201d\u00bb]+[.,;:!?\u2026]*(?=\s|$|[,;:\u2014\u2013-])""")
OPENING_MARKS = r"""['"\u2018\u201c(\[\s]*"""
FIRST_WORD = re.compile(OPENING_MARKS + r"([^\W\d_]+)")
GOES_ON_PUNCTUATION = re.compile(r"[,;:)\]}]|\u2014|\u2013|--|-\s+[a-z]")
LETTER_OR_DIGIT = re.compile(r"[^\W_]")
SPACE = re.compile(r"\s*")
WORD_AFTER = re.compile(r"\S*")
LAST_WORD = re.compile(r"(?<!\S)\S+$")
DOTTED_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")
LIST_MARKER = re.compile(r"[-*\u2022\u2043]?\s*(?:\d{1,3}|[A-Za-z])[.)]{1,2}")
ELLIPSIS = re.compile(r"\.{3,}|\u2026|(?:\.\s){2,}\.")
QUOTE_ENDS_QUESTION = re.compile(r"""[?!]+['"\u2019\u201d]+$""")
QUOTED_QUESTION_THEN_COMMA = re.compile(r"""[?!]+['"\u2019\u201d]+,$""")
NAME_THEN_VERB = re.compile(r"""((?:[A-Z][\w'\u2019.-]*\s+){1,4})([a-z]+)\b""")
NUMBER_ABBREVIATION_END = re.compile(r"\b(?:No|Nos|no|Art|Fig|Vol|p|pp|N\u00b0|N\u00ba)\.$")
STARTS_DIGIT = re.compile(r"\d")
LEADING_MARKS = "\"'\u2018\u201c([{"

# Rule `inline_list`: a marker `1.)`, `2)`, `3.`, `a.`, `• 9.`, `⁃10.`.
INLINE_LIST_MARKER = re.compile(r"(?<!\S)([\u2022\u2043\u25aa\u25cf*-]\s?)?(\d{1,2}|[a-z])(\.\)|\.|\))(?=\s+\S)")
MID_LIST_START = re.compile(r"1\.(?<!\S1\.)(?=\s+[A-Z])")
# Rule `bare_first_list_number`: a run's first number written without its stop, after a sentence's
# stop and before a capital (`for 10 minutes.. 1 He eats ... 2. Manny will ...`).
BARE_LIST_START = re.compile(r"(?<=[.!?]\s)1(?=\s+[A-Z])")
# ... and the item it opens keeps it: a bare number that opens an item's first piece (`1`, `He eats`
# cut by `unstopped_before_pronoun`) opens the sentence after it
BARE_LIST_NUMBER = re.compile(r"\d{1,2}")
# Rule `no_space_after_stop`: `fell.Profits`, `1,000.That`.
STOP_WITHOUT_SPACE = re.compile(r"[.!?](?<=[^\W_]{2}[.!?])(?=[A-Z][a-z])")
NOT_PROSE = re.compile(r"[@/\\:_]|www\.")
# A capitalised word as prose writes it, up to a space or closing punctuation.
PLAIN_WORD = re.compile(r"""([A-Z][a-z]+(?:['\u2019][a-z]+)?)(?=[\s.,;:!?"'\u2019\u201d)]|$)""")
# Rule `four_dot_ellipsis`: `compounds. . . .` followed by another sentence.
# Rule `stray_opening_quote`: a stop, then space, then a lone opening quote mark ending the block.
STRAY_OPENING_QUOTE = re.compile(r"""(?<=[.!?])\s+["\u201c\u2018]$""")
FOUR_DOT_ELLIPSIS_END = re.compile(r"(?<=[^\W\d_])\.(?:\s\.){3}$")
# Rule `spaced_ellipsis_goes_on`: ` . . .` inside a sentence marks an omission.
SPACED_ELLIPSIS_END = re.compile(r"(?:^|[^.\s])\s\.\s\.\s\.$")
FRONTED_TIME_MAX = 24
# Rules `unstopped_before_pronoun` and `unstopped_before_quotation`: a
# lower-case word (or a number), a space, a capitalised opener and a
# lower-case word; or any word, a space, an opening quote and a capital.
UNSTOPPED_BEFORE_OPENER = re.compile(r"(?<![^\s(])([a-z]+(?:-[a-z]+)*|\d+)\s+([A-Z][a-z]*)\s+(?=[a-z])")
UNSTOPPED_BEFORE_QUOTE = re.compile(r"(?<![^\s(])([^\W_]+)\s+(?=['\u2018\u201c\"][A-Z])")
# Rule `unstopped_after_quotation`: a lower-case letter, a closing quote mark,
# a space, a capitalised opener (group 1) and a lower-case word.
UNSTOPPED_AFTER_QUOTE = re.compile(r"[a-z]['\u2019\u201d\"]\s+([A-Z][a-z]*)\s+(?=[a-z])")
# Where a quotation `unstopped_after_quotation` closes was opened: a mark at a word's start.
OPENING_QUOTE = re.compile(r"(?<![^\s(])['\u2018\u201c\"]")
# Rule `unstopped_after_name`: a capitalised word (group 1), a space, a
# capitalised pronoun (group 2) and a lower-case word.
UNSTOPPED_AFTER_NAME = re.compile(r"(?<![^\s(])([A-Z][a-z]+)\s+([A-Z][a-z]*)\s+(?=[a-z])")
# How far `unstopped_before_quotation` looks for the end of the quotation
# and its attribution (a quoted sentence is longer than WINDOW; still bounded).
QUOTATION_WINDOW = 320
# How many words before the quotation `unstopped_before_quotation` searches for
# a verb of saying whose quotation it is ("told the New York Post 'She was ...").
SPEECH_VERB_LOOKBACK = 5
QUOTE_CLOSES = {"'": "'", "\u2018": "\u2019", "\u201c": "\u201d", '"': '"'}
QUOTED_SENTENCE_WORDS = 4
# Rule `unstopped_before_starter` cuts only after a run of at least this many
# words since the piece's start: a caption that lost its stop is a clause; a
# shorter run is a heading or label (`Bernie Sanders: Credit scores On his
# campaign website, ...`), which, cut off, the claim tagger would read as
# the named person's words.
CAPTION_MIN_WORDS = 6


class _Abbreviations(frozenset[str]):
    """Rule `dotted_initials`: "H.W.", "N.H.", "F.B.I." are abbreviations too.

    Like the listed ones they end a sentence only before a frequent sentence
    starter: `former President George H.W. Bush` stays whole, `a ban on
    Muslims entering the U.S. The proposal...` is two sentences.
    """

    def __contains__(self, word: object) -> bool:
        return super().__contains__(word) or (isinstance(word, str) and DOTTED_INITIALS.fullmatch(word) is not None)


@cache
def _titles() -> frozenset[str]:
    return load_word_set("title_abbreviations")


@cache
def _abbreviations() -> _Abbreviations:
    return _Abbreviations(load_word_set("abbreviations") | _titles())


def is_abbreviation(word: str) -> bool:
    """Whether `word` (without its final stop, any case) is an abbreviation
    whose stop ends no sentence: a listed one ("Inc", "Calif") or dotted
    initials ("U.N", "D.C")."""
    return word.lower() in _abbreviations()


@cache
def _run_in_prompt() -> re.Pattern[str]:
    """Rule `run_in_page_prompt`: a website prompt run into the text
    (rules/run_in_prompts.txt) is a piece of its own: `Scroll down for video
    According to Michael Redwood, ...` is the prompt, then the sentence."""
    prompts = "|".join(f"(?:{entry})" for entry in load_rules("run_in_prompts"))
    return re.compile(rf"(?<![^\W_])(?:{prompts})(?![^\W_])", re.IGNORECASE)


@cache
def _punkt() -> PunktSentenceTokenizer:
    """The Punkt tokenizer, built once on first use (nltk is imported here)."""
    from summarizer.nlp.punkt import build_punkt

    return build_punkt(_abbreviations(), load_word_set("sentence_starters"))


@cache
def _clock_before_title() -> re.Pattern[str]:
    """Rule `clock_time_before_title`: a clock time ends a sentence before a
    title and a name: `He left the bank at 6 P.M. Mr. Smith then went to the
    store.` A time phrase that opens the sentence does not: `At 5 a.m. Mr.
    Smith went to the bank.`"""
    titles = "|".join(sorted((re.escape(t[0].upper() + t[1:]) for t in _titles()), key=len, reverse=True))
    return re.compile(rf"\b\d{{1,2}}(?:[:.]\d\d)?\s?(?:[ap]\.m\.|[AP]\.M\.)(?=\s+(?:{titles})\.\s+[A-Z])")


# Rule `clock_time_before_sentence`: a clock time, then a capitalised word and
# a lower-case word (the word is group 1).
CLOCK_TIME_BEFORE_WORD = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.m\.|[AP]\.M\.)(?=\s+([A-Z][a-z]+)\s+(?!time\b)[a-z])")


def _clock_before_sentence(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Rule `clock_time_before_sentence`: a clock time ends a sentence before
    a capitalised word and a lower-case one, as Punkt only sees when the word
    is a frequent sentence starter: `from 10 a.m. to 9 p.m. Email
    vote@example.org or call ...` is two sentences. A word that goes on with
    the time (rules/clock_time_followers.txt: `at 5 p.m. Eastern and`, `at 9
    a.m. Monday`) or a place's time (`at 8 p.m. Moscow time`) does not, nor
    a time phrase that opens the sentence (`At 5 a.m. Police arrived`)."""
    followers = load_word_set("clock_time_followers")
    for match in CLOCK_TIME_BEFORE_WORD.finditer(text, start, end):
        if match.group(1).lower() not in followers:
            yield match


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences with offsets into `text`.

    A sentence never crosses a blank line. `Sentence.paragraph` counts the
    blocks between blank lines.
    """
    paragraphs = [paragraph_lines(text, start, end) for start, end in paragraph_spans(text)]
    width = wrap_width(text, paragraphs)
    sentences: list[Sentence] = []
    for paragraph_index, lines in enumerate(paragraphs):
        for block_start, block_end in line_blocks(text, lines, width):
            for item_start, item_end in _list_items(text, block_start, block_end):
                for s, e in _sentence_spans(text, item_start, item_end):
                    sentences.append(Sentence(len(sentences), s, e, text[s:e], paragraph_index))
    return sentences


def _list_items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Rule `inline_list`: list items run together on one line are cut
    before each marker of a numbered run, whether or not the items end in a
    full stop: a block that opens with a marker (`1.) First step 2.) Second
    step`, `a. ... b. ... c. ...`, `• 9. ... • 10. ...`), or a run `1. ...
    2. ...` inside the block, each item opening with a capital (`the mega
    fight 1. Twizzlers are one of his go-to snacks 2. Ramen noodle soup
    is ...`). A run inside a sentence in another style stays whole: `appear
    to be: 1) Probably, at least for now, and 2) Yes.` Rule
    `bare_first_list_number` (session 12, a CNN list: `for 10 minutes.. 1
    He eats ... 2. Manny will ...` gave `for 10 minutes.. 1` and `... meal
    2.`): a run may open on a bare `1` after a sentence's stop, when `2.`
    follows in the block; a bare `1` with no `2.` after it stays (`won 2-1.
    1 Direction ...` is no list)."""
    first = INLINE_LIST_MARKER.match(text, start, end)
    if first is None and not MID_LIST_START.search(text, start, end) and not BARE_LIST_START.search(text, start, end):
        yield start, end
        return
    cuts: list[int] = []
    pending: int | None = None
    style, expected = (_marker_style(first), _marker_value(first) + 1) if first else (None, 0)
    after_first = first.end() if first else start
    markers = sorted([*INLINE_LIST_MARKER.finditer(text, after_first, end),
                      *BARE_LIST_START.finditer(text, after_first, end)], key=lambda m: m.start())
    for marker in markers:
        if marker.re is BARE_LIST_START:
            style, expected, pending = None, 2, marker.start()  # its style is that of the `2.` it needs
            continue
        if style is None and pending is not None and marker.group(2) == "2":
            style = _marker_style(marker)
        if _marker_style(marker) == style and _marker_value(marker) == expected:
            cuts.extend(([pending] if pending is not None else []) + [marker.start()])
            expected, pending = expected + 1, None
        elif _opens_numbered_run(text, start, end, marker):
            style, expected, pending = _marker_style(marker), 2, marker.start()
    item_start = start
    for cut in cuts:
        yield from trimmed(text, item_start, cut)
        item_start = cut
    yield item_start, end


def _opens_numbered_run(text: str, start: int, end: int, marker: re.Match[str]) -> bool:
    """`1.` before a capital, inside the block, and not a number (`step No. 1.`)."""
    if not MID_LIST_START.match(text, marker.start(), min(end, marker.end() + WINDOW)):
        return False
    before = (start, _trimmed_end(text, start, marker.start()))
    return not _number_after_abbreviation(text, before, (marker.start(), end))


def _trimmed_end(text: str, start: int, end: int) -> int:
    """`end` moved back over the whitespace before it, within the window."""
    tail = text[max(start, end - WINDOW) : end]
    return end - (len(tail) - len(tail.rstrip()))


def _marker_style(marker: re.Match[str]) -> tuple[str, bool, str]:
    bullet, label, mark = marker.groups()
    return (bullet or "").strip(), label.isdigit(), mark


def _marker_value(marker: re.Match[str]) -> int:
    label = marker.group(2)
    return int(label) if label.isdigit() else ord(label) - ord("a") + 1


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    block = text[start:end]
    pieces = [(start + s, start + e) for s, e in _punkt().span_tokenize(block)]
    if _run_in_prompt().search(block):
        pieces = _split_run_in_prompts(text, pieces)
    if STOP_WITHOUT_SPACE.search(block) or _clock_before_title().search(block) \
            or CLOCK_TIME_BEFORE_WORD.search(block):
        pieces = _split_missed_breaks(text, pieces)
    if UNSTOPPED_BEFORE_OPENER.search(block) or UNSTOPPED_BEFORE_QUOTE.search(block) \
            or UNSTOPPED_AFTER_QUOTE.search(block) or UNSTOPPED_AFTER_NAME.search(block):
        pieces = _split_unstopped(text, pieces)
    return _without_stray_opening_quote(text, _four_dot_ellipsis(text, _mend_false_breaks(text, pieces)), end)


def _without_stray_opening_quote(text: str, pieces: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """Rule `stray_opening_quote` (web tester s13, viconsortium: a key point
    ended `... Director of the Caribbean Air and Marine Branch. “`, the
    page's typo): an opening quote mark after the block's last stop opens
    nothing (no words follow it before the block ends), so it is left out of
    the sentence; a mark glued to the stop (`Branch.”`, `Branch.\"`)
    closes a quotation and stays."""
    if not pieces:
        return pieces
    start, last = pieces[-1]
    if text[last:end].strip():
        return pieces
    stray = STRAY_OPENING_QUOTE.search(text, max(start, last - WINDOW), last)
    return pieces if stray is None else [*pieces[:-1], (start, stray.start())]


def _split_run_in_prompts(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a run-in website prompt off the piece it opens, as a piece of its
    own (rule `run_in_page_prompt`). Only a capitalised prompt that opens a
    piece, before a capitalised word or a quotation: `readers who scroll
    down for video ...` is a sentence that says it."""
    cut: list[tuple[int, int]] = []
    for start, end in pieces:
        prompt = _run_in_prompt().match(text, start, end)
        rest = _run_end(SPACE, text, prompt.end(), end) if prompt else end
        if prompt and text[start].isupper() and (rest == end or not text[rest].islower()):
            cut.append((start, prompt.end()))
            if rest < end:
                cut.append((rest, end))
        else:
            cut.append((start, end))
    return cut


def _split_missed_breaks(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut Punkt's pieces where news punctuation hid a boundary from it.

    Rule `no_space_after_stop`: a full stop, ? or ! with no space after it
    ends a sentence before a capitalised word: `Sales rose.Profits fell.`,
    `bought 1,000.That was all.` Not in an address (`Jane.Doe@example.com`,
    `example.com/News.Html`) or after an abbreviation (`e.g.The`).
    Rules `clock_time_before_title` and `clock_time_before_sentence`: see
    `_clock_before_title` and `_clock_before_sentence`.
    """
    cut: list[tuple[int, int]] = []
    for start, end in pieces:
        breaks = []  # (end of one sentence, start of the next)
        for match in STOP_WITHOUT_SPACE.finditer(text, start, end):
            if _is_prose_stop(text, match.start()):
                breaks.append((match.end(), match.end()))
        clock_times = [*_clock_before_title().finditer(text, start, end), *_clock_before_sentence(text, start, end)]
        for match in clock_times:
            if not _is_fronted_time(text, start, match.start()):
                breaks.append((match.end(), _run_end(SPACE, text, match.end(), end)))
        position = start
        for sentence_end, next_start in sorted(breaks):
            if position < sentence_end < end:
                cut.append((position, sentence_end))
                position = next_start
        cut.append((position, end))
    return cut


def _split_unstopped(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut Punkt's pieces where a sentence lost its stop: a photo caption
    run into the text, as CNN/DailyMail and pasted web pages give it.

    Rule `unstopped_before_pronoun`: a lower-case word that may end a
    sentence (`_ends_glued_sentence`), then a capitalised pronoun or
    determiner (rules/glued_sentence_openers.txt) and a lower-case word: `...
    in charge of the club He has impressed Mann` is two sentences.
    Mid-sentence, English writes these words in lower case.
    Rule `unstopped_before_starter` (session 17, FRANK dev): the same after
    a lower-case word that is no verb of saying, before a frequent sentence
    starter (rules/sentence_starters.txt) but those that stand capitalised
    inside a sentence too (`_glued_starters`), at least CAPTION_MIN_WORDS
    words into the piece: `... to fight with stewards After initially
    being restrained ...` is two sentences.
    Rule `unstopped_after_quotation` (session 17, FRANK dev): the same
    opener after a closing quote mark glued to a lower-case word, the
    quotation opened within WINDOW before: `... on his holiday was 'too
    hot' The incident was shared ...` is two sentences.
    Rule `unstopped_after_name` (session 17, FRANK dev): a capitalised
    word, then a capitalised subject pronoun or "His"
    (rules/glued_sentence_junctions.txt `after_name`) and a lower-case word:
    `... in both English and Tagalog She fits in so well ...`; not after a
    title (`Dr He said`), a stop word (`And He said`) or a name of God.
    Rule `unstopped_before_quotation`: a word that is no stop word nor a
    verb of saying, with no verb of saying among the SPEECH_VERB_LOOKBACK
    words before it (`told the New York Post 'She was ...'` is the verb's
    quotation), then a quoted sentence (a capital, at least
    QUOTED_SENTENCE_WORDS words, a comma, stop, ? or ! before the closing
    mark) followed by its attribution (`,' she admitted`, `,' an FBI source
    told`): `... on Friday 'I'd be over the moon to get it,' said Locke`.
    A title in quotes has no attribution after it (`an app called "GPS for
    the Soul," at the show`) or is written in title case, half its words
    or more capitalised (`he titled "They Call Me Slim," Schapiro said`):
    it stays.
    """
    from summarizer.nlp.words import stop_words

    stops = stop_words()
    speech_verbs = load_word_set("attribution_verbs")
    not_before_quotation = stops | speech_verbs
    openers = load_word_set("glued_sentence_openers")
    cut: list[tuple[int, int]] = []
    for start, end in pieces:
        breaks = []
        for match in UNSTOPPED_BEFORE_OPENER.finditer(text, start, end):
            if _ends_glued_sentence(text, match, start) and (
                    match.group(2).lower() in openers or _caption_before_starter(text, match, start, speech_verbs)):
                breaks.append(match.start(2))
        for match in UNSTOPPED_AFTER_QUOTE.finditer(text, start, end):
            if match.group(1).lower() in openers and _closes_quotation(text, match.start() + 1, start):
                breaks.append(match.start(1))
        for match in UNSTOPPED_AFTER_NAME.finditer(text, start, end):
            if _name_ends_glued_sentence(text, match, start):
                breaks.append(match.start(2))
        for match in UNSTOPPED_BEFORE_QUOTE.finditer(text, start, end):
            word = match.group(1)
            if (word.lower() not in not_before_quotation
                    and not _speech_verb_before(text, match.start(1), start, speech_verbs)
                    and _opens_attributed_quotation(text, match.end(), end)):
                breaks.append(match.end())
        position = start
        for cut_at in sorted(breaks):
            if position < cut_at < end:
                cut.append((position, _trimmed_end(text, position, cut_at)))
                position = cut_at
        cut.append((position, end))
    return cut


def _ends_glued_sentence(text: str, match: re.Match[str], piece_start: int) -> bool:
    """Whether the word before a capitalised opener (rule
    `unstopped_before_pronoun`, rules/glued_sentence_junctions.txt) may end
    a sentence: no stop word other than one that ends a clause (`frame her
    It was`), no verb of saying or naming (`a group called The Family`), the
    last part of a hyphenated word counting (`the quarter-final The
    incident`); and the opener is no He, His or Him of God (`the Lord His
    mercy`, a name of God in the WINDOW before)."""
    from summarizer.nlp.words import stop_words

    junctions = load_word_sets("glued_sentence_junctions")
    word = match.group(1).rsplit("-", 1)[-1]
    if (word in stop_words() and word not in junctions["ends_clause"]) or word in junctions["goes_on"]:
        return False
    if match.group(2).lower() not in junctions["divine_pronoun"]:
        return True
    before = text[max(piece_start, match.start(2) - WINDOW) : match.start(2)]
    words = {word.strip(".,;:!?\"'\u2019\u201d()") for word in before.split()}
    return not any(name.title() in words for name in junctions["divine"])


def _caption_before_starter(text: str, match: re.Match[str], piece_start: int, speech_verbs: frozenset[str]) -> bool:
    """Rule `unstopped_before_starter`: the capitalised word is a starter
    it cuts before (`_glued_starters`), the word before it a word (no
    number) and no verb of saying, at least CAPTION_MIN_WORDS words into the
    piece."""
    return (match.group(2).lower() in _glued_starters() and match.group(1)[0].isalpha()
            and match.group(1) not in speech_verbs
            and _words_since(text, piece_start, match.start(2)) >= CAPTION_MIN_WORDS)


def _words_since(text: str, piece_start: int, position: int) -> int:
    """How many words stand between the piece's start and `position`,
    counted within WINDOW (enough for CAPTION_MIN_WORDS)."""
    return len(text[max(piece_start, position - WINDOW) : position].split())


@cache
def _glued_starters() -> frozenset[str]:
    """Sentence starters that rule `unstopped_before_starter` cuts before:
    rules/sentence_starters.txt less the openers of `unstopped_before_pronoun`
    (its own rule) and rules/glued_sentence_junctions.txt
    `starter_not_after_word` (a label `brand A over`, a title `hit When a
    Man ...`, `say No to`)."""
    excluded = load_word_sets("glued_sentence_junctions")["starter_not_after_word"]
    return load_word_set("sentence_starters") - load_word_set("glued_sentence_openers") - excluded


def _closes_quotation(text: str, mark: int, piece_start: int) -> bool:
    """Whether the quote mark at `mark` closes a quotation opened within
    WINDOW before it in the piece (rule `unstopped_after_quotation`): an
    opening mark at a word's start, not an apostrophe (`the players' The`)."""
    return OPENING_QUOTE.search(text, max(piece_start, mark - WINDOW), mark) is not None


def _name_ends_glued_sentence(text: str, match: re.Match[str], piece_start: int) -> bool:
    """Whether a capitalised word ends a sentence before a capitalised
    pronoun (rule `unstopped_after_name`): the pronoun is one of
    rules/glued_sentence_junctions.txt `after_name`, and the word before it
    no stop word (`And He said`), no title (`Dr He said`: a surname) and no
    name of God (`the Lord His mercy`)."""
    from summarizer.nlp.words import stop_words

    junctions = load_word_sets("glued_sentence_junctions")
    word = match.group(1).lower()
    if match.group(2).lower() not in junctions["after_name"]:
        return False
    return word not in stop_words() and word not in _one_word_titles() and word not in junctions["divine"]


@cache
def _one_word_titles() -> frozenset[str]:
    """Titles of one word, lower case without dots, read from the claims'
    lexicon as `claims.names.one_word_titles` reads them (names imports the
    splitter, so the splitter cannot import names)."""
    from summarizer.claims.lexicon import titles

    return frozenset(t[0] for t in titles() if len(t) == 1) | load_word_set("title_abbreviations")


def _speech_verb_before(text: str, word_start: int, piece_start: int, verbs: frozenset[str]) -> bool:
    """Whether a verb of saying stands among the SPEECH_VERB_LOOKBACK words
    before the word at `word_start` (rule `unstopped_before_quotation`):
    the quotation is then that verb's (`The governor told lawmakers "We
    cannot wait ...," an aide said`) and no caption ends before it."""
    before = text[max(piece_start, word_start - WINDOW) : word_start].split()[-SPEECH_VERB_LOOKBACK:]
    return any(word.strip(".,;:!?\"'\u2019\u201d()").lower() in verbs for word in before)


def _opens_attributed_quotation(text: str, opening: int, end: int) -> bool:
    """Whether the mark at `opening` opens a quoted sentence followed by its
    attribution (rule `unstopped_before_quotation`), within QUOTATION_WINDOW."""
    close = QUOTE_CLOSES[text[opening]]
    limit = min(end, opening + QUOTATION_WINDOW)
    position = opening + 1
    while True:
        position = text.find(close, position, limit)
        if position < 0:
            return False
        if close in "'\u2019" and position + 1 < len(text) and text[position + 1].isalpha():
            position += 1  # an apostrophe: "it's"
            continue
        break
    quoted = text[opening + 1 : position].rstrip()
    words = quoted.split()
    if len(words) < QUOTED_SENTENCE_WORDS or quoted[-1:] not in ",.!?":
        return False
    if 2 * sum(1 for word in words if word[0].islower()) < len(words):
        return False  # a title: "They Call Me Slim," Schapiro said; "The Mystery of the Shroud,"
    verbs = load_word_set("attribution_verbs")
    return any(word in verbs for word in _words_after(text, position + 1, limit))


def _words_after(text: str, start: int, limit: int) -> list[str]:
    """The first six words after `start` (up to `limit` or a stop), lower case."""
    words: list[str] = []
    for word in text[start:limit].split()[:6]:
        words.append(word.strip(".,;:!?\"'\u2019\u201d").lower())
        if word[-1] in ".!?":
            break
    return words


def _is_prose_stop(text: str, stop: int) -> bool:
    """Whether the stop at `stop`, inside a word, ends a sentence.

    Not in an address, code or a dotted name: the word has no `@`, `/` or
    `:`, no other inner stop (`stuff.bigstuff.Stuffometer`, `Live.Do.Grow.`),
    and the word after the stop is plain (`mod.Bar()`, `library.ThingIWant`
    are code). Not after an abbreviation. And before the stop stands a
    lower-case word or a number, or after it a frequent sentence starter or
    a title (`Tuesday.Mr. Smith`), not a name (`Arq.Futuro`)."""
    word_start = _word_start(text, stop)
    word_end = _run_end(WORD_AFTER, text, stop, stop + WINDOW)
    if word_start is None or word_end == stop + WINDOW or NOT_PROSE.search(text, word_start, word_end):
        return False
    if "." in text[word_start:stop] or "." in text[stop + 1 : word_end].rstrip(".!?\"'\u2019\u201d)"):
        return False
    after = PLAIN_WORD.match(text, stop + 1, word_end)
    if after is None:
        return False
    before = text[word_start:stop].lstrip(LEADING_MARKS)
    if before.lower() in _abbreviations():
        return False
    next_word = after.group(1).lower()
    return before.islower() or before[-1].isdigit() or next_word in load_word_set("sentence_starters") \
        or next_word in _titles()


def _word_start(text: str, end: int) -> int | None:
    """Start of the word that ends at `end`; None when it starts more than
    `WINDOW` characters back."""
    match = LAST_WORD.search(text, max(0, end - WINDOW), end)
    if match:
        return match.start()
    return end if end == 0 or text[end - 1].isspace() else None


def _is_fronted_time(text: str, sentence_start: int, time_start: int) -> bool:
    before = text[sentence_start:time_start]
    return time_start - sentence_start <= FRONTED_TIME_MAX and len(before.split()) <= 2


def _mend_false_breaks(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Move or join Punkt's pieces where news punctuation misled it.

    Rule `detached_closing_mark`: a closing quote or bracket that Punkt put
    at the start of the next piece (`'Who did you help?' " the dentist
    recounted`) goes back to the sentence it closes, and so does a piece of
    bare punctuation (`the last 25 years!!`).
    Rule `ellipsis_opens_sentence`: a bare ellipsis between two sentences
    opens the second: `Everyone is healthy and happy.` `... A special thanks`.
    Rule `list_marker_opens_item`: so does a list number: `1. They fight
    bloat.` is one sentence, not `1.` and `They fight bloat.`.
    Then pieces that cannot open a sentence join the one before (`_goes_on`).
    """
    mended: list[tuple[int, int]] = []
    carried: int | None = None
    for index, (piece_start, end) in enumerate(pieces):
        start = piece_start
        if index + 1 < len(pieces) and (LIST_MARKER.fullmatch(text, start, end)
                                        or (index == 0 and BARE_LIST_NUMBER.fullmatch(text, start, end))):
            if mended and _number_after_abbreviation(text, mended[-1], (start, end)):
                mended[-1] = (mended[-1][0], end)  # `this is step No. 1.`
            else:
                carried = start if carried is None else carried
            continue
        if mended and not LETTER_OR_DIGIT.search(text, start, end):
            if ELLIPSIS.fullmatch(text, start, end) and index + 1 < len(pieces):
                carried = start if carried is None else carried
            else:
                mended[-1] = (mended[-1][0], end)
            continue
        closing = CLOSING_MARKS.match(text, start, end) if mended else None
        if closing:
            mended[-1] = (mended[-1][0], closing.end())
            start = _run_end(SPACE, text, closing.end(), end)
            carried = None
        if mended and start < end and _goes_on(text, mended[-1], (start, end)):
            mended[-1] = (mended[-1][0], end)
        elif start < end:
            mended.append((start if carried is None else carried, end))
        carried = None
    return mended


def _four_dot_ellipsis(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rule `four_dot_ellipsis`: a full stop and an ellipsis (`compounds. . . .`)
    followed by another sentence end the sentence at the full stop; the
    ellipsis opens the next one (`. . . The practice was not abandoned.`)."""
    for number in range(len(sentences) - 1):
        start, end = sentences[number]
        four_dots = FOUR_DOT_ELLIPSIS_END.search(text, max(start, end - 8), end)
        if four_dots:
            sentences[number] = (start, four_dots.start() + 1)
            next_end = sentences[number + 1][1]
            sentences[number + 1] = (_run_end(SPACE, text, four_dots.start() + 1, next_end), next_end)
    return sentences


def _goes_on(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether the piece `after` continues the sentence `before` rather than
    opening one. Both are looked at through a window of `WINDOW` characters
    at the boundary.

    Rule `lowercase_goes_on`: news sentences open with a capital, a digit or
    a quote: `"Why?" he asked.`, `between 280 B.C. and 220 A.D.`. A word
    such as "iPhone" still opens a sentence.
    Rule `punctuation_goes_on`: a comma, semicolon, colon or closing bracket
    does not open one: `Sen. Elizabeth Warren (D-Mass.), who ...`.
    Rule `dash_goes_on`: nor does a dash: `DECATUR, Ill. — Sen. Ted Cruz ...`,
    `Salaam Bombay! - nominated for the Best Foreign Language Oscar`.
    Rule `title_before_name`: a title such as `Dr.` is followed by a name:
    `Dr. Who`. It is written as a title ("SEC." is no title).
    Rule `number_abbreviation`: `the No. 1 seed`, `at N°. 1026.253.553.`
    Rule `quoted_question_in_a_list_goes_on` (web tester s17, thenervousbreakdown: `songs such as
    “What About Love?”, “These Dreams,” ...` was cut after the comma): a quotation that ends in ?
    or ! and is followed by a comma goes on; `“What About Love?” I asked.` is left to the rules above.
    Rule `spaced_ellipsis_goes_on`: a spaced ellipsis (` . . .`) marks words
    left out inside a sentence: `the thing is . . . I didn’t mean it.` (four
    dots end one).
    """
    head = text[after[0] : min(after[1], after[0] + WINDOW)]
    first_word = FIRST_WORD.match(head)
    if (first_word and first_word.group(1).islower()) or GOES_ON_PUNCTUATION.match(head):
        return True
    tail = text[max(before[0], before[1] - WINDOW) : before[1]]
    if _is_attribution(tail, head) or SPACED_ELLIPSIS_END.search(tail) or QUOTED_QUESTION_THEN_COMMA.search(tail):
        return True
    last_word = _last_word(text, before)
    if last_word.endswith(".") and last_word[:-1].istitle() and last_word[:-1].lower() in _titles():
        return True
    return _number_after_abbreviation(text, before, after)


def _last_word(text: str, span: tuple[int, int]) -> str:
    """The last word of `span`, without opening marks ("" when longer than the window)."""
    word_start = _word_start(text, span[1])
    return "" if word_start is None else text[max(word_start, span[0]) : span[1]].lstrip(LEADING_MARKS)


def _number_after_abbreviation(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    starts_with_digit = STARTS_DIGIT.match(text, after[0], after[0] + 1)
    return bool(starts_with_digit and NUMBER_ABBREVIATION_END.search(_last_word(text, before)))


def _is_attribution(before: str, after: str) -> bool:
    """Rule `quote_then_attribution`: a quotation that ends in ? or ! and is
    followed by a name and a verb of saying is one sentence with it:
    `"Who do they think they are?" Trump said of Apple in February.`"""
    match = NAME_THEN_VERB.match(after)
    if not (match and QUOTE_ENDS_QUESTION.search(before)):
        return False
    first_word = match.group(1).split()[0].lower()
    is_name = first_word not in load_word_set("sentence_starters")
    return is_name and match.group(2) in load_word_set("attribution_verbs")


def _run_end(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """Where the run of `pattern` (one that also matches nothing, such as
    SPACE) that starts at `start` ends."""
    match = pattern.match(text, start, end)
    assert match is not None, "the pattern matches the empty string"
    return match.end()
