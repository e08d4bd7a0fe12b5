"""Speaker resolution, by rule: later mentions point to the fullest earlier one.

`the alliance's Secretary General, Jens Stoltenberg,` introduces a person
with a role; `Stoltenberg` (a surname) and `the Secretary General` (the
role) later resolve to "Jens Stoltenberg"; a pronoun resolves to the most
recent compatible speaker, or else the most recent person mentioned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from functools import cache

from summarizer.claims.lexicon import pronouns, title_words, titles
from summarizer.claims.text import Token
from summarizer.rules import load_word_set

PERSON = "person"
GROUP = "group"
SELF = "self"
NAME_CONNECTORS = frozenset({"of", "de", "van", "von", "al", "bin", "da", "del", "la"})
LEADING_WORDS = frozenset({"the", "a", "an", "former", "then", "new", "top", "senior", "acting"})
ACRONYM = re.compile(r"^[A-Z]{2,}s?$")
POSSESSIVE = re.compile(r"['\u2019]s?$")


@cache
def _organisation_words() -> frozenset[str]:
    try:
        return load_word_set("organisation_words")
    except FileNotFoundError:
        return frozenset()


@cache
def _not_name_starts() -> frozenset[str]:
    """Capitalised words that open a sentence, not a name: "As Kuleba put it"."""
    from summarizer.claims.lexicon import grammar

    words = LEADING_WORDS | grammar("subordinators") | grammar("prepositions") | grammar("determiners")
    with suppress(FileNotFoundError):
        words |= load_word_set("name_stopwords")  # shared with summarizer.mentions
    return words


@dataclass(frozen=True, slots=True)
class Resolved:
    name: str | None
    role: str | None
    kind: str  # person, group or self


@dataclass(slots=True)
class Person:
    name: str
    role: str | None
    offset: int


class SpeakerIndex:
    """People met so far in an article, with roles, in text order."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.speakers: list[tuple[int, Resolved]] = []
        self.mentions: list[tuple[int, str]] = []  # (offset, person name)

    # --- learning from the text -------------------------------------------------
    def read_sentence(self, tokens: Sequence[Token]) -> None:
        """Rule `titled_person`: register `Title Name`, `Title, Name` and
        `Name, ... Title` people; other two-word names are remembered too."""
        for name_tokens, role in name_runs(tokens):
            name = " ".join(
                POSSESSIVE.sub("", t.text) if i == len(name_tokens) - 1 else t.text for i, t in enumerate(name_tokens)
            )
            if role is None and (len(name_tokens) < 2 or is_organisation(name)):
                continue
            person = self._register(name, role, name_tokens[0].start)
            self.mentions.append((name_tokens[0].start, person.name))

    def _register(self, name: str, role: str | None, offset: int) -> Person:
        known = self._fullest(name)
        if known is not None:
            if role and not known.role:
                known.role = role
            return known
        person = Person(name, role, offset)
        self.people.append(person)
        return person

    def _fullest(self, name: str) -> Person | None:
        """The registered person whose name `name` shortens or equals."""
        words = name.split()
        best = None
        for person in self.people:
            full = person.name.split()
            shortens = full == words or (len(words) < len(full) and full[-len(words) :] == words)
            if shortens and (best is None or len(full) > len(best.name.split())):
                best = person
        return best

    def _by_role(self, role: str) -> Person | None:
        for person in reversed(self.people):
            if person.role and person.role.lower() == role.lower():
                return person
        return None

    # --- resolving a source -------------------------------------------------
    def resolve(self, tokens: Sequence[Token], text: str) -> Resolved:
        """The speaker named by source `tokens` (their text is `text`).

        Rule `appositive_source`: "Hans Arne Kristiansen, a spokesman for the
        Danish Dairy Board" and "the alliance's Secretary General, Jens
        Stoltenberg" name a person in one comma-separated part and may give
        the role in the other.
        """
        words = [t for t in tokens if t.text[0].isalnum()]
        if len(words) == 1 and words[0].lower in pronouns():
            return self._pronoun(words[0], tokens[0].start)
        parts = _comma_parts(tokens)
        role = next((r for r in (_role_in(_before_preposition(p)) for p in parts) if r), None)
        resolved = None
        for part in parts:
            resolved = self._person_in(part, role)
            if resolved is not None:
                break
        if resolved is None:
            head_part = _before_preposition(parts[0])
            head = head_part[-1] if head_part else None
            if role and head is not None and head.text.rstrip(".").lower() in title_words():
                known = self._by_role(role)
                resolved = Resolved(known.name, known.role, PERSON) if known else Resolved(_plain(text), role, PERSON)
            else:
                plain = _plain(" ".join(t.text for t in parts[0]) if len(parts) > 1 else text)
                plural = head is not None and (head.lower.endswith("s") or is_organisation(head.text))
                resolved = Resolved(plain, None, GROUP if plural else PERSON)
        self.speakers.append((tokens[0].start, resolved))
        return resolved

    def _person_in(self, part: Sequence[Token], role: str | None) -> Resolved | None:
        """The person (or named body) a part of a source names, if its head is a name."""
        head_tokens = _before_preposition(part)
        if not head_tokens:
            return None
        runs = name_runs(head_tokens)
        if not runs or runs[-1][0][-1] is not head_tokens[-1]:
            return None
        name_tokens, run_role = runs[-1]
        role = run_role or role
        name = " ".join(POSSESSIVE.sub("", t.text) for t in name_tokens)
        # People are not "the X" unless a title says so: "the Associated Press".
        body = is_organisation(name) or (head_tokens[0].lower == "the" and not run_role)
        known = None if body else self._fullest(name)
        if known is None and not body and (len(name_tokens) >= 2 or role):
            known = self._register(name, role, name_tokens[0].start)
        if known is not None:
            return Resolved(known.name, known.role, PERSON)
        if body:
            # "the Pentagon", "the Associated Press": a body, named as the text does
            return Resolved(_plain(" ".join(t.text for t in head_tokens)), None, GROUP)
        return Resolved(name, None, PERSON)

    def _pronoun(self, token: Token, offset: int) -> Resolved:
        kind = pronouns()[token.lower]
        if kind == SELF:
            return Resolved(token.text, None, SELF)
        for _, speaker in reversed(self.speakers):
            if speaker.kind == kind and speaker.name:
                self.speakers.append((offset, speaker))
                return speaker
        if kind == PERSON:
            for mention_offset, name in reversed(self.mentions):
                if mention_offset < offset:
                    person = self._fullest(name)
                    resolved = Resolved(name, person.role if person else None, PERSON)
                    self.speakers.append((offset, resolved))
                    return resolved
        return Resolved(token.text, None, kind)


