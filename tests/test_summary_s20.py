"""Summary s20: picks that stand on their own (QA rounds 55 and 56).

Rules `subhead_set_as_a_sentence`, `quotation_over_paragraphs`,
`quoted_question_answered_by_its_speaker` and `answer_needs_its_question`
(summarizer/summarizers/standalone.py).
"""

from __future__ import annotations

import pytest

from summarizer.document import parse_document
from summarizer.summarizers.standalone import (
    is_labelled_answer,
    is_quoted_heading,
    is_quoted_question_answered,
    is_run_in_heading,
    quotation_units,
    run_in_headings,
    sentence_units,
    unasked_answers,
)
from summarizer.summary import summarize

# --- rule `subhead_set_as_a_sentence` (CNN-Corpus dev 668, 554) ---

FUNERAL = (
    "Grieving mother says she stands by husband\n\n"
    "The mother of a toddler who died in a hot car told mourners on Saturday that she stands by her husband.\n\n"
    "Religion has helped her and her husband cope during this stressful time, she said.\n\n"
    "'The Lord is holding me up'.\n\n"
    "Police released search warrants showing that the father searched the Internet for child deaths in hot cars.\n\n"
    "The couple had been married since 2006 and lived in a suburb of Atlanta with their son.\n\n"
    "From dreams to reality.\n\n"
    "The funeral was held at a church in Tuscaloosa, Alabama, where the mother grew up.\n"
)


@pytest.mark.parametrize("sentence", [
    "'The Lord is holding me up'.",
    "Child 'was perfect'.",
    "\"Catastrophic scenario\".",
    "From dreams to reality.",
])
def test_a_subhead_given_a_stop_is_a_heading(sentence: str) -> None:
    assert is_run_in_heading(sentence)


@pytest.mark.parametrize("sentence", [
    "'The Lord is holding me up,' she said.",
    "\"The Lord is holding me up.\"",
    "Nobody was hurt.",
    "He said the plan, which the council approved in March, was 'a costly mistake for the city'.",
])
def test_a_sentence_stays_a_sentence(sentence: str) -> None:
    assert not is_run_in_heading(sentence)


def test_only_a_paragraph_of_its_own_is_a_heading() -> None:
    document = parse_document(FUNERAL)
    texts = [document.sentences[i].text for i in sorted(run_in_headings(document))]
    assert texts == ["'The Lord is holding me up'.", "From dreams to reality."]
    inside = parse_document("Headline here\n\nShe spoke at length about it. 'The Lord is holding me up'. "
                            "Then she left.\n")
    assert is_quoted_heading("'The Lord is holding me up'.")
    assert run_in_headings(inside) == frozenset()


def test_the_summary_leaves_the_subhead_out() -> None:
    picked = [s.text for s in summarize(FUNERAL, sentences=5).sentences]
    assert "'The Lord is holding me up'." not in picked
    assert "From dreams to reality." not in picked
    assert len(picked) == 5


def test_the_ranker_takes_a_subhead_only_as_a_last_resort() -> None:
    picked = [s.text for s in summarize(FUNERAL, sentences=7).sentences]
    assert "'The Lord is holding me up'." in picked  # nothing else left


# --- rule `quotation_over_paragraphs` (CNN-Corpus dev 439) ---

BENHAM = (
    "Brothers lose their TV show\n\n"
    "Twin brothers David and Jason Benham have lost their opportunity to host their own television show.\n\n"
    "On Thursday night, Jason Benham told CNN that the network had vetted the pair before it signed them.\n\n"
    "\"When they saw some of the footage where my brother was saying the things he was saying, they spoke "
    "with us.\n\n"
    "\"They got to know us a little better and then they made a judgment call.\n\n"
    "\"We've been running a successful real estate company for the last 11 years. There is no "
    "discrimination,\" said Jason Benham.\n\n"
    "The brothers' comments were echoed by a pastor at a news conference in North Carolina on Friday.\n\n"
    "The network said on Friday that it had decided not to go forward with the brothers' series.\n"
)


