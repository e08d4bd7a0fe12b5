"""Briefs a reader saw wrong: datelines the cut missed."""

from __future__ import annotations

import pytest

from summarizer.cleanup import dateline_length


@pytest.mark.parametrize(("sentence", "rest"), [
    # rule `former_role_after_a_place_and_region` (CNN-Corpus dev 925)
    ("Bangkok, Thailand Former Thai Prime Minister Yingluck Shinawatra is no longer in military custody.",
     "Former Thai Prime Minister Yingluck Shinawatra is no longer in military custody."),
    ("Kabul, Afghanistan Former President Hamid Karzai said he was sad.",
     "Former President Hamid Karzai said he was sad."),
    # rule `upper_case_glued_dateline`
    ("WASHINGTON It's less of a tongue-twisting jumble than it used to be.",
     "It's less of a tongue-twisting jumble than it used to be."),
    ("WASHINGTON The Supreme Court will hear the case.", "The Supreme Court will hear the case."),
    ("BANGKOK, Thailand The army took power on Thursday.", "The army took power on Thursday."),
])
def test_glued_dateline_is_cut(sentence: str, rest: str) -> None:
    assert sentence[dateline_length(sentence):] == rest


@pytest.mark.parametrize("sentence", [
    "Paris Hilton said she was happy.",  # a place and one word: a name
    "Toronto, Canada Goose said it would grow.",  # a name that begins with the region
    "BREAKING The army took power on Thursday.",  # capitals that are no listed place
    "UPDATE It's less of a jumble than it used to be.",
    "US The city said it would act.",  # too short to tell from an acronym
    "THANK GOD It's Friday is a film.",
])
def test_near_variant_keeps_its_words(sentence: str) -> None:
    assert dateline_length(sentence) == 0
