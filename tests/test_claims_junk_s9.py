"""Junk claims found by QA rounds 29 and 30 (held-out CNN articles): phone
calls to several people or with a purpose, a call to a service, support
pledged, an entrance announced, a topic talked about, a cited body, how
someone looks, "think twice", a relative clause's stranded preposition, a
person found doing something, people in general believing, and a question
put to a hearer that must keep its "whether". Each rule added to
summarizer.claims.junk (JUNK_RULES, WRITERS_LINE_RULES, junk_readings.txt,
act_readings.txt) has a sentence of the kind it drops and a near variant that
must stay a claim."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import cues, described, only


# Rule `calling_someone_is_an_act` (session 9): several people called, appositives between commas,
# a purpose after the names
@pytest.mark.parametrize("text", [
    "On Monday Obama personally called House Speaker John Boehner and House Minority Leader Nancy Pelosi to "
    "notify them that the military operation inside Syria would begin later in the evening.",
    "Biden also called both the Senate Intelligence Chair Dianne Feinstein, D-California, and the top "
    "Republican on the panel, Sen. Saxby Chambliss, R-Georgia.",
    "Defense Secretary Chuck Hagel called House Armed Services Chair Buck McKeon, and National Security "
    "Advisor Susan Rice called House Foreign Affairs Chairman Ed Royce.",
])
def test_calls_to_people_are_acts(text: str) -> None:
    assert "call" not in cues(text), described(text)


@pytest.mark.parametrize("text", [
    "Trump called Clinton, his rival, an ISIS co-founder.",
    'Graham called both Trump and Clinton "crazy."',
    "He called Trump a liar on Tuesday.",
    "The senator called the plan a disaster.",
])
def test_a_judgment_after_the_names_stays_a_claim(text: str) -> None:
    assert "call" in cues(text), described(text)


# act_readings.txt call: a call to a service is an act
def test_a_call_to_the_utility_is_an_act() -> None:
    text = ("The caller, as well as other residents on the block, reported smelling gas the night before but "
            "did not call the utility at the time.")
    assert "call" not in cues(text), described(text)
    assert "call" in cues("Residents called the utility a disgrace.")


def test_the_report_after_a_call_to_911_keeps_its_content() -> None:
    text = ("A father in Daytona Beach, Florida, called 911 early Friday morning to report that when he found "
            "someone sexually abusing his 11-year-old son, he beat the assailant.")
    assert "call" not in cues(text), described(text)
    assert "report" in cues(text), described(text)


# act_readings.txt pledge: support pledged is a stance on a noun phrase
def test_support_pledged_is_no_claim() -> None:
    text = ("House Homeland Committee Chairman Michael McCaul released a statement shortly after the news "
            "broke, and the Texas Republican pledged his support for the mission.")
    assert "pledge" not in cues(text), described(text)
    assert only("Clinton pledged to push for a constitutional amendment.").cue == "pledge"


# act_readings.txt announce: an entrance made
def test_an_arrival_announced_is_no_claim() -> None:
    text = ("Beating the field by an astonishing 12 strokes, the then 21-year-old announced his arrival in "
            "imperious fashion.")
    assert extract_claims(text) == [], described(text)
    assert only("Authorities announced the arrest of a man in the shooting.").cue == "announce"


# act_readings.txt think @twice; rule `free_relative_with_a_stranded_preposition_is_no_claim`
# (session 9: "what it says on the label", the rest a place)
def test_thinking_twice_is_no_claim() -> None:
    text = "Few Americans think twice about whether their medicine bottle really contains what it says on the label."
    assert extract_claims(text) == [], described(text)
    assert only("Few Americans think the label is accurate.").cue == "think"


# Rule `speaking_about_a_topic_is_no_claim` (session 9): a short bare topic
@pytest.mark.parametrize("text", [
    "Hill also used her sentencing to talk about her music.",
    "The senator talked about immigration.",
])
def test_talking_about_a_bare_topic_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize("text", [
    "Rihanna spoke about the importance of self-love.",
    "Clinton talked about bringing communities together.",
    "She talked about how the plan had failed.",
])
def test_talking_about_a_longer_topic_or_a_clause_stays(text: str) -> None:
    assert len(extract_claims(text)) == 1, described(text)


# Rule `citing_a_name_is_no_claim`
def test_a_cited_body_is_no_claim() -> None:
    text = ("Citing the federal Pipeline and Hazardous Materials Safety Administration, the report said Con "
            "Edison experienced 83 leaks for every 100 miles of main in 2012.")
    assert cues(text) == ["say"], described(text)


@pytest.mark.parametrize("text", [
    "Trump cited Alphabet as the most likely buyer.",
    "The senator cited a 2001 memorandum issued by the immigration agency.",
])
def test_citing_a_thing_or_a_judgment_stays(text: str) -> None:
    assert "cite" in cues(text), described(text)


# Rule `seeming_state_is_the_writers`
@pytest.mark.parametrize("text", [
    "Francesco Maresca, attorney for Kercher's family, appeared satisfied after reading the high court's "
    "reasoning Tuesday.",
    "The senator appeared somewhat uneasy.",
    "Obama appeared cowed.",
])
def test_how_someone_looks_is_the_writers(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_a_coordinated_claim_after_a_look_stays() -> None:
    text = ("Indeed, Francis seems sincere and acknowledges the complicity of the institutional church in the "
            "cover-up.")
    assert cues(text) == ["acknowledge"], described(text)


@pytest.mark.parametrize("text", [
    "Obama appeared set to veto the bill.",
    "The minister seemed confident that the deal would pass.",
])
def test_seeming_before_a_clause_stays(text: str) -> None:
    assert only(text).cue == "appear" if "appeared" in text else only(text).cue == "seem"


# Rule `free_relative_with_a_stranded_preposition_is_no_claim` (session 9): a relative's stranded preposition
def test_a_relative_with_a_stranded_preposition_is_no_claim() -> None:
    text = "The power outages and food shortages that Pakistanis complained about remain."
    assert extract_claims(text) == [], described(text)
    assert only("Pakistanis complained about the power outages.").cue == "complain"


# Rule `finding_someone_doing_is_an_act` (junk_readings.txt indefinite_people)
def test_finding_someone_doing_is_a_discovery() -> None:
    text = "When he found someone sexually abusing his son, he beat the assailant."
    assert extract_claims(text) == [], described(text)
    assert only("The survey found Clinton leading by seven points.").cue == "find"


# Rule `supposed_group_stance_is_the_writers` (session 9): people in general
def test_people_in_general_believing_is_the_writers() -> None:
    text = "Many people now believe that holding animals captive is distasteful."
    assert extract_claims(text) == [], described(text)
    assert only("Many Republicans believe the election was stolen.").cue == "believe"


# grammar.py rule `hearers_before_a_pronoun_subject`: "whether" ends the hearer and opens the content
def test_a_question_put_to_a_hearer_keeps_whether() -> None:
    claim = only("The dispatcher asked the father whether he used weapons.")
    assert claim.content == "whether he used weapons"
    assert only("Casey Anthony told a psychiatrist and a psychologist she believed she was drugged.").content \
        == "she believed she was drugged"


def test_a_relative_before_an_infinitive_stays() -> None:
    text = "By now it should be obvious that voters want to know what is in the returns."
    assert "want" in cues(text), described(text)


def test_a_relative_before_a_gerund_stays() -> None:
    text = "It is that war that many analysts blame for rocking the despotic equilibrium of the Middle East."
    assert "blame" in cues(text), described(text)


# Rule `stance_on_a_bare_noun_phrase_is_no_claim` (session 9): "the renewed effort" is a noun phrase,
# and the "for" of an effort is its aim, no reason
def test_a_stance_on_an_effort_for_something_is_no_claim() -> None:
    text = "In the Palestinian territory of Gaza, however, Hamas dismissed the renewed effort for peace talks."
    assert extract_claims(text) == [], described(text)
    assert only("The senator slammed the effort for its cost.").cue == "slam"


def test_a_topic_not_spoken_about_stays_a_negated_claim() -> None:
    claim = only("Yet in the six months since, Shinseki has not publicly spoken about the issue.")
    assert claim.cue == "speak about" and claim.negated


# speakers.py rule `former_title_stays_former` (QA round 28's 941, session 9): the role keeps "Former"
def test_a_former_title_is_shown_as_former() -> None:
    claim = only("Former Israeli Prime Minister Ehud Olmert said the plan would work.")
    assert (claim.speaker, claim.role) == ("Ehud Olmert", "Former Israeli Prime Minister")
    claim = only("Israeli Prime Minister Ehud Olmert said the plan would work.")
    assert (claim.speaker, claim.role) == ("Ehud Olmert", "Israeli Prime Minister")


# extract.py rule `description_never_named_is_unnamed` (QA round 29's 196, round 30's 490)
def test_a_description_the_article_never_names_is_an_unnamed_source() -> None:
    text = ("A father in Daytona Beach called 911 after the attack. Police did not release the father's name.\n\n"
            "The father says the look on the boy's face made him think something was wrong.\n\n"
            "The document says the suspect told police, \"I'm guilty.\"")
    kinds = [(c.speaker, c.speaker_kind) for c in extract_claims(text)]
    assert ("The father", "unnamed") in kinds and ("The document", "unnamed") in kinds, kinds


def test_a_description_the_article_names_stays_unresolved() -> None:
    text = ("The judge said the singer must report to prison on July 8.\n\n"
            "Magistrate Judge Madeline Cox Arleo also ordered her to pay a fine.")
    claim = extract_claims(text)[0]
    # not an unnamed source; since session 21 the one judge the next sentence names (rule
    # `title_description_named_later`, tests/test_resolve_s21.py)
    assert (claim.speaker, claim.speaker_kind) == ("Madeline Cox Arleo", "person")
    two = text + "\n\nJudge Tom Smith disagreed."
    first = extract_claims(two)[0]
    assert (first.speaker, first.speaker_kind) == ("The judge", "unresolved")