def test_a_quotation_over_paragraphs_is_one_unit() -> None:
    document = parse_document(BENHAM)
    assert (2, 5) in quotation_units(document)
    units = sentence_units(document)
    assert 5 in units[2] or len(units[2]) > 3


def test_the_summary_shows_no_opening_paragraph_without_its_speaker() -> None:
    picked = [s.text for s in summarize(BENHAM, sentences=3).sentences]
    assert not any(text.startswith("\"When they") or text.startswith("\"They got") for text in picked)


def test_a_paragraph_after_an_open_quotation_that_opens_no_quotation_ends_it() -> None:
    document = parse_document(
        "Title of the story\n\n"
        "\"We will rebuild. We always have.\n\n"
        "The mayor spoke on Monday. She left soon after.\n")
    assert quotation_units(document) == [(0, 1)]


# --- rule `quoted_question_answered_by_its_speaker` (CNN-Corpus dev 668) ---

def test_a_quoted_question_needs_its_speakers_answer() -> None:
    assert is_quoted_question_answered("\"Am I angry with Ross?\" Leanna Harris said at the funeral.",
                                       "\"Absolutely not.")
    document = parse_document(
        "Mother speaks at funeral\n\n"
        "The mother of a toddler spoke at his funeral on Saturday.\n\n"
        "\"Am I angry with Ross?\" Leanna Harris said at the funeral. \"Absolutely not,\" she added.\n")
    assert sentence_units(document)[1] == (1, 2)


@pytest.mark.parametrize(("sentence", "after"), [
    ("\"Why now?\" she asked.", "Police declined to comment."),
    ("He asked: \"Why now?\"", "\"Because it is time.\""),
    ("\"We won,\" she said.", "\"Absolutely.\""),
])
def test_a_question_answered_by_nobody_stands(sentence: str, after: str) -> None:
    assert not is_quoted_question_answered(sentence, after)


def test_a_question_in_another_paragraph_is_no_question_answered() -> None:
    document = parse_document(
        "Mother speaks at funeral\n\n"
        "The mother of a toddler spoke at his funeral on Saturday.\n\n"
        "\"Am I angry with Ross?\" Leanna Harris said at the funeral.\n\n"
        "\"Absolutely not,\" she added.\n")
    assert sentence_units(document)[1] == (1,)


# --- rule `answer_needs_its_question` (CNN-Corpus dev 558) ---

def test_an_answer_label_needs_its_question() -> None:
    assert is_labelled_answer("Answer: \"Z-Machines,\" the robot band with a surprisingly human sound.")
    assert not is_labelled_answer("Answers came slowly.")
    assert not is_labelled_answer("Answer the phone, she said.")


def test_an_answer_that_opens_the_body_is_a_last_resort() -> None:
    text = ("Meet the robot guitarist\n\n"
            "Quick math question: What has 78 fingers, 22 arms, and no brain?\n\n"
            "Answer: \"Z-Machines,\" the robot band with a surprisingly human sound.\n\n"
            "Listen to this three-piece with your eyes closed and it could be any group of musicians.\n\n"
            "The guitarist is a humanoid looming two meters tall, with 78 fingers sweeping across the strings.\n\n"
            "Seated a little behind is Ashura, the drummer with 22 arms playing faster than any human could.\n")
    document = parse_document(text)
    assert document.sentences[0].text.startswith("Answer:")
    assert unasked_answers(document) == frozenset({0})
    picked = [s.text for s in summarize(text, sentences=3).sentences]
    assert not any(t.startswith("Answer:") for t in picked)
    later = parse_document("A quiz\n\nWhat has 78 fingers? Think hard.\n\nAnswer: a robot band.\n")
    assert unasked_answers(later) == frozenset()
    assert sentence_units(later)[2] == (1, 2)
