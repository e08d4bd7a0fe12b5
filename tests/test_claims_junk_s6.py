"""Junk claims found by QA rounds 22 and 23 (held-out CNN articles): acts and
notes shown as "who said what". Each rule added to summarizer.claims.junk
(JUNK_RULES, junk_readings.txt, act_readings.txt) has a sentence of the kind
it drops and a near variant that must stay a claim."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described, only


# Rule `refusing_an_act_is_no_claim`: a refused act is no claim
@pytest.mark.parametrize("text", [
    "The website refused to take down clips deemed offensive to the country's founder.",
    "The guard declined to appear on camera for fear of reprisals.",
    "The mayor refuses to make public his tax returns.",
    "The court refused to hear arguments over whether a city can limit donations.",
])
def test_a_refused_act_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("The website refused to say whether the clips would stay online.", "refused to say"),
    ("The website declined to comment on the clips.", "declined to comment"),
    ("The senator refused to endorse the mayor.", "refused to endorse"),
    ("The senator refused to disavow the endorsement of the union.", "refused to disavow"),
])
def test_a_refusal_to_speak_stays_a_negated_claim(text: str, cue: str) -> None:
    claim = only(text)
    assert (claim.cue_text, claim.negated) == (cue, True)


# Rule `not_responding_is_no_claim`: a response not given is a note, no claim
@pytest.mark.parametrize("text", [
    "Representatives of the company did not respond to requests for comment.",
    "The chairman had not responded to her query about the hearing.",
    "Some infections didn't respond to antibiotics, because the bacteria were resistant.",
    "The campaign did not immediately respond to the newspaper's questions about the donations.",
    "Neither the mayor nor his aides responded to requests for clarification.",
])
def test_a_response_not_given_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_a_response_given_stays_a_claim() -> None:
    claim = only("The company responded to the report by saying the figures were out of date.")
    assert claim.cue == "respond" and not claim.negated
    claim = only("The company did not respond to the report, saying only that \"the figures are out of date.\"")
    assert claim.cue == "say" or claim.cue == "respond", described(claim.content)


# Rule `stance_on_a_bare_noun_phrase_is_no_claim`: a stance on a bare noun phrase says no words
@pytest.mark.parametrize("text", [
    "Close aides to the minister dismissed such worries.",
    "The president threatened a military strike.",
    "Two Democratic senators criticized the council vote.",
    "The candidate touts her role pushing through the state's first equal pay law.",
    "The speaker slammed the chairman's decision not to allow the student to testify.",
])
def test_a_stance_on_a_bare_noun_phrase_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Close aides to the minister dismissed the worries as baseless.", "dismiss"),
    ("Two Democratic senators criticized the council for its vote.", "criticize"),
    ("The president threatened that a strike would follow.", "threaten"),
    ("The minister rejected the allegations.", "reject"),
    ("The speaker slammed the chairman's \"shameful and partisan decision.\"", "slam"),
    ("Hotel groups slammed the decision to close bars claiming it will lead to the loss of jobs.", "slam"),
])
def test_a_stance_with_a_judgment_a_reason_or_a_statement_stays_a_claim(text: str, cue: str) -> None:
    assert only(text).cue == cue


# Rule `asking_for_comment_is_an_act`: the reporter's request is no claim
def test_asking_for_comment_is_an_act() -> None:
    text = "The network asked the Venezuelan government for comment."
    assert extract_claims(text) == [], described(text)
    assert only("The network asked the government for help with the search.").cue == "ask"


# Rule `charging_someone_with_is_an_act`: a criminal charge is the prosecutors' act
@pytest.mark.parametrize("text", [
    "Authorities charged the driver, Francisco Garzon, with 79 counts of homicide.",
    "Valdez, charged with armed robbery, was held without bail.",
    "U.S. authorities charged him with espionage and theft of government property.",
])
def test_charging_someone_with_a_crime_is_an_act(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize("text", [
    "Critics charged that the hearing failed to provide new information.",
    "Critics charged the mayor had lied with impunity.",
])
def test_a_charge_that_states_something_stays_a_claim(text: str) -> None:
    assert only(text).cue == "charge"


# act_readings.txt, decline: "declined comment" is the writer's note
def test_declining_comment_is_no_claim() -> None:
    assert extract_claims("Daniel Ortiz, her lawyer, declined comment Friday.") == []
    claim = only("Daniel Ortiz, her lawyer, declined to comment on the new indictment.")
    assert claim.negated and claim.cue_text == "declined to comment"


# Rule `quoted_words_are_no_source`: a cue and its source inside one quotation
def test_a_quoted_subheading_is_not_read_inside_its_quotation() -> None:
    text = "Obama: 'Very hopeful'.\n\nObama said he was hopeful about the talks."
    assert [(c.speaker, c.cue) for c in extract_claims(text)] == [("Obama", ":"), ("Obama", "say")], described(text)


# Rule `testifying_before_or_about_is_no_claim`: the setting or topic of testimony
@pytest.mark.parametrize("text", [
    "The singer testified about the damage phone hacking did to her family.",
    "The senator testified before the panel last fall.",
    "Both executives testified lawmakers examining allegations of wrongdoing.",
])
def test_the_setting_of_testimony_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_testimony_with_its_content_stays_a_claim() -> None:
    assert only("The senator testified that she never sent classified e-mails.").cue == "testify"
    assert only("The senator refused to testify about the e-mail server.").negated


# Rule `stance_on_a_bare_noun_phrase_is_no_claim`, with a scare quote in the noun phrase
def test_a_scare_quote_keeps_no_stance_but_quoted_words_do() -> None:
    text = "Many lamented the prospect of another U.S. \"invasion\" of Iraq."
    assert extract_claims(text) == [], described(text)
    assert only("Pelosi slammed the Supreme Court's \"terrible decision.\"").cue == "slam"


# Rule `finding_someone_doing_is_an_act`, with a state found (junk_readings.txt found_states)
def test_finding_ones_account_deactivated_is_a_discovery() -> None:
    text = "The blogger found his account deactivated in 2007."
    assert extract_claims(text) == [], described(text)
    assert only("The inquiry found her testimony credible.").cue == "find"


# Rule `conditional_passive_is_no_claim`: a supposed finding in an "if" clause
def test_a_passive_cue_in_a_condition_is_no_claim() -> None:
    text = "The resolution did not authorize force if Iran is said to be in violation, as Washington had sought."
    assert extract_claims(text) == [], described(text)
    assert only("Iran is said to be in violation of the deal.").cue == "say"
    assert only("If Iran broke the deal, the minister said, it would pay.").cue == "say"


# act_readings.txt, post: posting selfies or a clip is an act
def test_posting_selfies_is_an_act() -> None:
    text = "Men now post more selfies on Instagram than women."
    assert extract_claims(text) == [], described(text)
    assert only("The singer posted a message reading \"Thank you all, goodnight\" on Instagram.").cue == "post"


# Rule `gerund_clause_is_no_speaker`: an activity as the subject is the writer's topic
def test_a_gerund_clause_is_no_speaker() -> None:
    text = "Although restricting the video in the two countries may seem tempting, it sets a bad precedent."
    assert extract_claims(text) == [], described(text)
    text = "Seven progressives, including the group's two leaders, are supporting the senator's bid."
    assert [c.cue for c in extract_claims(text)] == ["support"], described(text)


# act_readings.txt, learn @about: learning about a thing is finding it out (QA round 18, 207, back in session 6)
def test_learning_about_a_thing_is_an_act() -> None:
    text = "After a tip, police searched his name and learned about the device."
    assert extract_claims(text) == [], described(text)
    assert only("Officials learned that the device had failed.").cue == "learn"
