"""Claim content and wrong speakers (claims-s18 brief). Each rule has a
sentence of the kind it fixes and a near variant that must stay as it was;
sentences are invented, after the kinds QA read in CNN-Corpus dev 885, 687,
954."""

from __future__ import annotations

import pytest

from tests.claim_helpers import described, only

# Rule `relative_antecedent_is_the_contents_subject` (rules._antecedent_of_a_subject_gap; 885 s19)


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The budget, which critics say is too small, passed.", "critics", "The budget is too small"),
    ("Smith, who police say fired the shot, was arrested.", "police", "Smith fired the shot"),
    ("The journalists vetted the documents and chose to withhold some information that officials said would"
     " harm security.",
     "officials", "some information would harm security"),
    ("The paper listed 10 more people who it claimed were gay.", "it", "10 more people were gay"),
])
def test_a_relative_gap_is_filled_by_the_noun_it_stands_for(text: str, speaker: str, content: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content) == (speaker, content)


def test_the_videos_the_military_described_carry_their_subject() -> None:
    text = ('"Rockets hit Gaza," the IDF said on Twitter, along with videos that the military said show troops'
            " firing on the crowd.")
    assert described(text) == [("IDF", "say", '"Rockets hit Gaza,"'),
                               ("the military", "say", "videos show troops firing on the crowd")]


@pytest.mark.parametrize(("text", "content"), [
    # the content has its own subject
    ("The group released videos that police said Hamas fighters had posted.", "Hamas fighters had posted"),
    # "that" after a verb opens a clause, no relative
    ("The mayor said that the plan would cut costs.", "the plan would cut costs"),
    # after "in" the relative may hang on a noun further back ("a decision ... in the Senate"): as written
    ("He named a decision made while serving in the Senate that he believes was influenced by money.",
     "was influenced by money"),
    # ", which" after an object may stand for the whole clause before it: as written
    ("Farmers should use fewer antibiotics with their livestock, which he believes has happened.", "has happened"),
])
def test_other_relatives_stay_as_they_were(text: str, content: str) -> None:
    assert only(text).content == content


# Rule `subject_gap_without_its_antecedent_is_no_claim` (rules._subject_gap_with_no_antecedent;
# 687 s54, 954 s14)
@pytest.mark.parametrize("text", [
    "India's Supreme Court has come out with what activists say are conflicting judgments.",
    "What he said was false.",
    "The paper listed 10 more people it claimed were gay.",
    "The official listed people police claimed were gay.",
])
def test_a_gap_with_no_noun_to_fill_it_is_no_claim(text: str) -> None:
    assert described(text) == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Activists say the judgments are conflicting.", "Activists", "the judgments are conflicting"),
    ("The paper claimed 10 more people were gay.", "The paper", "10 more people were gay"),
    # after "what" a content with its own subject stays
    ("The crowd cheered what some said they knew all along.", "some", "they knew all along"),
    # a source with an aside before its cue is the cue's subject
    ("Dunwoody, who worked for the campaign, said tensions were high.", "Dunwoody", "tensions were high"),
])
def test_a_content_with_its_subject_stays(text: str, speaker: str, content: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content) == (speaker, content)


def test_a_noun_that_ends_a_longer_phrase_is_no_antecedent() -> None:
    # "House leaders" ends "an effort supported by Obama and House leaders": which noun the relative hangs
    # on the text does not say; the content stays as written
    text = ("Sanders plans his own bill after having slammed an effort supported by Obama and House leaders that"
            " Sanders said would make things worse.")
    assert described(text) == [("Sanders", "say", "would make things worse")]
