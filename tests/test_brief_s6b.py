"""Session 6 phase 2: the Mentioned list (names from subheads, negating
adverbs, rule `kin_word_marks_a_person`)."""

from __future__ import annotations

from summarizer.mentions import find_mentions
from summarizer.model import OTHER, PERSON


def _kinds(sentences: list[str], headlines: list[str] | None = None) -> dict[str, str]:
    return {m.name: m.kind for m in find_mentions(sentences, headlines=headlines or [])}


SANDERS = [
    "Warren leads in Iowa, followed by Sanders and Biden.",
    "Officials there are not rushing to endorse Sanders.",
    "The polls suggest that is a good thing for Sanders.",
]


def test_subhead_gives_the_full_name_of_a_surname() -> None:
    kinds = _kinds(SANDERS, ["1. Iowa's political classes aren't excited about Biden or Bernie Sanders"])
    assert kinds.get("Bernie Sanders") == PERSON
    assert "Sanders" not in kinds


def test_surname_without_a_fuller_name_is_not_listed() -> None:
    assert "Sanders" not in _kinds(SANDERS, ["Iowa's classes are not excited"])


def test_negating_adverb_opens_no_name() -> None:
    kinds = _kinds(["The districts that President Trump won in 2016 are few.",
                    "For good measure, Never Trump Republicans have not backed a candidate."])
    assert "Never Trump" not in kinds


KNOX = [
    "The jury acquitted Knox and her ex-boyfriend, Raffaele Sollecito, in 2011.",
    "Prosecutors argued that Meredith Kercher was killed in a game.",
    "They were convicted in 2009 of murder in Kercher's death.",
]


def test_kin_word_marks_a_person() -> None:
    kinds = _kinds(KNOX)
    assert kinds.get("Raffaele Sollecito") == PERSON
    assert kinds.get("Meredith Kercher") == PERSON


def test_name_without_a_kin_word_stays_other() -> None:
    kinds = _kinds(["The jury acquitted Knox and Raffaele Sollecito in 2011.",
                    "Prosecutors argued that Meredith Kercher was right."])
    assert kinds.get("Raffaele Sollecito") == OTHER
    assert kinds.get("Meredith Kercher") == OTHER

