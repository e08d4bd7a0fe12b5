"""One names layer: the people and organisations a run of tokens names, with
offsets, titles, roles, kinds and genders.

The claim tagger's speakers (summarizer.claims.speakers) and the brief's
mentions (summarizer.mentions) both read names through `find_names`: one
name finder, one connector list (claim_grammar.txt), one title list
(titles.txt and title_abbreviations.txt).

Rule `name_run`: capitalised words, joined by name connectors ("Luiz Inácio
Lula da Silva"), middle initials ("Janet L. Yellen") and, after an
organisation word, by "of"/"for"/"on" ("Armed Forces of Ukraine"); a
possessive ends a run ("Clinton's"). Stop words and titles are trimmed from
the edges. Rule `common_word_opens_sentence`: a capitalised sentence opener
that the article also writes in lower case ("Reached", "Amazing") is no name.
Rule `dateline`: an upper-case run opening a sentence before a dash or a
comma ("PHILADELPHIA —") is a place line, no name. A name never starts
inside a dateline: the caller gives where the sentence starts after one, as
cleanup's one reader of datelines finds it (claims.grammar `after_dateline`),
a place glued to a person's name in the first sentence of the body too
("Rome Raffaele Sollecito was ...", cleanup rule `glued_place_before_a_name`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import cache
from itertools import pairwise
from typing import Final, NamedTuple

from summarizer.claims.lexicon import (
    PARTY_TAG,
    auxiliaries,
    cue_forms,
    documents,
    ends_in_plural_s,
    grammar,
    noun_sets,
    opening_titles,
    past_forms,
    people_nouns,
    source_nouns,
    title_word_kinds,
    title_words,
    titles,
)
from summarizer.claims.text import QUOTE_MARKS, Token, tokenize
from summarizer.cleanup import (
    DATELINE_WINDOW,
    POSSESSIVE_ENDINGS,
    dateline_length,
    name_particles,
    places_of_a_people_in_mentions,
    without_possessive,
)

# rule `people_of_a_listed_place` lives in cleanup (the glued dateline reads it, and cleanup may not
# import this module); the claim tagger and Mentioned import it from here as before
from summarizer.cleanup import places_of_a_people as places_of_a_people
from summarizer.rules import load_rules, load_section, load_word_set, load_word_sets

PERSON: Final = "person"
ORGANISATION: Final = "organisation"
UNKNOWN: Final = "unknown"
FEMALE = "female"
MALE = "male"
ACRONYM = re.compile(r"^(?:[A-Z]{2,6}s?|(?:[A-Z]\.){2,})$")
# the longest role phrase next to a name, in apposition or as its title. Not the same limit as
# junk.MAX_CITED_ROLE_WORDS (3): that one lets rule `citing_a_name_is_no_claim` drop a claim whose
# content is a role and a name, and is kept narrow so a clause before a name is not read as a role.
MAX_ROLE_WORDS = 7
# a listed place's people ("Ukrainian", "Chinese": rule `people_of_a_listed_place`)
PEOPLE_ENDINGS = tuple(sorted(grammar("people_endings")))
# a people's or party's adjective ("Ukrainian", "Democratic"): a people's ending or another
DEMONYM_ENDINGS = tuple(sorted({*PEOPLE_ENDINGS, *grammar("other_demonym_endings")}))
DASHES = ("\u2014", "\u2013", "-", "\u2015")
RELATIVE_OPENERS = grammar("relatives")


class Name(NamedTuple):
    """A name in a token run. `text` is the name alone: no title, no
    possessive ("Dmytro Kuleba"); `title` the listed title before it
    ("Foreign Minister", "Mr."); `role_words` the words of the role around
    it ("ukrainian foreign minister", "spokesman for the department")."""

    text: str
    first: int  # token indices, inclusive
    last: int
    start: int  # character offsets
    end: int
    title: str | None
    role_words: frozenset[str]
    kind: str  # person, organisation or unknown
    gender: str | None  # female, male or None


@cache
def connectors() -> tuple[frozenset[str], frozenset[str]]:
    """(connectors inside any name, connectors only after an organisation word)."""
    return name_particles(), grammar("organisation_connectors")  # cleanup reads name_connectors


@cache
def _stop_words() -> frozenset[str]:
    return (
        load_word_set("name_stopwords")
        | load_word_set("sentence_starters")  # the splitter's frequent openers: "Meanwhile", "However"
        | grammar("subordinators")
        | grammar("prepositions")
        | grammar("determiners")
        | frozenset({"former", "then", "top", "senior", "acting"})
    )


@cache
def _trimmed_words() -> frozenset[str]:
    """Words trimmed from the edges of a name run: stop words and connectors."""
    joiners, organisation_joiners = connectors()
    return _stop_words() | joiners | organisation_joiners


@cache
def organisation_words() -> frozenset[str]:
    return load_word_set("organisation_words")


@cache
def known_common_words() -> frozenset[str]:
    """Common words the rules files list (lower case): every set of
    claim_grammar.txt, the source and title words, the heading labels and
    no-name words, the organisation words, the splitter's sentence openers
    and abbreviations. A name the article writes capitalised but that is
    one of these is a heading's or a sentence's word, no name (mentions.py);
    a quotation opening with one names no one (speakers.py rule
    `quotation_opening_with_a_name_and_my_is_not_that_person`)."""
    # no_names.txt `event_ends` and `peoples` list names ("Olympics", "Kurds"), no common words
    sets = [*load_word_sets("claim_grammar").values(), *load_word_sets("heading_labels").values(),
            *(words for key, words in noun_sets("no_names").items() if key not in ("event_ends", "peoples"))]
    return frozenset().union(*sets, source_nouns(), title_words(), organisation_words(),
                             load_word_set("sentence_starters"), load_word_set("abbreviations"))


@cache
def organisation_acronyms() -> frozenset[str]:
    """Bodies written in capitals (organisation_acronyms.txt), lower case."""
    return load_word_set("organisation_acronyms")


@cache
def country_short_forms() -> frozenset[str]:
    """The short forms of countries ("u.s.", "uk": the short_ sets of
    place_words.txt), lower case. Read by `places` and the claim tagger's
    `listed_people_or_country_word`."""
    return frozenset().union(*(words for name, words in noun_sets("place_words").items() if name.startswith("short_")))


@cache
def places() -> frozenset[str]:
    """Countries, states and cities (places.txt), and the short forms of
    countries (`country_short_forms`), lower case."""
    return load_word_set("places") | country_short_forms()


@cache
def countries() -> frozenset[str]:
    """The countries of places.txt (its "--- countries" part), lower case:
    for rule `list_of_places_is_one_source`, a city before a list of
    countries ("Geneva, Russia and China said") is its dateline."""
    return load_section("places", "countries")


@cache
def one_word_titles() -> frozenset[str]:
    """Titles and honorifics of one word, lower case without dots."""
    return frozenset(t[0] for t in titles() if len(t) == 1) | load_word_set("title_abbreviations")


@cache
def _titles_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for title in titles():
        index.setdefault(title[0], []).append(title)
    for word in load_word_set("title_abbreviations"):
        index.setdefault(word, []).append((word,))
    return {word: tuple(sorted(set(found), key=len, reverse=True)) for word, found in index.items()}


@cache
def gender_words() -> dict[str, str]:
    """Title, honorific or role word -> gender (genders.txt)."""
    sets = noun_sets("genders")
    found = {w.replace("_", " "): FEMALE for w in sets["female_titles"]}
    found.update({w.replace("_", " "): MALE for w in sets["male_titles"]})
    return found


@cache
def gendered_nouns() -> dict[str, str]:
    """Common noun of a person -> gender ("woman", "father": genders.txt
    female_nouns, male_nouns); no title, so kept apart from `gender_words`."""
    sets = noun_sets("genders")
    return {w: FEMALE for w in sets["female_nouns"]} | {w: MALE for w in sets["male_nouns"]}


@cache
def all_gendered_words() -> dict[str, str]:
    """`gendered_nouns` and `gender_words` in one map, a title's gender
    over a noun's where a word is both (genders.txt); built once, as both
    are."""
    return gendered_nouns() | gender_words()


def without_accents(word: str) -> str:
    """`word` with its letters' accents dropped ("céline" -> "celine")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