def _plain(text: str) -> str:
    return " ".join(text.split())


def _comma_parts(tokens: Sequence[Token]) -> list[list[Token]]:
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.text == ",":
            parts.append([])
        elif token.text[0].isalnum():
            parts[-1].append(token)
    return [p for p in parts if p] or [list(tokens)]


def _before_preposition(words: Sequence[Token]) -> list[Token]:
    from summarizer.claims.patterns import PREPOSITIONS

    for k, token in enumerate(words):
        inside_name = (
            0 < k < len(words) - 1
            and token.lower == "of"
            and words[k - 1].is_capitalised
            and (words[k + 1].is_capitalised)
        )
        if token.lower in PREPOSITIONS and k > 0 and not inside_name:
            return list(words[:k])
    return list(words)


def _role_in(words: Sequence[Token]) -> str | None:
    lowered = [t.text.rstrip(".").lower() for t in words]
    by_first = titles_by_first_word()
    best: tuple[int, int] | None = None
    for at, word in enumerate(lowered):
        for title in by_first.get(word, ()):
            if tuple(lowered[at : at + len(title)]) == title and (best is None or len(title) > best[1]):
                best = (at, len(title))
    return " ".join(t.text for t in words[best[0] : best[0] + best[1]]) if best else None


@cache
def titles_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Titles indexed by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for title in titles():
        index.setdefault(title[0], []).append(title)
    return {word: tuple(found) for word, found in index.items()}


def is_organisation(name: str) -> bool:
    words = name.split()
    return bool(ACRONYM.match(name)) or any(w.lower() in _organisation_words() for w in words)


def name_runs(tokens: Sequence[Token]) -> list[tuple[list[Token], str | None]]:
    """Capitalised runs that are names, each with the title before it if any.

    `Ukrainian Foreign Minister Dmytro Kuleba` -> ([Dmytro, Kuleba], "Foreign
    Minister"); `Secretary General, Jens Stoltenberg` -> ([Jens, Stoltenberg],
    "Secretary General"). Titles alone are not names; a possessive ends a run.
    """
    lowered = [t.text.rstrip(".").lower() for t in tokens]
    title_at: dict[int, int] = {}
    k = 0
    by_first = titles_by_first_word()
    while k < len(tokens):
        if tokens[k].is_capitalised:
            for title in by_first.get(lowered[k], ()):
                if tuple(lowered[k : k + len(title)]) == title:
                    title_at[k] = len(title)
                    break
        k += title_at.get(k, 1)
    runs: list[tuple[list[Token], str | None]] = []
    pending_role: str | None = None
    k = 0
    while k < len(tokens):
        if k in title_at:
            length = title_at[k]
            pending_role = " ".join(t.text for t in tokens[k : k + length])
            k += length
            if k < len(tokens) and tokens[k].text == ",":
                k += 1
            continue
        token = tokens[k]
        if token.is_capitalised and token.text[0].isalpha() and token.lower not in _not_name_starts():
            run = [token]
            k += 1
            while k < len(tokens) and k not in title_at and not POSSESSIVE.search(run[-1].text):
                nxt = tokens[k]
                if nxt.is_capitalised and nxt.text[0].isalpha():
                    run.append(nxt)
                elif nxt.text == "." and run[-1].end == nxt.start and len(run[-1].text) == 1:
                    pass  # an initial: "John F. Kennedy"
                elif nxt.lower in NAME_CONNECTORS and k + 1 < len(tokens) and tokens[k + 1].is_capitalised:
                    run.append(nxt)
                else:
                    break
                k += 1
            runs.append((run, pending_role))
            pending_role = None
            continue
        if token.text not in (",",):
            pending_role = None if token.is_word and token.lower not in ("the", "a") else pending_role
        k += 1
    return runs
