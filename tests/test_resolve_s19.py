"""Unresolved speakers a careful reader can name (resolve s19), each a named
rule with a sentence of its kind and a near variant that must stay as it is."""

from __future__ import annotations

import pytest

from summarizer import extract_claims


def _last(text: str) -> tuple[str | None, str]:
    claim = extract_claims(text)[-1]
    return claim.speaker, claim.speaker_kind


# --- organisation_acronyms.txt companies, read by rule `listed_body_written_as_a_word` (reader test:
# "Microsoft has a partnership with OpenAI, and the company said" showed "the company")

INVEST = ", and the company said it would invest more in the coming year."


@pytest.mark.parametrize(("text", "expected"), [
    ("Microsoft has a partnership with OpenAI" + INVEST, ("Microsoft", "organisation")),
    ("Google said on Monday that it would invest more in Ireland.", ("Google", "organisation")),
    ("Boeing said the jets would be delivered late.", ("Boeing", "organisation")),
])
def test_a_listed_company_is_a_body(text: str, expected: tuple[str, str]) -> None:
    assert _last(text) == expected


@pytest.mark.parametrize("text", [
    "Bill Gates founded Microsoft" + INVEST,  # a person opens the sentence
    "Microsoft and Google have deals with OpenAI" + INVEST,  # two bodies: which one?
    "Gowalla has a partnership with OpenAI" + INVEST,  # an unlisted word is no evidence
])
def test_the_company_stays_unresolved_without_one_typed_subject(text: str) -> None:
    assert _last(text)[1] == "unresolved"

