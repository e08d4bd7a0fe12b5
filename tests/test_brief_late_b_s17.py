"""Late fix B, session 17: rule `speech_occasion_is_no_more_than_the_claim` (brief.py). A claim's own
sentence that opens on a speech occasion ("Speaking in the Commons, ...") is compared with the claim
without it, so "Who said what" and a key point do not give the same sentence twice. The sentences are
invented after one read on a news page (a page briefed with itself)."""

from __future__ import annotations

from summarizer.brief import repeats_a_claim, without_speech_occasion
from summarizer.nlp.words import content_words, stem


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(text))


QUOTE = ("\u201cIt does not need to be like this because there are ways in which we can at least get part of "
         "this industry going again.")
# what the listed claim gives: speaker, cue and its content over two sentences
CLAIM = _stems("the Conservative MP said " + QUOTE + " I'd call on ministers to work with the industry to do "
               "a trial of testing at the airport and before people fly.")


def test_rule_speech_occasion_is_no_more_than_the_claim() -> None:
    sentence = "Speaking in the Commons, the Conservative MP said: " + QUOTE
    assert not repeats_a_claim(_stems(sentence), CLAIM)  # the occasion's stems kept it a key point
    assert without_speech_occasion(sentence) == "the Conservative MP said: " + QUOTE
    assert repeats_a_claim(_stems(without_speech_occasion(sentence)), CLAIM)


def test_rule_speech_occasion_near_variant_other_participle_stays() -> None:
    # a fronted participle that is no speech says what the claim does not
    sentence = "Rejecting the airport plan, the Conservative MP said: " + QUOTE
    assert without_speech_occasion(sentence) == sentence


def test_rule_speech_occasion_near_variant_a_point_that_says_more_stays() -> None:
    # past the occasion the sentence tells more than the claim: it stays a key point
    sentence = ("Speaking in the Commons, the Conservative MP said the airport budget had been cut by half, and "
                "the Transport Secretary later announced that three terminals would close.")
    claim = _stems("the Conservative MP said the airport budget had been cut by half")
    assert not repeats_a_claim(_stems(without_speech_occasion(sentence)), claim)


def test_rule_speech_occasion_near_variant_no_comma_stays() -> None:
    # no comma closes the phrase: the participle is the sentence's own verb
    sentence = "Speaking to reporters is what the minister likes least about the job."
    assert without_speech_occasion(sentence) == sentence
