"""Session 19 (mentions-s19): junk and wrong kinds in the brief's "Mentioned" list."""

from __future__ import annotations

from summarizer.brief import make_brief
from summarizer.model import MentionKind
from summarizer.reading import Article


def _kinds(text: str) -> dict[str, MentionKind]:
    """The names the brief of `text` lists under "Mentioned", with their kinds."""
    return {m.name: m.kind for m in make_brief([Article(text, source="article.txt")]).mentions}


# --- rule `listed_place_holds_and` (names.py, places.txt) ---------------------------------------------------


def test_rule_listed_place_holds_and() -> None:
    # searchlight.vc: "St. Vincent and the Grenadines" was the other name "St. Vincent"
    kinds = _kinds("The minister flew from St. Vincent and the Grenadines to Trinidad and Tobago on Monday. "
                   "She met officials there.")
    assert kinds.get("St. Vincent and the Grenadines") == "place"
    assert kinds.get("Trinidad and Tobago") == "place"
    assert "St. Vincent" not in kinds and "Trinidad" not in kinds


def test_rule_listed_place_holds_and_near_variant_stays() -> None:
    # two places joined by "and" that make no listed name stay two
    kinds = _kinds("The minister flew from Trinidad and Jamaica to Cuba on Monday. She met officials there.")
    assert kinds.get("Trinidad") == "place" and kinds.get("Jamaica") == "place"
    assert not any(" and " in name for name in kinds)


# --- places.txt: "St. Louis" ---------------------------------------------------------------------------------


def test_st_louis_is_a_listed_place() -> None:
    # CNN-Corpus 387: "St. Louis" was under Other names
    assert _kinds("Officials in St. Louis met on Monday. They agreed on a plan.").get("St. Louis") == "place"


def test_st_louis_park_stays_a_place_of_its_own() -> None:
    kinds = _kinds("Officials in St. Louis Park met on Monday. They agreed on a plan.")
    assert "St. Louis" not in kinds


# --- rule `state_of_names_a_place`: a qualified kind of place ---------------------------------------------


def test_rule_state_of_names_a_place_through_a_qualifier() -> None:
    # CNN-Corpus 682: "Houla" of "the Syrian town of Houla" was under Other names
    kinds = _kinds("A witness to the massacre in the Syrian town of Houla spoke. "
                   "He said conditions in Houla were desperate.")
    assert kinds.get("Houla") == "place"


def test_rule_state_of_names_a_place_near_variant_stays() -> None:
    # no kind of place before "of": the name is no place by this rule
    kinds = _kinds("A witness to the massacre in the Syrian bombing of Houla spoke. "
                   "He said conditions in Houla were desperate.")
    assert kinds.get("Houla") != "place"
