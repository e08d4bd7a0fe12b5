"""Unresolved speakers a careful reader can name safely (resolve2 s19, QA
round 53), each a named rule with a sentence of its kind and near variants
that must stay unresolved."""

from __future__ import annotations

import pytest

from summarizer import extract_claims


def _last(text: str) -> tuple[str | None, str]:
    claim = extract_claims(text)[-1]
    return claim.speaker, claim.speaker_kind


# --- rule `agreement_ends_the_announcement` (QA round 53, 965 s28-s29: 'Rosenzweig agreed.
# "It's far too early ...," he said.' left "he" unresolved)

TWO_MEN = ('Joshua Rosenzweig, a researcher, said the trial was odd. "It was staged," Nicholas Bequelin '
           'said. "It shows nothing," he added. ')
TOO_EARLY = ' "It is far too early to tell," he said.'


@pytest.mark.parametrize("agreeing", ["Rosenzweig agreed.", "Rosenzweig quickly agreed.", "Rosenzweig disagreed."])
def test_a_name_agreeing_alone_answers_next(agreeing: str) -> None:
    assert _last(TWO_MEN + agreeing + TOO_EARLY) == ("Joshua Rosenzweig", "person")


@pytest.mark.parametrize("text", [
    TWO_MEN + "Rosenzweig smiled." + TOO_EARLY,  # no agreeing: who spoke, the text does not say
    TWO_MEN + "Rosenzweig and Li agreed." + TOO_EARLY,  # two people agreed
    TWO_MEN + "Rosenzweig did not agree." + TOO_EARLY,  # negated, the verb not last
    TWO_MEN + "Rosenzweig disagreed." + TOO_EARLY.replace("he said", "she said"),  # no woman named
])
def test_he_stays_unresolved_without_a_lone_agreement(text: str) -> None:
    assert _last(text)[1] == "unresolved"
