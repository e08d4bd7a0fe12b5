"""Clear wrongs of QA round 53 (wrongs s19): a wrong name or a reversed
claim, each fixed by a named rule, with a sentence of its kind and a near
variant that must stay as it is. The sentences are invented in the manner of
the articles; none is copied from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.model import Claim


def _claims(text: str) -> list[Claim]:
    return extract_claims(text)


# --- rule `title_to_a_body_keeps_the_name` (grammar.py trim_source; QA 53, 553 s18: "U.S. Ambassador to
# Syria Robert Ford said" showed "U.S. Ambassador", and the next two he-quotes went to a man named before)

AMBASSADOR = (
    "Web returns to Syria\n\n"
    "Tom Baxter, an engineer at a monitoring firm, said the outage lasted two days.\n\n"
    "After a similar outage in May, U.S. Ambassador to Syria Robert Ford said Syria had cut the lines before.\n\n"
    "\"The government has been watching the networks for years,\" he said.\n"
)


def test_a_name_after_a_title_to_a_place_is_the_speaker() -> None:
    claims = _claims(AMBASSADOR)
    assert [(c.speaker, c.speaker_kind) for c in claims[1:]] == [("Robert Ford", "person")] * 2
    assert claims[1].role == "Ambassador to Syria"
    assert claims[1].speaker_span is not None and claims[1].speaker_span.text.endswith("Robert Ford")


def test_an_infinitive_after_a_name_still_ends_the_source() -> None:
    # no title before "to": the source ends there as it did ("Trump took to Twitter")
    claims = _claims("Mayor Ann Lee went to Boston and said the bridge would reopen in June.")
    assert all(c.speaker != "Boston" for c in claims)


def test_a_title_to_a_place_with_no_name_after_it_stays() -> None:
    claims = _claims("The Ambassador to Syria said the embassy would stay closed.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("The Ambassador", "unresolved")]
