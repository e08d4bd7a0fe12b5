"""Rule `act_subject_still_acts` (extract._resolve): a frame junk.py drops as
an act is no claim, but its subject acted there, so a pronoun after it can
still be that subject (a PolNeAR train article: "He said his recent attacks
on Trump ..." after Rubio's dropped act went to Trump)."""

from __future__ import annotations

from summarizer import extract_claims

ACT_THEN_PRONOUN = ("Donald Trump said on Saturday that the race was over. "
                    "Sen. Marco Rubio dismissed such concerns on Sunday. He said the party would unite.")


def test_a_pronoun_after_a_dropped_act_is_its_subject() -> None:
    claims = extract_claims(ACT_THEN_PRONOUN)
    assert [(c.speaker, c.cue_text) for c in claims] == [("Donald Trump", "said"), ("Marco Rubio", "said")]


def test_the_act_itself_stays_no_claim() -> None:
    assert all(c.cue_text != "dismissed" for c in extract_claims(ACT_THEN_PRONOUN))


def test_without_the_act_the_pronoun_is_not_given_to_its_would_be_subject() -> None:
    # the same text with no act: "He" has no subject of that sentence to go to
    text = ACT_THEN_PRONOUN.replace("Sen. Marco Rubio dismissed such concerns on Sunday. ", "Rain fell on Sunday. ")
    assert all(c.speaker != "Marco Rubio" for c in extract_claims(text))