class AccentBlindNames(dict[str, str]):
    """Rule `accented_first_name_is_its_listed_name` (session 14: "Céline
    Dion", named 16 times on a celebrity page, was no person and her 36
    "Dion" claims counted for no name, while "Celine" is a common first
    name): a word written with accents is a listed first name when it is
    one without them ("José", "Renée", "Zoë"). A word with no accent is
    looked up as written, as before."""

    def __contains__(self, word: object) -> bool:
        return super().__contains__(word) or (
            isinstance(word, str) and not word.isascii() and super().__contains__(without_accents(word)))

    def __getitem__(self, word: str) -> str:
        if not super().__contains__(word) and not word.isascii():
            word = without_accents(word)
        return super().__getitem__(word)

    def get(self, word: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return super().get(word if word.isascii() or super().__contains__(word) else without_accents(word), default)


@cache
def first_names() -> dict[str, str]:
    """First name -> gender (first_names.txt); accent-blind
    (`AccentBlindNames`: "Céline" is "celine")."""
    found = AccentBlindNames()
    for entry in load_rules("first_names"):
        gender, _, names = entry.partition(":")
        for name in names.split():
            found[without_accents(name.lower())] = FEMALE if gender.strip() == "female" else MALE
    return found


def _clean(word: str) -> str:
    return word.rstrip(".").lower()


def title_at(tokens: Sequence[Token], k: int) -> int:
    """Length of the listed title starting at token `k` (0 when none). Rule
    `titles_in_a_row_are_one_title`: an abbreviated title and the title right
    after it are one ("Maj. Gen. James Marks", "Lt. Col. Ann Lee": the role is
    "Maj. Gen.", not "Maj." alone)."""
    length = _one_title_at(tokens, k)
    while length and tokens[k + length - 1].text.endswith(".") and k + length < len(tokens):
        more = _one_title_at(tokens, k + length)
        if not more:
            break
        length += more
    return length


def _one_title_at(tokens: Sequence[Token], k: int) -> int:
    token = tokens[k]
    if not token.is_capitalised:
        return 0
    if token.lower in TITLE_FIELDS and k + 3 < len(tokens) and tokens[k + 1].lower == "and" \
            and tokens[k + 2].is_capitalised and tokens[k + 2].lower in TITLE_FIELDS:
        # Rule `fields_joined_by_and_open_a_title` (claim_grammar.txt title_fields): "Political and
        # Media Coordinator" is one title, the "and" inside it joins no two sources
        after = _one_title_at(tokens, k + 3)
        if after:
            return 3 + after
    lowered = _clean(token.text)
    if without_possessive(lowered) in grammar("abbreviated_offices"):
        # a possessive office ("the French FM's Facebook page") titles no name after it: the run ends
        # on it, as on "Foreign Minister's", and Mentioned cuts it (`_without_title`)
        if token.text == without_possessive(token.text) and opens_sentence(tokens, k):
            return int(abbreviated_office_opens_a_name(tokens, k))
        return int(k > 0 and token.text == without_possessive(token.text)
                   and abbreviated_office_after(tokens[k - 1].text, token.text))
    for title in _titles_by_first_word().get(lowered, ()):
        if all(k + j < len(tokens) and _clean(tokens[k + j].text) == title[j] for j in range(len(title))) \
                and (title not in opening_titles() or _opening_title_starts_a_name(tokens, k, len(title))) \
                and not _lone_venue_word_after(tokens, k + len(title)):
            return len(title)
    return 0


def _lone_venue_word_after(tokens: Sequence[Token], k: int) -> bool:
    """Rule `title_before_a_venue_word_names_the_venue` (QA round 70, 233:
    "Hotel (1)" under People, of "the former Ambassador Hotel"): a title
    right before one capitalised venue or place word (place_words.txt
    venue_ends, ends: "Hotel", "Theatre", "Stadium"), with no name word
    after it, is the first word of a building's name, no title: no one is
    named "Hotel". "Ambassador Susan Rice" and "President Hotel Owner"
    (a capitalised word after) stay as they were."""
    if k >= len(tokens) or not tokens[k].is_capitalised or not tokens[k].is_word:
        return False
    place_words = noun_sets("place_words")
    if tokens[k].lower not in place_words["venue_ends"] and tokens[k].lower not in place_words["ends"]:
        return False
    return k + 1 >= len(tokens) or not (tokens[k + 1].is_word and tokens[k + 1].is_capitalised)


def _opening_title_starts_a_name(tokens: Sequence[Token], k: int, length: int) -> bool:
    """Rule `opening_title_only_starts_a_name` (session 23 Not done: "Sheikh"
    and "Imam" as titles broke "Lt. Col. Amr Imam", "Khalid Sheikh Mohammed"
    and "the Imam Al-Khoei Islamic Center"): a title titles.txt marks
    "| opening" (`length` tokens at `k`) is one only where a person's name
    opens on it: after no capitalised word but a title ("Sheikh Hassan
    Nasrallah said", "Grand Sheikh Ahmed al-Tayeb"), after no article, and
    before no body's or building's name (organisation_words.txt,
    place_words.txt venue_ends: "at Sheikh Zayed Grand Mosque"). Anywhere else it
    is a word of the name ("Khalid Sheikh Mohammed")."""
    if k > 0:
        before = tokens[k - 1]
        if before.lower in ARTICLES or (before.is_word and before.is_capitalised
                                        and _clean(before.text) not in one_word_titles()):
            return False
    after = k + length
    if " ".join(t.lower for t in tokens[k : after + 1]) in places():
        return False  # "Sheikh Jarrah", a listed place (review s25)
    while after < len(tokens) and tokens[after].is_word and tokens[after].is_capitalised:
        place_words = noun_sets("place_words")
        if tokens[after].lower in organisation_words() or tokens[after].lower in place_words["venue_ends"] \
                or tokens[after].lower in place_words["ends"]:
            return False  # "Sheikh Zayed Road", "the Imam Hussein Shrine" (review s25)
        after += 1
    return after > k + length


def abbreviated_office_after(before: str, word: str) -> bool:
    """Rule `abbreviated_office_after_a_people_is_a_title` (session 21 Not
    done, QA round 58, 767: "the French FM's Facebook page" listed "French
    FM" under Other names; "Israeli PM Benjamin Netanyahu" was one name): a
    minister's office abbreviated in capitals (`word`, as written, in
    claim_grammar.txt `abbreviated_offices`: "FM", "PM", "FM's") is a title
    after a people's word or a country's short form (`before`: "French FM",
    "UK PM Theresa May"), never a name or part of one. After any other word
    it is a name's word ("Capital FM", "Kiss FM": radio stations stay)."""
    word = without_possessive(word)
    if not word.isupper() or word.lower() not in grammar("abbreviated_offices"):
        return False
    before = before.lower().rstrip(".")
    return bool(places_of_a_people_in_mentions(before)) or before in country_short_forms() \
        or before + "." in country_short_forms()


def abbreviated_office_opens_a_name(tokens: Sequence[Token], k: int) -> bool:
    """Rule `abbreviated_office_opening_a_sentence_is_a_title` (QA round 65,
    724: "PM Valls described the election ..." made a person "PM Valls", a
    second label for Manuel Valls): a minister's office abbreviated in
    capitals (claim_grammar.txt `abbreviated_offices`) that opens the
    sentence, right before a capitalised word that is no capitals run, is a
    title. Inside a sentence `abbreviated_office_after` decides ("Capital FM"
    stays a name); "PM BBC ..." (a capitals run after it) stays as it is."""
    word, following = tokens[k].text, tokens[k + 1] if k + 1 < len(tokens) else None
    return word.isupper() and following is not None and following.is_word \
        and following.is_capitalised and not following.text.isupper() \
        and _clean(following.text) not in grammar("abbreviated_offices")


OPENERS = QUOTE_MARKS | {"(", ":"}
ARTICLES = grammar("articles")
TITLE_FIELDS = grammar("title_fields")


COURTESY: Final = "courtesy"
CREDENTIAL: Final = "credential"


def office_of(title: str | None) -> str | None:
    """Rule `courtesy_title_is_no_role`: the role a title before a name
    gives (titles.txt "| courtesy" and "| credential" marks). A title of
    courtesy words only ("Mr", "the Rt. Hon.") gives none; one of courtesy
    words and credentials gives the credentials ("Dr the Rt. Hon.": "Dr");
    any other title is an office and the role as it stands."""
    if title is None:
        return None
    if not honorific_only(title):
        return title
    kinds = title_word_kinds()
    credentials = [t for t in title.split() if kinds.get(t.strip(".,").lower()) == CREDENTIAL]
    return " ".join(credentials) or None


def honorific_only(title: str | None) -> bool:
    """No title, or one of courtesy words and credentials only ("Mr", "Dr",
    "Dr the Rt. Hon."): it says what a person is, not what they do (rule
    `credential_gives_way_to_a_role`)."""
    if title is None:
        return True
    kinds = title_word_kinds()
    return all(w in ARTICLES or w in kinds for w in (w.strip(".,").lower() for w in title.split()))


def gives_way_to_an_office(title: str | None) -> bool:
    """A title that an office named beside the person replaces as the role:
    none, or one of courtesy words and credentials only ("Hon.", "Dr.")."""
    return title is None or office_of(title) != title


def opens_sentence(tokens: Sequence[Token], k: int) -> bool:
    """Token `k` is the sentence's first word, or follows a quote mark, a
    bracket or a colon."""
    if k == 0 or tokens[k - 1].text in OPENERS:
        return True
    return all(not tokens[i].is_word for i in range(k))  # stops at the first word, near the start


def _is_name_word(token: Token) -> bool:
    return token.is_capitalised and token.text[0].isalpha() and not _first_person(token)


# the writer's or a speaker's own subject: "I", "we" (claim_grammar.txt first_person_words that are
# subject_pronouns); junk.py's rule writers_first_person_is_no_claim and extract.py read it
FIRST_PERSON_SUBJECTS = grammar("first_person_words") & grammar("subject_pronouns")


def _first_person(token: Token) -> bool:
    """ "I", "I've", "I’m": never a name. The one-letter first-person
    subject (FIRST_PERSON_SUBJECTS), written as the capital it always is,
    alone or before an apostrophe."""
    letter = token.text[:1]
    return letter.isupper() and letter.lower() in FIRST_PERSON_SUBJECTS and token.text[1:2] in ("", "'", "\u2019")


def words_in_lower_case(
    sentences: Iterable[Sequence[Token]], *, lowered: bool = False, words_only: bool = True
) -> frozenset[str]:
    """The words an article's sentences write in lower case, the one list
    every reader of "a capitalised word the article also writes in lower
    case" builds (`common_words` here, Mentioned's, the gender rules'). As
    written, or `lowered` ("iPhone" -> "iphone") for a caller that looks words
    up lower-cased; `words_only` False keeps the marks and numbers too, as the
    claim tagger's list always held them (its look-ups may meet a mark)."""
    if lowered:
        return frozenset(t.lower for tokens in sentences for t in tokens
                         if (t.is_word or not words_only) and not t.is_capitalised)
    return frozenset(t.text for tokens in sentences for t in tokens
                     if (t.is_word or not words_only) and not t.is_capitalised)


def find_names(
    tokens: Sequence[Token],
    common_words: frozenset[str] = frozenset(),
    title_case: bool | Callable[[], bool] = False,
    start: int = 0,
    opens_body: bool = False,
    lower_case_words: frozenset[str] | None = None,
) -> list[Name]:
    """The names in `tokens` (one sentence, or a source phrase), in order.

    `common_words` are lower-case words the article writes in lower case: a
    capitalised sentence opener among them is no name. Rule
    `title_case_headline`: in a title-case line ("Clinton Goes After Trump")
    every such word ends a name. `title_case` may be a function, asked only
    when it matters. Names start at token `start` or after it (the first token
    after a dateline); in the first sentence of the body (`opens_body`), when
    the caller gave no `start`, after the dateline cleanup's one reader finds,
    a place glued to a name too (rule `glued_place_before_a_name`). The claim
    tagger reads the dateline from the text (grammar.after_dateline) and gives
    `start`; `opens_body` is for a caller that holds only the tokens.
    `lower_case_words`, when given, are the article's lower-case words that
    rule `common_nouns_after_of_hold_and` reads instead of `common_words`."""
    names: list[Name] = []
    nouns = common_words if lower_case_words is None else lower_case_words
    n = len(tokens)
    joiners, organisation_joiners = connectors()
    stop = _stop_words()
    if opens_body and start == 0:  # a caller that found a dateline gave where the sentence starts after it
        start = _after_a_glued_place(tokens, start)
    start = _after_a_fronted_place(tokens, start)
    capitals = [i for i, t in enumerate(tokens) if t.is_capitalised and i >= start]  # where a title or name can start
    at = 0
    k = start
    pending_title: tuple[int, int] | None = None  # token range of a title just read
    while at < len(capitals):
        if capitals[at] < k:
            at += 1
            continue
        if pending_title is not None and any(
            (t.is_word and t.lower not in ARTICLES) or t.text in QUOTE_MARKS for t in tokens[k : capitals[at]]
        ):
            # a word between the title and the next capital, or a quotation's edge: '"Judge,"
            # Brafman said' addresses the judge; it gives Brafman no title (review s13 follow-up)
            pending_title = None
        k = capitals[at]
        token = tokens[k]
        length = title_at(tokens, k)
        if length:
            if pending_title is None or pending_title[1] != k - 1 \
                    or not _honorific_after_an_office(tokens, pending_title, k, length):
                pending_title = (k, k + length - 1)
            k += length
            body = body_after_a_title(tokens, k) or _portfolio_after_for(tokens, k) \
                or _portfolio_ends_the_title(tokens, pending_title[0], k) \
                or _field_after_of_ends_the_title(tokens, pending_title[0], k)
            if body:
                # Rule `title_to_a_body`: "U.S. Ambassador to the U.N. Susan Rice": the title runs
                # through "to (the)" and the body or place it is held at; the name is Susan Rice
                pending_title = (pending_title[0], k + body - 1)
                k += body
            if length == 1 and _clean(token.text) in grammar("plural_titles"):
                pending_title = None  # "Sens. Mark Pryor, ...; Amy Klobuchar": rule `plural_title_is_no_role`
            if k < n and tokens[k].text == ",":
                k += 1  # "Secretary General, Jens Stoltenberg"
            continue
        token = tokens[k]
        if not _is_name_word(token) or (token.lower in stop and not _party_in_a_body(tokens, k)
                                        and not _weekday_and_part_of_day_open_a_name(tokens, k)) \
                or _part_of_day_after_a_weekday(tokens, k):
            if token.is_word and token.lower not in ARTICLES:
                pending_title = None
            k += 1
            continue
        if _dateline(tokens, k):
            k += 1
            while k < n and tokens[k].is_word and tokens[k].text.isupper():
                k += 1
            continue
        held_at = _place_after_a_lower_case_role_to(tokens, k)
        if held_at:
            # Rule `place_after_a_lower_case_role_to` (closing note s19: "U.N. envoy to Syria
            # Lakhdar Brahimi said" gave the name "Syria Lakhdar Brahimi"): the place a lower-case
            # role is held at is a name of its own, and the person's name starts after it, as
            # after a capitalised title (`title_to_a_body`)
            place = _name(tokens, list(range(k, k + held_at)), None, common_words)
            if place is not None:
                names.append(place)
            pending_title = None
            k += held_at
            continue
        run = [k]
        m = k + 1
        through_for: int | None = None  # where the run went through "for" as a body's name
        through_a_field: int | None = None  # ... through "of" after a ministry ("Ministry of Health")
        while m < n and (not title_at(tokens, m) or _surname_spelt_as_a_title(tokens, m)) and (
            not tokens[run[-1]].text.endswith(POSSESSIVE_ENDINGS) or _office_owns_a_body(tokens, run[-1])
            or _pair_before_and_names_a_body(tokens, run, m) or _plural_possessive_inside_a_name(tokens, run[-1], m)
        ):
            nxt = tokens[m]
            if (
                (nxt.is_capitalised or nxt.lower in organisation_joiners)  # else the run ends here anyway
                and (nxt.lower in common_words or (nxt.lower,) in cue_forms())
                and not _inside_a_listed_place(tokens[run[-1]].lower, nxt.lower)
                and (title_case() if callable(title_case) else title_case)
                and not _connector_as_written_in_a_body(tokens, run, m)
                and not _body_word_ends_the_name(tokens, run[0], m, common_words)
            ):
                break  # "Lindsey Graham Says ...", "Clinton Goes After Trump"
            if _is_name_word(nxt) and not _first_person(nxt):
                run.append(m)
            elif nxt.text == "." and nxt.start == tokens[run[-1]].end and len(tokens[run[-1]].text) == 1:
                pass  # the dot of an initial written apart
            elif nxt.text.isdigit() and tokens[run[-1]].lower in grammar("numbered_name_ends"):
                # Rule `number_ends_a_numbered_name` (QA round 34: "Malaysia Airlines Flight" of
                # "Malaysia Airlines Flight 17", "Senate Bill" of "Senate Bill 10"): the number
                # after "Flight", "Bill", "Route" is the name's last word
                run.append(m)
                m += 1
                break
            elif nxt.lower == "in" and (step := 2 if m + 1 < n and tokens[m + 1].lower == "the" else 1) \
                    and m + step < n and _is_name_word(tokens[m + step]) \
                    and f"{tokens[run[-1]].lower}_in_{without_possessive(tokens[m + step].lower)}" in grammar(
                        "names_holding_in"):
                # Rule `listed_name_holds_in`: "... Security and Co-operation in Europe"; through "the"
                # too (mentions2 s26: "Center for Science in the Public Interest" was two names)
                run.extend(range(m, m + step))
                m += step - 1
            elif nxt.lower == "in" and _cause_after_a_body_word(tokens, run, m):
                run.append(m)  # Rule `body_in_a_cause_of`: "the Association in Defence of the Wrongly Convicted"
            elif nxt.lower == "of" and m + 1 < n and _is_name_word(tokens[m + 1]) \
                    and f"{tokens[run[-1]].lower}_of_{without_possessive(tokens[m + 1].lower)}" in grammar(
                        "names_holding_of"):
                run.append(m)  # Rule `listed_name_holds_of`: "the New Jersey Boxing Hall of Fame"
            elif nxt.text == "," and _listed_fields_after_of(tokens, run, m):
                # Rule `listed_fields_inside_a_body_name`: "State Administration of Science,
                # Technology and Industry for National Defence": after the body's "of" a list of
                # capitalised fields joined by a comma and "and" is one name, not "... of Science"
                while tokens[m].lower != "and":
                    run.append(m)
                    m += 1
                run.append(m)
            elif nxt.lower == "and" and (last := _listed_place_across_and(tokens, run, m)) is not None:
                # Rule `listed_place_holds_and`: "Trinidad and Tobago", "St. Vincent and the Grenadines"
                run.extend(range(m, last + 1))
                m = last
            elif nxt.lower == "and" and (last := _body_of_two_places_end(tokens, run, m)) is not None:
                run.extend(range(m, last + 1))  # "the Port Authority of New York and New Jersey"
                m = last
            elif nxt.lower == "and" and (last := _last_member(tokens, run, m)) is not None:
                # Rule `members_after_and_end_a_body`: "... of Bedding and Furniture Law Officials"
                run.extend(range(m, last + 1))
                m = last
            elif through_a_field is not None and run[-1] > through_a_field and not nxt.is_capitalised \
                    and nxt.lower in _ministry_fields()["lower_case_field_ends"] and tokens[run[-1]].is_capitalised:
                # Rule `lower_case_field_ends_a_ministry` (resolve s26, CNN-Corpus dev 801: "Malaysia's
                # Ministry of Foreign affairs said ..." left the speaker unresolved): the field's last
                # word written in lower case still ends the ministry's name read through "of"
                run.append(m)
                m += 1
                break
            elif nxt.text == "&" and m + 1 < n and _is_name_word(tokens[m + 1]) and not title_at(tokens, m + 1):
                run.append(m)  # Rule `ampersand_joins_a_body`: "Simon & Schuster", "Procter & Gamble"
            elif _two_word_particle_joins_a_name(tokens, m):
                run.extend((m, m + 1))  # "Ursula von der Leyen": the two particles and the name after
                m += 1
            elif (m + 1 < n and _is_name_word(tokens[m + 1]) and nxt.lower in joiners) or (
                nxt.lower == "and" and (_agency_after_and(tokens, run, m) or _listed_name_holds_and(tokens, m)
                                        or _initials_spell_the_name(tokens, run, m)
                                        or _pair_before_and_names_a_body(tokens, run, m))
            ) or (nxt.lower == "and" and through_for is not None and _last_word_after_and(tokens, through_for, m)) \
                    or (nxt.lower == "and" and through_for is not None and _fields_after_for(tokens, through_for, m)) \
                    or (nxt.lower == "and" and through_for is not None
                        and _adjective_field_before_and(tokens, through_for, m)) \
                    or (nxt.lower == "and" and through_a_field is not None and _field_after_and(tokens, m)) \
                    or (nxt.lower == "and" and _common_nouns_after_of_hold_and(tokens, run, m, nouns)):
                run.append(m)  # "the Centers for Disease Control and Prevention"
            elif nxt.lower in organisation_joiners and (
                any(tokens[r].lower in organisation_words() for r in run[_job_before_a_first_name(tokens, run):])
                or _body_after_the(tokens, run, m)
                # Rule `named_thing_runs_through_of` (claim_grammar.txt things_named_through_of):
                # "Festival of the Steel Phallus", "Battle of the Somme": one name, not "Steel Phallus"
                or (nxt.lower == "of" and tokens[run[-1]].lower in grammar("things_named_through_of"))
            ):
                # "Armed Forces of Ukraine", "Committee for a Responsible Federal Budget"
                step = 2 if m + 2 < n and tokens[m + 1].lower in ("a", "the") else 1
                if m + step >= n or not _is_name_word(tokens[m + step]):
                    break
                if nxt.lower == "for" and through_for is None:
                    through_for = m
                if nxt.lower == "of" and tokens[run[-1]].lower in _ministry_fields()["bodies_of_fields"]:
                    through_a_field = m
                run.extend(range(m, m + step))
                m += step - 1
            else:
                break
            m += 1
        k = m
        job = _job_before_a_first_name(tokens, run)
        if not job and _rank_after_an_abbreviated_title(tokens, run, pending_title):
            job = 1
        if job:
            # Rule `title_runs_into_a_job` (session 11, web test: "Inspector General Steve Linick" had
            # the role "General"): a listed title right before the job word is the title's first word
            joined = pending_title is not None and pending_title[1] == run[0] - 1
            pending_title = (pending_title[0] if joined and pending_title else run[0], run[job - 1])
            if _plural_people_noun(tokens[run[job - 1]].lower):
                pending_title = None  # "Senators Mitch McConnell and ...": the name starts, no role
            run = run[job:]
        if _portfolio_before_a_title(
            tokens, run, m, common_words, title_case() if callable(title_case) else title_case
        ):
            # Rule `rank_before_a_portfolio` (QA round 42, 826: "Deputy Energy Minister Htin Aung"
            # had the role "Energy Minister", a promotion): a rank word read as a title right
            # before the portfolio ("Deputy", "Acting") is the title's first word
            ranked = pending_title is not None and pending_title[1] == run[0] - 1 \
                and _clean(tokens[pending_title[1]].text) in grammar("role_modifiers")
            pending_title = (pending_title[0] if ranked and pending_title else run[0], m + title_at(tokens, m) - 1)
            k = pending_title[1] + 1
            continue
        for part in _split_run(tokens, run):
            if _ordinal_opens_a_body(tokens, part, start):
                part = [part[0] - 1, *part]
            name = _name(tokens, part, pending_title, common_words)
            if name is not None:
                names.append(name)
            pending_title = None
    return _legal_form_after_a_comma_joined(tokens, _joined_across_nicknames(tokens, names))


def _body_word_ends_the_name(tokens: Sequence[Token], first: int, m: int, common_words: Collection[str] = ()) -> bool:
    """Rule `body_word_ends_a_name_in_title_case` (reader round F,
    CNN-Corpus dev 658: "Pope Francis has accepted the invitation of
    Philadelphia Archbishop Charles J. Chaput ..., Catholic News Service
    reported Friday." reads as title case, and "The news service, ...,
    said" later put "service" among the words written in lower case; the
    name broke before "Service" and the speaker was "Service"): when the
    run of capitalised words from `m` on ends in a word naming a kind of
    body (organisation_words.txt: "Service", "Agency"), the words up to it
    ("News Service") are that body's name, however the article writes them
    elsewhere; a headline's verb before such a run still ends the name
    before it ("Lindsey Graham Says ...": "Says" is no body's word). So
    does a headline's verb in -s that the article writes in lower case
    ("Trump Visits Federal Emergency Management Agency, Says ...", "Trump
    visits the area" in the body): a word of the run before the body word
    that ends in a single -s, no body word itself ("News" is one), is read
    as the line's verb, and the run from the name's `first` word does not
    go through it nor start at it."""
    j = m
    while j < len(tokens) and tokens[j].is_capitalised and tokens[j].is_word:
        j += 1
    return j > m and tokens[j - 1].lower in organisation_words() \
        and all((t.lower,) not in cue_forms() for t in tokens[m:j]) \
        and not any(_headline_verb_in_s(t, common_words) for t in tokens[first : j - 1])


def _headline_verb_in_s(token: Token, common_words: Collection[str]) -> bool:
    """A capitalised word in a title-case line that may be its verb: the
    article writes it in lower case, it ends in one -s ("Visits", not
    "Congress" nor "Jones'"), and it is no body word ("News")."""
    word = token.lower
    return word in common_words and word.endswith("s") and not word.endswith(("ss", "'s")) \
        and word not in organisation_words()


def _legal_form_after_a_comma_joined(tokens: Sequence[Token], found: list[Name]) -> list[Name]:
    """Rule `legal_form_after_a_comma_joins_the_name` (reader round s29,
    CNN-Corpus dev 620: "A spokeswoman for the Fort Lauderdale-based Silversea
    Cruises, Ltd. e-mailed CNN ... The company said ..." showed the speaker
    "Ltd."): a company's legal form right after a name and a comma
    (claim_grammar.txt `legal_forms_after_a_comma`: "Ltd.", "Inc.") is part of
    that name, never a name of its own. The name keeps its words ("Silversea
    Cruises", so that its later mentions match it), now typed an organisation,
    and its span runs through the legal form."""
    joined: list[Name] = []
    for name in found:
        before = joined[-1] if joined else None
        if (
            before is not None
            and name.first == name.last
            and name.first == before.last + 2
            and legal_form_after_a_comma(tokens, before.last + 1)
            and name.title is None
        ):
            joined[-1] = before._replace(last=name.last, end=name.end, kind=ORGANISATION, gender=None)
            continue
        joined.append(name)
    return joined


def legal_form_after_a_comma(tokens: Sequence[Token], comma: int) -> bool:
    """Token `comma` is a comma between a capitalised word and a company's
    legal form ("Silversea Cruises, Ltd."), read as one name (rule
    `legal_form_after_a_comma_joins_the_name`; grammar's np_left walks over it)."""
    return (
        0 < comma < len(tokens) - 1
        and tokens[comma].text == ","
        and tokens[comma - 1].is_capitalised
        and tokens[comma + 1].is_capitalised
        and _clean(tokens[comma + 1].text) in grammar("legal_forms_after_a_comma")
    )


def _plural_possessive_inside_a_name(tokens: Sequence[Token], k: int, m: int) -> bool:
    """Rule `listed_name_holds_a_plural_possessive` (mentions-s26, CNN-Corpus
    dev 307: "the Kurdistan Workers' Party (PKK)" was read as "Kurdistan
    Workers" and "Party"): a plural's possessive ("Workers'") right before
    the body word it makes a name with (claim_grammar.txt
    `names_holding_a_plural_possessive`: "Workers' Party", "Teachers'
    Union") does not end the name. "the Democrats' House majority" does."""
    word = tokens[k].lower
    if m >= len(tokens) or not word.endswith(("s'", "s\u2019")) or not tokens[m].is_capitalised:
        return False
    return f"{word[:-1]}_{tokens[m].lower}" in grammar("names_holding_a_plural_possessive")


def _surname_spelt_as_a_title(tokens: Sequence[Token], m: int) -> bool:
    """Rule `surname_spelt_as_a_title` (QA round 42, 837: "economists Amartya
    Sen and Jean Dreze write" showed "Jean Dreze — Sen"): inside a run of
    name words, an abbreviated title written without its dot ("Sen", not
    "Sen.") and followed by no name word is the name's last word, not the
    title of the next name. Kept: a title before its name ("Dr Keith
    Mitchell", "Sen. Ted Cruz")."""
    token = tokens[m]
    if token.text.endswith(".") or _clean(token.text) not in load_word_set("title_abbreviations"):
        return False
    if m + 1 < len(tokens) and tokens[m + 1].text == ".":
        return False  # the dot written apart
    return not (m + 1 < len(tokens) and _is_name_word(tokens[m + 1]))


ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _ordinal_opens_a_body(tokens: Sequence[Token], part: list[int], start: int) -> bool:
    """Rule `ordinal_opens_a_body_name` (web test s14 K4: "California's 4th
    District Court of Appeal" was "District Court of Appeal", one court of
    six): an ordinal right before a run with an organisation word ("9th
    Circuit Court of Appeals", "82nd Airborne Division") is the name's first
    word. Before a name with no body word it is a rank or a date ("3rd
    Baron", "the 4th July"); before one word it may number the lower-case
    noun after ("13th Council district")."""
    first = part[0] - 1
    return len(part) > 1 and first >= start and ORDINAL.match(tokens[first].text) is not None \
        and any(tokens[k].lower in organisation_words() for k in part)


NAME_PARTICLE_PAIRS = grammar("name_particle_pairs")


def _two_word_particle_joins_a_name(tokens: Sequence[Token], m: int) -> bool:
    """Rule `two_word_particle_joins_a_name` (web test s14 K1: "Ursula von der
    Leyen" was cut to "Leyen", "Maria de la Cruz" to "Cruz"): a listed pair of
    lower-case particles (claim_grammar.txt name_particle_pairs) right before a
    name word is inside the name, as one particle is ("Charles de Gaulle")."""
    return (
        m + 2 < len(tokens)
        and f"{tokens[m].lower}_{tokens[m + 1].lower}" in NAME_PARTICLE_PAIRS
        and not tokens[m].is_capitalised
        and _is_name_word(tokens[m + 2])
    )


def _joined_across_nicknames(tokens: Sequence[Token], found: list[Name]) -> list[Name]:
    """Rule `quoted_nickname_inside_a_name`, the names' side (QA round 39,
    419: 'Edith "Edie" Windsor' made "Edith", "Edie" and "Windsor" three
    names, and the later "Windsor" a speaker of its own): a given name of
    one word, a quoted nickname of one word and a name right after it are
    one person, "Edith Windsor"; the nickname is no name of its own. Not
    after a longer run ("Marine John "Tig" Tiegen": "Marine" is no part of
    his name). Here, in the names layer (review s13 W1), so that the claim
    tagger, Mentioned and the brief read one Name; grammar's np_left and
    np_right walk over the same nickname (`quoted_nickname`)."""
    joined: list[Name] = []
    k = 0
    while k < len(found):
        name = found[k]
        mark = name.last + 1
        rest = found[k + 1 : k + 3]
        after = [n for n in rest if n.first == mark + 3]
        if after and quoted_nickname(tokens, mark) and after[0].title is None and name.first == name.last:
            other = after[0]
            joined.append(name._replace(
                text=f"{name.text} {other.text}", last=other.last, end=other.end,
                role_words=name.role_words | other.role_words,
                kind=PERSON if PERSON in (name.kind, other.kind) else name.kind,
                gender=name.gender or other.gender))
            k = found.index(other) + 1
            continue
        joined.append(name)
        k += 1
    return joined


def quoted_nickname(tokens: Sequence[Token], k: int) -> bool:
    """Rule `quoted_nickname_inside_a_name`: 'retired Maj. Gen. James
    "Spider" Marks': a quotation mark at `k` between two capitalised words,
    holding one capitalised word, is a nickname inside the name; the name
    goes on after it."""
    if k < 1 or k + 3 >= len(tokens) or tokens[k].text not in QUOTE_MARKS:
        return False
    before, nickname, close, after = tokens[k - 1], tokens[k + 1], tokens[k + 2], tokens[k + 3]
    return before.is_capitalised and nickname.is_word and nickname.is_capitalised and close.text in QUOTE_MARKS \
        and after.is_word and after.is_capitalised


MAX_LISTED_FIELD_WORDS = 3  # "Science, Technology and Industry", "Arts, Sciences and Letters"


def _listed_fields_after_of(tokens: Sequence[Token], run: list[int], comma: int) -> bool:
    """For rule `listed_fields_inside_a_body_name`: the run holds an
    organisation word and went through its "of"; after the comma at
    `comma` stand capitalised words (no title, no more commas), then "and",
    a capitalised word and the body's next "for"/"of" and name word."""
    words = [tokens[r].lower for r in run]
    if "of" not in words or organisation_words().isdisjoint(words[: words.index("of")]):
        return False
    m = comma + 1
    while m < len(tokens) and m - comma <= MAX_LISTED_FIELD_WORDS and _is_name_word(tokens[m]) \
            and tokens[m].is_capitalised and not title_at(tokens, m):
        m += 1
    if not (m > comma + 1 and m + 2 < len(tokens) and tokens[m].lower == "and"
            and _is_name_word(tokens[m + 1]) and tokens[m + 1].is_capitalised):
        return False
    # the name goes on past the list ("... and Industry for National Defence"): one body; a list
    # that ends the run ("the Department of Health, Smith and Jones said") may be several speakers
    return tokens[m + 2].lower in connectors()[1] and m + 3 < len(tokens) and tokens[m + 3].is_capitalised


MAX_LISTED_BODY_TOKENS = 16  # "of the Culture, Media and Sport (CMS) Committee"


def name_after_a_listed_body(tokens: Sequence[Token], k: int) -> int | None:
    """Rule `role_of_a_listed_body_then_name` (QA round 62, 515 s4: '"...,"
    said chair of the Culture, Media and Sport (CMS) Committee John
    Whittingdale MP.' gave the speaker "chair of the Culture"): token `k` is
    a lower-case role noun ("chair"), then "of" ("of the"), a body's name
    that lists capitalised fields with commas and one "and" (an acronym in
    brackets may follow: "(CMS)"), ending with an organisation word
    ("Committee"), and right after it two capitalised words or more; where
    that name starts, else None. A list with no organisation word last
    ("chair of Smith, Jones and Brown") or no "and" is none."""
    n = len(tokens)
    if k + 2 >= n or tokens[k].is_capitalised or tokens[k].lower not in people_nouns() \
            or tokens[k + 1].lower != "of":
        return None
    m = k + 2 + (tokens[k + 2].lower == "the")
    end = min(n, m + MAX_LISTED_BODY_TOKENS)
    joined = commas = 0
    body_end: int | None = None
    while m < end:
        token = tokens[m]
        if token.is_word and token.is_capitalised:
            if token.lower in organisation_words() and joined:
                body_end = m
                break
        elif token.text == "," and m + 1 < n and tokens[m + 1].is_capitalised:
            commas += 1
        elif token.lower == "and" and not joined and m + 1 < n and tokens[m + 1].is_capitalised:
            joined = 1
        elif token.text == "(" and m + 2 < n and tokens[m + 1].text.isupper() and tokens[m + 2].text == ")":
            m += 2  # the body's acronym: "(CMS)"
        else:
            return None
        m += 1
    if body_end is None or not commas:
        return None
    start = body_end + 1
    stop = start
    while stop < n and tokens[stop].is_word and tokens[stop].is_capitalised:
        stop += 1
    return start if stop - start >= 2 else None


def _office_owns_a_body(tokens: Sequence[Token], k: int) -> bool:
    """Rule `possessive_body_keeps_its_possessor` (session 11, QA round 37: "the
    Sheriff's Office said" showed the speaker "Office"): an office in the
    possessive (a one-word title of titles.txt or claim_grammar.txt
    offices_owning_a_body) right before a capitalised organisation word names
    a body with it ("the Sheriff's Office", "the Governor's Office", "Pulaski
    County Sheriff's Office", "the U.S. Attorney's Office"): the possessive
    does not end the name there. "Sheriff's deputies" (no body word) and
    "Clinton's Office" (a person's name, no office) stay as they were.

    Rule `possessive_business_name` (session 12, corkbeo: "Casey's Bar have
    said ..." showed the person "Bar"): any capitalised possessive right
    before a capitalised business word (claim_grammar.txt
    businesses_named_for_an_owner) names the business with it, an
    organisation (`owned_business`), never a person called by its last
    word. "Casey's bar" (lower case) stays a person's bar.

    Rule `possessive_inside_a_body_name` (QA round 54, 750): "People's"
    before a capitalised name word (claim_grammar.txt
    possessives_inside_a_name) is inside the name ("the National People's
    Congress", "the People's Liberation Army"); "the people's Congress"
    (lower case) stays an owner."""
    word = without_possessive(tokens[k].lower)
    if k + 1 >= len(tokens) or not tokens[k].text.endswith(POSSESSIVE_ENDINGS) or not tokens[k].is_capitalised:
        return False
    body = tokens[k + 1]
    if body.is_capitalised and without_possessive(body.lower) in grammar("businesses_named_for_an_owner"):
        return True  # Rule `possessive_business_name`: "Casey's Bar", "Joe's Pub" name one business
    if body.is_capitalised and _is_name_word(body) and word in grammar("possessives_inside_a_name"):
        return True  # Rule `possessive_inside_a_body_name`: "National People's Congress" is one name
    if not office_owning_a_body(word):
        return False
    return body.is_capitalised and without_possessive(body.lower) in organisation_words()


def office_owning_a_body(word: str) -> bool:
    """For rule `possessive_body_keeps_its_possessor`: an office whose
    possessive names a body with it ("sheriff", "attorney": "the Sheriff's
    Office", "the district attorney's office")."""
    return word in one_word_titles() or word in grammar("offices_owning_a_body")


def owned_business(lowered: Sequence[str]) -> bool:
    """Rule `possessive_business_name`: a possessive right before a business
    word ("casey's", "bar") in a name's words makes it a business, an
    organisation. The business words alone ("Touch Bar", "General Store")
    make nothing: they are no organisation words."""
    return any(a.endswith(POSSESSIVE_ENDINGS) and without_possessive(b) in grammar("businesses_named_for_an_owner")
               for a, b in pairwise(lowered))


def body_after_a_title(tokens: Sequence[Token], k: int) -> int:
    """Rule `title_to_a_body`: how many tokens from `k`, right after a title,
    are "to", maybe "the", and the body or place the title is held at, before
    a person's name ("Ambassador to the U.N. Susan Rice" -> 3, "Envoy to
    Syria Lakhdar Brahimi" -> 2); 0 when none. The body is an acronym or a
    listed place, of up to MAX_BODY_WORDS words, and two name words follow
    it, the first no title ("Ambassador to Russia" said nothing of a name)."""
    if k >= len(tokens) or tokens[k].lower != "to":
        return 0
    m = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].lower == "the")
    for size in range(MAX_BODY_WORDS, 0, -1):
        body = tokens[m : m + size]
        if len(body) < size or not all(_is_name_word(t) for t in body):
            continue
        acronym = size == 1 and ACRONYM.match(body[0].text) is not None
        if not acronym and " ".join(_clean(t.text) for t in body) not in places():
            continue
        after = m + size
        if after + 1 < len(tokens) and all(_is_name_word(t) for t in tokens[after : after + 2]) \
                and not title_at(tokens, after) and not tokens[after].text.isupper():
            return after - k
        return 0
    return 0


