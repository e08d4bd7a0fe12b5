"""Real attributed claims the tagger missed or cut wrong (session 29, mined
from PolNeAR train misses): a subject before asides that hold a relative
"that" or a quoted title; a past clause cue after a quotation with a
circumstance after it ("Pence stated in a press release"); an inverted
description with the writer's tail after it; a second statement joined
past "in a later interview" or "in a statement" that was read into the
first claim. Each rule has its near variant that must not change: a wrong
speaker or a claim holding another's words is worse than a missed one."""

from __future__ import annotations

import pytest

from summarizer.claims.extract import _expletive_it
from tests.claim_helpers import described


# Rule `past_clause_cue_after_a_quotation_and_its_source_goes_on` (cues.py complement_allowed)
def test_a_past_clause_cue_after_a_quotation_may_have_a_circumstance() -> None:
    sentence = ('"The Clinton Foundation must be immediately shut down," Pence stated in a press release on '
                "Tuesday afternoon.")
    assert described(sentence) == [("Pence", "state", '"The Clinton Foundation must be immediately shut down,"')]


def test_a_present_form_after_a_quotation_is_no_clause_cue() -> None:
    assert described('"We will see," the member states in the union agreed.') == []


# Rule `expletive_it`: the fronts before "it" are grammar.py rule `ly_adverb`'s adverbs
@pytest.mark.parametrize(("source", "expletive"), [
    ("Unfortunately it", True),
    ("Only it", True),
    ("Family it", False),  # a noun in -ly
    ("The family it", False),
])
def test_expletive_it_reads_adverbs_as_the_grammar_does(source: str, expletive: bool) -> None:
    assert _expletive_it(source) is expletive
