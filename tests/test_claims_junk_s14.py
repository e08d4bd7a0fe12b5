"""Junk claims left by session 13 (closing note s13, QA rounds 40-41, web
test s13b): a cue whose object names a topic and states nothing. Each rule
added to summarizer.claims.junk (JUNK_RULES, junk_readings.txt,
topic_readings.txt) has a sentence of the kind it drops and a near variant
that must stay a claim."""

from __future__ import annotations

import pytest

from tests.claim_helpers import cues, described


# Rule `naming_a_topic_is_no_claim` (topic_readings.txt)
@pytest.mark.parametrize(("text", "cue"), [
    ("Mexico's Interior Ministry announced the staggering statistic on Tuesday but noted that authorities "
     "don't have data about the cases.", "announce"),
    ("Rights groups have cited advances since then.", "cite"),
    ("Hagel emphasized the importance of the loya jirga's decision and said \"we are planning for a "
     "post-2014 presence here.\"", "emphasize"),
    ("He spoke of a 2008 visit to the Holocaust Museum in Washington, where he saw a photograph of the "
     "camp.", "speak of"),
])
def test_a_topic_named_is_no_claim(text: str, cue: str) -> None:
    assert cue not in cues(text), described(text)


def test_the_statement_beside_the_topic_stays() -> None:
    text = ("Hagel emphasized the importance of the loya jirga's decision and said \"we are planning for a "
            "post-2014 presence here.\"")
    assert cues(text) == ["say"], described(text)
    text = "Mexico's Interior Ministry announced the statistic on Tuesday but noted that data are missing."
    assert cues(text) == ["note"], described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Mexico's Interior Ministry announced the statistic was wrong.", "announce"),
    ("Rights groups have cited advances that show the policy worked.", "cite"),
    ("Rights groups have cited the release of political prisoners.", "cite"),  # PolNeAR counts it
    ("Hagel emphasized that the loya jirga's decision was important.", "emphasize"),
    ("Rihanna spoke about the importance of self-love and self-acceptance.", "speak about"),  # PolNeAR
    ("He spoke of a 2008 visit that changed his life.", "speak of"),
    ("The ministry announced 'a staggering statistic: 26,000 missing'.", "announce"),
])
def test_a_statement_about_the_topic_stays_a_claim(text: str, cue: str) -> None:
    assert cue in cues(text), described(text)


# Rule `fragment_is_no_source` (junk_readings.txt non_speaker_words): an adverb opening an imperative
def test_an_advice_box_imperative_is_no_claim() -> None:
    text = ("Only call NHS 111 if you cannot cope with your symptoms at home; your condition gets worse; or your "
            "symptoms do not get better after seven days.")
    assert cues(text) == [], described(text)
    assert cues("Only 5 percent said they would vote.") == ["say"]


# act_readings.txt say: saying things, the words not given ("They say the darndest things")
def test_saying_things_is_no_claim() -> None:
    assert cues("They say the darndest things.") == []
    assert cues("They say things are getting better.") == ["say"]
    assert cues('He said "things are getting better."') == ["say"]


# Rule `cue_in_an_open_question_is_no_claim`: a modal cue after "whether" or "if" and its subject
@pytest.mark.parametrize("text", [
    "One of the big questions in this race is whether these figures will mobilize behind Warren or Sanders "
    "-- or if they would echo the concerns of more centrist Democrats that the policy visions of those two "
    "are too electorally risky.",
    "It is unclear whether Obama would say the deal is dead.",
])
def test_a_cue_asked_about_is_no_claim(text: str) -> None:
    assert not {"echo", "say"} & set(cues(text)), described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("They said they would echo the concerns of centrist Democrats that the plans are risky.", "say"),
    ("If they echoed the concerns of centrist Democrats that the plans were risky, nobody heard.", "echo"),
    ("Reporters asked whether the plan would work.", "ask"),
])
def test_a_cue_outside_the_question_stays(text: str, cue: str) -> None:
    assert cue in cues(text), described(text)
