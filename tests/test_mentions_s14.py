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


# --- rule verb_opens_no_name ------------------------------------------------------------------------

def test_rule_verb_opens_no_name() -> None:
    found = counted(["4. Perform CPR on old content: look at what has been performing.",
                     "Richard Nixon wrote his memoirs.",
                     "Some readers started a “Committee to Boycott Nixon’s Memoirs,” a callback.",
                     "Hospitals are moving fast.", "Moving AI from the lab into clinics is the next step."])
    assert "Perform CPR" not in found
    assert "Boycott Nixon" not in found
    assert "Moving AI" not in found
    assert found["Richard Nixon"][0] == "person"


def test_rule_verb_opens_no_name_near_variants_stay() -> None:
    # a surname before initials, an -ing word the article never writes in lower case, an -ing word
    # before no acronym
    found = counted(["Fleming DM wrote the first study.", "The second was by Fleming DM and others.",
                     "Breaking Bad star Bryan Cranston spoke.", "The news was breaking."])
    assert "Fleming DM" in found
    assert "Breaking Bad" in found


# --- rule people_noun_ends_no_name ------------------------------------------------------------------

def test_rule_people_noun_ends_no_name() -> None:
    found = counted(["Homeland Security Investigations (HSI) Special Agents took custody of three men.",
                     "Our agents continue to patrol the coast."])
    assert "Special Agents" not in found
    assert found["Homeland Security Investigations"][0] == "organisation"


def test_rule_people_noun_ends_no_name_near_variant_stays() -> None:
    # the plural never written in lower case: a group's name
    found = counted(["Members of the Proud Boys marched on Saturday.", "The Proud Boys said little."])
    assert "Proud Boys" in found


# --- rule common_noun_after_a_name_is_no_person -----------------------------------------------------

def test_rule_common_noun_after_a_name_is_no_person() -> None:
    found = counted(["She told the Dan Wootton Interview podcast that she was well.",
                     "In an interview, Alley spoke about it.",
                     "On the Dan Wootton podcast, Alley explained her illness."])
    assert found["Dan Wootton Interview"][0] == "other"
    assert found["Dan Wootton"][0] == "person"


def test_rule_common_noun_after_a_name_is_no_person_near_variant_stays() -> None:
    # a last word never written in lower case is a surname
    found = counted(["Mary Ann Evans wrote as George Eliot.", "Mary Ann was her first name."])
    assert found["Mary Ann Evans"][0] == "person"


# --- rule body_head_outweighs_a_first_name ----------------------------------------------------------

def test_rule_body_head_outweighs_a_first_name() -> None:
    found = counted(["Alley became a Jenny Craig spokeswoman.",
                     "In 2014 the former Chief Marketing Officer for Jenny Craig, Leesa Eichberger, spoke.",
                     "She returned to Jenny Craig in 2014."])
    assert found["Jenny Craig"][0] == "organisation"


def test_rule_body_head_outweighs_a_first_name_near_variants_stay() -> None:
    # a person's cue (an age), a claim's speaker, or a possessive after the name: a person
    assert counted(["Jenny Craig, 90, founded a diet company.",
                    "The former Chief Marketing Officer for Jenny Craig spoke."])["Jenny Craig"][0] == "person"
    assert counted(["The press officer for Jenny Craig spoke.", "Jenny Craig said no."],
                   ["Jenny Craig"])["Jenny Craig"][0] == "person"
    assert counted(["The press officer for Jenny Craig's campaign spoke.",
                    "Jenny Craig thanked him."])["Jenny Craig"][0] == "person"


# --- rule staff_at_marks_a_body ---------------------------------------------------------------------

def test_rule_staff_at_marks_a_body() -> None:
    found = counted(["A research paper from a team at UMass Amherst found that training uses energy.",
                     "Researchers at Determined Labs agreed."])
    assert found["UMass Amherst"][0] == "organisation"
    assert found["Determined Labs"][0] == "organisation"


def test_rule_staff_at_marks_a_body_near_variants_stay() -> None:
    # a name after "at" with no staff word before it stays as it was
    # nor does one qualifying a description of the body named after it
    found = counted(["They met at Grace Park last spring.", "The talks at Camp David went on.",
                     "Researchers at Dutch bank ABN Amro said football mattered.", "The Dutch won 2-1."])
    assert found.get("Dutch", ("",))[0] != "organisation"
    assert found["Grace Park"][0] != "organisation"
    assert found["Camp David"][0] != "organisation"


# --- rule unit_of_a_body_is_an_organisation ---------------------------------------------------------

def test_rule_unit_of_a_body_is_an_organisation() -> None:
    found = counted(["“We guard the borders,” said Augusto Reyes, Director of the Caribbean Air and Marine Branch.",
                     "The Criminal Division filed the case."])
    assert found["Caribbean Air and Marine Branch"][0] == "organisation"
    assert found["Criminal Division"][0] == "organisation"


def test_rule_unit_of_a_body_is_an_organisation_near_variant_stays() -> None:
    # a surname of the kind, never after "the"
    found = counted(["Michelle Branch sang her hit.", "Michelle Branch then left the stage."])
    assert found["Michelle Branch"][0] == "person"


# --- rule capitalised_nouns_are_no_name_words -------------------------------------------------------

GERMAN = ("Als schließlich der Autor die vom Schweizer Architekten Peter Zumthor entworfene Kapelle in der "
          "Eifel besucht, taucht unvermittelt das Wort Transzendenz auf, und er ist nicht mehr der Leser, "
          "der er war. Das Buch ist eine Reise durch die Welt der Melancholie und sie wird von dem Autor mit "
          "großer Sorgfalt erzählt, auch wenn nicht alle Leser es so sehen werden.")


def test_rule_capitalised_nouns_are_no_name_words() -> None:
    found = counted([GERMAN, "Beitragsbild: Bruder-Klaus Feldkapelle von Peter Zumthor in Mechernich."])
    assert found["Peter Zumthor"] == ("person", 2)
    assert "Schweizer Architekten Peter Zumthor" not in found


def test_rule_capitalised_nouns_are_no_name_words_near_variant_stays() -> None:
    # an English article never writing the words before the first name in lower case keeps them
    found = counted(["The exhibition was curated by Gustav Lloyd Agerblad in Stockholm this year, and the "
                     "critics who came to see it from all over the country said that they were pleased "
                     "with what they saw there and would come back again.", "Agerblad said little."])
    assert "Gustav Lloyd Agerblad" in found
