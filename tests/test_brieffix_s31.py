"""Briefs a reader saw wrong: datelines the cut missed, documents listed as unnamed sources, a
body's note on its mission listed as a claim, unrelated stories under one bottom line."""

from __future__ import annotations

import pytest

from summarizer.brief import DOCUMENTS, is_a_document, make_brief, organisation_notes, unrelated_stories
from summarizer.cleanup import dateline_length
from summarizer.document import parse_document
from summarizer.reading import Article


@pytest.mark.parametrize(("sentence", "rest"), [
    # rule `former_role_after_a_place_and_region` (CNN-Corpus dev 925)
    ("Bangkok, Thailand Former Thai Prime Minister Yingluck Shinawatra is no longer in military custody.",
     "Former Thai Prime Minister Yingluck Shinawatra is no longer in military custody."),
    ("Kabul, Afghanistan Former President Hamid Karzai said he was sad.",
     "Former President Hamid Karzai said he was sad."),
    # rule `upper_case_glued_dateline`
    ("WASHINGTON It's less of a tongue-twisting jumble than it used to be.",
     "It's less of a tongue-twisting jumble than it used to be."),
    ("WASHINGTON The Supreme Court will hear the case.", "The Supreme Court will hear the case."),
    ("BANGKOK, Thailand The army took power on Thursday.", "The army took power on Thursday."),
])
def test_glued_dateline_is_cut(sentence: str, rest: str) -> None:
    assert sentence[dateline_length(sentence):] == rest


@pytest.mark.parametrize("sentence", [
    "Paris Hilton said she was happy.",  # a place and one word: a name
    "Toronto, Canada Goose said it would grow.",  # a name that begins with the region
    "BREAKING The army took power on Thursday.",  # capitals that are no listed place
    "UPDATE It's less of a jumble than it used to be.",
    "US The city said it would act.",  # too short to tell from an acronym
    "THANK GOD It's Friday is a film.",
])
def test_near_variant_keeps_its_words(sentence: str) -> None:
    assert dateline_length(sentence) == 0


# --- rule `document_is_no_unnamed_source` ---------------------------------------------------

@pytest.mark.parametrize(("source", "document"), [
    ("That analysis", True),
    ("according to the release", False),  # the sender's own words, no evidence (evidence_documents.txt)
    ("a poll by the Levada Center in 2013", True),
    ("court documents", True),
    ("officials", False),  # people, unnamed
    ("A federal appeals court", False),
    ("a spokesman for the release team", False),  # the head is the spokesman
])
def test_document_source(source: str, document: bool) -> None:
    assert is_a_document(source.removeprefix("according to ")) is document


DOCUMENT_ARTICLE = (
    "Obamacare is a word that has come a long way since its first use in print.\n\n"
    "The word has been used in Congress more than ever before, {source}.\n\n"
    "Senator Tom Harkin said the law would help millions of families across the country.\n"
)


@pytest.mark.parametrize(("source", "heading"), [
    ("a count by reporters shows", DOCUMENTS),
    ("Democratic aides say", "Sources described, not named"),  # people the text does not name
    ("Democratic sources say", "Unnamed sources"),  # kept anonymous (rule anonymous_source_heading)
])
def test_document_claim_is_under_documents_not_unnamed_sources(source: str, heading: str) -> None:
    brief = make_brief([Article(DOCUMENT_ARTICLE.format(source=source), source="word.txt")], points=0)
    groups = {group.speaker: group for group in brief.speakers}
    assert any("more than ever" in c.content for c in groups[heading].claims)
    assert not groups[heading].named


# --- rule `organisation_note_is_no_claim` ---------------------------------------------------

SEIZURE = (
    "Agents of Air and Marine Operations (AMO) found 475 pounds of cocaine inside a vessel on Sunday, "
    "officials announced Tuesday.\n\n"
    "AMO agents inspected the vessel and found a hidden compartment holding 202 bricks.\n\n"
    "The three men were taken into custody, officials said.\n\n"
    "AMO safeguards the U.S. by confronting security threats through aviation and maritime law "
    "enforcement, according to the release. AMO says it conducts its mission in the air and at sea.\n"
)


def test_mission_note_is_no_claim_nor_point() -> None:
    document = parse_document(SEIZURE)
    assert [document.sentences[i].text[:14] for i in sorted(organisation_notes(document))] == \
        ["AMO safeguards", "AMO says it co"]
    brief = make_brief([Article(SEIZURE, source="seizure.txt")])
    shown = [c.content for g in brief.speakers for c in g.claims] + [c.content for c in brief.uncertain]
    assert shown and not any("safeguards" in content or "mission" in content for content in shown)
    assert not any("safeguards" in p.text for p in brief.key_points)


@pytest.mark.parametrize("closing", [
    # a cue reports news about the body's mission
    "Mars One says 1,058 candidates have been shortlisted for the mission.",
    # no mission word: the body's act is news
    "AMO safeguards the coast with 300 vessels, according to the release.",
    # a person, no body
    "Timmy is a featured athlete whose mission is to inspire.",
])
def test_closing_paragraph_that_is_no_mission_note_stays(closing: str) -> None:
    text = ("Mars One and AMO and Timmy were in the news on Sunday, officials announced Tuesday.\n\n"
            "The three men were taken into custody, officials said.\n\n" + closing + "\n")
    assert organisation_notes(parse_document(text)) == frozenset()


# --- rule `unrelated_story_is_told_apart` ---------------------------------------------------

SUGAR = ("Sugary drinks linked to 180,000 deaths worldwide\n\n"
         "Sugar-sweetened beverages are linked to more than 180,000 obesity-related deaths worldwide each year, "
         "according to new research presented this week at an American Heart Association conference.\n\n"
         "In the United States, sugary drinks were linked to the deaths of 25,000 people from diabetes.\n\n"
         "The researchers controlled for age and income when they studied the deaths.\n")
DRUMS = ("Are these the world's best drummers?\n\n"
         "Big beats power Bahia in a way they do nowhere else in Brazil.\n\n"
         "A state on Brazil's coast, Bahia is the center of the country's Afro-Brazilian culture, and the "
         "heartbeat of that is the drum.\n\n"
         "Ensembles such as Olodum make Carnival in Salvador one of the top attractions in Brazil.\n")
SUGAR_FOLLOW_UP = ("Soda makers answer the American Heart Association study\n\n"
                   "Soda makers on Friday rejected a study presented at an American Heart Association "
                   "conference that tied their drinks to deaths.\n\n"
                   "The industry group said the research had not been reviewed by other scientists.\n")


def test_unrelated_stories_are_told_apart() -> None:
    brief = make_brief([Article(SUGAR, source="sugar.txt"), Article(DRUMS, source="drums.txt")])
    assert brief.sources[0].warnings == ()
    assert brief.sources[1].warnings == ("Source 2 is on another story; the bottom line comes from source 1 only.",)


def test_one_story_in_two_sources_is_not_told_apart() -> None:
    brief = make_brief([Article(SUGAR, source="sugar.txt"), Article(SUGAR_FOLLOW_UP, source="soda.txt")])
    assert brief.warnings == ()
    documents = [parse_document(SUGAR), parse_document(SUGAR_FOLLOW_UP)]
    assert not unrelated_stories(documents, [None, None], 0, 1)
