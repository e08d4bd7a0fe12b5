"""Session 20 (mentions2-s20): the brief's "Mentioned" list, round 2 (QA
rounds 55 and 56). Each rule has a sentence of its kind and a near variant
that stays as it was."""

from __future__ import annotations

from summarizer.mentions import find_mentions


def mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


# --- rule `possessive_inside_a_thing_name_is_no_owner` (QA 55, 571: "John Pepper (6)", "Ghost (5)") ---------

PEPPER = ("It is based on a system called 'Pepper's Ghost' developed by Henry Dircks and John Pepper.",
          "When it was first developed, Pepper's Ghost was quite straightforward.",
          "He advanced the concept of Pepper's Ghost with video projection.")


def test_possessive_inside_a_thing_name_counts_for_the_thing() -> None:
    found = mentioned(*PEPPER)
    assert found["Pepper's Ghost"] == ("other", 3)
    assert found["John Pepper"] == ("person", 1)
    assert "Ghost" not in found


def test_possessive_before_a_word_named_alone_stays_an_owner() -> None:
    found = mentioned("Sen. John Pepper said Pepper's Office was closed.", "Pepper's Office reopened.",
                      "The Office said so.")
    assert "Pepper's Office" not in found
    found = mentioned("John Pepper spoke.", "Pepper's Ghost is a trick.")  # written once: no fixed name
    assert "Pepper's Ghost" not in found


# --- rule `quoted_title_is_no_person` (QA 56, 439: "Erin Burnett OutFront"; 581: "Steve Jobs Hoverbikes") --


def test_quoted_show_named_after_a_person_is_no_person() -> None:
    found = mentioned("Thursday night, Jason Benham told CNN's \"Erin Burnett OutFront\" that HGTV vetted them.")
    assert found["Erin Burnett OutFront"][0] == "other"
    found = mentioned("\"It would be like naming a company 'Steve Jobs Hoverbikes' 50 years from now,\" "
                      "Inman wrote.")
    assert found["Steve Jobs Hoverbikes"][0] == "other"


def test_quoted_two_word_name_stays_a_person() -> None:
    found = mentioned("He asked for a man called \"Erin Burnett\" at the desk.", "Burnett was not there.")
    assert found["Erin Burnett"][0] == "person"


# --- rule `compound_adjective_is_no_part_of_a_name` (QA 55, 606: "Paul Arzens-designed"; 746) --------------


def test_compound_adjective_is_no_part_of_a_name() -> None:
    found = mentioned("An oddity is the 1942 Paul Arzens-designed aluminum and Plexiglass bubble car.")
    assert "Paul Arzens-designed" not in found and found["Paul Arzens"][0] == "person"
    found = mentioned("Brian Concannon of the Boston-based Institute for Justice and Democracy said so.")
    assert "Institute for Justice" in found and "Boston-based Institute for Justice" not in found


def test_hyphened_names_stay() -> None:
    found = mentioned("Jean-Paul Sartre met Antoine de Saint-Exupery in Paris.")
    assert "Jean-Paul Sartre" in found and "Antoine de Saint-Exupery" in found


# --- rule `quoted_nickname_is_inside_the_name` (QA 56, 889: "Jean de Dieu" under People, "Uwimana (3)") -----


def test_quoted_nickname_is_inside_the_name() -> None:
    found = mentioned("Another founding team member, Jean de Dieu \"Rafiki\" Uwimana contracted malaria.",
                      "Uwimana recovered.", "Uwimana rode again.", "Uwimana won.")
    assert found["Jean de Dieu Uwimana"] == ("person", 4)
    assert "Jean de Dieu" not in found and "Uwimana" not in found


def test_quoted_word_after_no_person_stays() -> None:
    found = mentioned("They signed with Atlantic \"Rafiki\" Records last year.", "Records show it.")
    assert "Atlantic Records" not in found
