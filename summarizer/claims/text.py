"""Stage 1, tokens and quotes: a sentence's tokens with offsets, and the
quotations found over the whole text.

`SentenceView` is what every later stage reads: one sentence's tokens, the
article's quotations, its paragraph, and the text they index.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from summarizer.cleanup import name_particles
from summarizer.nlp.splitter import paragraph_spans
from summarizer.rules import load_rules, load_word_sets, word_set

OPENING_DOUBLE = "\u201c"
CLOSING_DOUBLE = "\u201d"
OPENING_SINGLE = "\u2018"
CLOSING_SINGLE = "\u2019"
NYT_QUOTE = "''"  # two apostrophes: the New York Times' double quote
# The endings of a possessive: "Trump's", "Trump\u2019s".
POSSESSIVE_S = ("'s", "\u2019s")
QUOTE_MARKS = frozenset({*"\"'\u201c\u201d\u2018\u2019\u00ab\u00bb", NYT_QUOTE})
DOUBLE_MARK = re.compile("[\u201c\u201d\"]|''")
SINGLE_MARK = re.compile("['\u2018\u2019]")
# Rule `number_keeps_its_commas`: "10,000 cancer patients" is one token, so a
# number's tail ("000 pregnant women") is never read as a subject of its own.
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,]\d)"
# Rule `subject_contraction_splits`: "He’s claiming that ...", "they've said":
# a subject pronoun and its fused auxiliary are two tokens, so that the
# pronoun is the speaker and the auxiliary is walked over like "has".
SUBJECT_CONTRACTION = re.compile(r"(?i)(he|she|it|they|we|i|you|who)(['\u2019](?:s|d|re|ve|ll|m))")
# Words written in lower case ("support", "long-term"), as a regular
# expression over raw text (headlines, labels) rather than tokens. The two
# differ only on a hyphen before the word: LOWER_CASE_WORD skips the tail
# of a capitalised compound ("Anti-war" gives nothing), for junk's heading
# labels; LOWER_CASE_WORD_OR_HYPHEN_TAIL keeps it ("Anti-war" gives "war"),
# for the words an article writes in lower case between its sentences.
LOWER_CASE_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]*")
LOWER_CASE_WORD_OR_HYPHEN_TAIL = re.compile(r"(?<![\w'\u2019])[a-z][a-z'\u2019-]*")
# A loose word, for patterns over raw text that the tokens do not cover (a window across
# sentences, the text before a hedge): any run of word characters, apostrophes and hyphens, so a
# quoted word keeps its mark ("'anyone"); the tokenizer's WORD below trims such marks off
LOOSE_WORD = r"[\w'\u2019-]+"
WORD = r"[\w\u00C0-\u024F]+(?:['\u2019\-][\w\u00C0-\u024F]+)*(?:['\u2019](?=\s|$))?"


@cache
def _abbreviations() -> frozenset[str]:
    words = {entry for name in ("title_abbreviations", "name_abbreviations") for entry in load_rules(name)}
    return frozenset(w for w in words if w.isalpha())


@cache
def _dotted_words() -> frozenset[str]:
    """Abbreviations as the token pattern reads them: any case first letter."""
    return frozenset(w[0].lower() + w[1:] for w in _abbreviations())


@cache
def token_pattern() -> re.Pattern[str]:
    """Rule `abbreviation_keeps_its_dot`: titles (title_abbreviations.txt) and
    name parts (name_abbreviations.txt) keep their dot, so "Sen. Rubio said"
    stays one clause; so does a middle initial ("Janet L. Yellen")."""
    listed = sorted(_abbreviations(), key=len, reverse=True)
    abbreviations = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in listed)
    # rule `domain_name_is_one_token`: "GetInsured.com" is one name, not "GetInsured" "." "com"
    domains = "|".join(sorted(load_rules("domain_endings")))
    return re.compile(
        # rule `name_suffix_keeps_its_dot_before_a_comma` (recall-s27, PolNeAR train: "James B. Comey
        # Jr., the director of the Federal Bureau of Investigation, said ..." had no claim, the stop
        # read as the end of the name before its apposition): the dot stays before a comma too
        rf"(?=[A-Za-z][a-z]{{0,5}}\.[\s,])(?:{abbreviations})\.(?=[\s,])"
        # rule `abbreviated_title_joined_by_a_hyphen_is_one_word` (QA round 63, 870 s10: "Sistan and
        # Baluchestan Gov.-general Hatam Narouie" gave the role "general", cut at the hyphen): a
        # listed abbreviation, its dot and the word its hyphen joins are one word, as "U.N.-backed" is
        rf"|(?=[A-Za-z][a-z]{{0,5}}\.-[A-Za-z])(?:{abbreviations})\.-{WORD}"
        # rule `abbreviation_after_a_hyphen_keeps_its_dot` (session 27, QA round 70, 342: "Kansas
        # City-St. Joseph Bishop Robert Finn" gave "Kansas City-St" and a person "Joseph Bishop Robert
        # Finn"): a listed abbreviation joined by a hyphen to the word before it ("City-St.",
        # "Minneapolis-St. Paul") keeps its dot, as it does standing alone
        rf"|{WORD}-(?=[A-Za-z][a-z]{{0,5}}\.\s)(?:{abbreviations})\.(?=\s)"
        rf"|[A-Z][A-Za-z0-9]*\.(?:{domains})(?!\w|\.\w)"
        # rule `dotted_compound_is_one_token` (QA round 49, 911: "the U.N.-backed Organization ..." was cut
        # at the hyphen, so the speaker began at "backed"): an acronym with dots and the word its hyphen
        # joins to it are one word, as "Kremlin-backed" is; "the U.N." alone keeps its dots
        rf"|(?:[A-Za-z]\.){{2,}}(?:-{WORD})?"
        # rule `dotted_initials_without_the_last_dot_are_one_token` (QA round 52, 944 s0: "in a U.S federal
        # court accusing ..." gave the speaker "S federal court"): capitals joined by dots, the last dot left
        # out ("U.S", "U.K"), are the same one word; "U.S." is read above, a lone initial "J. Smith" below
        rf"|(?:[A-Z]\.)+[A-Z](?![\w.])(?:-{WORD})?"
        r"|[A-Z]\.(?=\s+[A-Z])"  # a middle initial
        rf"|{NYT_QUOTE}"
        rf"|{NUMBER}"
        # rule `plus_sign_ends_a_name` (QA round 49, 389: "during a Google+ Hangout discussion that" left
        # "+ Hangout discussion that" in Kerry's content): a capitalised name written with a closing plus
        # sign ("Google+", "Disney+", "C++") is one word; a number's plus ("50+ people") stays a sign
        r"|[A-Z][\w\u00C0-\u024F]*\+{1,2}(?![\w+])"
        # rule `ampersand_initials_are_one_word` (web tester s17: "B&H" was listed as "B & H"; "AT&T said"
        # gave the speaker "T"): capitals joined by an ampersand with no space ("AT&T", "B&H", "Texas
        # A&M") are one name; "Johnson & Johnson", spaced, stays three tokens (names rule
        # `ampersand_joins_a_body`)
        r"|[A-Z]{1,4}&[A-Z]{1,4}(?:['\u2019]s)?(?![\w&])"
        rf"|{WORD}"
        r"|[^\s\w]"
    )


@dataclass(slots=True)
class Token:
    """A token and its offsets. Never changed after it is made; not a frozen
    dataclass only because an article holds thousands of tokens and a frozen
    one costs four times as much to make."""

    text: str
    start: int
    end: int
    lower: str
    is_word: bool
    is_capitalised: bool

    @property
    def bare(self) -> str:
        """The word without a possessive ending: "NATO's" -> "NATO"."""
        return re.sub(r"['\u2019]s?$", "", self.text)


def capitalised(word: str) -> bool:
    """A word that opens with a capital, or rule `particle_name`: a name's
    lower-case particle joined by a hyphen to a capitalised word ("al-Assad",
    "el-Sisi", "bin-Salman") reads as a capitalised word, a name's, in
    every stage (the names layer, sources, subjects)."""
    if word[0].isupper():
        return True
    if "-" not in word:
        return False
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and rest[:1].isupper() and particle in name_particles()


CLOSING_MARKS = frozenset(',;:?!)"\u201d.')
OPENING_MARKS = frozenset('"\u201c(')


def _joined_word(piece: str) -> bool:
    """Letters joined by single apostrophes or hyphens ("Trump's", "long-term"):
    one token, as the pattern's WORD reads it."""
    return all(part.isalpha() for part in piece.replace("\u2019", "'").replace("-", "'").split("'"))


