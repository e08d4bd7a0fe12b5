"""Session 22 (mentions-s22): the brief's "Mentioned" lists, the leftovers
of session 21's closing note. Each rule has a sentence of its kind and a
near variant that must stay as it was."""

from __future__ import annotations

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.mentions import find_mentions


def mentioned(*sentences: str, speakers: tuple[str, ...] = ()) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers)}


def names_in(sentence: str) -> list[tuple[str, str | None]]:
    return [(name.text, name.title) for name in find_names(tokenize(sentence, 0, len(sentence)))]


# --- rule `abbreviated_office_after_a_people_is_a_title` (QA 58, 767: "French FM" under Other names) -------


def test_abbreviated_office_after_a_people_is_no_name() -> None:
    found = mentioned('"History won\'t forget your hostility," Omid Mousavi wrote on the French FM\'s '
                      "Facebook page.")
    assert not any("FM" in name for name in found)
    assert found.get("Facebook", ("organisation", 0))[0] != "person"


def test_abbreviated_office_after_a_people_titles_the_name() -> None:
    assert names_in("Israeli PM Benjamin Netanyahu said the deal was bad.") == [("Benjamin Netanyahu", "Israeli PM")]
    found = mentioned("UK PM Theresa May met the British PM's staff.")
    assert found["Theresa May"][0] == "person"
    assert not any("PM" in name for name in found)


def test_abbreviated_office_after_another_word_is_a_name() -> None:
    found = mentioned("Kiss FM said on Monday that Capital FM would close.")
    assert "Kiss FM" in found and "Capital FM" in found
