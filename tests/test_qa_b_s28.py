"""Reader test qa_b (session 28, CNN articles on Obamacare's place in the campaign, Obama's "red
line" on Syria, the MTV Movie Awards nominees): the rules it added or widened, each with a sentence
of its kind and a near variant that must not change. The sentences are written after one read of
the articles; none is copied whole from the data sets."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import speakers_and_contents

from .claim_helpers import as_shown

# Rule `description_words_written_before_another_body` (cnn841 s32: "the opposition network said" was CNN)
OPPOSITION = (
    "Fighting spreads in the north\n\n"
    "At least 40 people were killed on Monday, the opposition Syrian Observatory for Human Rights said.\n\n"
    "The footage was aired by CNN on Sunday night.\n\n"
    "Troops shelled two villages near the border overnight, the opposition network said."
)


def test_description_words_written_before_a_body_name_that_body() -> None:
    text = OPPOSITION.replace("Syrian Observatory for Human Rights", "Local Coordination Committees")
    shelled = "Troops shelled two villages near the border overnight"
    assert speakers_and_contents(text)[-1] == ("Local Coordination Committees", shelled)


def test_description_words_written_before_a_name_of_no_known_kind_are_not_the_network() -> None:
    claims = extract_claims(OPPOSITION)
    assert claims[-1].content == "Troops shelled two villages near the border overnight"
    assert claims[-1].speaker != "CNN"


def test_description_whose_words_named_no_body_keeps_the_named_network() -> None:
    text = OPPOSITION.replace("the opposition network said", "the network said")
    assert speakers_and_contents(text)[-1] == ("CNN", "Troops shelled two villages near the border overnight")


# Rule `graded_participle_is_an_adjective`, widened by reception_adverbs (cnn473 s5: Joss Whedon "praised")
def test_critically_praised_after_a_possessive_is_no_claim() -> None:
    assert extract_claims("Given that it was Jane Doe's critically praised thriller that won the top prize, "
                          "we'd say a festival award doesn't mean success at the box office.") == []
    assert extract_claims("The director's universally condemned remarks drew a rebuke from the studio.") == []


def test_critics_who_praised_a_film_keep_their_claim() -> None:
    assert as_shown("Critics widely praised the film as a triumph.") != []


# Rule `colon_inside_a_quoted_title_is_no_label` (cnn473 s18: a nominee line gave Chris Hemsworth a quotation)
def test_colon_inside_a_quoted_title_is_no_speaker_label() -> None:
    assert extract_claims('Chris Evans, "Captain America: The Winter Soldier"Scarlett Johansson, "Her".') == []
    assert extract_claims('Jane Doe, "Cats: A Story".') == []


def test_label_before_a_quotation_is_still_a_label() -> None:
    shown = as_shown('Kuleba: "We will not give up a single inch of our land."')
    assert shown and shown[0][0] == "Kuleba"


# Rule `participle_on_a_fronted_medium_is_a_modifier` (cnn841 s28: a speakerless "showing: the same tank")
def test_participle_on_a_fronted_video_is_no_claim() -> None:
    assert as_shown('In a second clip, showing the same truck, a fighter says, "We will take the airport."') \
        == [("a fighter", "says", '"We will take the airport."')]
    assert extract_claims("In the footage, showing a burning truck, soldiers can be seen running.") == []


def test_participle_after_a_fronted_video_with_a_clause_stays() -> None:
    assert [c.cue for c in extract_claims("In the video, showing that the army had left the town, "
                                          "residents cheer.")] == ["show"]


# Rule `participle_aside_between_the_subject_and_its_cue`, widened to a past participle's aside and
# one ending on where its place lies (cnn841 s26: source "to have been shot Sunday in the town of ...")
def test_past_participle_aside_with_its_place_is_skipped_to_the_subject() -> None:
    assert as_shown("A second video, said to have been filmed Monday in the village of Kafr Nabl, north of "
                    "Idlib, showed soldiers being led away from the square.") \
        == [("A second video", "showed", "soldiers being led away from the square")]
    assert as_shown("The report, published Friday in the city of Mosul, north of Baghdad, said dozens were "
                    "killed.") == [("The report", "said", "dozens were killed")]


def test_source_set_between_commas_stays_a_parenthetical() -> None:
    assert as_shown("The plan, he said, will fail.") == [("he", "said", "The plan will fail")]


# Rule `title_apposition_without_its_closing_comma`, after a quotation: a role with its body after its
# head, and a comma after the cue (cnn426 s29: the role "spokesman for the Democratic National Committee"
# was the speaker, "Michael Czin" left in the content)
def test_name_after_a_quotation_before_an_unclosed_role_with_its_body_is_the_speaker() -> None:
    assert as_shown('"The voters have moved on," Jane Ortiz, spokeswoman for the Florida Democratic Party '
                    'said, noting that turnout had doubled.') \
        == [("Jane Ortiz", "said", '"The voters have moved on,"'), ("Jane Ortiz", "noting", "turnout had doubled")]


def test_name_inside_an_aside_with_its_cue_stays_the_topic() -> None:
    assert as_shown("Donald Trump, the president said on Monday, would never win.") \
        == [("the president", "said", "Donald Trump would never win")]
