"""Helpers the claim tests share: a text's claims as (speaker, cue, content)
triples or as their cues, and the one claim a sentence must give."""

from __future__ import annotations

from summarizer import Claim, extract_claims


def described(text: str) -> list[tuple[str | None, str, str]]:
    """Each claim of `text` as (speaker, cue lemma, content)."""
    return [(c.speaker, c.cue, c.content) for c in extract_claims(text)]


def cues(text: str) -> list[str]:
    """The cue lemma of each claim of `text`."""
    return [c.cue for c in extract_claims(text)]


def only(text: str) -> Claim:
    """The one claim `text` gives; fails, listing them, when it gives another number."""
    found = extract_claims(text)
    assert len(found) == 1, described(text)
    return found[0]
