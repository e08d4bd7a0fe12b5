"""A description that repeats the head noun or the title of the one entity
named just before is that entity: "the archdiocese". Each case has a near variant that stays unresolved."""

from __future__ import annotations

from summarizer.claim_cache import document_claims
from summarizer.document import parse_document


def _speakers(body: str) -> list[tuple[str | None, str]]:
    claims = document_claims(parse_document("Visit planned\n\n" + body))
    return [(claim.speaker, claim.speaker_kind) for claim in claims]


def test_rule_diocese_is_a_body_the_article_named() -> None:
    said = _speakers('The Archdiocese of Philadelphia said the trip is likely. '
                     '"We hope he comes," the archdiocese said.')
    assert said[-1][0] == "Archdiocese of Philadelphia"


def test_rule_diocese_not_named_stays_as_written() -> None:
    said = _speakers('The mayor said the trip is likely. "We hope he comes," the archdiocese said.')
    assert said[-1] == ("the archdiocese", "unresolved")

