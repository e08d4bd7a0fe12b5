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
    # Rule `answer_label_is_i` ("I know a lot about ..." is no claim since junk2-s27: know +clausal)
    text = INTERVIEW.replace("that came together over years.", "that came together over years. I know that "
                             "period of history shaped the book.")
    claims = [c for c in extract_claims(text) if c.cue == "know"]
    assert [c.speaker for c in claims] == ["William Boyd"]
    # without a label the line is the writer's own (rule `writers_first_person_is_no_claim`)
    assert extract_claims("I know that period of history shaped the book.") == []


# Rule `answer_after_a_question` (LA Weekly's artist interview: only the first answer had a label)
QUESTIONS = (
    "The painter Maria Okafor opens a show this weekend.\n\n"
    "THE WEEKLY: What is your work about?\n\n"
    "MARIA OKAFOR: I try to show plants as storytellers of a family's past.\n\n"
    "Did you go to art school? Why or why not?\n\n"
    "Honestly, I believed I had to attend art school to be taken seriously.\n\n"
    "There is a new show at the gallery. I think the gallery will open a second room next year.\n"
)


def test_i_right_after_a_question_alone_is_the_interviewee() -> None:
    believed = [c for c in extract_claims(QUESTIONS) if c.cue == "believe"]
    assert [(c.speaker, c.speaker_kind) for c in believed] == [("Maria Okafor", "person")]


def test_the_answer_reaches_only_the_paragraph_after_the_question() -> None:
    # The writer's own line after the answer: no claim (rule `writers_first_person_is_no_claim`)
    assert [c for c in extract_claims(QUESTIONS) if c.cue == "think"] == []
    # A question followed by a statement in its own paragraph is the writer's, not an interviewer's line
    mixed = QUESTIONS.replace("Why or why not?", "Many artists did.")
    assert all(c.speaker != "Maria Okafor" for c in extract_claims(mixed) if c.cue == "believe")


def test_a_paragraph_with_its_own_label_is_not_the_last_answer() -> None:
    # "CLINTON: Honestly, I ..." after the writer's questions: never the earlier label's person
    text = QUESTIONS.replace("Honestly, I believed", "SENATOR CLINTON: Honestly, I believed")
    believed = [c for c in extract_claims(text) if c.cue == "believe"]
    assert all(c.speaker != "Maria Okafor" for c in believed)


def test_a_one_line_question_kept_as_a_subhead_still_asks() -> None:
    # The reader keeps a one-sentence question line as a subhead, out of the sentences
    text = QUESTIONS.replace("Did you go to art school? Why or why not?", "Did you go to art school?")
    believed = [c for c in extract_claims(text) if c.cue == "believe"]
    assert [c.speaker for c in believed] == ["Maria Okafor"]


def test_a_rhetorical_question_is_no_interviewers_line() -> None:
    # A column's own question says no "you": the writer's "I" after it stays unresolved
    text = QUESTIONS.replace("Did you go to art school? Why or why not?", "What went wrong? Why did nobody see it?")
    assert [c.speaker_kind for c in extract_claims(text) if c.cue == "believe"] == ["unresolved"]
    # Nor does an answer label reach a question far later in the article
    far = QUESTIONS.replace("Did you go to", "The gallery opened in May.\n\nIts rooms are small.\n\n"
                            "The city pays the rent.\n\nDid you go to")
    assert [c.speaker_kind for c in extract_claims(far) if c.cue == "believe"] == ["unresolved"]
