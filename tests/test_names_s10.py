"""Names a reader can trust (session 10, names): one name, one heading;
unnamed sources shown as such. Each rule with a sentence of its kind and a
near variant that must stay as it was."""

from __future__ import annotations

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.mentions import _fold_body_forms, find_mentions
from summarizer.model import ORGANISATION, OTHER
from tests.claim_helpers import described, speakers_and_kinds


def names(sentence: str) -> list[str]:
    return [name.text for name in find_names(tokenize(sentence, 0, len(sentence)))]


def mentioned(*sentences: str, bodies: tuple[str, ...] = ()) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, bodies=bodies)}


# --- rule `and_inside_an_agency` with a body word "Program" (QA round 33's 632) ---------------


def test_a_body_named_through_and_up_to_its_body_word_is_one_name() -> None:
    assert names("They respect Major League Baseball's Joint Drug Prevention and Treatment Program, "
                 "the arbitration process.") == ["Major League Baseball", "Joint Drug Prevention and Treatment Program"]


def test_people_joined_by_and_stay_two() -> None:
    assert names("Clinton and Trump met in Ohio.") == ["Clinton", "Trump", "Ohio"]
    assert names("Hillary Clinton and Donald Trump debated.") == ["Hillary Clinton", "Donald Trump"]


# --- rule `listed_name_holds_and` (the Globe and Mail shown as "Mail") ------------------------


def test_a_listed_outlet_holding_and_is_one_body() -> None:
    assert names("The investigation comes at a time of strained ties, the Globe and Mail reported.") == [
        "Globe and Mail"]
    assert names("according to Canada's Globe and Mail newspaper.")[-1] == "Globe and Mail"
    assert speakers_and_kinds("The talks failed, the Globe and Mail reported.") == [("Globe and Mail", "organisation")]


def test_an_unlisted_pair_joined_by_and_stays_apart() -> None:
    assert names("The Globe and Herald were rivals.") == ["Globe", "Herald"]


# --- rule `named_thing_runs_through_of` ("Steel Phallus", 721) ---------------------------------


def test_a_festival_named_through_of_the_is_one_name() -> None:
    assert names('Crowds at Japan\'s "Festival of the Steel Phallus" lick lollipops.')[-1] == \
        "Festival of the Steel Phallus"


def test_a_person_of_a_body_stays_apart() -> None:
    assert names("John Smith of the Associated Press said it.") == ["John Smith", "Associated Press"]


# --- rule `short_form_is_the_body` (mentions; "New York Yankee" beside "Yankees", 632) ---------


def test_a_team_its_plural_and_its_singular_are_one_mention() -> None:
    found = mentioned("An arbitrator upheld most of New York Yankees slugger Alex Rodriguez's suspension.",
                      "The former Seattle Mariner and now New York Yankee player took a swipe at Selig.",
                      "The Yankees said in a statement that they respect the process.", bodies=("Yankees",))
    assert found["New York Yankees"] == (ORGANISATION, 3)  # a body as the claims read "The Yankees said"
    assert "Yankees" not in found and "New York Yankee" not in found
    assert found["Seattle Mariner"] == (OTHER, 1)  # no plural named: stays as it is


def test_the_end_of_a_longer_run_after_no_city_stays_apart() -> None:
    # the fold alone: the names as find_mentions gathers them (a cnn-corpus article's list)
    found = {"Country & Coca-Cola": (OTHER, 1), "Coca-Cola": (ORGANISATION, 14)}
    assert _fold_body_forms(found) == found
    assert _fold_body_forms({"Boston Celtics": (OTHER, 3), "Celtics": (OTHER, 1)}) == {"Boston Celtics": (OTHER, 4)}


# --- rules `head_of_a_body_names_it`, `known_name_keeps_its_opener` (Sea Shepherd) ------------

SEA_SHEPHERD = ("Activists from the Sea Shepherd Conservation Society interfered with the whaling vessels. "
                "The sea was rough. Sea Shepherd claims it saved 800 whales. "
                "In a statement, Sea Shepherd vowed to take on the vessels again.")


def test_the_first_words_of_a_body_are_that_body_under_one_heading() -> None:
    assert speakers_and_kinds(SEA_SHEPHERD) == [("Sea Shepherd Conservation Society", "organisation")] * 2
    assert mentioned(*SEA_SHEPHERD.split(". "))["Sea Shepherd Conservation Society"] == (ORGANISATION, 3)


def test_a_place_opening_a_body_is_no_short_form_of_it() -> None:
    text = ("The Palm Beach County Sheriff's Office opened an inquiry. "
            "In a statement, Palm Beach officials said the beach was closed.")
    assert [s for s, _ in speakers_and_kinds(text)] == ["Palm Beach officials"]
    assert speakers_and_kinds("The White House Press Office issued rules. "
                              "The White House said it would comply.")[-1] == (
        "White House", "organisation")


# --- rule `description_never_named_is_unnamed`: coroners, defenders, 721's spokesperson -------


def test_an_unnamed_coroner_and_a_causes_defenders_are_unnamed_sources() -> None:
    assert speakers_and_kinds("The coroner says one of the passengers was run over.") == [("The coroner", "unnamed")]
    assert speakers_and_kinds("Google Glass defenders claim Glass is safer to use than a phone.") == [
        ("Google Glass defenders", "unnamed")]


def test_a_coroner_the_article_names_is_that_person() -> None:
    text = "Coroner Jane Doe examined the bodies. The coroner says one of the passengers was run over."
    assert speakers_and_kinds(text) == [("Jane Doe", "person")]


def test_a_role_that_closes_an_attribution_names_no_one_beside_it() -> None:
    text = ("Police are still questioning Igarashi, a spokesperson for the Tokyo police told CNN. "
            "The earliest she can be released is August 8, the spokesperson said.")
    assert speakers_and_kinds(text)[-1] == ("the spokesperson", "unnamed")


def test_a_role_in_apposition_keeps_the_description_unresolved() -> None:
    text = ("Police questioned Igarashi, a spokesperson for the firm, on Monday. "
            "The earliest she can be released is August 8, the spokesperson said.")
    assert speakers_and_kinds(text)[-1][1] != "unnamed"


# --- rule `it_is_the_document_issued` (669 [4]) -------------------------------------------------


def test_it_after_a_document_put_out_is_that_document() -> None:
    text = ('The tribe also issued a news release saying the owner "chooses to stick with a brand." '
            'It concludes, "The Osage Nation chooses not to use FedEx services."')
    assert speakers_and_kinds(text)[-1] == ("the news release", "unnamed")


def test_it_after_a_newer_speaker_is_not_the_document() -> None:
    text = ("The ministry issued a statement on Monday. Officials said talks would resume. "
            'It added that "we are ready."')
    assert speakers_and_kinds(text)[-1][0] != "the statement"


# --- rule `which_is_the_body_not_its_spokesman` -------------------------------------------------


def test_which_after_a_spokesman_for_a_body_speaks_for_the_body() -> None:
    assert described("A spokesman for the Food and Drug Administration, which said it was reviewing the "
                     "report, declined to comment.")[0] == (
        "Food and Drug Administration", "say", "it was reviewing the report")


def test_who_after_a_spokesman_stays_the_spokesman() -> None:
    assert described("A spokesman for the agency, who said he was reviewing the report, declined to comment."
                     )[0] == ("A spokesman for the agency", "say", "he was reviewing the report")
    assert described("Citizens for Trump, which said it expects 5,000 people, will march.")[0][0] != "Trump"
