"""Session 14: the names a brief lists. Each rule has a case of its kind and a
near variant that stays as it was; sentences are invented after the kinds read
on real pages (a celebrity story, a podcast's name, a tech magazine, an
agency's press release, a German review)."""

from __future__ import annotations

from summarizer.claims.names import first_names
from summarizer.mentions import find_mentions


def counted(sentences: list[str], speakers: list[str] | None = None) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers or [])}


# --- rule accented_first_name_is_its_listed_name (names) -------------------------------------------

def test_rule_accented_first_name_is_its_listed_name() -> None:
    assert first_names().get("céline") == first_names()["celine"]
    assert "josé" in first_names() and "zoë" in first_names()
    found = counted(["Even though Céline Dion is a pop star, people talk about her weight.",
                     "Dion said she was working hard.", "Then Dion left the studio.",
                     "Someone please feed Celine!"])
    assert found["Céline Dion"] == ("person", 4)  # her surname and her first name alone count for her
    assert "Dion" not in found


def test_rule_accented_first_name_is_its_listed_name_near_variants_stay() -> None:
    # an accented word that is no listed name without its accents stays unknown
    assert "célinda" not in first_names() and "ámbar" not in first_names()
    found = counted(["Even though Célinda Dion is a pop star, people talk about her weight."])
    assert found["Célinda Dion"][0] == "other"


# --- rule quoted_name_is_no_kin ---------------------------------------------------------------------

def test_rule_quoted_name_is_no_kin() -> None:
    found = counted(["Even though Céline Dion is a pop star, people talk about her weight.",
                     "The papers had given her the unkind nickname of “Canine Dion.”",
                     "Dion said she was working hard.", "Then Dion left the studio."])
    assert found["Canine Dion"][0] == "other"
    assert found["Céline Dion"] == ("person", 3)  # "Dion" has one full name to count for


def test_rule_quoted_name_is_no_kin_near_variant_stays() -> None:
    # written outside quotation marks too, the surname's kin is a person
    found = counted(["Even though Céline Dion is a pop star, people talk about her weight.",
                     "Her brother, “Michel Dion,” sang too.", "Later Michel Dion went home."])
    assert found["Michel Dion"][0] == "person"
