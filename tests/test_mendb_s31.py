"""Three brief rules held to their aim: only evidence is listed under "Documents and data", only a
body's words on itself are a mission note, and only sources that share next to nothing are told
apart as another story."""
import pytest

from summarizer.brief import DESCRIBED, DOCUMENTS, is_a_document, make_brief, organisation_notes, unrelated_stories
from summarizer.document import parse_document
from summarizer.reading import Article
from summarizer.render.brief import brief_json, brief_markdown, brief_text

# --- rule `document_is_no_unnamed_source` ---------------------------------------------------


@pytest.mark.parametrize("source", [
    "The report", "a UN report", "That analysis", "A poll by the Levada Center", "new figures",
    "documents obtained by the newspaper",  # the head before a participle and "by"
    "records obtained by The Associated Press",
    "Data compiled by the city's auditor",
])
def test_evidence_is_a_document(source: str) -> None:
    assert is_a_document(source)


@pytest.mark.parametrize("source", [
    # a party's own words: no evidence
    "A statement from the mayor's office", "The lawsuit", "Testimony before the legislature", "The complaint",
    "an ad", "A post on the association's website", "the release", "A letter signed by 40 senators",
    # people and bodies
    "officials", "a spokesman for the report team", "A panel appointed by the governor",
])
def test_a_partys_words_or_a_person_is_no_document(source: str) -> None:
    assert not is_a_document(source)


HOSPITALS = (
    "Hospital wait times in the state rose sharply last year, according to new figures released on Monday.\n\n"
    "The report found patients waited an average of five hours in emergency rooms, up from three hours.\n\n"
    "A statement from the hospital association said the figures reflected staff shortages.\n\n"
    "Nurses said they were exhausted, and some said they would leave the profession.\n"
)


def test_a_statement_stays_unnamed_and_a_report_is_a_document() -> None:
    brief = make_brief([Article(HOSPITALS, source="wait.txt")])
    groups = {group.speaker: [c.content for c in group.claims] for group in brief.speakers}
    assert any("five hours" in c for c in groups[DOCUMENTS])
    # a statement by a body described, not named, is listed with such sources (rule
    # `anonymous_source_heading`), not as evidence
    assert any("staff shortages" in c for c in groups[DESCRIBED])
    assert not any("staff shortages" in c for c in groups[DOCUMENTS])


# --- rule `organisation_note_is_no_claim` ---------------------------------------------------

NEWS = ("NASA said on Tuesday that it would delay the launch of its moon rocket by two months.\n\n"
        "Engineers found the leak during a test on Saturday, officials said.\n\n"
        "{closing}\n")


@pytest.mark.parametrize("closing", [
    "NASA plans to launch the crewed mission in September, weeks after the uncrewed test flight.",
    "NASA reviews the mission next week, and its mandate runs until next year.",
])
def test_news_of_a_mission_is_no_note(closing: str) -> None:
    assert organisation_notes(parse_document(NEWS.format(closing=closing))) == frozenset()


@pytest.mark.parametrize("closing", [
    "NASA explores space for the benefit of all. Its mission is to pioneer the future in space.",
    "NASA conducts its mission in the air and in space.",
    "NASA is dedicated to the exploration of space.",
])
def test_a_bodys_words_on_itself_are_a_note(closing: str) -> None:
    document = parse_document(NEWS.format(closing=closing))
    assert organisation_notes(document) == frozenset(document.paragraphs[-1].sentences)


# --- rule `unrelated_story_is_told_apart` ---------------------------------------------------

RULING = ("Top court strikes down state abortion ban\n\n"
          "The Supreme Court on Friday struck down Louisiana's law restricting abortion clinics, ruling 5-4 that "
          "it placed an undue burden on women.\n\n"
          "Chief Justice John Roberts joined the court's liberal members.\n\n"
          "Abortion rights groups welcomed the ruling.\n")
PARAPHRASE = ("Justices reject clinic limits\n\n"
              "In a narrowly divided opinion, the nation's highest bench on Friday threw out a measure requiring "
              "doctors at clinics to hold admitting privileges at nearby hospitals.\n\n"
              "The decision was a setback for opponents of abortion.\n\n"
              "Opponents of abortion said they were disappointed and vowed to keep fighting in legislatures.\n")
DRUMS = ("Are these the world's best drummers?\n\n"
         "The drummers of Salvador parade through the old town every Tuesday night, their beat echoing off "
         "colonial walls.\n\n"
         "Ensembles such as Olodum make Carnival one of the top attractions in the region.\n")


def _titled(text: str) -> tuple[str, object]:
    title, _, body = text.partition("\n\n")
    return title, parse_document(body)


def test_two_wordings_of_one_story_are_not_told_apart() -> None:
    (t1, d1), (t2, d2) = _titled(RULING), _titled(PARAPHRASE)
    assert not unrelated_stories([d1, d2], [t1, t2], 0, 1)  # type: ignore[list-item]
    brief = make_brief([Article(RULING, source="r1.txt"), Article(PARAPHRASE, source="r2.txt")])
    assert brief.warnings == ()


def test_another_story_gets_a_note_in_every_view() -> None:
    (t1, d1), (t2, d2) = _titled(RULING), _titled(DRUMS)
    assert unrelated_stories([d1, d2], [t1, t2], 0, 1)  # type: ignore[list-item]
    brief = make_brief([Article(RULING, source="r1.txt"), Article(DRUMS, source="drums.txt")])
    note = "Source 2 is on another story; the bottom line comes from source 1 only."
    assert brief.sources[1].warnings == (note,)
    assert f"Note: {note}" in brief_text(brief)
    assert "Note on source 2" not in brief_text(brief)
    assert "another story" in brief_markdown(brief)
    assert note in brief_json(brief)
