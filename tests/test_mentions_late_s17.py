"""Mentioned, review s17 findings 7 and 9 (late fix A): each rule with the
reviewer's sentence and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer.brief import make_brief
from summarizer.mentions import name_runs
from summarizer.reading import Article


def _mentioned(text: str) -> dict[str, str]:
    note = make_brief([Article(text, source="late.txt")])
    return {mention.name: mention.kind for mention in note.mentions}


# --- rule `dotted_part_of_a_compound_is_the_name` (review s17 finding 9) ---------------------------------------


def test_a_dotted_acronym_in_a_compound_is_listed_and_so_is_the_name_after_its_hyphen() -> None:
    found = _mentioned("The U.S.-China trade deal was signed, officials said. "
                       "The U.N.-led talks failed, Smith said.")
    assert {"U.S.", "China", "U.N.", "Smith"} <= set(found)
    assert not any("-" in name for name in found)


def test_a_dotted_acronym_before_a_lower_case_word_is_listed_alone() -> None:
    found = _mentioned("The U.S.-led coalition struck Syria. "
                       "Officials in Britain said the U.K.-based group was behind it.")
    assert {"U.S.", "U.K.", "Britain", "Syria"} <= set(found)
    assert "U.S.-led" not in found and "U.K.-based" not in found


def test_near_variant_the_token_stays_whole_for_the_claims_and_a_plain_acronym_as_before() -> None:
    assert name_runs("The U.N.-led talks failed, Smith said.")[0] == ("U.N.-led", False)
    found = _mentioned("The U.S. and China signed a trade deal, officials said. The talks at the U.N. failed, "
                       "Smith said.")
    assert {"U.S.", "China", "U.N.", "Smith"} <= set(found)


# --- rule `body_noun_after_marks_a_body`: a name after the noun (review s17 finding 7) --------------------------


def test_a_nationality_before_a_publication_noun_and_its_name_is_no_body() -> None:
    found = _mentioned("The German magazine Der Spiegel reported that the deal was off. "
                       "Spin magazine said the band split.")
    assert "German" not in found
    assert found.get("Spin") == "organisation"
    found = _mentioned("The Italian newspaper Corriere della Sera reported the deal on Monday. "
                       "A Boston newspaper said the mayor would resign.")
    assert "Italian" not in found
    assert "Corriere della Sera" in found


def test_near_variant_a_name_before_a_publication_noun_with_no_name_after_stays_a_body() -> None:
    found = _mentioned("The deal was off, Spin magazine reported. Later that day Spin magazine said the band split.")
    assert found.get("Spin") == "organisation"
    found = _mentioned("The Guardian newspaper reported the deal on Monday, and the Guardian newspaper said more.")
    assert found.get("Guardian") == "organisation"