# Rule `place_after_a_lower_case_role_to`: the lower-case roles held at a place ("envoy to Syria")
ROLES_HELD_AT_A_PLACE = grammar("roles_held_at_a_place")


def _place_after_a_lower_case_role_to(tokens: Sequence[Token], k: int) -> int:
    """Rule `place_after_a_lower_case_role_to`: how many tokens from `k` are
    the place or acronym a lower-case role noun holds its office at, right
    after its "to" (maybe "the"): "envoy to Syria Lakhdar Brahimi" -> 1;
    0 when none (`role_held_at`)."""
    to = k - 1 - (k >= 1 and tokens[k - 1].lower == "the")
    held_at = role_held_at(tokens, to) if to >= 1 else 0
    return to + held_at - k if held_at else 0


def role_held_at(tokens: Sequence[Token], to: int) -> int:
    """Rule `place_after_a_lower_case_role_to`, one test for the names layer
    and the source's trim (grammar.trim_source): how many tokens from `to`
    are "to", maybe "the", and the place or acronym a lower-case role noun
    before it is held at (claim_grammar.txt roles_held_at_a_place: "envoy",
    "ambassador"), before a person's name ("envoy to Syria Lakhdar Brahimi"
    -> 2, "ambassador to the U.N. Susan Rice" -> 3); 0 when none. The name
    after holds no organisation word ("delegate to Texas State Senate" stays
    one name), a verb before "to" is no role ("flew to Syria Monday"), and a
    role one holds for a person is none ("adviser to Syria Bashar al-Assad":
    review s20 A5)."""
    if to < 1 or tokens[to].lower != "to":
        return 0
    role = tokens[to - 1]
    if not role.is_word or role.is_capitalised or role.lower not in ROLES_HELD_AT_A_PLACE \
            or _plural_people_noun(role.lower):
        return 0
    held_at = body_after_a_title(tokens, to)
    after = to + held_at
    if not held_at or any(t.lower in organisation_words() for t in tokens[after : after + MAX_BODY_WORDS]
                          if _is_name_word(t)):
        return 0
    return held_at


# Rule `gerund_opener_is_no_first_name`: a word ending so ("Chasing") may be a verb's -ing form
GERUND_ENDING = "ing"


def gerund_before_a_surname(word: str, surname: str, person_surnames: Collection[str]) -> bool:
    """Rule `gerund_opener_is_no_first_name` (QA round 40, 469: "Chasing
    Bieber is a popular ... sport" beside "Justin Bieber"), one test for the
    speaker tagger and Mentioned: `word` (opening its sentence) ends in
    "-ing", no listed first name ("Sterling"), and stands before
    `surname`, the surname of a person the article names
    (`person_surnames`, lower case): a verb's -ing form, no first name. A
    work's title whose next word is no person's surname stays ("Breaking
    Bad star Bryan Cranston": review s13 finding 8)."""
    low = word.lower()
    return low.endswith(GERUND_ENDING) and low not in first_names() and surname.lower() in person_surnames


def demonym_by_its_form(word: str) -> bool:
    """A nationality's or a party's adjective by its form (lower case): a demonym ending ("german",
    "ukrainian", "british") or "-i" ("israeli", "iraqi"), and no known first name ("christian",
    "brian"). Read by Mentioned's `nationality_qualifies_a_body` and the claim tagger's publication
    nouns ("the German magazine Der Spiegel"). Loose on purpose, and so apart from speakers.py's
    `listed_people_or_country_word`: it only lets a qualifier stand before a noun or an acronym, so
    a people of no listed place ("german", "british", "texan") passes, and so do words of the form
    that name no people ("republican", "wiki"), harmless there. The strict test gives a speaker
    role words, so it takes only a listed place's people or a country's short form ("u.s")."""
    return word.endswith((*DEMONYM_ENDINGS, "i")) and word not in first_names()


def after_staff_at(tokens: Sequence[Token], k: int, *, the_between: bool = False, as_written: bool = False) -> bool:
    """Whether token `k` (a name's first) follows a body's staff or work
    (claim_grammar.txt body_context_leads: "researchers", "team", "worked")
    and "at": "researchers at Johns Hopkins", "worked at Inmarsat". The one
    reading of it for the claim tagger's rule `body_by_context` and
    Mentioned's `staff_at_marks_a_body`, which differ in two ways, kept
    apart: `the_between` lets a "the" stand before the name ("a team at the
    Mayo Clinic"), and `as_written` takes "at" and that "the" only as
    written in lower case (Mentioned reads the prose; the tagger's
    one-word bodies take "At" too)."""
    j = k
    if the_between and j >= 1 and (tokens[j - 1].text if as_written else tokens[j - 1].lower) == "the":
        j -= 1
    return j >= 2 and (tokens[j - 1].text if as_written else tokens[j - 1].lower) == "at" \
        and tokens[j - 2].lower in grammar("body_context_leads")


# Rule `noun_ending_is_no_surname`: endings of abstract nouns no surname has ("-tion": "Interdiction",
# "Operations"; "-ment": "Management")
NOUN_ENDINGS_NO_SURNAME = tuple(sorted(grammar("noun_endings_no_surname")))


def noun_ending_is_no_surname(word: str) -> bool:
    """Rule `noun_ending_is_no_surname`: `word` (lower case) ends as an
    abstract noun, never a surname ("interdiction", "operations")."""
    return word.endswith(NOUN_ENDINGS_NO_SURNAME)


MAX_BODY_WORDS = 3  # "the U.N.", "Russia", "the United States"
MIN_PORTFOLIO_RUN = 3  # "Human Rights Navi Pillay": a portfolio of one word or more, then a name of two
PERSON_NAME_WORDS = 2


MAX_PORTFOLIO_WORDS = 3  # "for Refugees", "for Human Rights", "for Foreign Affairs and Security Policy"


def _portfolio_ends_the_title(tokens: Sequence[Token], title: int, k: int, joiner: str = "for") -> int:
    """Rule `portfolio_ends_a_title` (trust s10: "The U.N. High Commissioner
    for Refugees said" gave a name "Refugees"): a capitalised title (at
    `title`) runs through "for" and its portfolio when no person's name
    follows it (`_portfolio_after_for` reads "for Human Rights Navi
    Pillay"): "High Commissioner for Refugees", "Special Envoy for Syria";
    the portfolio names no one, as `body_name_runs_through_of_after_the`
    reads "the Centers for Disease Control" as one body. Not after a
    lower-case title ("a spokesman for Clinton": whom the role serves), nor
    through a known first name or a title ("Commissioner for Hillary
    Clinton"). How many tokens from `k` the portfolio takes, or 0."""
    n = len(tokens)
    if k >= n or tokens[k].lower != joiner or not tokens[title].is_capitalised:
        return 0
    m = k + 1 + (k + 1 < n and tokens[k + 1].lower == "the")
    end = m
    while end < n and end - m < MAX_PORTFOLIO_WORDS and _is_name_word(tokens[end]) and not title_at(tokens, end) \
            and tokens[end].lower not in first_names() and tokens[end].lower not in _stop_words():
        end += 1
        if tokens[end - 1].text.endswith(POSSESSIVE_ENDINGS):
            return 0  # "for Refugees' rights": a possessive goes on to what it owns
    if end == m or (end < n and _is_name_word(tokens[end])):
        return 0  # no portfolio, or a longer run: a name may stand in it
    return end - k


MAX_FIELD_WORDS = 2  # "of Defence", "of Railway Infrastructures"; "of Defence Ehud Barak" is no field


def _field_after_of_ends_the_title(tokens: Sequence[Token], title: int, k: int) -> int:
    """Rule `field_after_of_ends_a_title` (mentions2 s26, CNN-Corpus dev 723:
    "the state-owned Administrator of Railway Infrastructures" listed
    "Railway Infrastructures"): a capitalised title runs through "of" and
    its field as through "for" (`_portfolio_ends_the_title`): "Minister of
    Railway Services", "Administrator of Railway Infrastructures" name no
    one. Not when the field is a listed place ("the President of France":
    France is named) or holds an organisation word ("President of Harvard
    University"), nor when a name follows (the field is then left as it
    was read) or the run is longer than MAX_FIELD_WORDS (a name may end it:
    "Minister of Defence Ehud Barak"), nor after a title other than one of
    public office (ministry_fields.txt field_titles: "CEO of Virgin Galactic"
    names the company). How many tokens from `k` the field takes, or 0."""
    if k >= len(tokens) or tokens[k].lower != "of" or k + 1 >= len(tokens) or tokens[k + 1].lower == "the":
        return 0
    if tokens[k - 1].lower not in _ministry_fields()["field_titles"]:
        return 0  # "CEO of Virgin Galactic": a company's head is titled by the company, which is named
    taken = _portfolio_ends_the_title(tokens, title, k, "of")
    field = [_clean(t.text) for t in tokens[k + 1 : k + taken]]
    if not taken or len(field) > MAX_FIELD_WORDS or " ".join(field) in places() \
            or any(w.lower() in organisation_words() for w in field) \
            or any(t.text.isupper() and len(t.text) > 1 for t in tokens[k + 1 : k + taken]):
        return 0
    return taken


def _portfolio_after_for(tokens: Sequence[Token], k: int) -> int:
    """Rule `portfolio_after_a_title` (QA round 31: "United Nations High
    Commissioner for Human Rights Navi Pillay" gave a name "Human Rights Navi
    Pillay"): how many tokens from `k`, right after a title, are "for" and
    the title's portfolio before a person's two-word name ("for Human
    Rights" before "Navi Pillay", "for Refugees" before "Filippo Grandi");
    0 when none. The capitalised run after "for" has at least
    MIN_PORTFOLIO_RUN words, its last two are the name (no body word, no
    place, not in capitals) and no known first name stands before them
    ("Commissioner for Human Rights said": no name follows, the body stays)."""
    n = len(tokens)
    if k >= n or tokens[k].lower != "for":
        return 0
    m = k + 1 + (k + 1 < n and tokens[k + 1].lower == "the")
    end = m
    while end < n and _is_name_word(tokens[end]) and not title_at(tokens, end) \
            and not tokens[end - 1].text.endswith(POSSESSIVE_ENDINGS):
        end += 1
    if end - m < MIN_PORTFOLIO_RUN:
        return 0
    person = tokens[end - PERSON_NAME_WORDS : end]
    if any(t.lower in organisation_words() or (len(t.text) > 1 and t.text.isupper()) for t in person) \
            or " ".join(_clean(t.text) for t in person) in places() \
            or any(tokens[r].lower in first_names() for r in range(m, end - PERSON_NAME_WORDS)):
        return 0
    return end - PERSON_NAME_WORDS - k


