"""Junk claims (QA rounds 13-15, held-out CNN articles): cue words used for
acts and fragments, shown as "who said what". Each rule in
summarizer.claims.junk.JUNK_RULES has a sentence of the kind it drops and one
that must stay a claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import extract_claims
from summarizer.claims.junk import JUNK_RULES, SENTENCE_FRAME_JUNK_RULES, WRITERS_LINE_RULES
from tests.claim_helpers import described, only

# Rule `act_object_is_no_claim` (act_readings.txt): a cue with a bare noun phrase naming a thing acted on
ACTS = [
    "Cairo's administrative court rejected a controversial rule Tuesday that the ministry had established.",
    "Her mother, Tricia Norman, posted a birthday message to Rebecca on Facebook on Saturday.",
    "They found a barrage of horrible messages.",
    "When he went to wake her, Jose found her asleep.",
    "Election officials recounted the votes in more than half of the ballot boxes individually.",
    "Leftist candidate Andres Manuel Lopez Obrador has not conceded the July 1 election.",
    'He recalled one man, known only as "Mr. Cha," who died four years ago.',
    "General Motors will recall 2.6 million cars over a faulty ignition switch.",
    "The state senator wrote Arizona's controversial immigration law.",
    "Chris Brown appeared before a judge Monday.",
    "The United States declared an even bigger national park in the central South Pacific Ocean.",
    "Historically women working in the football industry contend with male chauvinism.",
    "His whereabouts probably won't be secret for long -- assuming he shows up at his own news conference Friday.",
    "A user may show signs of depression for days.",
    "The English Premier League boasts two high-profile females.",
    "It is unclear how many times a Muslim should observe daily prayers in orbit.",
    "Pearce, a former sheriff's deputy known for his tough stance against illegal immigration, lost.",
    "The senator claimed victory in the California primary.",
    "Petra Kvitova, defending her title in London, lost in the second round.",
]
ACT_CLAIMS = [
    ("The court rejected the notion that the rule was unlawful.", "reject"),
    ("The study found the vote was rigged.", "find"),
    ("The poll found a positive message works better for her than attacks.", "find"),
    ("She posted a message on Twitter reading \u201cThank you Georgia, we did it together\u201d on Tuesday.", "post"),
    ("Officials recounted the incident in detail.", "recount"),
    ("He recalled the roots of the revolt began in 2010.", "recall"),
    ("Abe conceded the current situation in the country is deeply regrettable.", "concede"),
    ("Critics contend the plan will fail.", "contend"),
    ("Obama appeared set to veto the bill.", "appear"),
    ("Polls show Clinton with a lead.", "show"),
    ("Trump boasted of his negotiating skills.", "boast"),
    ("Joel Pollak observed the biggest victor was not on the stage.", "observe"),
    ("Officials have known for weeks that the dam would fail.", "know"),
    ("The senator claimed the victory was stolen.", "claim"),
]


@pytest.mark.parametrize("sentence", ACTS)
def test_an_act_on_a_thing_is_no_claim(sentence: str) -> None:
    assert extract_claims(sentence) == [], described(sentence)


@pytest.mark.parametrize(("sentence", "cue"), ACT_CLAIMS)
def test_a_statement_or_a_clause_after_the_same_cue_stays_a_claim(sentence: str, cue: str) -> None:
    assert only(sentence).cue == cue


def test_every_junk_rule_is_tested_here() -> None:
    # this file, test_claims_junk_s5.py and test_claims_junk_s5b.py (QA rounds 17-21) hold the junk rules' tests
    source = "".join(Path(__file__).with_name(name).read_text(encoding="utf-8")
                     for name in ("test_claims_junk_s4.py", "test_claims_junk_s5.py", "test_claims_junk_s5b.py",
                                  "test_junk2_s21.py",
                                  "test_claims_junk_s6.py", "test_claims_junk_s6b.py", "test_claims_junk_s7.py",
                                  "test_claims_trust_s8.py", "test_claims_junk_s9.py",
                                      "test_claims_review_s10.py", "test_claims_trust_s11.py",
                                      "test_claims_trust_qa36.py", "test_claims_trust_qa37.py",
                                      "test_claims_trust_s12.py", "test_claims_trust_s12b.py",
                                      "test_claims_trust_s13.py",
                                      "test_claims_fix_s13.py", "test_claims_junk_s14.py",
                                      "test_claims_cues_s14.py", "test_claims_grammar_s14.py",
                                      "test_claims_web_s14b.py", "test_claims_qa43.py",
                                      "test_claims_web_s15.py", "test_claims_junk_s15.py",
                                      "test_claims_junk_s16.py", "test_claims_junk2_s16.py",
                                      "test_claims_late_s16.py", "test_claims_junk_s17.py", "test_claims_junk_s18.py",
                                      "test_junk_s19.py", "test_claims_grammar_s19.py",
                                      "test_junk2_s19.py", "test_junk_s20.py",
                                      "test_claims_s20.py", "test_junk_s21.py",
                                      "test_leftovers_s21.py", "test_junk_s22.py"))
    for name, _ in JUNK_RULES + WRITERS_LINE_RULES + SENTENCE_FRAME_JUNK_RULES:
        assert f"Rule `{name}`" in source, name


# Rule `as_follows_is_no_content`: the content only points at what comes next
def test_a_content_that_points_ahead_is_no_claim() -> None:
    sentence = "Christian Solidarity Worldwide, another rights group, described Ibrahim's case as follows."
    assert extract_claims(sentence) == [], described(sentence)
    assert only("Christian Solidarity Worldwide described the ruling as a disgrace.").cue == "describe"


# Rule `gerund_list_is_no_cue`: -ing words in a list of subjects
def test_a_list_of_gerunds_is_no_cue() -> None:
    sentence = ("Politics, bureaucracy, finding and acquiring suitable land have all contributed to the fact that "
                "only about 130 homes had been completed.")
    assert [c for c in extract_claims(sentence) if c.cue == "find"] == [], described(sentence)
    assert only("The panel issued its report Tuesday, finding that the land was unsuitable.").cue == "find"


# Rule `fragment_is_no_source`: a pointing word or a contracted "it is" is no speaker
@pytest.mark.parametrize("sentence", [
    "Here are nine things everyone should know about this rapidly changing party drug.",
    "Molly can take many different forms, although it's most often found in a capsule or powder.",
    "Let's just say it can get uncomfortable at times.",
])
def test_a_fragment_is_no_source(sentence: str) -> None:
    assert extract_claims(sentence) == [], described(sentence)


def test_a_speaker_after_here_stays() -> None:
    assert only("Here, Sanders said the system is rigged.").speaker == "Sanders"


# Rule `participle_is_a_modifier`: "a written statement" reports nothing by itself
def test_a_participle_before_its_noun_is_no_cue() -> None:
    sentence = ("In one written statement that was read aloud by a court employee, one mother of a victim "
                "defended Berndt.")
    assert [c for c in extract_claims(sentence) if c.cue == "write"] == [], described(sentence)
    assert only("One warned voters that the plan would fail.").cue == "warn"


# Rule `naming_oneself_is_no_claim`: the name one goes by
def test_calling_oneself_a_name_is_no_claim() -> None:
    sentence = "He calls himself Jah'Keem Yisrael on Facebook."
    assert extract_claims(sentence) == [], described(sentence)
    assert only('Trump called himself "very pro-choice" in 1999.').cue == "call"


# Rule `elliptical_infinitive_is_no_claim`: "want them to," with the verb left out
def test_an_elliptical_infinitive_is_no_claim() -> None:
    sentence = "People want to live near the sea, but the government doesn't want them to, right in the danger zone."
    assert [c for c in extract_claims(sentence) if c.speaker == "the government"] == [], described(sentence)
    assert only("The government doesn't want them to live in the danger zone.").negated


# Rule `it_before_an_infinitive_is_no_source`: "it" with a copula stands for the infinitive
def test_it_standing_for_an_infinitive_is_no_source() -> None:
    sentence = "It has become fashionable to talk about the legacy of large sporting events."
    assert extract_claims(sentence) == [], described(sentence)
    text = "The statement was issued Monday. It goes on to say the first settlers would follow great explorers."
    assert [c.cue for c in extract_claims(text)] == ["say"], described(text)
