"""Session 20 (datelines-s20): a CNN dateline ("WASHINGTON (CNN) --") whose
credit and dash were stripped upstream leaves the place glued to the first
sentence of the body (QA rounds 55 and 56, CNN-Corpus dev 409). The place is
a dateline when the sentence proper starts right after it; a name that begins
with the place stays whole. Offsets index the text as written: the sentence
start moves, the text is kept."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.brief import make_brief
from summarizer.cleanup import dateline_length, places_of_a_people, without_dateline
from summarizer.reading import Article
from summarizer.summary import summarize

GLUED = [
    # rule `opener_before_prose_after_a_glued_place` with "Washington" (datelines.txt
    # `dateline_places`: places.txt leaves it out as a person's name too; QA 56, 401)
    ("Washington While immigration reform is stalled in Congress, some members are calling on the "
     "president to act.", "Washington "),
    # rule `people_adjective_after_a_glued_place` (QA 56, 887)
    ("Moscow Russian leaders reacted angrily Thursday to the decision to slap further sanctions on banks.",
     "Moscow "),
    # rule `possessive_place_after_a_glued_place`, after a place and its region (QA 56, 947) ...
    ("Kabul, Afghanistan America's special envoy to the region talked peace with Hamid Karzai.",
     "Kabul, Afghanistan "),
    # ... and after a place alone (QA 55, 731)
    ("Cairo Egypt's first democratically elected president, Mohamed Morsi, will appoint a woman.", "Cairo "),
    # rule `group_after_a_glued_place` (CNN-Corpus dev 409's form; its "House" is a legislature, kept
    # since review 2 s20: tests/test_review_c_s20.py)
    ("Washington Congressional Democrats are taking a cue from Beyonce and targeting single women.",
     "Washington "),
]

# near variants: a name that begins with the place, or no sentence opener after it
KEPT = [
    "Washington Post reported on Monday that the talks had failed.",
    "Washington Irving wrote the story in 1819.",
    "Washington Redskins fans are angry about the name.",  # no group after the word
    "New York Times reporters said the paper would close.",
    "Moscow State University said the lecture was cancelled.",
    "Kabul Bank's chairman said the money was gone.",  # a possessive that is no listed place
    "Moscow Russian Orthodox Church leaders said the law was right.",  # a name after the adjective
    "London Irish fans travelled to Dublin on Saturday.",  # no listed place's people
    "Tokyo Electric Power's spokesman said the leak was contained.",
    "Cairo Airport's runway was closed on Friday.",  # the possessive is no listed place
    "Toronto, Canada Goose said sales rose.",  # a name that begins with the region
]


@pytest.mark.parametrize(("sentence", "place"), GLUED)
def test_glued_place_is_a_dateline(sentence: str, place: str) -> None:
    assert dateline_length(sentence) == len(place)
    assert without_dateline(sentence) == sentence[len(place):]
    assert dateline_length(sentence, opens_body=False) == 0  # only the body's first sentence


@pytest.mark.parametrize("sentence", KEPT)
def test_place_that_begins_a_name_stays(sentence: str) -> None:
    assert dateline_length(sentence) == 0


def test_people_of_a_listed_place_moved_with_its_readers() -> None:
    # the one test of a people's word, now in cleanup (claims.names and mentions import it)
    assert places_of_a_people("russian") == ["russia"]
    assert places_of_a_people("israeli") == ["israel"]
    assert places_of_a_people("brian") == []


ARTICLE = ("House Dems\n\nWashington Congressional Democrats are taking a cue from Beyonce and targeting single women "
           "this November, a party official said.\n\nParty officials recognize that chances of retaking control "
           "of the House are remote.\n\nThe House vote is next week, a spokesman said.")


def test_summary_brief_and_claims_start_after_the_place() -> None:
    start = ARTICLE.index("Washington Congressional") + len("Washington ")
    sentence = summarize(ARTICLE, method="lead", sentences=1).sentences[0]
    assert sentence.text.startswith("Congressional Democrats are")
    assert ARTICLE[sentence.start:sentence.end] == sentence.text  # the text is kept, the start moved
    assert sentence.start == start
    note = make_brief([Article(ARTICLE, source="dems.txt")])
    assert note.bottom_line is not None and note.bottom_line.text.startswith("Congressional Democrats are")
    assert "Washington Congressional" not in [m.name for m in note.mentions]
    assert extract_claims(ARTICLE)[0].content.startswith("Congressional Democrats are")


def test_mentioned_lists_no_place_glued_to_a_possessive() -> None:
    text = ("Morsi's vice presidents\n\nCairo Egypt's first democratically elected president will appoint a "
            "woman as one of his vice presidents, his adviser told CNN.\n\nThe president met advisers in Cairo.")
    names = [m.name for m in make_brief([Article(text, source="morsi.txt")]).mentions]
    assert "Cairo Egypt" not in names and "Egypt" in names