def _body_after_the(tokens: Sequence[Token], run: list[int], m: int) -> bool:
    """Rule `body_name_runs_through_of_after_the`: "the Centers for Disease
    Control and Prevention", "the Britain-based Syrian Observatory for Human
    Rights": a name after "the" runs through "for"/"of" (at `m`) when
    capitalised words follow, none a known first name or a title ("the
    Wisdom of Michael Bloomberg", "the Mayor of London Sadiq Khan" stay
    apart): people are not "the X", so "the X of Y" names one body. Rule
    `quoted_body_name_runs_through_of` (CNN-Corpus dev 828: 'the "Friends of
    Syria" group' listed Syria and no body): so does a name whose opening
    quote mark stands between "the" and it."""
    opens = run[0] - 1 if run[0] > 0 and tokens[run[0] - 1].text in QUOTE_MARKS else run[0]
    if opens == 0 or tokens[opens - 1].lower != "the" or len(run) > MAX_BODY_HEAD_WORDS:
        return False
    if any(tokens[r].lower in first_names() or tokens[r].lower in gender_words() for r in run):
        return False  # "the Tree Mother of Africa", "the Prince of Wales": a person known by a title
    k = m + 1 + (m + 1 < len(tokens) and tokens[m + 1].lower in ("a", "the"))
    if k >= len(tokens) or not _body_word_after(tokens, k - 1):
        return False
    while k < len(tokens) and _is_name_word(tokens[k]):  # "the District of Massachusetts Joshua Levy"
        if tokens[k].lower in first_names() or title_at(tokens, k):
            return False
        k += 1
    return True


MAX_BODY_HEAD_WORDS = 3  # "Centers", "Britain-based Syrian Observatory"
MIN_WORDS_BEFORE_AND = 2  # "for Disease Control and Prevention"; not "for Syria and Clinton"


def _last_word_after_and(tokens: Sequence[Token], through: int, k: int) -> bool:
    """Rule `body_name_runs_through_of_after_the`, its last word: "and" at `k`
    goes on a body's name read through "for" at `through` ("Centers for
    Disease Control and Prevention", "Organization for Security and
    Cooperation") when two or more capitalised words stand between them and
    one word after it ends the name, no first name or place ("... for
    American Progress and Clinton" stays apart only when "Clinton" is known:
    a risk taken for the common agency names)."""
    if k - through - 1 < MIN_WORDS_BEFORE_AND or not _body_word_after(tokens, k):
        return False
    last = tokens[k + 1]
    return last.lower not in places() and (k + 2 >= len(tokens) or not _is_name_word(tokens[k + 2])
                                           or last.text.endswith(POSSESSIVE_ENDINGS))  # "... and Prevention's"


MAX_WORDS_AFTER_A_FIELD = 2  # "and International Affairs"


def _fields_after_for(tokens: Sequence[Token], through: int, k: int) -> bool:
    """Rule `fields_after_for_hold_and` (mentions2 s26, CNN-Corpus dev 760:
    "the Belfer Center for Science and International Affairs" was cut to
    "Belfer Center for Science"): "and" at `k` goes on a body's name read
    through "for" at `through` when one government field stands between
    them (ministry_fields.txt `government_fields`: "Science") and the one
    or two capitalised words after it end the name on a field too
    ("Affairs", "Technology"). "the Center for Science and Barack Obama",
    "... for Science and Britain" stay two names."""
    fields = _ministry_fields()
    if k - through != 2 or tokens[through + 1].lower not in fields["government_fields"] \
            or not _body_word_after(tokens, k):
        return False
    end = k + 1
    while end < len(tokens) and _is_name_word(tokens[end]) and end - k <= MAX_WORDS_AFTER_A_FIELD:
        end += 1
    last = tokens[end - 1].lower
    return (end >= len(tokens) or not _is_name_word(tokens[end])) \
        and (last in fields["government_fields"] or last in fields["lower_case_field_ends"]) \
        and not any(t.lower in first_names() or _clean(t.text) in places() for t in tokens[k + 1 : end])


MAX_NOUN_WORDS_AFTER_AND = 2  # "and Dental Genetics", "and International Studies"


def _adjective_field_before_and(tokens: Sequence[Token], through: int, k: int) -> bool:
    """Rule `adjective_before_and_shares_the_noun_after` (session 27, mentions2, CNN-Corpus dev 113:
    "the Center for Craniofacial and Dental Genetics" gave "Center for Craniofacial" and "Dental
    Genetics"): "and" at `k` goes on a body's name read through "for" at `through` when the one word
    between them is an adjective (ministry_fields.txt `field_adjective_endings`: "Craniofacial",
    "Strategic"), which needs the noun after "and" to name a field, and one or two capitalised words
    after "and", no first name, title or place, end the name on a noun: "Center for Strategic and
    International Studies". A noun before "and" ("the Center for Science and Barack Obama", "... for
    Progress and Apple") or an adjective ending the words after it stay two names."""
    fields = _ministry_fields()
    word = tokens[through + 1].lower

    def adjective(lowered: str) -> bool:
        return lowered.endswith(tuple(fields["field_adjective_endings"])) \
            and lowered not in fields["field_nouns_so_ending"]

    if k - through != 2 or not adjective(word) or not _body_word_after(tokens, k):
        return False
    end = k + 1
    while end < len(tokens) and _is_name_word(tokens[end]) and end - k <= MAX_NOUN_WORDS_AFTER_AND:
        end += 1
    return (end >= len(tokens) or not _is_name_word(tokens[end])) and not adjective(tokens[end - 1].lower) \
        and not any(t.lower in first_names() or _clean(t.text) in places() or title_at(tokens, i)
                    for i, t in enumerate(tokens[k + 1 : end], start=k + 1))


def _common_nouns_after_of_hold_and(tokens: Sequence[Token], run: list[int], k: int,
                                    common_words: Collection[str]) -> bool:
    """Rule `common_nouns_after_of_hold_and` (CNN-Corpus dev 925: "the
    National Council for Peace and Order" gave the speaker "National Council
    for Peace" and a name "Order"): "and" at `k` goes on a body's name read
    through "of" or "for" when the one capitalised word after that connector
    and the one after "and", which ends the name, are both words the article
    writes in lower case (`common_words`: "peace", "order"), no first name,
    place, title or acronym: a common noun is capitalised only as a word of
    the name. A name after "and" ("the Ministry of Defence and NATO", "the
    Center for Science and Barack Obama", "Britain and France") stays a name
    of its own."""
    if len(run) < 3 or tokens[run[-2]].lower not in ("of", "for") or not _body_word_after(tokens, k) \
            or (k + 2 < len(tokens) and (_is_name_word(tokens[k + 2]) or tokens[k + 2].text in ("&", "-"))):
        return False
    if organisation_words().isdisjoint(tokens[r].lower for r in run[:-2]):
        return False
    def common_noun(token: Token) -> bool:
        word = token.text
        return word[:1].isupper() and word[1:].islower() and word.isalpha() and token.lower in common_words \
            and token.lower not in first_names() and token.lower not in places() \
            and token.lower not in organisation_words()

    return common_noun(tokens[run[-1]]) and common_noun(tokens[k + 1])


@cache
def _ministry_fields() -> dict[str, frozenset[str]]:
    return load_word_sets("ministry_fields")


def _field_after_and(tokens: Sequence[Token], k: int) -> bool:
    """Rule `field_after_and_ends_a_ministry` (mentions-s21, QA round 56,
    871: "the Korean Ministry of Health and Welfare" gave "Korean Ministry
    of Health" and "Welfare"): "and" at `k` goes on a name read through
    "of" after a ministry or a department (ministry_fields.txt
    bodies_of_fields) when one capitalised word after it, a field of
    government (government_fields), ends the name ("Ministry of Health and
    Welfare", "Department of Agriculture and Fisheries"). "the Ministry of
    Defence and NATO", "the Department of Justice and Apple said" (a joint
    source), "... and Britain" stay two names ("... and Human Services" is
    `and_inside_an_agency`'s)."""
    if not _body_word_after(tokens, k):
        return False
    return tokens[k + 1].lower in _ministry_fields()["government_fields"] \
        and (k + 2 >= len(tokens) or not _is_name_word(tokens[k + 2]))


def _honorific_after_an_office(tokens: Sequence[Token], office: tuple[int, int], k: int, length: int) -> bool:
    """Rule `office_before_an_honorific_stays_the_role` (a Bangladesh story:
    "Prime Minister Sheikh Hasina said" showed "Hasina (Sheikh)"; "President
    Dr. John Smith" the role "Dr."): a courtesy title, a credential or an
    opening title ("Sheikh", "Imam") read right after an office (`office`,
    the tokens of the title before `k`) leaves the office the role. Two
    offices in a row, or an honorific first ("Dr. President"), read as
    before: the later title is the role."""
    earlier = " ".join(t.text for t in tokens[office[0] : office[1] + 1])
    later = tuple(t.text.rstrip(".").lower() for t in tokens[k : k + length])
    return not honorific_only(earlier) and (
        honorific_only(" ".join(later)) or later in opening_titles())


def _body_word_after(tokens: Sequence[Token], k: int) -> bool:
    """The token after `k` may go on a body's name: a capitalised word, no
    known first name, no title, no place alone before another capital ("of
    Texas Greg Abbott")."""
    m = k + 1
    return m < len(tokens) and _is_name_word(tokens[m]) and tokens[m].lower not in first_names() \
        and not title_at(tokens, m) and tokens[m].lower not in _stop_words()


def _portfolio_before_a_title(
    tokens: Sequence[Token], run: list[int], m: int, common_words: frozenset[str], title_case: bool
) -> bool:
    """Rule `portfolio_before_a_title`: "Transport Secretary Grant Shapps",
    "Interior Minister Anna Berg": one or two capitalised words right before a
    listed title and a name are the title's portfolio, not a name of their
    own; the role is "Transport Secretary". Not a person's name ("Theresa May
    Secretary" has a first name), a place or a body ("White House Press
    Secretary": the White House stays a name), nor a nationality alone
    ("Ukrainian Foreign Minister": the role is "Foreign Minister"); before a
    leader's title (claim_grammar.txt leader_titles) only an acronym ("CNN
    President", not a "Washington" dateline)."""
    if len(run) > MAX_PLACE_BEFORE_A_TITLE or m != run[-1] + 1 or m >= len(tokens):
        return False
    after = m + title_at(tokens, m)
    if after == m or after >= len(tokens) or not _is_name_word(tokens[after]):
        return False
    words = [_clean(tokens[r].text) for r in run]
    leader = _clean(tokens[after - 1].text) in grammar("leader_titles")
    if leader and not all(ACRONYM.match(tokens[r].text) for r in run):
        return False  # "CNN President Jeff Zucker"; not "Washington President Barack Obama" (a dateline)
    if " ".join(words) in places():
        # a listed place, even in a line read as title case: session 13, "Former Texas Gov. Rick
        # Perry announced his endorsement of Sen. Ted Cruz ..." has most long words capitalised
        # (text.py `title_case`) and showed the role "Gov."; where the place stands decides
        return _place_inside_a_clause(tokens, run[0])
    if title_case or len(run) > 2:
        return False  # in a title-case line any word is capitalised: no portfolio
    # Rule `portfolio_words_inside_a_title` (session 11, web test: "International Trade Secretary
    # Liz Truss" had the role "Secretary"): an organisation word that does not end the run
    # ("International" of "International Trade") names no body, and a word the article also writes
    # in lower case ("trade deals") is still a portfolio when it is capitalised inside the sentence;
    # at the sentence's start ("Former Secretary ...") it may be capitalised only as the first word
    opening = opens_sentence(tokens, run[0])
    return not any(
        w in first_names() or w in places() or (w in organisation_words() and r == run[-1])
        or (w in common_words and opening) or (w,) in cue_forms()
        or (len(run) == 1 and w.endswith(DEMONYM_ENDINGS))  # "Ukrainian Foreign Minister": a nationality
        or w in _stop_words() or not plain_word(tokens[r].text)
        for w, r in zip(words, run, strict=True)
    )


MAX_PLACE_BEFORE_A_TITLE = 3  # "New York City Mayor Bill de Blasio"


def _place_inside_a_clause(tokens: Sequence[Token], first: int) -> bool:
    """Rule `place_before_a_title` (session 11, CNN-Corpus: "said New York
    Mayor Michael Bloomberg" showed the role "Mayor"): a listed place right
    before a title and a name is where the title is held, part of the role
    ("New York Mayor"), when a lower-case word or an article stands right
    before it inside the sentence ("said", "the", "and", "backed") or it
    opens the sentence; a dateline in capitals ("WASHINGTON Mayor ...") and,
    after a preposition or a comma, a place that may be where, not whose ("In
    Texas Governor Greg Abbott said ..."), stay apart, and so does a place
    after a participle that opens the sentence's fronted clause
    (`_object_of_a_fronted_participle`). (A leader's title after a place,
    "Hong Kong President Barack Obama", is refused before this.)"""
    if tokens[first].text.isupper():
        return False
    if first == 0:
        return True
    before = tokens[first - 1]
    if before.lower in grammar("title_qualifiers") and before.is_capitalised:
        # Session 12: "Former New York Mayor Rudy Giuliani said ..." opening the sentence showed the
        # role "Mayor": a capitalised qualifier before the place is the role's too, and where it
        # stands decides ("former" in lower case is a lower-case word before the place, below)
        return _place_inside_a_clause(tokens, first - 1)
    if not before.is_word or before.lower in grammar("prepositions") or _object_of_a_fronted_participle(tokens, first):
        return False
    return not before.is_capitalised or before.lower in ARTICLES


FRONTED_SUBORDINATORS = grammar("fronted_subordinators")


def _object_of_a_fronted_participle(tokens: Sequence[Token], first: int) -> bool:
    """Session 11 review F2: "While touring Texas Governor Gavin Newsom said
    ...", "Visiting Ohio Senator Sherrod Brown said ...": an -ing form that
    opens the sentence, alone or after a fronted subordinator (claim_grammar.txt
    fronted_subordinators), takes the place at `first` as its object when
    the writer drops the comma; the place is where the speaker went, not
    whose the title is. "... supporting Ohio Gov. John Kasich" inside a
    clause stays a role."""
    participle = first - 1
    if not tokens[participle].lower.endswith("ing") or (tokens[participle].is_capitalised and participle > 0):
        return False
    return participle == 0 or (participle == 1 and tokens[0].lower in FRONTED_SUBORDINATORS)


def plain_word(text: str) -> bool:
    """A word written "Transport" or "CIA": not "PRESSOhio" (words run together)."""
    return text.isalpha() and (text.isupper() or text[1:].islower())


def _agency_after_and(tokens: Sequence[Token], run: list[int], k: int) -> bool:
    """Rule `and_inside_an_agency`: "and" at `k` joins one name when two or
    more capitalised words follow and the last is an organisation word
    ("Customs and Border Protection", "Food and Drug Administration"), and
    no known first name stands on either side ("Clinton and Congress" and
    "Joe and Jill Biden" stay apart)."""
    m = k + 1
    while m < len(tokens) and _is_name_word(tokens[m]) and not title_at(tokens, m):
        m += 1
    after = tokens[k + 1 : m]
    if len(after) < 2 or after[-1].lower not in organisation_words():
        return False
    if after[-1].lower in noun_sets("place_words")["carrier_ends"]:
        # Rule `carrier_after_and_is_a_body_of_its_own` (web tester s16b: "Delta and US Airways tied for
        # last place" listed one body "Delta and US Airways"): no agency's field is an airline; a name
        # ending in a carrier's word ("Airlines", "Airways") after "and" is a second body
        return False
    if m < len(tokens) and (tokens[m].lower in connectors()[1] or tokens[m].text.endswith(POSSESSIVE_ENDINGS)):
        return False
    if any(t.text.endswith(POSSESSIVE_ENDINGS) for t in after):
        return False  # session 12: "Murphy's Bar and Casey's Pub" are two businesses, each its owner's
    if _listed_name_before_and(tokens, run):
        return False
    if len(run) > 1 and tokens[run[-1]].lower in organisation_words() and after[-1].lower == tokens[run[-1]].lower \
            and (run[0] == 0 or tokens[run[0] - 1].lower not in DETERMINERS):
        # Rule `whole_body_before_and_is_a_body_of_its_own` (QA round 57, 988: "I studied at Oxford
        # University and Columbia University" listed one body): a name that already ends in its
        # organisation word before "and", the same as the name after "and" ends in, is whole; "and"
        # joins two bodies ("Joint Drug Prevention and Treatment Program", "Food and Drug
        # Administration", "Ministry of Health and Welfare" stay one: no body word before "and").
        # Not after "the": "the Tax Policy Center at the Urban Institute and Brookings Institution"
        # (PolNeAR dev) reads as one joint body's home, and the speaker stays as it was
        return False
    return not any(tokens[r].lower in first_names() for r in run) and not any(
        t.lower in first_names() for t in after
    )


def _listed_name_before_and(tokens: Sequence[Token], run: list[int]) -> bool:
    """Rule `listed_name_before_and_is_a_name_of_its_own` (session 25,
    CNN-Corpus dev 305: "the EU and African Union, should appoint a special
    envoy" listed one body "EU and African Union"): an agency's field before
    "and" ("Customs and Border Protection", "Food and Drug Administration")
    is a plain word; a run that is a whole listed place ("France and African
    Union troops") or a listed body's short form ("EU", "U.N.", "NATO":
    organisation_acronyms.txt) names a body or a place of its own, so "and"
    joins two names."""
    words = " ".join(tokens[r].text for r in run)
    return words.lower() in places() or (
        ACRONYM.match(words) is not None and words.replace(".", "").lower() in organisation_acronyms())


def _pair_before_and_names_a_body(tokens: Sequence[Token], run: list[int], k: int) -> bool:
    """Rule `pair_before_and_names_a_body` (closing note s15: "The Bill and
    Melinda Gates Foundation announced" gave "Bill" and "Melinda Gates
    Foundation", "the Crohn's and Colitis Foundation of America" gave
    "Crohn" and "Colitis Foundation"): after "the", one word and "and" at
    `k` open one body's name when the capitalised words after "and" end in
    an organisation word: a first name before another first name (a
    couple's foundation: "the Michael and Susan Dell Foundation"), or a word
    in the possessive (an eponym: "the Crohn's and Colitis Foundation";
    "&" too).
    Rule `and_inside_an_agency` keeps first names and possessives apart, as
    "Joe and Jill Biden said", "John Smith and Acme Group" and "Murphy's
    Bar and Casey's Pub" stay; so do they, and a joint source "Bill and
    Melinda Gates said" (no body word), here."""
    if len(run) != 1 or k >= len(tokens) or tokens[k].lower not in ("and", "&") or run[0] == 0 \
            or tokens[run[0] - 1].lower != "the":
        return False
    m = k + 1
    while m < len(tokens) and _is_name_word(tokens[m]) and not title_at(tokens, m):
        m += 1
    after = tokens[k + 1 : m]
    if len(after) < 2 or any(t.text.endswith(POSSESSIVE_ENDINGS) for t in after[:-1]) \
            or without_possessive(after[-1].lower) not in organisation_words():
        return False
    word = tokens[run[0]]
    if word.text.endswith(POSSESSIVE_ENDINGS):
        return True  # "the Crohn's and Colitis Foundation"
    return word.lower in first_names() and after[0].lower in first_names()  # "the Bill and Melinda Gates Foundation"


@cache
def _listed_place_pairs() -> frozenset[tuple[str, str]]:
    """Each two words in a row of a listed place of two or more words
    ("united", "states")."""
    return frozenset((a, b) for place in places() for a, b in zip(place.split(), place.split()[1:], strict=False))


