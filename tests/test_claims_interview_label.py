"""Rule `interview_label` (QA round 18: 10 of 11 misses were an interview's
answers under "Boyd:" and "BD:" labels)."""

from __future__ import annotations

from summarizer import extract_claims

INTERVIEW = (
    "The novelist William Boyd talked to CNN about his new book.\n\n"
    "CNN: What was the spark behind the novel?\n\n"
    "Boyd: It's an odd accumulation of things that came together over years.\n\n"
    "CNN: Tell me about parallelism.\n\n"
    "Boyd: I came up with this idea because it is surprisingly plausible.\n"
)


def test_a_label_opening_several_paragraphs_is_the_speaker() -> None:
    answers = [c for c in extract_claims(INTERVIEW) if c.rule == "colon_attribution" and c.speaker != "CNN"]
    assert [c.speaker for c in answers] == ["William Boyd", "William Boyd"]


def test_a_letter_or_a_count_after_a_label_is_no_claim() -> None:
    counts = "Delegates so far:\n\nClinton: 2,312 delegates\n\nSanders: 1,545 delegates\n\nClinton: 2,400 by June\n"
    assert extract_claims(counts) == []
    qa = "Q: Will you run again in the next election?\n\nA: I have not decided yet.\n\nQ: Why not decide now?\n"
    assert [c.speaker for c in extract_claims(qa) if c.rule == "colon_attribution"] == []


def test_i_in_a_labelled_answer_is_the_label() -> None:
    # Rule `answer_label_is_i`
    text = INTERVIEW.replace("that came together over years.", "that came together over years. I know a lot "
                             "about that period of history.")
    claims = [c for c in extract_claims(text) if c.cue == "know"]
    assert [c.speaker for c in claims] == ["William Boyd"]
    # without a label the line is the writer's own (rule `writers_first_person_is_no_claim`)
    assert extract_claims("I know a lot about that period of history.") == []