def _word_then_mark(piece: str) -> bool:
    """A word and one closing mark, which the token pattern would split
    the same way: not an abbreviation or an initial before a dot."""
    word = piece[:-1]
    if piece[-1] not in CLOSING_MARKS or not word.isalpha():
        return False
    return piece[-1] != "." or (len(word) > 1 and word[0].lower() + word[1:] not in _dotted_words())


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end], as `token_pattern` finds them.

    Most tokens are plain words between spaces: those are taken as they
    are (a third of the time the pattern takes), and the pattern runs only
    on pieces with punctuation in them. Tokens never hold a space, so the
    pattern matched from a piece's start finds what it finds over the whole
    span; it is shown the text up to the next piece's first character, all
    its look-aheads need ("Sen.", "Janet L. Yellen", "states' rights")."""
    tokens: list[Token] = []
    append = tokens.append
    match = token_pattern().match
    find = text.find
    pieces = text[start:end].split()
    s = find(pieces[0], start) if pieces else end
    for i, piece in enumerate(pieces):
        e = s + len(piece)
        following = find(pieces[i + 1], e) if i + 1 < len(pieces) else end
        if piece.isalpha() or _joined_word(piece):  # "Trump's", "Montoya-Lewis"
            fused = SUBJECT_CONTRACTION.fullmatch(piece) if len(piece) <= 6 and not piece.isalpha() else None
            if fused is not None:  # "He’s" -> "He" "’s"
                cut = s + fused.end(1)
                append(Token(fused[1], s, cut, fused[1].lower(), True, piece[0].isupper()))
                append(Token(fused[2], cut, e, fused[2].lower(), True, False))
            else:
                append(Token(piece, s, e, piece.lower(), True, capitalised(piece)))
        elif _word_then_mark(piece):  # "said," "Tuesday." "Trump:"
            word = piece[:-1]
            append(Token(word, s, e - 1, word.lower(), True, capitalised(word)))
            append(Token(piece[-1], e - 1, e, piece[-1], False, False))
        elif piece[0] in OPENING_MARKS and piece[1:].isalpha():  # "\u201cWe" "(AP"
            word = piece[1:]
            append(Token(piece[0], s, s + 1, piece[0], False, False))
            append(Token(word, s + 1, e, word.lower(), True, capitalised(word)))
        else:
            seen = min(end, following + 1)
            while s < e:
                found = match(text, s, seen)
                word = found.group() if found is not None else text[s]
                n = s + len(word)
                append(Token(word, s, n, word.lower(), word[0].isalnum(), capitalised(word)))
                s = n
        s = following
    return tokens


@dataclass(frozen=True, slots=True)
class Quotes:
    """Quotations in a text, as sorted (start, end) spans including the marks."""

    spans: tuple[tuple[int, int], ...]

    def covering(self, position: int) -> tuple[int, int] | None:
        """The quotation that holds `position`, if any."""
        i = bisect_right(self.spans, (position, 1 << 62)) - 1
        for start, end in self.spans[max(0, i - 2) : i + 1]:
            if start <= position < end:
                return start, end
        return None

    def inside(self, start: int, end: int) -> list[tuple[int, int]]:
        """Quotations that overlap start..end, in order."""
        spans = self.spans
        found = []
        for i in range(max(0, bisect_right(spans, (start, 1 << 62)) - 3), len(spans)):
            q = spans[i]
            if q[0] >= end:
                break
            if q[1] > start:
                found.append(q)
        return found


@dataclass(slots=True)
class SentenceView:
    """A sentence's tokens with what the rules need to know about its text.

    `index` is the number reported in `Claim.sentence`; `paragraph` the
    paragraph that holds the sentence (`Sentence.paragraph`). Never changed
    after it is made but for the two values worked out on first use; not a
    frozen dataclass only because an article makes one per sentence and a
    frozen one costs eight times as much to make."""

    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]
    quotes: Quotes
    text: str
    paragraph: int = 0
    known_title_case: bool | None = field(default=None, compare=False, repr=False)
    known_words: frozenset[str] | None = field(default=None, compare=False, repr=False)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character span of tokens first..last (inclusive)."""
        return self.tokens[first].start, self.tokens[last].end

    def tokens_within(self, start: int, end: int) -> list[Token]:
        """The tokens that lie wholly inside characters start..end (a source's
        or a content's span)."""
        return [t for t in self.tokens if start <= t.start and t.end <= end]

    def token_indices(self, start: int, end: int) -> list[int]:
        """The indices of `tokens_within(start, end)`: a character span (a
        source's, a subject's) as the token positions the rules walk."""
        return [k for k, t in enumerate(self.tokens) if start <= t.start and t.end <= end]

    @property
    def title_case(self) -> bool:
        """A title-case line ("Clinton Goes After Trump"): most long words
        capitalised. Worked out on first use and kept (few sentences ask).

        Rule `lower_case_said_is_no_headline` (leftovers-s21: "The Drudge
        Report said so on Monday." read as title case, and gave the speaker
        "Drudge" with the cue "Report", or the name "Report"): a headline
        capitalises its verbs ("Clinton Says ..."); a lower-case form that
        is only ever a finite cue verb (claim_grammar.txt
        finite_only_cue_forms: "said", "told") shows a line of prose."""
        if self.known_title_case is None:
            words = [t for t in self.tokens if t.is_word and t.text[0].isalpha() and len(t.text) > 3]
            share = sum(t.is_capitalised for t in words)
            finite_only = word_set("claim_grammar", "finite_only_cue_forms")  # grammar.FINITE_ONLY_CUE_FORMS
            self.known_title_case = len(words) >= 3 and share >= TITLE_CASE_SHARE * len(words) and not any(
                t.lower in finite_only and not t.is_capitalised for t in words)
        return bool(self.known_title_case)

    @property
    def prose_words(self) -> bool:
        """Rule `lower_case_content_word_is_no_headline` (junk-s26: "The United
        States, Britain and France have called on Yemen." reads as title case
        and gave the source "The United" with the cue "States"): a headline
        in title case leaves only its short function words in lower case
        ("Clinton Goes After Trump in Debate"); a lower-case word of four
        letters or more that is not a preposition, subordinator, determiner
        or relative ("have", "called") shows a line of prose. Asked only by
        the cue finder, where a capitalised cue form in a line of prose is a
        word of a name ("States"), not a headline's verb."""
        small = _title_case_small_words()
        return any(t.is_word and t.text[0].isalpha() and len(t.text) > 3 and not t.is_capitalised
                   and t.lower not in small for t in self.tokens)

    @property
    def words(self) -> frozenset[str]:
        """The sentence's tokens in lower case, as a set (worked out on first use)."""
        if self.known_words is None:
            self.known_words = frozenset([t.lower for t in self.tokens])
        return self.known_words or frozenset()