def _inside_a_listed_place(word: str, after: str) -> bool:
    """Rule `listed_place_holds_in_a_title_case_line` (web tester s11:
    "States Drug Enforcement Agency" of "after United States Drug
    Enforcement Agency (DEA) officials arrested ..."): in a line read as
    title case a cue word ends a run ("Clinton Says"), but not inside a
    listed place: "States" of "United States" is no verb there."""
    return (word, after) in _listed_place_pairs()


def short_name_of_a_body(short: str, full: str) -> bool:
    """Rule `body_tail_drops_in_a_short_name` (QA round 36: "Amnesty" and
    "Amnesty International" listed as two speakers and two names): one
    word that opens a name of two whose last word is a tail bodies drop
    when named again (no_names.txt `body_name_tails`: "International",
    "Inc", "Group") is that body. "Ford" of "Ford Foundation" stays apart.
    Rule `founders_surname_is_the_body` (QA round 48, 443: "Disney said"
    after "the Walt Disney Co." was a person): so is the surname of a
    founder's name before the tail ("Disney" of "Walt Disney Co."); "Walt"
    alone, a first name, is no short name of it."""
    words = full.split()
    if " " in short or len(words) not in (2, 3) \
            or words[-1].lower().rstrip(".") not in noun_sets("no_names")["body_name_tails"]:
        return False
    return words[0] == short if len(words) == 2 else words[0].lower() in first_names() and words[1] == short


def body_name_in_one_order(words: tuple[str, ...]) -> tuple[str, ...]:
    """Rule `body_name_in_either_order` (QA round 47, 885: "the
    Palestinian Ministry of Health" and "The Palestinian Health Ministry"
    were two speakers): a name's words (lower case) with a government
    body's head before "of" (no_names.txt `word_order_body_heads`:
    "ministry", "department") moved after the words that follow "of":
    "palestinian ministry of health" reads "palestinian health ministry",
    as "department of justice" reads "justice department"; a court's
    appeal words (`appeal_words`) read "appeal": "court of appeals",
    "appeals court" and "appellate court" read "appeal court". Any other
    name is as it was ("university of miami" is not "miami university")."""
    sets = noun_sets("no_names")
    if sets["word_order_body_heads"].isdisjoint(words):
        return words
    at = words.index("of") if "of" in words else -1
    if 0 < at < len(words) - 1 and words[at - 1] in sets["word_order_body_heads"]:
        words = (*words[: at - 1], *words[at + 1 :], words[at - 1])
    if words[-1] == "court":
        words = tuple("appeal" if word in sets["appeal_words"] else word for word in words)
    return words


def generic_body_name(name: str) -> bool:
    """A name of body words and qualifiers only (no_names.txt
    `generic_body_qualifiers`: "City Council", "Supreme Court", "Police
    Department"), which says what kind of body, not which: rules
    `generic_body_of_two_sources_is_no_name` (mentions) and
    `generic_body_is_no_short_form_before` (speakers)."""
    words = [word.lower().strip(".,") for word in name.split()]
    qualifiers = noun_sets("no_names")["generic_body_qualifiers"]
    return len(words) > 1 and all(word in organisation_words() or word in qualifiers for word in words)


BRACKETS = ("(", "[")


def acronym_letters(word: str, last: bool) -> str:
    """The letters a capitalised word of a body's name gives its acronym
    (rule `acronym_spells_every_letter_of_a_short_form`, session 23: "UPS"
    counted for "U.S. Postal Service"): all of a dotted short form's inside
    the name ("U.S." -> "US": "USPS"), the first letter of any other word,
    and of a dotted form ending the name, a company's legal form ("K.K." of
    "Showa Denko K.K.": "SDK")."""
    return word.replace(".", "") if "." in word.rstrip(".") and not last else word[0]


def name_initials(name: str) -> str:
    """The initials of a name's capitalised words, lower case, no connector
    or stop word ("For" of "Alliance For Animal Rights", "of"): "nycha" of
    "New York City Housing Authority"."""
    return "".join(word[0].lower() for word in name.split()
                   if word[:1].isupper() and word.lower() not in _trimmed_words())


def _initials_spell_the_name(tokens: Sequence[Token], run: list[int], k: int) -> bool:
    """Rule `and_joins_a_name_its_initials_spell` (web tester s11: "Bahamas
    Alliance For Animal Rights" and "Kindness" of "The Bahamas Alliance For
    Animal Rights and Kindness (Baark)"; "Annual International Conference"
    of "... Conference and Exhibition (AICE)"): "and" at `k` joins one
    name when the capitalised words after it end right before a bracketed
    short form that the initials of the run's last capitalised words (no
    connector: "For") and theirs spell ("Baark": Bahamas Alliance Animal
    Rights Kindness), taking in a word before "and". Elsewhere "and"
    parts names ("Clinton and Trump (R)")."""
    m = k + 1
    while m < len(tokens) and _is_name_word(tokens[m]) and not title_at(tokens, m):
        m += 1
    if m == k + 1 or m + 2 >= len(tokens) or tokens[m].text not in BRACKETS or tokens[m + 2].text not in ")]":
        return False
    short = tokens[m + 1].text.rstrip("s").replace(".", "").lower()
    initials = name_initials(" ".join(t.text for t in [*(tokens[r] for r in run), *tokens[k + 1 : m]]))
    return len(short) >= MIN_INITIALS and short.isalpha() and initials.endswith(short) \
        and len(short) > m - k - 1  # the short form takes in a word before "and"


MIN_INITIALS = 3  # "AICE", "Baark"; two letters spell too many runs by chance


MAX_MEMBER_WORDS = 4  # "Furniture Law Officials": the capitalised words after "and", the members last


def _connector_as_written_in_a_body(tokens: Sequence[Token], run: list[int], k: int) -> bool:
    """Rule `lower_case_of_goes_on_a_body_in_title_case` (QA round 50, 592 s8:
    "According to the International Association of Bedding and Furniture
    Law Officials, it's known ..." is mostly capitals, so read as a title-case
    line, and "of" cut the name to "International Association"): a
    connector written in lower case ("of", "for") right after a run that
    holds an organisation word goes on the body's name, as in prose; a
    title-case line writes it "Of" where it is a headline's word."""
    word = tokens[k]
    return word.text in grammar("organisation_connectors") and any(
        tokens[r].lower in organisation_words() for r in run)


def _last_member(tokens: Sequence[Token], run: list[int], k: int) -> int | None:
    """Rule `members_after_and_end_a_body` (QA round 50, 592 s8: "According
    to the International Association of Bedding and Furniture Law Officials"
    showed the speaker "International Association"): "and" at `k` joins one
    body's name when the run holds an organisation word before its "of" and
    one capitalised word after it, and the capitalised words after "and" (no
    title, no first name) end the name in a plural noun of people, the
    body's members ("... of Insurance and Financial Advisors"). Two bodies
    ("the Ministry of Defence and Google said") and members in lower case
    ("the Ministry of Defence and Treasury officials") stay apart.
    The token of the members' plural that ends the name, or None."""
    words = [tokens[r].lower for r in run]
    if k >= len(tokens) or tokens[k].lower != "and" or "of" not in words \
            or words.index("of") != len(words) - 2 or organisation_words().isdisjoint(words[: words.index("of")]):
        return None
    m = k + 1
    while m < len(tokens) and m - k <= MAX_MEMBER_WORDS and _is_name_word(tokens[m]) and not title_at(tokens, m) \
            and tokens[m].lower not in first_names():
        m += 1
    last = tokens[m - 1].lower
    fields = [t.lower for t in tokens[k + 1 : m - 1]]
    if m - k < MIN_MEMBER_WORDS or any(w in _stop_words() for w in fields) or not ends_in_plural_s(last) \
            or last[:-1] not in people_nouns() or (m < len(tokens) and _is_name_word(tokens[m])):
        return None
    return m - 1


def _ends_in_members(tokens: Sequence[Token], run: list[int]) -> bool:
    """For rule `members_after_and_end_a_body`: the run's last word is the
    members' plural its "and" led to ("... and Furniture Law Officials"),
    no stop word to trim."""
    joints = [i for i, r in enumerate(run) if tokens[r].lower == "and"]
    return len(joints) == 1 and _last_member(tokens, run[: joints[0]], run[joints[0]]) == run[-1]


MIN_MEMBER_WORDS = 3  # "and", a field, the members: "and Financial Advisors"


def _listed_name_holds_and(tokens: Sequence[Token], k: int) -> bool:
    """Rule `listed_name_holds_and` (claim_grammar.txt names_holding_and):
    "and" at `k` joins one body's name when it and the capitalised words on
    either side are listed ("the Globe and Mail", "Procter and Gamble"):
    names with no body word at their end that rule `and_inside_an_agency`
    cannot join. Elsewhere "and" parts names ("Clinton and Trump")."""
    return 0 < k < len(tokens) - 1 and _is_name_word(tokens[k + 1]) and _holds_and(tokens[k - 1].lower,
                                                                                   tokens[k + 1].lower)


@cache
def _body_place_pairs() -> tuple[tuple[list[str], list[str]], ...]:
    """claim_grammar.txt body_places_holding_and, read once: each pair's
    two places as their words ("new-york_and_new-jersey" -> ["new",
    "york"], ["new", "jersey"])."""
    pairs = []
    for pair in grammar("body_places_holding_and"):
        first, _, second = pair.partition("_and_")
        pairs.append((first.split("-"), second.split("-")))
    return tuple(pairs)


def _body_of_two_places_end(tokens: Sequence[Token], run: list[int], k: int) -> int | None:
    """Rule `body_of_two_places_holds_and` (claim_grammar.txt
    body_places_holding_and; QA round 48, 404: "Port Authority of New York"
    and "New Jersey" of "the Port Authority of New York and New
    Jersey"): "and" at `k` joins one body's name when the run, read
    through "of", holds a listed place right before it, and the place
    paired with that one ends the name after it. Elsewhere the two are two
    places ("New York and New Jersey officials"). The token that ends the
    name, or None."""
    for before, after in _body_place_pairs():
        at = k - len(before)
        end = k + 1 + len(after)
        if at < 1 or end > len(tokens) or tokens[at - 1].lower != "of" or at - 1 not in run \
                or [t.lower for t in tokens[at:k]] != before or [t.lower for t in tokens[k + 1 : end]] != after:
            continue
        # the run read through "of" as a body's name: by its word ("Port Authority") or another rule's
        # reading ("the Islamic State of Iraq and the Levant", CNN-Corpus dev 828)
        if end == len(tokens) or not _is_name_word(tokens[end]):
            return end - 1
    return None


