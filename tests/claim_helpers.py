"""Helpers the claim tests share: a text's claims as (speaker, cue, content)
triples, as their cues, speakers, kinds, roles or contents, the one claim a
sentence must give, and the named rules that have a test.

Each helper reads `extract_claims(text)` whole; a test whose claims follow a
lead paragraph passes `LEAD + text`."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from summarizer import Claim, extract_claims


def described(text: str) -> list[tuple[str | None, str, str]]:
    """Each claim of `text` as (speaker, cue lemma, content)."""
    return [(c.speaker, c.cue, c.content) for c in extract_claims(text)]


def as_shown(text: str) -> list[tuple[str | None, str, str]]:
    """Each claim of `text` as a reader sees it: (source as written, cue as
    shown, content)."""
    return [(c.source_as_written, c.shown_cue, c.content) for c in extract_claims(text)]


def cues(text: str) -> list[str]:
    """The cue lemma of each claim of `text`."""
    return [c.cue for c in extract_claims(text)]


def as_written(text: str) -> list[tuple[str | None, str, str]]:
    """Each claim of `text` as (source as written, cue lemma, content)."""
    return [(c.source_as_written, c.cue, c.content) for c in extract_claims(text)]


def as_shown_and_hedged(text: str) -> list[tuple[str | None, str, str, bool]]:
    """Each claim of `text` as `as_shown` gives it, and whether it is hedged."""
    return [(c.source_as_written, c.shown_cue, c.content, c.hedged) for c in extract_claims(text)]


def shown_cues(text: str) -> list[str]:
    """The cue of each claim of `text` as shown to a reader."""
    return [c.shown_cue for c in extract_claims(text)]


def contents(text: str) -> list[str]:
    """The content of each claim of `text`."""
    return [c.content for c in extract_claims(text)]


def speakers(text: str) -> list[str | None]:
    """The resolved speaker of each claim of `text` (None where unresolved)."""
    return [c.speaker for c in extract_claims(text)]


def sources(text: str) -> list[str | None]:
    """The source of each claim of `text` as written in the article."""
    return [c.source_as_written for c in extract_claims(text)]


def speakers_and_kinds(text: str) -> list[tuple[str | None, str]]:
    """Each claim of `text` as (resolved speaker, speaker kind)."""
    return [(c.speaker, c.speaker_kind) for c in extract_claims(text)]


def sources_and_kinds(text: str) -> list[tuple[str | None, str]]:
    """Each claim of `text` as (source as written, speaker kind)."""
    return [(c.source_as_written, c.speaker_kind) for c in extract_claims(text)]


def speakers_and_contents(text: str) -> list[tuple[str | None, str]]:
    """Each claim of `text` as (resolved speaker, content)."""
    return [(c.speaker, c.content) for c in extract_claims(text)]


def speakers_and_roles(text: str) -> list[tuple[str | None, str | None]]:
    """Each claim of `text` as (resolved speaker, the speaker's role)."""
    return [(c.speaker, c.role) for c in extract_claims(text)]


def speakers_roles_and_kinds(text: str) -> list[tuple[str | None, str | None, str]]:
    """Each claim of `text` as (resolved speaker, role, speaker kind)."""
    return [(c.speaker, c.role, c.speaker_kind) for c in extract_claims(text)]


def speakers_kinds_and_shown_cues(text: str) -> list[tuple[str | None, str, str]]:
    """Each claim of `text` as (resolved speaker, speaker kind, cue as shown)."""
    return [(c.speaker, c.speaker_kind, c.shown_cue) for c in extract_claims(text)]


def last_speaker_and_kind(text: str) -> tuple[str | None, str]:
    """The (resolved speaker, speaker kind) of the last claim of `text`."""
    claim = extract_claims(text)[-1]
    return claim.speaker, claim.speaker_kind


def last_it_speaker_and_kind(text: str) -> tuple[str | None, str]:
    """The (resolved speaker, speaker kind) of the last claim of `text` whose
    source is written "it"."""
    claim = [c for c in extract_claims(text) if c.speaker_span is not None and c.speaker_span.text == "it"][-1]
    return claim.speaker, claim.speaker_kind


def only(text: str) -> Claim:
    """The one claim `text` gives; fails, listing them, when it gives another number."""
    found = extract_claims(text)
    assert len(found) == 1, described(text)
    return found[0]


@cache
def rules_with_a_test() -> frozenset[str]:
    """The names of the rules that some tests/test_*.py file tests under a
    comment "Rule `name`", so that a new rule's test file need not be listed
    in the checks that every rule of a registry has a test."""
    tests = Path(__file__).parent
    return frozenset(name for path in sorted(tests.glob("test_*.py"))
                     for name in re.findall(r"Rule `(\w+)`", path.read_text(encoding="utf-8")))
