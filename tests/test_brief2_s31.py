"""Briefs as a journalist reads their sourcing and points (reader round H, CNN-Corpus dev 154,
184, 212, 216)."""

import pytest

from summarizer.brief import DESCRIBED, UNNAMED, _group_by_speaker, is_anonymous
from summarizer.model import BriefClaim


def _claim(speaker: str, kind: str = "unnamed") -> BriefClaim:
    return BriefClaim(speaker=speaker, role=None, cue="said", cue_class="neutral", content="the case is open",
                      kind="indirect", hedged=False, citations=(1,), speaker_kind=kind)  # type: ignore[arg-type]


# --- rule `anonymous_source_heading` ---------------------------------------------------------------

@pytest.mark.parametrize("source", [
    "sources", "a source close to the family", "people familiar with the talks",
    "officials who spoke on condition of anonymity", "two law enforcement sources familiar with the inquiry",
    "one Obama insider", "an official who was not authorized to speak publicly",
])
def test_anonymous_source_stays_unnamed(source: str) -> None:
    assert is_anonymous(source)
    assert [g.speaker for g in _group_by_speaker([_claim(source)])] == [UNNAMED]


@pytest.mark.parametrize("source", [
    # CNN-Corpus dev 184, 212, 216: parties on the record, described by their role
    "Prosecutors", "Defense lawyers", "Massachusetts officials", "Zimmerman's lawyers",
    # near variant: "resources" holds "sources", but not as a word
    "the minister for natural resources",
])
def test_source_described_by_role_is_not_anonymous(source: str) -> None:
    assert not is_anonymous(source)
    groups = _group_by_speaker([_claim(source)])
    assert [(g.speaker, g.named) for g in groups] == [(DESCRIBED, False)]


def test_described_and_anonymous_sources_head_two_groups() -> None:
    groups = _group_by_speaker([_claim("sources"), _claim("Prosecutors"), _claim("they", "unresolved"),
                                _claim("Ana Ruiz", "person")])
    assert [g.speaker for g in groups] == ["Ana Ruiz", DESCRIBED, UNNAMED, "Speaker not resolved"]
