"""The "Mentioned" list as a new user read it (s4): a page title is no
person, a school system and a bill are no people or bodies, and names of
one family are typed alike. Short texts written for these tests."""

from summarizer.mentions import find_mentions
from summarizer.model import ORGANISATION, OTHER, PERSON, PLACE


def kinds(sentences: list[str], speakers: list[str] | None = None, headlines: list[str] | None = None
          ) -> dict[str, str]:
    return {m.name: m.kind for m in find_mentions(sentences, speakers or [], [], headlines or [])}


def test_rule_headline_name_needs_first_name() -> None:
    sentences = ["Before you start, you will need Python on your computer.", "Python 3 is the one to use.",
                 "Check which Python you have.", "Python runs on Windows and Linux."]
    found = kinds(sentences, headlines=["Downloading Python"])
    assert "Downloading Python" not in found
    assert PERSON not in found.values()


def test_a_headline_with_a_first_name_still_gives_the_full_name() -> None:
    sentences = ["Embiid scored 30 points.", "The Celtics had no answer for Embiid.", "Embiid left early."]
    assert kinds(sentences, headlines=["Joel Embiid leads the Sixers"])["Joel Embiid"] == PERSON


def test_schools_name_an_organisation() -> None:
    sentences = ["Police have not named the victims, but Miami-Dade County Public Schools confirmed that both "
                 "were students."]
    found = kinds(sentences, speakers=["Miami-Dade County Public Schools"])
    assert found["Miami-Dade County Public Schools"] == ORGANISATION


def test_rule_document_is_no_body() -> None:
    found = kinds(["The Texas Legislature passed Senate Bill 10 in May.", "The Senate met again in June."])
    assert found.get("Senate Bill 10") == OTHER  # its number ends it: rule number_ends_a_numbered_name


def test_rule_family_name_of_a_person() -> None:
    sentences = ["Defendants James Lee, 68, of Torrance; Junmyung Lee, 30, of Dedham; and Han Lee, 41, of "
                 "Cambridge are charged.", "Han Lee and Junmyung Lee were arraigned on Wednesday."]
    found = kinds(sentences)
    assert found["James Lee"] == PERSON
    assert found["Han Lee"] == PERSON and found["Junmyung Lee"] == PERSON


def test_the_rule_types_only_other_names_that_read_as_personal_names() -> None:
    found = kinds(["Sheriff James Lee closed Robert Lee Street on Monday.",
                   "The Grand Lee said nothing.", "Han Lee was arrested."])
    assert found["James Lee"] == PERSON and found["Han Lee"] == PERSON
    assert found["Robert Lee Street"] == PLACE
