"""Rule called_for_words_said_once narrowed: a brief's quotation keeps a
sentence that says the called-for words again with a negation or more after
them. The sentences are written in the manner of the articles; none is read
from the shared data sets."""

from __future__ import annotations

import pytest

from .test_brief_s30 import _called_for

# --- rule called_for_words_said_once: only a plain repetition ending the sentence is cut ------------


@pytest.mark.parametrize("middle", [
    "But I cannot call for calm at this time.",
    "I will not call for calm at this time.",
    "I don't call for calm at this time.",
    "Calm at this time is not enough.",
    "Calm at this time will not bring him back.",
    "There will be no calm at this time, he warned.",
])
def test_a_sentence_saying_the_words_with_more_stays(middle: str) -> None:
    assert middle in _called_for(middle)


def test_the_words_said_again_to_end_the_sentence_are_cut() -> None:
    # near variant: no negation, the called-for words end the sentence
    assert "call for calm" not in _called_for("So I would call for calm at this time.")
