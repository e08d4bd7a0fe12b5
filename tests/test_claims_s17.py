"""Claim contents and speakers (claims-s17 brief: the closing note s16's
"still wrong" kinds). Each rule has a sentence of the kind it fixes and a
near variant that must stay as it was."""

from __future__ import annotations

import pytest

from tests.claim_helpers import only


# Rule `quotation_after_a_dash_to_the_end_is_the_claim` (rules._quotation_between_dashes)
@pytest.mark.parametrize("text", [
    'Republicans praised her -- "She has a first-rate organization," Duprey said.',
    'Republicans praised her \u2014 "She has a first-rate organization," Duprey said on Tuesday.',
])
def test_a_quotation_after_a_dash_with_its_cue_ending_the_sentence_is_the_claim(text: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content) == ("Duprey", '"She has a first-rate organization,"')


def test_a_quoted_end_of_the_writers_clause_after_a_dash_stays_as_it_was() -> None:
    claim = only('The plan was -- "a disaster," Smith said.')
    assert (claim.speaker, claim.content) == ("Smith", 'The plan was -- "a disaster,"')

