"""Wrong claims left by QA rounds 12 and 14 (and found by round 15), each a
named rule with a sentence of its kind and a variant."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described, only

# --- rule `inverted_name_with_aside` (QA round 14: 836 [10] gave Enoch Mark's claim to "authorities")

@pytest.mark.parametrize("aside", ["whose daughter and two nieces were among the kidnapped", "a farmer"])
def test_an_inverted_name_with_an_aside_governs_the_whole_sentence(aside: str) -> None:
    text = ("During their nine-hour trek, they never saw a soldier in the forest where authorities believe the "
            f"militants took the girls, said Enoch Mark, {aside}.")
    claims = extract_claims(text)
    mark = [c for c in claims if c.speaker == "Enoch Mark"]
    assert len(mark) == 1, described(text)
    assert mark[0].content.endswith("they never saw a soldier in the forest where authorities believe the "
                                    "militants took the girls")
    for claim in claims:
        assert "Enoch Mark" not in claim.content  # never "(no source) said: Enoch Mark, a farmer"
        assert claim.speaker is not None or claim.speaker_kind == "unresolved"


def test_an_inverted_name_with_a_relative_clause_after_a_fronted_phrase() -> None:
    # on main: "(no source) said: Amina Bello, who runs a clinic there"
    claim = only("In the morning, the soldiers left the town, said Amina Bello, who runs a clinic there.")
    assert claim.speaker == "Amina Bello"
    assert claim.content == "In the morning, the soldiers left the town"
