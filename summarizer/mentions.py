"""People and organisations an article mentions, by rule, with counts.

No model: a name is a run of capitalised words ("Dmytro Kuleba", "Armed
Forces of Ukraine") or an acronym ("NATO"). A run after a title ("Foreign
Minister Dmytro Kuleba") or a known speaker is a person; an acronym or a run
with an organisation word ("Congress", "Ministry") is an organisation; a
surname alone counts for the full name met before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from summarizer.claims.lexicon import titles
from summarizer.rules import load_word_set

TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w\u2019'\-.]*|[^\sA-Za-z\u00C0-\u024F]+")
CAPITALISED = re.compile(r"^[A-Z\u00C0-\u00DE][\w\u2019'\-]*$")
ACRONYM = re.compile(r"^[A-Z]{2,}s?$")
POSSESSIVE = re.compile(r"[\u2019']s$")
# Lower-case words allowed inside a name: "Armed Forces of Ukraine".
NAME_CONNECTORS = frozenset({"of", "for", "the", "de", "van", "von", "al", "bin"})
QUOTES_AND_BRACKETS = "\"'\u201c\u201d\u2018()[]"

PERSON = "person"
ORGANISATION = "organisation"
OTHER = "other"


@dataclass(frozen=True, slots=True)
class Mention:
    name: str
    kind: str  # person, organisation or other
    count: int


def name_runs(sentence: str) -> list[tuple[str, bool]]:
    """Capitalised runs in a sentence, each with whether a title preceded it.

    Rule `name_run`: capitalised words, joined by connectors such as "of" and
    ended by punctuation, with name stop words ("In", "The", month names)
    trimmed from the edges and everything up to a title cut off
    ("Ukrainian Foreign Minister Dmytro Kuleba" -> "Dmytro Kuleba", titled).
    """
    runs: list[list[str]] = []
    current: list[str] = []
    for raw in [*sentence.split(), ""]:
        bare = raw.strip(QUOTES_AND_BRACKETS)
        is_title_abbreviation = bare.endswith(".") and bare[:-1].lower() in load_word_set("title_abbreviations")
        ends_clause = bare.endswith((",", ";", ":", ".", "?", "!")) and not is_title_abbreviation
        bare = POSSESSIVE.sub("", bare.rstrip(",;:.?!"))
        if CAPITALISED.match(bare) or (current and bare in NAME_CONNECTORS):
            current.append(bare)
            if not ends_clause and not POSSESSIVE.search(raw.strip(QUOTES_AND_BRACKETS).rstrip(",;:.?!")):
                continue
        if current:
            runs.append(current)
        current = []
    results = []
    for run in runs:
        name, titled = _trim_run(run)
        if name:
            results.append((name, titled))
    return results


def _trim_run(run: list[str]) -> tuple[str, bool]:
    stop = load_word_set("name_stopwords")
    lowered = [w.lower() for w in run]
    titled = False
    for title in titles():
        for at in range(len(run) - len(title) + 1):
            if tuple(lowered[at : at + len(title)]) == title:
                run, titled = run[at + len(title) :], True
                break
        if titled:
            break
    while run and (run[-1] in NAME_CONNECTORS or run[-1].lower() in stop):
        run = run[:-1]
    while run and (run[0] in NAME_CONNECTORS or run[0].lower() in stop):
        run = run[1:]
    name = " ".join(run)
    return ("", False) if name.lower() in stop else (name, titled)


def find_mentions(sentences: Iterable[str], speakers: Sequence[str] = ()) -> list[Mention]:
    """Names in `sentences`, most mentioned first; `speakers` are people."""
    organisation_words = load_word_set("organisation_words")
    title_words = {word for title in titles() for word in title}
    people = {name for name in speakers if name}
    counts: dict[str, int] = {}
    kinds: dict[str, str] = {name: PERSON for name in people}
    singles: list[str] = []
    for sentence in sentences:
        for name, titled in name_runs(sentence):
            words = name.split()
            if all(w.lower() in title_words for w in words):
                continue
            if len(words) == 1 and not ACRONYM.match(name) and name.lower() not in organisation_words:
                singles.append(name)
                continue
            counts[name] = counts.get(name, 0) + 1
            if titled:
                kinds[name] = PERSON
    # A surname alone counts for the full name of the person it shortens.
    persons = sorted(name for name, kind in kinds.items() if kind == PERSON)
    for single in singles:
        full = [name for name in persons if name.split()[-1] == single and name != single]
        if full:
            counts[full[0]] = counts.get(full[0], 0) + 1
    for name in people:
        counts.setdefault(name, 1)
    mentions = []
    for name, count in counts.items():
        kind = kinds.get(name) or _kind_of(name, organisation_words)
        mentions.append(Mention(name, kind, count))
    return sorted(mentions, key=lambda m: (-m.count, m.name))


def _kind_of(name: str, organisation_words: frozenset[str]) -> str:
    words = name.split()
    if ACRONYM.match(name) or any(w.lower() in organisation_words for w in words):
        return ORGANISATION
    return OTHER