TITLE_CASE_SHARE = 0.7


@cache
def _title_case_small_words() -> frozenset[str]:
    """The words a title-case headline leaves in lower case (rule
    `lower_case_content_word_is_no_headline`): claim_grammar.txt's
    prepositions, subordinators, determiners and relatives."""
    return frozenset().union(*(word_set("claim_grammar", name) for name in (
        "prepositions", "subordinators", "determiners", "relatives")))


# The longest sentence of CNN-Corpus dev and PolNeAR train has 220 tokens.
MAX_VIEW_TOKENS = 300
PIECE_CUTS = frozenset({".", ";", ",", ":", "!", "?", "\u2014", "\u2013"})


def sentence_view(text: str, index: int, start: int, end: int, quotes: Quotes, paragraph: int = 0) -> SentenceView:
    """The view of one sentence (of any length: see `sentence_views`)."""
    return _view(text, index, tuple(tokenize(text, start, end)), start, end, quotes, paragraph)


def sentence_views(
    text: str, index: int, start: int, end: int, quotes: Quotes, paragraph: int = 0
) -> list[SentenceView]:
    """Rule `long_sentence_in_pieces`: a sentence of more than MAX_VIEW_TOKENS
    tokens (a transcript pasted without stops, a page of run-on text) is read
    as pieces of at most that many tokens, each cut after the last clause mark
    in its final quarter, so that every rule looks at a bounded window. All
    pieces report the sentence's `index`. News sentences are never cut."""
    tokens = _spelled_names_kept(tokenize(text, start, end))
    if _opens_with_a_list_dash(tokens):
        # Rule `list_dash_is_no_word_of_the_sentence` (QA round 57, 398 s25: "-- Finally, Nunes
        # raises the issue ..., saying ..." showed the source "Finally"): the dash of a listed item
        # is layout; the rules that read a sentence's opening words ("Finally, Nunes") start after it
        first = next(k for k, token in enumerate(tokens) if token.is_word)
        tokens, start = tokens[first:], tokens[first].start
    if len(tokens) <= MAX_VIEW_TOKENS:
        return [_view(text, index, tuple(tokens), start, end, quotes, paragraph)]
    views = []
    first = 0
    while first < len(tokens):
        last = min(first + MAX_VIEW_TOKENS, len(tokens)) - 1
        if last < len(tokens) - 1:
            last = next(
                (k for k in range(last, last - MAX_VIEW_TOKENS // 4, -1) if tokens[k].text in PIECE_CUTS), last
            )
        piece = tuple(tokens[first : last + 1])
        views.append(_view(text, index, piece, piece[0].start, piece[-1].end, quotes, paragraph))
        first = last + 1
    return views


LIST_DASHES = frozenset({"--", "\u2014", "\u2013", "-", "\u2022"})


def _opens_with_a_list_dash(tokens: list[Token]) -> bool:
    """A dash or bullet ("--" is two tokens) first, before a capitalised word."""
    dashes = 2 if len(tokens) > 1 and tokens[0].text == tokens[1].text == "-" else 1
    return len(tokens) > dashes + 1 and tokens[0].text in LIST_DASHES and tokens[dashes].is_word \
        and tokens[dashes].is_capitalised


@cache
def _spelled_names() -> frozenset[str]:
    return load_word_sets("no_names")["spelled_names"]


def _spelled_names_kept(tokens: list[Token]) -> list[Token]:
    """Rule `acronym_spelling_a_word_is_a_name`: "The fatality rate is 50%,
    WHO said": a word in capitals that spells a grammar word (no_names.txt
    spelled_names: "WHO", "NICE", "CARE") names a body when the sentence
    around it is not written in capitals; its lower-case form would read as
    the relative pronoun "who" to every later rule."""
    spelled = [k for k, t in enumerate(tokens) if len(t.text) > 2 and t.text.isupper() and t.lower in _spelled_names()]
    if not spelled or not any(t.is_word and not t.text.isupper() and t.text.lower() != t.text for t in tokens):
        return tokens
    for k in spelled:
        t = tokens[k]
        tokens[k] = Token(t.text, t.start, t.end, t.text, True, True)
    return tokens


def _view(
    text: str, index: int, tokens: tuple[Token, ...], start: int, end: int, quotes: Quotes, paragraph: int
) -> SentenceView:
    return SentenceView(index, start, end, tokens, quotes, text, paragraph)


def find_quotes(text: str) -> Quotes:
    """Double-quoted spans (straight, curly or two apostrophes) and UK-style
    single quotes.

    Rule `quote_runs_into_next_paragraph`: a quote left open at the end of a
    paragraph goes on when the next paragraph opens with a quote mark; left
    open otherwise, it ends with its paragraph.
    Rule `single_quotes_as_uk_outlets_use_them`: single quotes count only in a
    paragraph with no double quotes, opening before a letter after a space
    and closing after a letter or punctuation before a space or punctuation.
    Rule `opening_shaped_mark_closes_nothing`: inside an open quotation, a
    straight mark after a space and before a letter ('saying "Obama') never
    closes it. It opens words quoted inside the quotation when a closing
    mark and one more mark follow (`_cited_inside_a_quotation`); when it
    cannot tell a cited phrase from a lost closing mark ('the result of the
    "great chemistry" of the cast.', the last mark of its paragraph), the
    mark is passed over and the quotation runs to the next mark, so no
    quotation is cut at a mark that opens.
    """
    paragraphs = paragraph_spans(text)  # the splitter's paragraphs, so quotes and sentences agree
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for number, (p_start, p_end) in enumerate(paragraphs):
        first = p_start
        continued = open_at is not None
        if continued:
            first += 2 if text.startswith(NYT_QUOTE, p_start) else 1  # the continuing paragraph's opening mark
        has_double = False
        inner = False  # rule `quotation_after_a_colon_inside_a_quotation_nests`
        for mark in DOUBLE_MARK.finditer(text, first, p_end):
            i = mark.start()
            c = mark.group()
            width = len(c)
            if c == NYT_QUOTE:
                c = '"'
            if continued and not has_double and c != OPENING_DOUBLE and open_at is not None \
                    and _cited_phrase_opens_the_continued_paragraph(text, first, i, width, p_end):
                has_double = True  # the cited phrase closes; the paragraph's last mark closes the quotation
                continue
            if c != CLOSING_DOUBLE and open_at is not None and not inner \
                    and (_opens_after_a_colon(text, i, width, p_end)
                         or (c == '"' and _cited_inside_a_quotation(text, i, width, p_end))):
                # '"That is fully in line with the principle: "When in doubt, sit them out". This
                # topic has the highest priority."' (QA round 51, 528): a quotation the speaker cites
                # inside their own, not the end of theirs; its marks stay inside the outer span
                has_double = inner = True
            elif inner and c != OPENING_DOUBLE and DOUBLE_MARK.search(text, i + width, p_end) is not None:
                inner = False  # the cited quotation closes; the last mark of the paragraph closes the outer
            elif c == OPENING_DOUBLE:
                has_double = True
                # a second opening mark means the first was never closed
                open_at = i
            elif c == CLOSING_DOUBLE:
                has_double = True
                if open_at is not None:
                    spans.append((open_at, i + 1))
                    open_at = None
                elif _opens_its_paragraph(text, p_start, i, width, p_end):
                    open_at = i  # rule `closing_shaped_mark_opens_its_paragraph`
            elif c == '"':
                has_double = True
                if open_at is None:
                    # Rule `closing_shaped_mark_opens_nothing`: a straight mark at the end of its
                    # paragraph or before a space closes a quotation whose opening went astray
                    # ('... please" or ... Every stick had a name."'); opening there would run a
                    # quotation into the next paragraph and another speaker's words
                    if i + width >= p_end or text[i + width].isspace():
                        continue
                    open_at = i
                elif _opening_shaped(text, i, width, p_end) and not _cue_follows_the_mark(text, i + width, p_end):
                    continue  # rule `opening_shaped_mark_closes_nothing`
                else:
                    spans.append((open_at, i + width))
                    open_at = None
        if open_at is not None:
            following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
            if following is None or (
                text[following[0]] not in '"\u201c' and not text.startswith(NYT_QUOTE, following[0])
            ):
                spans.append((open_at, p_end))
                open_at = None
        elif not has_double:
            spans.extend(_single_quotes(text, p_start, p_end))
    return Quotes(tuple(sorted(spans)))


MAX_CITED_PHRASE_WORDS = 6  # '"One country, two systems"', a slogan or a name the speaker cites


def _cited_phrase_opens_the_continued_paragraph(text: str, first: int, i: int, width: int, end: int) -> bool:
    """Rule `cited_phrase_opening_a_continued_quotation_nests` (QA round 54,
    750 s43-s47: '"I think Hong Kong's political system will become fairer
    ...' then the paragraph '"One country, two systems" is a fundamental
    national policy. ... I believe it will be thoroughly implemented into
    the future."' cut the quotation at "systems" and gave "I" / believe): in
    a paragraph that goes on with a quotation left open, a first mark that
    closes a short phrase (at most MAX_CITED_PHRASE_WORDS words, ending on a
    letter, no comma or stop before the mark), when one more mark follows in
    the paragraph and ends it, closes a phrase the speaker cites: the
    paragraph's opening mark opened both, and the last mark closes the
    quotation. '"We are ready," he said.' (a comma before the mark) and a
    paragraph with another quotation after the phrase stay as they are."""
    phrase = text[first:i]
    if not phrase or not phrase[-1].isalnum() or len(phrase.split()) > MAX_CITED_PHRASE_WORDS:
        return False
    later = list(DOUBLE_MARK.finditer(text, i + width, end))
    return len(later) == 1 and not text[later[0].end() : end].strip() and later[0].group() != OPENING_DOUBLE


def _opens_its_paragraph(text: str, p_start: int, i: int, width: int, end: int) -> bool:
    """Rule `closing_shaped_mark_opens_its_paragraph`: '”Fear. I am truly
    afraid that Donald Trump will win. ...” ― Edwin G. Monroy': a closing-shaped
    curly mark that begins its paragraph, right before a letter, with no
    quotation open, can close nothing; it is an opening mark turned the wrong
    way (a slip of smart-quote typing) and opens the paragraph's quotation."""
    return not text[p_start:i].strip() and i + width < end and text[i + width].isalpha()


def _opens_after_a_colon(text: str, i: int, width: int, end: int) -> bool:
    """The double mark at `i` stands after a colon and a space and before a
    letter: it opens a quotation ('the principle: "When in doubt'), it closes
    none."""
    return i >= 2 and text[i - 2 : i] == ": " and i + width < end and text[i + width].isalpha()


def _opening_shaped(text: str, i: int, width: int, end: int) -> bool:
    """The straight mark at `i` stands after a space and before a letter or
    digit, not right after a sentence's end: shaped as an opening mark.
    '... "is a mockery. "Israeli government spokesman ...' is a closing
    mark typed one space too late."""
    return (i > 1 and text[i - 1].isspace() and text[i - 2] not in ".?!" and i + width < end
            and text[i + width].isalnum())


def _cited_inside_a_quotation(text: str, i: int, width: int, end: int) -> bool:
    """Rule `quoted_words_inside_a_straight_quotation_nest` (reader round F,
    CNN-Corpus dev 371: '"I have no problem with folks saying "Obama
    cares." I do care. ... that's fine with me."' was cut at 'saying "'):
    inside an open quotation, a straight mark shaped as an opening one
    (`_opening_shaped`) opens words the speaker quotes when the next mark
    is shaped as a closing one (after a letter or punctuation, before a
    space, punctuation or the paragraph's end) and one more mark follows in
    the paragraph to close the outer quotation; the outer quotation goes
    on. With one mark left ('"We will go "home and rest," he said.') it
    cannot tell a cited phrase from a lost closing mark: rule
    `opening_shaped_mark_closes_nothing` in `find_quotes` passes the mark
    over, so no quotation ends on a mark that opens one."""
    if not _opening_shaped(text, i, width, end) or _cue_follows_the_mark(text, i + width, end):
        return False
    later = list(DOUBLE_MARK.finditer(text, i + width, end))
    if len(later) < 2 or later[0].group() == OPENING_DOUBLE or later[1].group() == OPENING_DOUBLE:
        return False
    close = later[0].start()
    after = close + len(later[0].group())
    return not text[close - 1].isspace() and (after >= end or not text[after].isalnum())


MAX_SOURCE_WORDS_AFTER_A_MARK = 4  # '"Smith said', '"the mayor told', '"Senator Mary Collins said'
_WORD_AFTER_A_MARK = re.compile(r"[^\W\d_][\w'.-]*|[^\w\s]")


def _cue_follows_the_mark(text: str, after: int, end: int) -> bool:
    """Rule `cue_after_an_opening_shaped_mark_closes` (a closing mark typed
    one space early, as web copy does: '"We won the game, "said coach Dan
    Ortiz.', '"It is over, "Smith said.', '"It is over, "he said.', '"We
    are ready, "the mayor told reporters'): an opening-shaped mark followed
    by a cue (cues.txt), or by a source and a cue, closes the quotation as
    any closing mark does. The source is a name (capitalised words), or
    "the" or a subject pronoun in lower case, as an attribution after a
    comma is written, with at most MAX_SOURCE_WORDS_AFTER_A_MARK words and
    no punctuation. A capitalised pronoun or article opens a sentence, so
    the mark opens a quotation ('..., says Mann, who ..., "They think that
    ...'); and dialogue quoted inside a quotation ('"My father always said,
    "Never give up." I think ...," Ortiz said.') opens no cue there and
    stays nested."""
    from summarizer.claims.lexicon import cue_forms  # lexicon reads the rules; text.py stays below it

    forms = cue_forms()
    openers = word_set("claim_grammar", "subject_pronouns") | word_set("claim_grammar", "articles")
    words = [w.group() for w in _WORD_AFTER_A_MARK.finditer(text, after, min(end, after + 120))]
    lower = [w.lower().rstrip(".") for w in words]  # the stop of '"Smith said.'
    for k, word in enumerate(words[: MAX_SOURCE_WORDS_AFTER_A_MARK + 1]):
        if not word[0].isalpha():
            return False
        if (lower[k],) in forms or tuple(lower[k : k + 2]) in forms:
            return k > 0 or not word[0].isupper()  # '"said coach', not '"Say it again"'
        if k == 0:
            name = word[0].isupper() and lower[0] not in openers  # "Smith", "Senator"
            lower_case_opener = not word[0].isupper() and lower[0] in openers  # "the", "he"
            if not (name or lower_case_opener):
                return False
        elif not (word[0].isupper() or lower[0] == "the"):
            return False  # after "he" only the cue: '"he said', not '"he knows the plan'
    return False


def _single_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    open_at = None
    for mark in SINGLE_MARK.finditer(text, start, end):
        i = mark.start()
        c = mark.group()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if open_at is None and c != CLOSING_SINGLE and (before.isspace() or before in "([\u2014") and after.isalpha():
            open_at = i
        elif (
            open_at is not None
            and c != OPENING_SINGLE
            and not before.isspace()
            and (after.isspace() or after in ".,;:?!)\u2014")
            and before != "s"  # states' rights: a possessive, not a closing quote
        ):
            spans.append((open_at, i + 1))
            open_at = None
    return spans
