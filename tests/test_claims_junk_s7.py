"""Junk claims found by QA round 26 (held-out CNN articles and web pages):
sums pledged, warnings of a topic, searches, a news outlet's note on its own
reporting, naming usage, page labels, "according to their perceptions", a
time phrase as speaker and a source read as content. Each rule added to
summarizer.claims.junk (JUNK_RULES, junk_readings.txt, act_readings.txt) has
a sentence of the kind it drops and a near variant that must stay a claim."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import cues, described, only


# Rule `pledging_an_amount_is_an_act`
@pytest.mark.parametrize("text", [
    "Criticism has been leveled at China for its handling of its relief contribution, initially pledging "
    "$100,000 in humanitarian support.",
    "The UAE pledged $3 billion shortly after the ouster of Hosni Mubarak in 2011.",
    "The donation, which does not meet even that of the furniture store, which has pledged $2.7 million "
    "through its charitable foundations, has dented its global image.",
])
def test_a_sum_pledged_is_an_act(text: str) -> None:
    assert "pledge" not in cues(text), described(text)


@pytest.mark.parametrize("text", [
    "The governor pledged that the fund would reach $1 billion by 2020.",
    "Clinton pledged to push for a constitutional amendment.",
])
def test_a_pledge_of_a_clause_stays_a_claim(text: str) -> None:
    assert "pledge" in cues(text), described(text)


# Rule `warning_of_a_thing_is_no_claim`
def test_a_warning_of_a_topic_before_its_claim_is_no_claim() -> None:
    text = ('The study warns of rising temperatures and sea levels, noting "maple syrup producers in Vermont '
            'are all observing climate-related changes."')
    assert [c.cue for c in extract_claims(text)] == ["note"], described(text)


@pytest.mark.parametrize("text", [
    "The study warns that temperatures and sea levels will rise.",
    'The minister warned of "a catastrophe for our farmers" if the deal fails.',
    "Doctors and medical experts warned of the risk of an outbreak on the U.S. mainland.",
])
def test_a_warning_with_a_clause_or_a_quotation_stays(text: str) -> None:
    assert "warn" in cues(text), described(text)


# Rule `trying_to_find_a_thing_is_an_act`
@pytest.mark.parametrize("text", [
    "Chances are, you haven't noticed it in your frenzy to find the perfect potato peeler.",
    "Meanwhile, the victims of Haiyan are happy to find help where they can.",
])
def test_trying_to_find_a_thing_is_an_act(text: str) -> None:
    assert "find" not in cues(text), described(text)


def test_a_finding_stays_a_claim() -> None:
    assert only("The study found that most families had left the city.").cue == "find"


# Rule `outlet_unable_to_confirm_is_the_writers`
@pytest.mark.parametrize("text", [
    "CNN is unable to confirm casualty reports as the government has severely restricted access.",
    "Reuters could not independently verify the video.",
])
def test_a_news_outlet_that_cannot_confirm_is_the_writers_note(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_others_unable_to_confirm_stay_negated_claims() -> None:
    claim = only("Police were unable to confirm details of the attack.")
    assert claim.cue == "confirm" and claim.negated


# Rule `naming_usage_is_no_claim`
NAMING_TEXT = ("The group calls itself the Islamic State. Others call it ISIS. "
               "CNN has been referring to the organization as ISIS, shorthand for the Islamic State in Iraq "
               "and Syria. The jihadists like to refer to themselves simply as the Islamic State, a term "
               "reflecting their aims. President Obama and some news organizations refer to the group by the "
               "acronym ISIS, which is shorter. They prefer to be known as the Islamic State.")


def test_which_name_someone_uses_is_no_claim() -> None:
    assert not any(c.cue in ("refer to", "prefer") for c in extract_claims(NAMING_TEXT)), described(NAMING_TEXT)


@pytest.mark.parametrize("text", [
    "Admiral Harris refers to those islands as Chinese bases.",
    "My father referred to Martin Luther King as Martin Luther Coon.",
    "The senator referred to the report in her speech.",
])
def test_a_description_or_a_coined_label_stays_a_claim(text: str) -> None:
    assert "refer to" in cues(text), described(text)


# Rule `page_element_is_no_source`
def test_a_link_label_is_no_claim() -> None:
    text = 'Go to the site and the link is right there at the top. That link reads "Sell."'
    assert extract_claims(text) == [], described(text)


def test_a_person_named_link_stays_a_speaker() -> None:
    text = 'Clevelanders get nervous, said Christine Link, executive director of the group.'
    assert only(text).speaker == "Christine Link"


# Rule `according_to_ones_view_of_is_accordance`
@pytest.mark.parametrize("text", [
    "Sellers can move their inventory from one hub to another according to their perceptions of where "
    "demand is greatest.",
    "Voters simply pull the lever according to their instinctive preference.",
])
def test_according_to_ones_view_is_no_source(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize("text", [
    "The group is considering focusing on Senate races, according to people familiar with the network's plans.",
    "The company lost money last year, according to its annual report.",
])
def test_according_to_a_source_stays(text: str) -> None:
    assert only(text).cue == "according to"


# Rule `time_phrase_is_no_source`
def test_a_time_phrase_is_no_speaker() -> None:
    text = "Abu Ayyub al-Masri, his successor, several months later announced the creation of the group."
    assert not any(c.speaker == "several months" for c in extract_claims(text)), described(text)


def test_a_source_after_a_time_phrase_stays() -> None:
    text = 'Hours later, Trump returned the compliment, telling Reuters, "He is an amazing man."'
    assert any("amazing man" in c.content for c in extract_claims(text)), described(text)


# Rule `inverted_source_is_no_content`
def test_a_source_after_said_is_no_content() -> None:
    text = ("The training, in Jordan and Turkey, covers the monitoring and securing of stockpiles of weapons, "
            "said the officials, who spoke on condition of anonymity.")
    assert not any(c.content.startswith("the officials") for c in extract_claims(text)), described(text)


@pytest.mark.parametrize("text", [
    "Joe Amendola, Sandusky's attorney, said the former assistant coach and his family are happy.",
    "Luis Osuna, the president of the association, said the group is not an advocacy group.",
])
def test_a_clause_after_said_stays_a_claim(text: str) -> None:
    assert only(text).cue == "say"


# Rule `cue_noun_after_an_adjective_is_no_cue`
@pytest.mark.parametrize("text", [
    "Shipping lets the company take the temperature of truly global demand before committing to inventory.",
    "Instead of sending individual orders all over the world, the company ships in bulk.",
    "One of the central claims of the speech does not stand up to scrutiny.",
])
def test_a_cue_noun_after_an_adjective_is_no_cue(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Local officials demand that the plant be closed.", "demand"),
    ("The senior official orders his staff to stay.", "order"),
    ('Reagan was known for his hatred of the Soviet "Evil Empire," voiced in his famous demand in Berlin in '
     '1987: "Mr. Gorbachev, tear down this wall!"', "demand"),
])
def test_a_cue_verb_after_a_source_stays(text: str, cue: str) -> None:
    assert cue in cues(text), described(text)


# act_readings.txt declare: victory, show: decapitation ...
@pytest.mark.parametrize("text", [
    "She declared victory on Wednesday, though the election is not final.",
    "Her son appeared last week in an ISIS video showing the decapitation of an American journalist.",
])
def test_a_victory_declared_and_a_killing_shown_are_acts(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize("text", [
    "She declared that the election was over.",
    "The video shows that the officer fired first.",
])
def test_a_declaration_or_a_showing_of_a_clause_stays(text: str) -> None:
    assert len(extract_claims(text)) == 1, described(text)