@cache
def _places_holding_and() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The listed places whose names hold "and" (places.txt: "Trinidad and
    Tobago"), each as its words before "and" and after it, lower case."""
    split = [place.split() for place in places() if " and " in place]
    return tuple((tuple(words[: words.index("and")]), tuple(words[words.index("and") + 1 :])) for words in split)


def _listed_place_across_and(tokens: Sequence[Token], run: list[int], k: int) -> int | None:
    """Rule `listed_place_holds_and` (places.txt; mentions reader test s19:
    "Trinidad and Tobago" was the place "Trinidad", "St. Vincent and the
    Grenadines" the other name "St. Vincent"): "and" at `k` joins one
    place's name when the run ends with the words before "and" of a listed
    place and the tokens after `k` are its words after "and". Where the
    last of them is; None elsewhere ("Trinidad and Jamaica" are two)."""
    for before, after in _places_holding_and():
        if len(run) < len(before) or tuple(tokens[r].lower for r in run[-len(before) :]) != before:
            continue
        last = k + len(after)
        if last < len(tokens) and tuple(t.lower for t in tokens[k + 1 : last + 1]) == after:
            return last
    return None


def _holds_and(before: str, after: str) -> bool:
    return f"{before}_and_{without_possessive(after)}" in grammar("names_holding_and")


FRONTED_PLACE_PREPOSITIONS = grammar("fronted_subject_place_prepositions")


def name_after_a_fronted_place(tokens: Sequence[Token], start: int, last: int) -> int | None:
    """Where the name starts in a capitalised run start..last that follows a
    fronted preposition (rule `fronted_place_ends_before_a_name`, web tester
    s17: "In Clon Casey's Bar have said" showed the speaker "In Clon Casey's
    Bar"): at a possessive owner followed by capitalised words to the run's
    end ("Clon Casey's Bar" -> "Casey's Bar"), or after the longest listed
    place that opens the run ("Cork Paddy Casey" -> "Paddy Casey"); None when
    the text does not show where the place ends ("Clon Casey Bar")."""
    owners = [m for m in range(start + 1, last) if tokens[m].text.endswith(POSSESSIVE_ENDINGS)]
    if len(owners) == 1:
        return owners[0]
    if owners:
        return None
    for end in range(last - 1, start - 1, -1):
        if " ".join(t.lower for t in tokens[start : end + 1]) in places():
            return end + 1
    return None


def _after_a_fronted_place(tokens: Sequence[Token], start: int) -> int:
    """The first token from `start` after a fronted preposition and the
    place that rule `fronted_place_ends_before_a_name` finds in the unbroken
    capitalised run after it ("In Clon Casey's Bar have said" -> "Casey's"),
    so that the place is no part of the name; `start` when there is none."""
    n = len(tokens)
    if start + 2 >= n or tokens[start].lower not in FRONTED_PLACE_PREPOSITIONS or not tokens[start].is_capitalised:
        return start
    last = start + 1
    while last + 1 < n and tokens[last + 1].is_word and tokens[last + 1].is_capitalised \
            and tokens[last + 1].lower not in ARTICLES and tokens[last + 1].lower not in title_words():
        last += 1
    if last + 1 >= n or tokens[last + 1].is_capitalised or not tokens[last + 1].is_word \
            or any(t.lower in title_words() for t in tokens[start + 1 : last + 1]):
        return start
    cut = name_after_a_fronted_place(tokens, start + 1, last)
    return start if cut is None else cut


def _after_a_glued_place(tokens: Sequence[Token], start: int) -> int:
    """The first token from `start` after a dateline that opens the first
    sentence of the body, a place glued to a name too (rule
    `glued_place_before_a_name`: "Rome Raffaele Sollecito was ..."), as
    cleanup's one reader of datelines finds it in the tokens' text; `start`
    when there is none."""
    if start >= len(tokens):
        return start
    first = at = tokens[start].start
    pieces: list[str] = []
    for token in tokens[start:]:
        if token.start - first >= DATELINE_WINDOW:
            break
        pieces.append(" " * (token.start - at) + token.text)  # the tokens' text, blanks as spaces
        at = token.end
    length = dateline_length("".join(pieces))
    if not length:
        return start
    return next((k for k in range(start, len(tokens)) if tokens[k].start >= first + length), start)


def _dateline(tokens: Sequence[Token], k: int) -> bool:
    """Rule `dateline`: "PHILADELPHIA —", "WASHINGTON (AP) —" open a sentence.
    Not an upper-case name with its own apposition of a body (rule
    `capitals_with_a_body_apposition_are_a_name`, QA round 63, 939 s42:
    "CAGE, a Muslim-led human rights advocacy group in London, also called
    for ..." lost its speaker): "LONDON, England —" stays a dateline."""
    if len(tokens[k].text) < 4 or not tokens[k].text.isupper() or not opens_sentence(tokens, k):
        return False
    m = k
    while m < len(tokens) and tokens[m].is_word and tokens[m].text.isupper():
        m += 1
    if m < len(tokens) and tokens[m].text == "," and _body_in_apposition(tokens, m - 1):
        return False
    return m < len(tokens) and (tokens[m].text in DASHES or tokens[m].text in (",", "("))


def _cause_after_a_body_word(tokens: Sequence[Token], run: list[int], m: int) -> bool:
    """Rule `body_in_a_cause_of` (QA round 64, 660: "the Association in
    Defence of the Wrongly Convicted" was cut into "Association", "Defence"
    and "Wrongly Convicted", so "the group" could point to no one): an "in"
    (at `m`) right after an organisation word, before one capitalised word
    that is no place and then "of" or "for" and a name word ("in Defence
    of", "in Support of"), is inside the body's name. "the Association in
    London", "the Committee in Washington of ..." (a listed place) end the
    name before "in"."""
    if not run or tokens[run[-1]].lower not in organisation_words() or m + 3 >= len(tokens):
        return False
    cause, joiner = tokens[m + 1], tokens[m + 2]
    after = m + 4 if tokens[m + 3].lower in ("a", "the") else m + 3
    return _is_name_word(cause) and cause.lower not in places() and joiner.lower in ("of", "for") \
        and after < len(tokens) and _is_name_word(tokens[after])


def _job_before_a_first_name(tokens: Sequence[Token], run: list[int]) -> int:
    """Rule `job_before_a_first_name` (session 11, web test: "says Baark
    Volunteer Coordinator Bonnie Young" showed that whole run as the name): a
    capitalised noun for a person in a role (source_nouns.txt people:
    "Coordinator", "Spokesman", "Director") right before a known first name
    and a surname ends the role; the person's name starts at the first
    name. The number of run words the role takes ("Baark Volunteer
    Coordinator Bonnie Young": 3), or 0 ("Bonnie Young"). A run that ends
    in a place's word ("the Imam Hussein Shrine", "Sheikh Zayed Road":
    place_words.txt ends, venue_ends) names a place, no person's role
    (rule `opening_title_only_starts_a_name`, review s25)."""
    place_words = noun_sets("place_words")
    if tokens[run[-1]].lower in place_words["ends"] or tokens[run[-1]].lower in place_words["venue_ends"]:
        return 0
    for i in range(len(run) - 2, 0, -1):
        word, first = tokens[run[i - 1]], tokens[run[i]]
        two_name_words = _two_name_words_end(tokens, run, i)
        job_noun = word.lower in people_nouns() and (first.lower in first_names() or two_name_words)
        # an occupation before two name words only with no article before them: "The Teacher
        # Retirement System" is a body ("Actress Amandla Stenberg" is a person)
        occupation = word.lower in occupations() and (first.lower in first_names() or (
            two_name_words and not (run[0] > 0 and tokens[run[0] - 1].lower in ARTICLES)))
        if (job_noun or occupation or _descriptor_opening_the_sentence(tokens, run, i)) \
                and word.lower not in first_names() and not word.text.endswith(POSSESSIVE_ENDINGS):
            return i
    return 0


def _descriptor_opening_the_sentence(tokens: Sequence[Token], run: list[int], i: int) -> bool:
    """Rule `descriptor_opening_the_sentence_is_no_name` (CNN-Corpus dev 173:
    "Broadcaster Lee Thomas recalls ..." showed the speaker "Broadcaster Lee
    Thomas"): a trade or an office of no_names.txt people_descriptions
    ("broadcaster", "playwright", "superintendent"), capitalised only
    because it opens the sentence, before exactly two plain name words
    (rule `job_before_a_first_name`'s test), ends a role as a job noun
    does; the name starts after it, as the Mentioned list reads it
    (mentions.py rule `descriptor_is_no_title_or_name`). Only here: these
    words lead bodies' names too ("Broadcaster RTE", "the Superintendent of
    Schools"), so they are no title nor occupation anywhere else. Not
    before a first name of first_names.txt ("Superintendent Sam Hoyle"):
    the cut would give the person that name's gender, and so change whom a
    later "he" may be (rule `named_as_an_object_inside_its_claim_is_not_he`
    keeps such a "he" open), so that name stays as written."""
    word, first = tokens[run[i - 1]], tokens[run[i]]
    return i == 1 and i + 1 < len(run) and opens_sentence(tokens, run[0]) \
        and word.lower in noun_sets("no_names")["people_descriptions"] \
        and first.lower not in first_names() and _two_name_words_end(tokens, run, i)


def _rank_after_an_abbreviated_title(
    tokens: Sequence[Token], run: list[int], pending_title: tuple[int, int] | None
) -> bool:
    """Rule `rank_after_an_abbreviated_title` (QA round 43, 854: "Maj.
    General Khan" made "General Khan" the name, with the role "Maj.",
    beside "Maj. General Zafar Khan"): a people noun ("General",
    "Colonel") right after an abbreviated title and before a name word is
    the title's last word, not the name's first. "General Khan" with no
    title before it stays as it was ("General" is no listed title: "General
    Motors")."""
    if pending_title is None or pending_title[1] != run[0] - 1 or len(run) < PERSON_NAME_WORDS:
        return False
    rank = tokens[run[0]].lower
    return tokens[pending_title[1]].text.endswith(".") and rank in people_nouns() and rank not in first_names() \
        and not _plural_people_noun(rank)


def nickname_pair(first: str, other: str) -> bool:
    """Rule `nickname_is_the_same_person` (nicknames.txt; QA round 44, 390:
    Mentioned showed "Matt Olsen (1), Matthew Olsen (1)"): one of the two
    first names is a listed short form of the other. The callers, the
    speaker tagger and Mentioned, read it only for two full names with the
    same surname when no other person of that surname is named."""
    return short_form_of(first, other) or short_form_of(other, first)


@cache
def _short_to_full_pairs() -> frozenset[tuple[str, str]]:
    return frozenset((short, full) for full, shorts in load_word_sets("nicknames").items() for short in shorts)


def short_form_of(short: str, full: str) -> bool:
    """Rule `nickname_is_the_same_person`, one way (late s16, cnn/210: a lone
    "Katherine" was read as "Kathy Hilton"): `short` is a listed short form
    of `full` ("Geoff" of "Geoffrey"), never the reverse. A writer shortens
    a name met before; a full first name alone is someone else's name."""
    return (without_accents(short.lower()), without_accents(full.lower())) in _short_to_full_pairs()


HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Ki-moon", "Jong-un"; not "Jean-Pierre"


def family_name_first(full: str, word: str) -> bool:
    """For rule `family_name_first`: `full` is two words, the family name
    `word` and a hyphenated given name whose second part is lower case, the
    way Korean names are written ("Ban Ki-moon"); "Jean-Pierre Dupont" and
    "Mary Smith-Jones" are not."""
    parts = full.split()
    return len(parts) == 2 and parts[0].lower() == word and HYPHENATED_GIVEN_NAME.fullmatch(parts[1]) is not None


def family_names_first(sentences: Sequence[Sequence[Token]]) -> frozenset[str]:
    """Rule `family_name_first`: the lower-case family names the article
    writes before exactly one hyphenated given name of the Korean form
    ("Ban Ki-moon"; `family_name_first`), anywhere in the article."""
    given: dict[str, set[str]] = {}
    for tokens in sentences:
        for before, token in pairwise(tokens):
            if before.is_capitalised and before.is_word and family_name_first(f"{before.text} {token.text}",
                                                                              before.lower):
                given.setdefault(before.lower, set()).add(token.text)
    return frozenset(word for word, names in given.items() if len(names) == 1)


@cache
def occupations() -> frozenset[str]:
    """Rule `occupation_before_a_first_name` (QA rounds 42-44, 479: "Actress
    Pamela Anderson revealed ..." made "Actress Pamela Anderson" the name):
    the people described by what they do (source_nouns.txt described:
    "actress", "comedian", "singer") end a role before a first name as a
    job noun does; not a kin word ("Mother Teresa", "Sister Mary": a
    religious name)."""
    return noun_sets("source_nouns")["described"] - noun_sets("kin_words")["relation"]


def _two_name_words_end(tokens: Sequence[Token], run: list[int], i: int) -> bool:
    """Rule `job_before_a_first_name`, when the first name is not a known
    one (session 12, QA round 38: "NBC News Foreign Correspondent Ayman
    Mohyeldin" was an organisation): after the role noun, exactly two
    words end the run, a first name and a surname, neither a body's, a
    place's or a title's word ("Police Officer Training Center" stays a
    name)."""
    rest = [tokens[r] for r in run[i:]]
    # a word's dot goes before the lists are asked ("Anchor Brewing Co.": "co" is a body's word)
    return len(rest) == 2 and all(
        _clean(t.text) not in organisation_words() and t.lower not in places() and t.lower not in people_nouns()
        and t.text[0].isupper() and t.text[1:].islower() for t in rest)


def _plural_people_noun(word: str) -> bool:
    """Rule `plural_title_is_no_role` (session 11, web test: "Senators Mitch
    McConnell and Chuck Schumer" gave McConnell the role "Senators"): a
    plural people noun ("senators", "officials") is the title of several,
    no one person's role, though the name still starts after it; so is a
    plural abbreviation (claim_grammar.txt plural_titles: "Sens. Mark
    Pryor", QA round 42)."""
    return ends_in_plural_s(word) and word[:-1] in people_nouns()


def _split_run(tokens: Sequence[Token], run: list[int]) -> list[list[int]]:
    """Rule `organisation_then_person`: "Ministry of Finance Brian Manning" is
    a body and a person; a known first name after an organisation word
    starts the person, and so does one after a place that follows a title's
    "for" or "of" ("Attorney for Massachusetts Joshua Levy"). A listed
    place is never split ("from St. Vincent and the Grenadines": "Vincent"
    is a first name; rule `listed_place_holds_and`)."""
    if " ".join(tokens[k].lower for k in run) in places():
        return [run]
    seen_organisation = False
    after_preposition = run[0] > 0 and tokens[run[0] - 1].lower in ("for", "of", "from")
    for i, k in enumerate(run):
        low = tokens[k].lower
        if i + 1 < len(run) and low in first_names() and not tokens[run[i + 1]].text.isdigit() \
                and not (i > 0 and _abbreviated_lead(tokens[run[i - 1]].text)):  # "Senate Bill 10"
            if seen_organisation:
                return [run[:i], run[i:]]
            if after_preposition and i > 0 and tokens[run[i - 1]].lower not in first_names():
                # "U.S. Attorney for Massachusetts Joshua Levy": a place, then the person
                return [run[:i], run[i:]]
        seen_organisation = seen_organisation or low in organisation_words()
    return [run]




def _abbreviated_lead(word: str) -> bool:
    """Rule `abbreviated_lead_holds_the_next_word` (place_words.txt
    abbreviated_leads): "St." of "St. Joseph", "City-St." of "Kansas
    City-St. Joseph", "Mt." of "Mt. Vernon"."""
    return word.endswith(".") and word.rsplit("-", 1)[-1].rstrip(".").lower() in noun_sets("place_words")[
        "abbreviated_leads"]


PARTY_WORDS = frozenset({"republican", "democratic", "conservative", "liberal"})
POSSESSIVE_DETERMINERS = grammar("possessive_determiners")


def _party_in_a_body(tokens: Sequence[Token], k: int) -> bool:
    """Rule `party_in_a_body`: a party word opens the name of a body that
    follows it ("Republican National Committee", "Democratic Party"), though
    not a person's ("Republican Donald Trump" is Donald Trump). Rule
    `capitalised_determiner_opens_a_body` (session 13, PolNeAR: "Our
    Principles PAC" gave the speaker "Principles PAC"): so does a possessive
    determiner written with a capital inside a sentence ("ads from Our
    Principles PAC"); opening a sentence its capital says nothing ("Our
    Armed Forces are ready")."""
    if tokens[k].lower not in PARTY_WORDS and not (
        tokens[k].lower in POSSESSIVE_DETERMINERS and tokens[k].is_capitalised and not opens_sentence(tokens, k)
    ):
        return False
    m = k + 1
    while m < len(tokens) and _is_name_word(tokens[m]) and tokens[m].lower not in organisation_words():
        if tokens[m].lower in first_names():
            return False
        m += 1
    return m < len(tokens) and m - k <= 3 and tokens[m].lower in organisation_words() and _is_name_word(tokens[m])


def _weekday_and_part_of_day_open_a_name(tokens: Sequence[Token], k: int) -> bool:
    """Rule `weekday_and_part_of_day_open_a_name` (claim_grammar.txt
    parts_of_day; closing note s16: "Tuesday Morning Corp. said" gave the
    body "Morning Corp."): a weekday at `k`, a part of the day written
    with a capital and another name word after them open one name
    ("Tuesday Morning Corp.", "Saturday Night Live"). A weekday before
    any other name ("Monday Acme Corp. said", "on Tuesday Apple said") is
    a time, no part of it; and so are both before a person's first name
    (claims-s18 item 5: "Tuesday Evening John Smith said" gave the speaker
    "Tuesday Evening John Smith")."""
    return tokens[k].lower in grammar("time_words") and k + 2 < len(tokens) \
        and tokens[k + 1].lower in grammar("parts_of_day") and tokens[k + 1].is_capitalised \
        and _is_name_word(tokens[k + 2]) and tokens[k + 2].lower not in first_names()


def _part_of_day_after_a_weekday(tokens: Sequence[Token], k: int) -> bool:
    """Rule `weekday_and_part_of_day_open_a_name`, the time's side: a part of
    the day written with a capital between a weekday and a person's first
    name ("Tuesday Evening John Smith said") is the time too, no name word.
    "Tuesday Morning said" (the retailer, once named) stays for the speakers'
    rule `time_word_opens_a_known_name`."""
    return 0 < k < len(tokens) - 1 and tokens[k].lower in grammar("parts_of_day") \
        and tokens[k - 1].lower in grammar("time_words") and tokens[k + 1].lower in first_names()


# "a" or "an" after a form of "be" opens a predicate noun ("She is a 37-year-old Hijra")
INDEFINITE_ARTICLES = ARTICLES - {"the"}
MAX_PREDICATE_MODIFIERS = 2  # "a 37-year-old Hijra", "a devout young Catholic"
# a preposition or a conjunction ends the predicate's noun phrase before the name: "It is a habit
# with Rubio", "He is a friend of Smith" name a person after it
PREDICATE_NOUN_BREAKS = grammar("prepositions") | frozenset({"and", "or", "but", "than"})


# the words that end a predicate's modifiers before its noun (rule `one_of_a_kind_after_a`)
NOUN_PHRASE_BREAKS = ARTICLES | PREDICATE_NOUN_BREAKS
# claim_grammar.txt determiners, read here for the name finder and by grammar.py
DETERMINERS = grammar("determiners")
# any pronoun: "the Sarah she knew" is no "Sarah" qualifying "she"
PRONOUN_WORDS = grammar("subject_pronouns") | grammar("object_pronouns")


def one_of_a_kind_after_a(tokens: Sequence[Token], k: int) -> int:
    """Rule `one_of_a_kind_after_a` (the one fact of QA round 49, 687: "She is
    a 37-year-old Hijra"): the index of the "a" or "an" that one capitalised
    word at `k` is written after, with up to two lower-case words or an age
    between ("a Democrat", "a 37-year-old Hijra", "a devout young
    Catholic"), or -1. Such a word says what someone is, one of a kind; it
    names no one in particular. Not after "the" ("the Hijra's guru"), a
    preposition ("a habit with Rubio") or a capitalised word. Read by rules
    `predicate_noun_is_no_name`, `one_word_after_an_indefinite_age_is_a_noun`
    and mentions' `group_noun_is_no_name`, each with its own further
    condition."""
    m = k - 1
    while m >= 0 and k - m <= MAX_PREDICATE_MODIFIERS and tokens[m].is_word and not tokens[m].is_capitalised \
            and tokens[m].lower not in NOUN_PHRASE_BREAKS:
        m -= 1
    return m if m >= 0 and tokens[m].lower in INDEFINITE_ARTICLES else -1


def _predicate_noun(tokens: Sequence[Token], k: int) -> bool:
    """Rule `predicate_noun_is_no_name` (QA round 49, 687: "She is a
    37-year-old Hijra -- a South Asian term ..." made "Hijra" a person, the
    age before it its cue, and "The reward, she says, ..." its claim): one
    of a kind after "a" (rule `one_of_a_kind_after_a`) that ends the noun
    phrase of "is/was a(n)" says what the subject is ("a Democrat", "a
    Hijra"); it names no one a pronoun could point back to. Not a word that
    goes on modifying a noun ("She is a Hijra guru", "He is a CNN reporter":
    a body may be named so)."""
    if k + 1 < len(tokens) and tokens[k + 1].is_word:
        return False
    article = one_of_a_kind_after_a(tokens, k)
    return article > 0 and tokens[article - 1].lower in grammar("be")


def _surname_after_first_name(tokens: Sequence[Token], run: list[int]) -> bool:
    """Rule `month_as_surname`: "Theresa May": a month right after a known
    first name is a surname, not a date."""
    return (
        len(run) > 1
        and tokens[run[-1]].lower in grammar("month_surnames")
        and tokens[run[-1]].is_capitalised
        and tokens[run[-2]].lower in first_names()
    )


def _number_word_ends_a_name(tokens: Sequence[Token], run: list[int]) -> bool:
    """Rule `number_word_ends_a_name` (qa68c-s25, QA round 68, 938 s16: "Mars
    One says 1,058 candidates have been shortlisted" left the speaker
    unresolved, "One" read as the pronoun): a capitalised number word
    (claim_grammar.txt name_number_words: "One", "Four") right after a
    capitalised name word that is no month ends the name: "Mars One",
    "Formula One", "Channel Four". Kept: "One of them said" (no name word
    before it) and "In June One ..." is no name."""
    if len(run) < 2:
        return False
    last, before = tokens[run[-1]], tokens[run[-2]]
    return last.is_capitalised and last.lower in grammar("name_number_words") and run[-2] == run[-1] - 1 \
        and _is_name_word(before) and before.lower not in _trimmed_words() \
        and before.lower not in grammar("month_surnames") and before.lower not in grammar("months") \
        and not (run[-1] + 1 < len(tokens) and tokens[run[-1] + 1].lower == "of")


def _written_together(tokens: Sequence[Token], run: list[int], words: list[str]) -> str:
    """Rule `name_keeps_its_spacing` (web tester s17: "B&H" was listed as "B & H"): a name's words
    as the text spaces them; neighbouring tokens written with no space between them ("B" "&"
    "H") stay together, every other pair takes one space."""
    text = words[0]
    for i in range(1, len(run)):
        joined = run[i] == run[i - 1] + 1 and tokens[run[i]].start == tokens[run[i - 1]].end
        text += ("" if joined else " ") + words[i]
    return text


def _name(
    tokens: Sequence[Token], run: list[int], title: tuple[int, int] | None, common_words: frozenset[str]
) -> Name | None:
    stop = _stop_words()
    trimmed = _trimmed_words()
    # a capitalised connector opens a name ("De Blasio", "Des Moines", "Van Hollen")
    while run and tokens[run[0]].lower in trimmed and (
        tokens[run[0]].lower in stop or not tokens[run[0]].is_capitalised
    ):
        if _party_in_a_body(tokens, run[0]) or _weekday_and_part_of_day_open_a_name(tokens, run[0]):
            break
        run = run[1:]
    while run and tokens[run[-1]].lower in trimmed and not _surname_after_first_name(tokens, run) \
            and not _ends_in_members(tokens, run) and not _number_word_ends_a_name(tokens, run):
        run = run[:-1]
    if not run:
        return None
    if len(run) > 1 and opens_sentence(tokens, run[0]) and tokens[run[0]].lower in grammar("fronted_place_openers") \
            and run[-1] + 1 < len(tokens) and tokens[run[-1] + 1].text == ",":
        # Rule `fronted_place_opener_is_no_name` (session 12, QA round 39, 943 s6: "Across Syria, the
        # reports ..." made "Across Syria" the name the government's "Syria said" took): the
        # preposition opening the sentence before a place and its comma is where, not a name's word
        run = run[1:]
    first_token = tokens[run[0]]
    place = " ".join(_clean(tokens[r].text) for r in run) in places()  # "West Virginia used to be ..."
    if opens_sentence(tokens, run[0]) and title is None and not place \
            and _common_opener(first_token, tokens, run, common_words):
        run = run[1:]
        if not run:
            return None
    if len(run) == 1 and title is None and opens_sentence(tokens, run[0]) \
            and without_possessive(tokens[run[0]].lower) in documents():
        # Rule `document_noun_is_no_name`: "Research has indicated ...", "Studies show ...": a
        # document noun opening a sentence is a source (an unnamed one), never a person that
        # "he" or "she" could point back to
        return None
    if len(run) == 1 and title is None and _predicate_noun(tokens, run[0]):
        return None
    words = [tokens[k].text for k in run]
    words[-1] = without_possessive(words[-1])
    # rule `listed_fields_inside_a_body_name` keeps its comma
    text = _written_together(tokens, run, words).replace(" , ", ", ")
    if text.lower() in stop and not (len(run) == 1 and first_token.lower == first_token.text.rstrip(".")):
        # a listed phrase: "New Year"; but "WHO" read as a body (text.py rule
        # `acronym_spelling_a_word_is_a_name`) is no "who"
        return None
    if len(run) == 1 and text.lower() in grammar("generic_abbreviations"):
        return None  # Rule `generic_abbreviation`: "state TV said" names no body called "TV"
    if len(run) == 1 and abbreviation_names_nothing(text):
        return None  # Rule `abbreviation_is_no_name`: "DNA samples to confirm ..." names no body "DNA"
    if len(run) == 1 and title is None and _after_age(tokens, run[0]) \
            and one_of_a_kind_after_a(tokens, run[0]) >= 0 and not _name_before_a_noun(tokens, run[0]):
        # Rule `one_word_after_an_indefinite_age_is_a_noun` (QA round 49, 687 s32: "She is a
        # 37-year-old Hijra" made "Hijra" a person, and "she says" then resolved to it): after
        # "a"/"an" and an age (rule `one_of_a_kind_after_a`), one capitalised word names what the
        # person is (a community, a people: "a 25-year-old American"), no one in particular; "25-year-old Nesma Hajjaj"
        # (no article, two words) stays a person. Review s17 (findings 6, 8): a known first name
        # ("a 23-year-old Ahmed told police") or a word before a person noun ("a 30-year-old
        # Chicago man", "a 40-year-old Pfizer chemist") is a name, so the rule leaves those alone
        return None
    lowered = [w.rstrip(".").lower() for w in words]
    if _possessive_title(tokens, run, title):
        return None
    title_text = " ".join(t.text for t in tokens[title[0] : title[1] + 1]) if title else None
    if title and title[0] == title[1] and opens_sentence(tokens, title[0]) and (
            tokens[title[0]].lower in occupations()
            or tokens[title[0]].lower in noun_sets("no_names")["people_descriptions"]):
        # rule `occupation_before_a_first_name`: capitalised only as the sentence's first word, the
        # occupation is shown as the article writes it elsewhere ("actress"); so is a descriptor
        # (rule `descriptor_opening_the_sentence_is_no_name`: "broadcaster")
        title_text = tokens[title[0]].lower
    role = _role_words(tokens, run[0] if title is None else title[0], run[-1])
    if title is not None:
        role |= {_clean(t.text) for t in tokens[title[0] : title[1] + 1]}
    after_the = run[0] > 0 and tokens[run[0] - 1].lower == "the"
    if _named_as_a_body(text, words, lowered, title_text):
        kind = ORGANISATION
    elif words[-1].isdigit():
        kind = UNKNOWN  # rule `number_ends_a_numbered_name`: "Bill 10", "Flight 17" are things
    elif len(run) > 1 and _number_word_ends_a_name(tokens, run):
        kind = ORGANISATION  # rule `number_word_ends_a_name`: "Mars One", "Channel Four" name no person
    elif title_text is None and lowered[0] not in first_names() and _body_in_apposition(tokens, run[-1]):
        kind = ORGANISATION
    elif title_text or role & people_nouns() \
            or (_after_age(tokens, run[0]) and not (len(run) == 1 and _qualifies_a_noun(tokens, run[0]))) \
            or (len(words) >= 2 and _occupation_in_apposition(tokens, run[-1])):
        kind = PERSON
    elif after_the and lowered[-1] in gender_words():
        kind = PERSON  # Rule `person_known_by_a_title`: "the Dalai Lama", "the Prince of Wales"
    elif after_the and full_name(lowered) and _before_a_persons_body_noun(tokens, run):
        kind = PERSON  # rule `persons_name_before_its_body_noun`
    elif after_the and len(run) == 1 and run[0] + 1 < len(tokens) \
            and tokens[run[0] + 1].lower in noun_sets("place_words")["place_kinds"]:
        kind = UNKNOWN  # rule `name_before_an_area_is_a_place`: "the Biu area" is where, no body
    elif after_the:
        kind = ORGANISATION  # people are not "the X": "the Associated Press"
    elif len(words) >= 2 and (lowered[0] in first_names() or lowered[0] in gender_words()) \
            and not noun_ending_is_no_surname(lowered[-1]):
        # Rule `noun_ending_is_no_surname` (web tester s13: "Marine Interdiction agents" made a person
        # "Marine Interdiction"): a first name that is a word too ("Marine", "Grace") before a word of
        # a noun's ending ("Interdiction", "Operations") is a unit's or thing's name, no person's
        kind = PERSON
    else:
        kind = UNKNOWN
    gender = _gender(lowered, title_text, role) if kind != ORGANISATION else None
    if len(run) == 1 and title is None and kind != ORGANISATION and _attributive_after_a_determiner(tokens, run[0]):
        # Rule `attributive_capital_is_no_person` (session 20, QA round 56, 871: "adopted ... to a
        # Christian family in Utah" made "Christian" a man whom the next "he said" took): one
        # capitalised word between a determiner and a lower-case common noun qualifies the noun
        # ("a Christian family", "a Georgia toddler", "an Obama aide"): it names no one "he" or
        # "she" could point back to, whatever first name it spells. The word stays a name
        kind, gender = UNKNOWN, None
    return Name(
        text, run[0], run[-1], tokens[run[0]].start, tokens[run[-1]].end, title_text, frozenset(role), kind, gender
    )


def _before_a_persons_body_noun(tokens: Sequence[Token], run: list[int]) -> bool:
    """Rule `persons_name_before_its_body_noun` (closing note s21, PolNeAR
    train wash-post 2016-02-17: "for the Bernie Sanders campaign" typed
    Bernie Sanders a body, and so each later "Sanders said"): after "the", a
    name right before a lower-case noun that makes a body of a person's name
    (claim_grammar.txt persons_body_nouns: "the Bernie Sanders campaign",
    "the Barack Obama administration") names that person, the
    noun the body (the claim tagger registers "Bernie Sanders campaign" beside
    the name), when it is a full name (a first name and a surname). "the
    Associated Press", "the Mercedes team", "the Labour government" (other
    nouns) stay bodies, and so, for now, does a surname alone ("the Sanders
    campaign"): read as no body, it let the pronoun resolver take "he said of
    Cruz" for Cruz in the PolNeAR dump (session 22), so it waits for a
    resolver that can weigh it."""
    after = run[-1] + 1
    return after < len(tokens) and tokens[after].is_word and not tokens[after].is_capitalised \
        and without_possessive(tokens[after].lower) in grammar("persons_body_nouns")


def full_name(lowered: Sequence[str]) -> bool:
    """A first name and a surname ("bernie sanders"; not "marine interdiction":
    rule `noun_ending_is_no_surname`); mentions.py types such a name a person."""
    return len(lowered) >= 2 and lowered[0] in first_names() and not noun_ending_is_no_surname(lowered[-1])


def _possessive_title(tokens: Sequence[Token], run: list[int], title: tuple[int, int] | None) -> bool:
    """Rule `possessive_title_is_no_name` (QA round 51, 417: "the Judge
    Advocate General's Corps" made a person "Advocate General" whom "He
    said" then took; "the Secretary General's report" a person "General"):
    a run that ends in a possessive and, with the title before it, ends in a
    listed title of two words or more ("Secretary General", "Advocate
    General") is that office's, no name of anyone. "Gov. Justice's plan",
    "Prime Minister Major's government" (no such title) and "Secretary
    General Jens Stoltenberg's report" stay names."""
    last = tokens[run[-1]].text
    if without_possessive(last) == last:
        return False
    words = [_clean(t.text) for t in tokens[title[0] : title[1] + 1]] if title is not None else []
    words += [_clean(tokens[k].text) for k in run[:-1]] + [_clean(without_possessive(last))]
    return any(len(t) >= 2 and tuple(words[-len(t):]) == t for t in titles())


def holds_a_body_word(lowered: Sequence[str]) -> bool:
    """An organisation word in the name; one that is a verb too only as its
    last word (rule `verb_opening_a_title_is_no_body_word`, claim_grammar.txt
    body_words_only_last: "Human Rights Watch", not "Watch Dogs")."""
    only_last = grammar("body_words_only_last")
    return any(word in organisation_words() and (word not in only_last or at == len(lowered) - 1)
               for at, word in enumerate(lowered))


def _named_as_a_body(text: str, words: Sequence[str], lowered: Sequence[str], title: str | None) -> bool:
    """A name's own words make it a body's, whatever stands around it. Rule
    `place_is_no_person` (places.txt): "she said" never points to "Israel";
    rule `listed_body_in_capitals` (organisation_acronyms.txt): "POLITICO",
    "UNICEF" name bodies."""
    return bool(
        ACRONYM.match(text) or holds_a_body_word(lowered) or " ".join(lowered) in places()
        or owned_business(lowered)
        or (text.isupper() and text.lower() in organisation_acronyms()) or any("&" in w for w in words)
        or (listed_body_as_a_word(text) and title is None)  # "Mr. Siemens": a person (review s19)
        or _institution_of_a_place(list(lowered), title) or _place_named_after_a_full_name(list(lowered), title)
        or any(_holds_and(a, b) for a, w, b in zip(lowered, lowered[1:], lowered[2:], strict=False) if w == "and")
        or any(brand_word(w) for w in words) or _ends_in_plural_body_word(lowered, title)
        or (len(lowered) > 1 and lowered[0].endswith(BASED_AT) and lowered[1] not in first_names())
        or domain_name(words[-1])
    )


@cache
def _domain_name_pattern() -> re.Pattern[str]:
    return re.compile(rf"^[A-Z][A-Za-z0-9]*\.(?:{'|'.join(sorted(load_rules('domain_endings')))})$")


def domain_name(word: str) -> bool:
    """Rule `domain_name_is_a_body` (QA round 51, 667: "according to AL.com" gave the speaker kind
    person): a name word that is a domain name (domain_endings.txt: "AL.com", "Salon.com",
    "Healthcare.gov"; one token by the tokenizer's `domain_name_is_one_token`) names a site, the
    company or body behind it; "Al Smith" and "Dr. Com" are no such word."""
    return _domain_name_pattern().match(word) is not None


# Rule `based_at_a_place_marks_a_body`: "Dublin-based Shire", "Chicago-based AbbVie": a name that
# opens with where it is based is a company's (a person so placed has a noun between: "London-based
# artist Jane Doe", or a first name after it: "Texas-based Matt Mackowiak")
BASED_AT = "-based"


# A word written with a capital inside it after a lower-case letter ("AirAsia", "PolitiFact")
INNER_CAPITAL = re.compile(r"^([A-Z][a-z]+)([A-Z][a-z]+)")
MIN_BRAND_LEAD = 3  # "De" of "DeSantis", "La" of "LaToya", "Mc" of "McCain" are a name's own


def brand_word(word: str) -> bool:
    """Rule `inner_capital_marks_a_brand` (QA round 44, 627: "Thai AirAsia"
    was typed person; the dump's "PolitiFact", "BuzzFeed", "WikiLeaks",
    "HuffPost"): a word written with a capital inside it, after a lead of
    three letters or more, is a company's or a site's brand, never a
    person's name. Not a surname's particle (claim_grammar.txt
    surname_particles_before_a_capital: "MacArthur", "VanderSloot") nor
    first names joined ("KellyAnne", "RoseAnn", "LeeAnn": either part or
    the whole a listed first name)."""
    parts = INNER_CAPITAL.match(word)
    if parts is None or len(parts.group(1)) < MIN_BRAND_LEAD:
        return False
    lead, rest = parts.group(1).lower(), parts.group(2).lower()
    return lead not in grammar("surname_particles_before_a_capital") \
        and not any(part in first_names() for part in (lead, rest, word.lower()))


def _ends_in_plural_body_word(lowered: Sequence[str], title: str | None) -> bool:
    """Rule `plural_body_word_ends_a_body` (QA round 44, 759: "the opposition
    Local Coordination Committees of Deir Ezzour said" was typed person): a
    name of two words or more that ends in an organisation word's plural
    ("Committees", "Councils", "Agencies") names bodies, never a person;
    not after a title or a first name ("Tyra Banks": a plural is a surname
    too)."""
    if len(lowered) < 2 or title is not None or lowered[0] in first_names():
        return False
    last = lowered[-1]
    singulars = {last[:-3] + "y"} if last.endswith("ies") else {last[:-1], last[:-2]} if last.endswith("s") else set()
    return not organisation_words().isdisjoint(singulars)


def a_body_by_the_alone(tokens: Sequence[Token], name: Name) -> bool:
    """Rule `the_before_a_possessive_may_be_the_nouns` (QA round 42, 384: "the
    Collins' framework" made Sen. Susan Collins a body "Collins"): one
    possessive word after "the" is typed a body ("the Pentagon's plan") by
    that "the" alone, which may be the owned noun's ("the [Collins'
    framework]"). A reader that knows more of the article (Mentioned: a
    person of that surname) may read it otherwise."""
    if name.kind != ORGANISATION or name.first != name.last or name.title is not None:
        return False
    token = tokens[name.first]
    return name.first > 0 and tokens[name.first - 1].lower == "the" \
        and token.text.endswith(POSSESSIVE_ENDINGS) \
        and not _named_as_a_body(name.text, [name.text], [name.text.rstrip(".").lower()], None)


MIN_ACRONYM_WORD = 4  # "Unicef", "Nato": shorter ones ("Ap", "Who") read as words


def listed_body_as_a_word(text: str) -> bool:
    """Rule `listed_body_written_as_a_word` (QA round 40: Unicef and Oxfam
    were typed person): a body organisation_acronyms.txt lists, written as
    a word with one capital ("Unicef", "Nato", "Oxfam"), as British papers
    write it; not a listed place ("Nice"). A listed name of words joined by
    a space or a hyphen counts with each word written so or in lower case,
    the last capitalised ("Boko Haram", "al-Shabaab"; session 19), and one
    listed with a hyphen written with a space (session 25, CNN-Corpus dev
    309: "Al Qaeda's branch in Iraq" left "Al Qaeda" under Other names;
    "Al-Qaeda" is listed)."""
    words = re.split(r"[ -]", text)
    return len(text) >= MIN_ACRONYM_WORD and words[-1][:1].isupper() \
        and all(word[1:].islower() for word in words) \
        and (text.lower() in organisation_acronyms() or "-".join(words).lower() in organisation_acronyms()) \
        and text.lower() not in places()


@cache
def place_ends() -> frozenset[str]:
    """Place words that end no one's name as often as a street's ("Stevie
    Street wrote" is a person): the place ends but the street words."""
    sets = noun_sets("place_words")
    return frozenset(sets["ends"] - sets["address_ends"])


def _institution_of_a_place(lowered: list[str], title: str | None) -> bool:
    """Rule `named_place_speaks_for_its_institution` (QA round 40, 864 s19:
    "Kensington Palace declined to comment" was typed person): a name of
    more than one word ending in a place word (place_words.txt ends:
    "palace", "airport", "county"; as the Mentioned list reads it; not a
    street word, a surname as often: "Stevie Street") is a
    place, never a person, and one that speaks is the body there, as a
    listed place is (rule `place_is_no_person`); not after a title or a
    first name ("Veronica Lake", "Sen. John Tower" are people)."""
    return len(lowered) > 1 and lowered[-1] in place_ends() and title is None \
        and lowered[0] not in first_names()


def _place_named_after_a_full_name(lowered: list[str], title: str | None) -> bool:
    """Rule `long_name_before_a_surname_place_word_is_a_place` (QA round s28, 593 s15: "Al Fayah
    Park, he hopes, will ..." made a person "Al Fayah Park", a second man the later "he says" could
    be, so it stayed unresolved): a name of three words or more ending in a place word that is also
    a surname (place_words.txt ends_unless_a_person: "park", "hill", "bridge"), after a word that is
    no first name ("Fayah"), is a place, never a person: a person so named has a first name or an
    initial before the surname ("Mary Jane Park", "Grace J. Park"). Not after a title ("Sen. Ann
    Marie Hill"); two words ("Grace Park", "Central Park") are left as they were."""
    last, before = lowered[-1:], lowered[-2:-1]
    return len(lowered) > 2 and title is None and last[0] in noun_sets("place_words")["ends_unless_a_person"] \
        and before[0].isalpha() and len(before[0]) > 1 and before[0] not in first_names()


# Sets of no_names.txt that are no name at all (the others type a name or keep one); the words
# mentions reads only beside another name (session 25: "FIRE", "SAVE" or "WAR" in capitals may be
# a body's acronym, as they were before these sets)
NOTHING_NAMED_EXCEPT = frozenset({"spelled_names", "document_ends", "body_words_alone", "verbs_before_a_surname",
                                  "cheer_openers", "cheer_ends", "event_ends", "opening_prepositions",
                                  "people_descriptions", "word_nouns", "other_titles_of_pope"})


@cache
def _nothing_named() -> frozenset[str]:
    return frozenset().union(*(words for name, words in noun_sets("no_names").items()
                               if name not in NOTHING_NAMED_EXCEPT))


def abbreviation_names_nothing(word: str) -> bool:
    """Rule `abbreviation_is_no_name` (no_names.txt): a time zone, unit,
    currency, degree, numeral or thing in capitals ("ET", "GDP", "DNA", a
    plural "ATMs" as its singular) names no person, body or place, for the
    claim tagger's speakers (QA round 34: "DNA" was a named speaker, of
    "DNA samples to confirm who was on board") as for the brief's
    Mentioned. A word with a capital or less ("Et") is no such abbreviation."""
    form = abbreviation_form(word)
    # "LGBTQ+" is "LGBTQ" (one word since the tokenizer's rule `plus_sign_ends_a_name`)
    return form is not None and form.replace(".", "").rstrip("+").lower() in _nothing_named()


def abbreviation_form(word: str) -> str | None:
    """`word` as an abbreviation in capitals, a plural's "s" dropped ("ATMs"
    -> "ATM"); None when it is no such word: more than one word, or one
    capital or less ("Et")."""
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        word = word[:-1]
    if " " in word or sum(c.isupper() for c in word) < 2:
        return None
    return word


# A person's age, the one age cue of the names layer (review T5): before a name as a
# token ("25-year-old Nesma Hajjaj", rule `age_makes_a_person`) or after it in commas ("Nadia
# Mohamed, 27,": mentions' rule `person_cue_marks_a_person`, the strongest of its cues).
AGE_YEARS = r"\d{1,3}"
# rule `spelled_out_age` (reader round J, CNN-Corpus dev 254 s1: "Seven-year-old Timmy Tyrrell gets a
# high-five" showed the speaker "Seven-year-old Timmy"): the years spelled out ("Seven-year-old",
# "twenty-five-year-old"; claim_grammar.txt count_words) are an age as digits are
AGE_COUNT = "|".join(sorted(grammar("count_words"), key=len, reverse=True))
AGE = re.compile(rf"^(?:{AGE_YEARS}|(?:{AGE_COUNT})(?:-(?:{AGE_COUNT}))?)-year-old$")
AGE_IN_COMMAS = re.compile(rf",\s*{AGE_YEARS},")


def _after_age(tokens: Sequence[Token], k: int) -> bool:
    """Rule `age_makes_a_person`: "25-year-old Nesma Hajjaj" is a person."""
    return k > 0 and bool(AGE.match(tokens[k - 1].lower))


def _occupation_in_apposition(tokens: Sequence[Token], last: int) -> bool:
    """Rule `occupation_in_apposition_makes_a_person` (web test s15b, msn s28:
    "Fraser Amos, a final-year student in global sustainable development at
    Warwick University, is helping ... '...,' he says." left "he" unresolved,
    as "Fraser" tells no gender and nothing typed the name): a name of two
    words or more followed by ", a/an/the" and, within a few words, a noun of
    the people described by what they do (source_nouns.txt described:
    "student", "teacher", "singer") ending the phrase or before a
    preposition is a person. Only the kind: the noun is not made a role
    (rule `role_around_name` reads people nouns alone). Not a noun that goes
    on ("Sesame Street, a student newspaper": "student" modifies)."""
    return _noun_in_apposition(tokens, last, occupations(), grammar("prepositions"))


@cache
def body_heads() -> frozenset[str]:
    """The head nouns of a phrase that names a body (claim_grammar.txt
    body_naming_heads, and publication_nouns, which name one too):
    "company", "group", "newspaper", "website"."""
    return grammar("body_naming_heads") | grammar("publication_nouns")


def _body_in_apposition(tokens: Sequence[Token], last: int) -> bool:
    """Rule `body_noun_in_apposition_makes_a_body` (QA round 51, 797: "Inmarsat, the company whose
    satellites communicated with the missing plane, has said ..." gave the speaker kind person): a
    name followed by ", a/an/the" and, within a few words, a body's head noun (claim_grammar.txt
    body_naming_heads and publication_nouns: "company", "group", "newspaper") ending the phrase or
    before a preposition or a relative is an organisation, as rule
    `occupation_in_apposition_makes_a_person` makes a person. Not a noun that goes on ("Jane Doe, a
    party official", "Smith, the company's founder"), nor one after a person's noun (rule
    `person_noun_heads_the_apposition`, QA round 62, 812 s16: "Netzai Sandoval, a lawyer
    representing the activist group, told ..." made the lawyer a body)."""
    prepositions = grammar("prepositions")
    return _noun_in_apposition(tokens, last, body_heads(), prepositions | RELATIVE_OPENERS | {"whose"},
                               prepositions | (people_nouns() - body_heads()))


def _noun_in_apposition(tokens: Sequence[Token], last: int, nouns: frozenset[str], after: Collection[str],
                        past_the_head: Collection[str] = ()) -> bool:
    """The two apposition rules' one reading: after the name's last token, ", a/an/the" and, within a
    few words and before any relative or word of `past_the_head` (a body's noun after a preposition
    is no head: "Jane Doe, a spokeswoman for the company"), one of `nouns` ending the phrase or
    before a word of `after`."""
    k = last + 1
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower not in ARTICLES:
        return False
    for m in range(k + 2, min(k + 2 + MAX_ROLE_WORDS, len(tokens))):
        token = tokens[m]
        if not token.is_word or token.lower in RELATIVE_OPENERS or token.lower == "whose" \
                or token.lower in past_the_head:
            return False  # "Pink Floyd, a band whose singer": the noun is in another clause
        if token.lower in nouns:
            nxt = tokens[m + 1] if m + 1 < len(tokens) else None
            return nxt is None or not nxt.is_word or nxt.lower in after
    return False


MAX_AGE_DIGITS = 3  # an age between commas: "Jane Smith, 35,", "Sayeed, 28," (also read by speakers.py)


def _common_opener(token: Token, tokens: Sequence[Token], run: list[int], common_words: frozenset[str]) -> bool:
    """Rule `common_word_opens_sentence`; an age is one ("Seven-year-old
    Timmy Tyrrell": rule `spelled_out_age`)."""
    low = token.lower
    if AGE.match(low):
        return True
    if low in common_words:
        # Rule `connector_keeps_the_opener` (QA round 56, 401 s16: "Immigration and Customs
        # Enforcement says ..." spoke as "and Customs Enforcement" where the article wrote
        # "immigration" in lower case too): a run that goes on through a connector right after the
        # opener ("and", "of", "&") is one name, the opener its first word; "Immigration officials"
        # and "Immigration Minister Smith" still drop it
        return not (len(run) > 2 and not tokens[run[1]].is_capitalised)
    following = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    after = tokens[run[-1] + 2] if run[-1] + 2 < len(tokens) else None
    if len(run) == 1 and following is not None and following.lower in grammar("opener_adverb_partners") \
            and after is not None and after.text == ",":
        # Rule `adverb_pair_opens_sentence`: "Back then, he refused ...", "Back home, ...": a
        # one-word opener and "then"/"now"/"home" before a comma is an adverbial, no name
        return True
    if len(run) > 1 or not low.endswith(("ing", "ed", "ly")) or following is None:
        return False
    # "Speaking in Brussels", "Reached by phone," but not "King said", "Reilly told"
    closing = tokens[run[-1] + 3] if run[-1] + 3 < len(tokens) else None
    beyond = tokens[run[-1] + 4] if run[-1] + 4 < len(tokens) else None
    if following.text == "," and after is not None and after.text.isdigit() and len(after.text) <= MAX_AGE_DIGITS \
            and closing is not None and closing.text == "," and (beyond is None or beyond.lower not in ("and", "or")):
        # Rule `age_after_the_opener_makes_it_a_name` (CNN-Corpus dev 926 s19: "Sayeed, 28, was born
        # and raised in Kabul" read "Sayeed" as a participle like "Reached,", so no one was named
        # there and the next "she says" was left unresolved): an age between commas follows a
        # person's name ("Ahmed, 34,", "Mohammed, 19,"), never an opening participle. Not before
        # "and": "Mohammed, 19, and his brother Ali, 22, fled ..." names two men, and naming the
        # first only hands a later "he" from one guess to the other
        return False
    if following.text == "," or following.lower in grammar("prepositions"):
        return True
    # "Enacting dominance over others ...": a gerund with its object, but not "Manning has"
    return (
        low.endswith("ing")
        and following.is_word
        and not following.is_capitalised
        and following.lower not in auxiliaries()
        and (following.lower,) not in cue_forms()
        and following.lower not in past_forms()
        # "Lessing began writing at 7": a past verb after it makes the word a subject, a name
        and following.lower not in grammar("past_verbs")
        and not (following.lower.endswith("ed") and len(following.lower) > 4)
    )


def _gender(lowered: list[str], title: str | None, role: set[str]) -> str | None:
    """Rule `gender_from_name`: the title's ("Mrs.", "Prince"), else what the
    role words ("spokeswoman") and the first name ("Meghan", alone too:
    features name people by first name) agree on; when they disagree, none
    (a wrong gender sends a pronoun to the wrong person)."""
    words = gender_words()
    if title:
        for word in title.lower().replace(".", "").split():
            if word in words:
                return words[word]
    found = {words[word] for word in role if word in words}
    if lowered[0] in words:
        found.add(words[lowered[0]])  # "Prince Harry", "Queen Elizabeth"
    elif lowered[0] in first_names():
        found.add(first_names()[lowered[0]])
    return found.pop() if len(found) == 1 else None


RELATION_POSSESSIVES = grammar("relation_possessives")
PLANNED_BEFORE_TO = grammar("planned_before_to")  # rule `role_word_after_a_plan_and_to_is_a_verb`


def _role_words(tokens: Sequence[Token], before: int, after: int) -> set[str]:
    """Rule `role_around_name`: the role phrase right before a name
    ("Republican presidential nominee Donald Trump", "Department of
    Correction spokesman Jason Kersten") or in apposition after it ("Jason
    Kersten, a spokesman for the department,")."""
    roles = people_nouns()
    found: set[str] = set()
    k = before - 1
    if k >= 0 and tokens[k].lower in roles and not (
            k >= 2 and tokens[k - 1].lower == "to" and tokens[k - 2].lower in PLANNED_BEFORE_TO):
        # rule `role_word_after_a_plan_and_to_is_a_verb`: "scheduled to host Metalurh Zaporizhya"
        first = role_phrase_start(tokens, before, roles)
        found.update(
            without_possessive(t.lower) if possessor_of_a_role(t) else _clean(t.text) for t in tokens[first:before])
    elif k >= 0 and possessor_of_a_role(tokens[k]):
        found.add(without_possessive(tokens[k].lower))  # "Apple's CEO Tim Cook": a title at `before`
    elif k >= 2 and tokens[k].text == "," and tokens[k - 1].lower in roles \
            and tokens[k - 2].lower in RELATION_POSSESSIVES:
        # Rule `possessed_role_before_a_comma` (session 11): "said his attorney, Patrick Thomassey":
        # he holds the role too, so "the attorney" is not only the district attorney named later
        found.add(tokens[k - 1].lower)
    elif k >= 2 and tokens[k].text == "," and tokens[k - 1].lower in roles and possessor_of_a_role(tokens[k - 2]) \
            and _apposition_opens(tokens, k - 2) and after + 1 < len(tokens) and not tokens[after + 1].is_word:
        # Rule `named_possessors_role_before_a_comma` (qa71a-s27, CNN dev 694 s25-s26:
        # "Sollecito's lawyer, Luca Maori, said ...", then "..., the lawyer said" stayed unresolved,
        # where "Her attorney, Ted Simon," gave Simon his role): a name's possessive and a role before
        # the comma and the name are whose role it is, as "Luca Maori, Sollecito's lawyer," is; only
        # when the phrase opens the sentence or follows a cue ("said Sollecito's lawyer, Luca Maori."),
        # and the name ends at a comma or the sentence's end: "After meeting Smith's lawyer, Luca
        # Maori said" (no apposition) gives Maori no role
        found.update({tokens[k - 1].lower, without_possessive(tokens[k - 2].lower)})
    k = after + 1
    no_apposition = before > 0 and tokens[before - 1].lower in ("the", "in")
    # Rule `no_apposition_after_a_place_preposition`: "send inspectors to Damascus, an official
    # with the organization, ... told CNN": a lone word after "to", "into", "from", "at" is where,
    # and the role after the comma belongs to the clause's subject
    no_apposition = no_apposition or (before == after and before > 0
                                      and tokens[before - 1].lower in ("to", "into", "from", "at", "near"))
    # Rule `no_apposition_after_the`: "Speaking in the Commons, the Conservative MP said":
    # people are not "the X", so the role after the comma is someone else's. Rule
    # `no_apposition_after_in`: nor is a name after "in" a person ("In Vatican City, a
    # woman from Ciudad Juarez told CNN ..."): it is where the clause's subject is
    # Rule `possessed_role_in_apposition` (resolve-s28: "Jane Doe, his attorney, said ..." then "His
    # attorney said" or "the attorney said" stayed unnamed): "his", "her", "their" open an apposition
    # as an article does; the role is hers, whose it is the pronoun does not say
    apposition = k + 2 < len(tokens) and tokens[k].text == "," and (
        tokens[k + 1].lower in ARTICLES or possessor_of_a_role(tokens[k + 1])  # "Tim Cook, Apple's CEO,"
        or tokens[k + 1].lower in RELATION_POSSESSIVES)
    if apposition and not no_apposition:
        for m in range(k + 2, min(k + 2 + MAX_ROLE_WORDS, len(tokens))):
            token = tokens[m]
            if not token.is_word:
                break
            if token.lower in roles:
                nxt = tokens[m + 1] if m + 1 < len(tokens) else None
                if nxt is not None and nxt.is_word and nxt.lower not in grammar("prepositions"):
                    break  # "in Chelsea, the mayor also said": the subject of a clause, no apposition
                if _role_subject_of_a_cue(tokens, before, m):
                    break
                found.update(_clean(t.text) for t in tokens[k + 2 : m + 1])
                if possessor_of_a_role(tokens[k + 1]):
                    found.add(without_possessive(tokens[k + 1].lower))
                break
    if _party_tag_after(tokens, after):
        found.add("lawmaker")
    return found


def _party_tag_after(tokens: Sequence[Token], after: int) -> bool:
    """Rule `party_tag_marks_a_lawmaker` (claim_grammar.txt): ", R-Florida"
    or "(D-Calif." right after the name's last token at `after`: a party's
    letter, a hyphen and a capitalised state. "Smith, R-Florida" is a
    lawmaker; "Smith, a Florida Republican," is left to the apposition."""
    if after + 2 >= len(tokens) or tokens[after + 1].text not in (",", "("):
        return False
    return PARTY_TAG.fullmatch(tokens[after + 2].text) is not None


def _apposition_opens(tokens: Sequence[Token], first: int) -> bool:
    """For rule `named_possessors_role_before_a_comma`: the phrase at token
    `first` opens its sentence (nothing but punctuation before it) or
    follows a cue word ("said Sollecito's lawyer, Luca Maori")."""
    if all(not t.is_word for t in tokens[:first]):
        return True
    before = tokens[first - 1]
    return before.is_word and not before.is_capitalised and (before.lower,) in cue_forms()


def role_phrase_start(
    tokens: Sequence[Token], before: int, heads: frozenset[str], inner: frozenset[str] = frozenset()
) -> int:
    """Where the role phrase written right before token `before` starts
    (rule `role_around_name`: "Republican presidential nominee", "CNN
    political editor", "Apple's CEO"): back from a role noun among `heads`
    over capitalised words, role nouns, `inner` words and adjective-like
    words, through a possessor of the role; `before` when no role noun
    stands there. Rule `place_after_a_lower_case_role_to`: the place the
    role is held at runs with it ("U.N. envoy to Syria Lakhdar Brahimi")."""
    k = before - 1
    to = next((j for j in range(max(before - 2 - MAX_BODY_WORDS, 1), before - 1)
               if role_held_at(tokens, j) == before - j), None)
    if to is not None:
        k = to - 1
    if k < 0 or tokens[k].lower not in heads:
        return before
    roles = people_nouns() | heads | inner
    count = 0
    while k >= 0 and count < MAX_ROLE_WORDS:
        token = tokens[k]
        if possessor_of_a_role(token):
            return k  # "Apple's CEO Tim Cook": Apple's CEO
        if not token.is_word or token.lower in ARTICLES or token.text.endswith(POSSESSIVE_ENDINGS):
            break
        if not token.is_capitalised and token.lower not in roles and not _adjective_like(token.lower):
            break
        if token.lower == "of" and k > 0 and not tokens[k - 1].is_capitalised:
            break  # "the sister of Republican chair Michael Rendino": her role, not his
        count += 1
        k -= 1
    return k + 1


def possessor_of_a_role(token: Token) -> bool:
    """Rule `possessor_ties_a_role` (QA round 34: "Apple's CEO" and "Tim
    Cook" listed as two sources): a capitalised name's possessive before a
    role ("Apple's CEO Tim Cook", "Tim Cook, Apple's CEO,") is whose role it
    is, kept among the role words so that "Apple's CEO" later is Tim Cook.
    Not a title or a gendered word ("the Queen's spokesman John Lee": the
    role gives no gender of his)."""
    word = without_possessive(token.lower)
    return token.is_capitalised and token.text.endswith(POSSESSIVE_ENDINGS) and word != token.lower \
        and word.isalpha() and word not in gender_words() and word not in people_nouns()


def _role_subject_of_a_cue(tokens: Sequence[Token], before: int, role: int) -> bool:
    """Rule `object_name_before_a_clause_final_source`: "Police are still
    questioning Igarashi, a spokesperson for the Tokyo police told CNN": the
    role phrase after the comma runs, with no comma of its own, into a cue
    ("told", "said", "confirmed") and the name is a verb's object, not a
    sentence's subject: the role is the subject of that closing attribution,
    someone else, no apposition. ("Jason Kersten, a spokesman for the
    department said" opens its sentence and keeps the role; so does
    "questioning Kersten, a spokesman for the department, on Monday".)

    Rule `aside_source_after_a_name_is_no_apposition` (reviewer s16: "David
    Cameron, the spokesman for the prime minister said, would attend." gave
    David Cameron the spokesman's words): a name that opens its sentence
    keeps the role, unless the cue is followed by a comma and a finite verb
    with no subject ("would attend"): the name is that verb's subject and the
    role the subject of the aside, someone else."""
    opens = before == 0 or not tokens[before - 1].is_word  # a missing comma is likelier
    for k in range(role + 1, len(tokens)):
        token = tokens[k]
        if not token.is_word or token.lower in RELATIVE_OPENERS or token.lower in CLAUSE_OPENING_ADVERBS:
            return False  # review F11: "a nurse at the hospital where doctors said": a clause of its own
        if not token.is_capitalised and (token.lower,) in cue_forms() and not token.lower.endswith("ing") \
                and _cue_reads_as_a_verb(tokens, k):
            return not opens or (k + 2 < len(tokens) and tokens[k + 1].text == ","
                                 and tokens[k + 2].lower in FINITE_VERBS)
    return False


FINITE_VERBS = grammar("finite_verbs")  # rule `aside_source_after_a_name_is_no_apposition`


# Review F11: relative adverbs open a clause inside the role ("a nurse at the hospital where doctors
# said the boy died"): its cue is that clause's, not the role's.
CLAUSE_OPENING_ADVERBS = grammar("clause_opening_adverbs")
# Words after which a cue form is a noun ("his claims", "in charge of reports"): joined once here,
# not per call (the check runs for every cue form after a role).
NOUN_LEADS = grammar("determiners") | grammar("prepositions")


def _cue_reads_as_a_verb(tokens: Sequence[Token], k: int) -> bool:
    """Review F11: a cue form at `k` is a verb, not a noun: not one of the
    -s forms that are as often plural nouns (claim_grammar.txt
    cue_noun_forms: "in charge of reports", "under fire for its claims"),
    and not after a determiner, a possessive or a preposition ("his
    claims", "the firm's reports", "the firm in charge of ...")."""
    if tokens[k].lower in grammar("cue_noun_forms"):
        return False
    previous = tokens[k - 1] if k > 0 else None
    return previous is None or not (previous.lower in NOUN_LEADS or previous.text.endswith(POSSESSIVE_ENDINGS))


SENTENCE_ENDS = re.compile(r"[.!?\n]")


def role_names_a_source_after(text: str, name_start: int, role_start: int) -> bool:
    """Rule `object_name_before_a_clause_final_source`, for a name and a
    role noun after it found in `text` by their offsets (the role's token
    starts at `role_start`): whether the role, in the name's sentence, is
    the subject of a closing attribution ("Police are still questioning
    Igarashi, a spokesperson for the Tokyo police told CNN"), not the
    name's apposition. The sentence runs from the end before the name to
    the next one after the role."""
    start = max(text.rfind(".", 0, name_start), text.rfind("\n", 0, name_start)) + 1
    after = SENTENCE_ENDS.search(text, role_start)
    tokens = tokenize(text, start, after.end() if after else len(text))
    name = next((k for k, t in enumerate(tokens) if t.start == name_start), None)
    role = next((k for k, t in enumerate(tokens) if t.start == role_start), None)
    return name is not None and role is not None and _role_subject_of_a_cue(tokens, name, role)


def _adjective_like(word: str) -> bool:
    return (
        word.isalpha()
        and word not in auxiliaries()
        and word not in grammar("subordinators")
        and (
            word.endswith(("al", "ic", "ian", "ive", "ary", "ant", "ent", "ior", "er"))
            or word in ("of", "former", "vice")
        )
    )


def _name_before_a_noun(tokens: Sequence[Token], index: int) -> bool:
    """Whether the one capitalised word at `index` is a known first name or qualifies the noun after
    it (`_qualifies_a_noun`): either way it is a name, not what the person is."""
    return tokens[index].lower in first_names() or _qualifies_a_noun(tokens, index)


def _qualifies_a_noun(tokens: Sequence[Token], index: int) -> bool:
    """Whether the one capitalised word at `index` stands before a person noun ("Chicago man") or,
    no nationality itself, before another lower-case noun (names-s18, the reviewer's "a 40-year-old
    Pfizer chemist" dropped Pfizer: "chemist" is no listed occupation; "a 30-year-old Sanders
    volunteer"). The age before it is the noun's person's: it makes no person of the name. A
    nationality before its noun ("a 25-year-old Algerian freediver") and a word before a function
    word or a verb ("a 37-year-old Kuwaiti who", "a 37-year-old Hijra says") qualify nothing."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None:
        return False
    if after.lower in people_nouns() or after.lower in occupations():
        return True
    return after.is_word and after.text.isalpha() and after.text.islower() \
        and not demonym_by_its_form(tokens[index].lower) and not _function_or_verb(after.lower)


def _attributive_after_a_determiner(tokens: Sequence[Token], index: int) -> bool:
    """Rule `attributive_capital_is_no_person`: the one capitalised word at `index` stands right
    after a determiner (claim_grammar.txt determiners: "a", "the", "his") and right before a
    lower-case word that is no function word, verb or pronoun ("a Christian family", "his
    Christian faith"); not "a Christian said", "the Sarah she knew", "a 23-year-old Ahmed told"."""
    if index == 0 or index + 1 >= len(tokens) or tokens[index - 1].lower not in DETERMINERS:
        return False
    after = tokens[index + 1]
    return after.is_word and after.text.isalpha() and after.text.islower() \
        and not _function_or_verb(after.lower) and after.lower not in PRONOUN_WORDS


def _function_or_verb(word: str) -> bool:
    """A lower-case word that is no noun a name could qualify: a preposition, conjunction, article,
    relative, auxiliary or a cue's form ("who", "in", "is", "says")."""
    return word in NOUN_PHRASE_BREAKS or word in RELATIVE_OPENERS or word in auxiliaries() \
        or (word,) in cue_forms() or word in _stop_words()


def surname_before_a_noun_after_the(tokens: Sequence[Token], name: Name) -> bool:
    """For rule `surname_given_in_full_before_a_noun` (speakers.py; session
    22, QA round 62, 377 s8: "the Ryan pick" typed "Ryan" a body, and that
    body then took Paul Ryan's "Ryan told Borger"): one capitalised word,
    no title, read as a body only for the "the" before it ("the Ryan
    pick", "the Sanders campaign", "the Trump campaign's ads"), right
    before a lower-case noun (no function word, verb or pronoun). Its own
    words make no body (no listed place, acronym or body word: "the
    Pentagon statement", "the Texas delegation" stay bodies and places),
    so whether it names a person is the article's to say."""
    k = name.first
    if name.last != k or name.kind != ORGANISATION or name.title is not None or k == 0 or k + 1 >= len(tokens) \
            or tokens[k - 1].lower != "the":
        return False
    text = without_possessive(tokens[k].text)
    if text != tokens[k].text or _named_as_a_body(text, [text], [text.lower()], None):
        return False
    after = without_possessive(tokens[k + 1].text)
    return tokens[k + 1].is_word and after.isalpha() and after.islower() \
        and not _function_or_verb(after.lower()) and after.lower() not in PRONOUN_WORDS
