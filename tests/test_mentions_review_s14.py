"""Review of session 14's Mentioned rules: each over-reach the reviewer found,
with the rule's own case kept beside it (sentences invented after the kinds)."""

from __future__ import annotations

from summarizer.mentions import find_mentions


def counted(sentences: list[str]) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, [])}


def test_names_opening_on_a_verb_stay_names() -> None:
    # rule verb_opens_no_name lists no verb that opens names too
    assert "Ban Ki-moon" in counted(["Ban Ki-moon spoke to the assembly on Monday.", "The hall was full."])
    assert "Boost Mobile" in counted(["Boost Mobile raised its prices.", "Customers were angry."])
    assert "Stop & Shop" in counted(["Stop & Shop closed two stores.", "Workers lost jobs."])
    assert "Perform CPR" not in counted(["4. Perform CPR on old content: look at what has been performing."])


def test_a_lower_case_officer_for_a_person_keeps_the_person() -> None:
    # rule body_head_outweighs_a_first_name needs the head written as a title
    found = counted(["Jane Doe, a press officer for Bernie Sanders, spoke.", "The campaign went on."])
    assert found["Bernie Sanders"][0] == "person"
    found = counted(["Mark Lee, the former Chief Marketing Officer for Jenny Craig, spoke.", "Sales fell."])
    assert found["Jenny Craig"][0] == "organisation"


def test_an_accented_word_alone_is_not_an_unaccented_first_name() -> None:
    # rule accented_first_name_is_its_listed_name folds a dropped accent, never an added one
    found = counted(["Rosé sang at the concert.", "Rose Byrne watched from the crowd.", "Rosé waved."])
    assert found["Rose Byrne"] == ("person", 1)
    found = counted(["Even though Céline Dion is a pop star, people talk about her weight.",
                     "Someone please feed Celine!"])
    assert found["Céline Dion"] == ("person", 2)
