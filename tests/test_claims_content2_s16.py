"""Content boundaries from QA round 47's borderline kinds and claims-s16's
gaps (claims2-s16 brief). Each rule has a sentence of the kind it fixes and
a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from tests.claim_helpers import described, only


# Rule `with_absolute_is_the_next_speakers` (grammar.content_last, grammar.with_absolute)
@pytest.mark.parametrize(("text", "first", "second"), [
    ("The administration defended its use of drones in a rare public statement, with John Brennan, "
     "the president's top counterterrorism adviser, saying the strikes are legal.",
     ("The administration", "defend", "its use of drones in a rare public statement"),
     ("John Brennan", "say", "the strikes are legal")),
    ("The attack sparked a debate over how the city responds to violence, with Senator John McCain "
     "telling reporters he viewed the mayor as responsible.",
     ("the city", "respond", "to violence"),
     ("John McCain", "tell", "he viewed the mayor as responsible")),
])
def test_a_with_phrase_before_saying_opens_the_next_speakers_claim(
        text: str, first: tuple[str, str, str], second: tuple[str, str, str]) -> None:
    claims = described(text)
    assert second in claims
    assert all("with" not in content.split() for _, _, content in claims)


@pytest.mark.parametrize(("text", "content"), [
    # a share of those polled, and a belief: the clause's detail, as before
    ("The poll found support for the deal fell, with three in 10 saying they backed it.",
     "support for the deal fell, with three in 10 saying they backed it"),
    ("Researchers said the baby was given high doses of drugs, with doctors hoping that would control the virus.",
     "the baby was given high doses of drugs, with doctors hoping that would control the virus"),
])
def test_other_with_phrases_stay_in_the_content(text: str, content: str) -> None:
    assert only(text).content == content


def test_a_participle_with_no_with_phrase_stays_the_subjects() -> None:
    claim = only("Obama met with Netanyahu on Monday, saying the talks were useful.")
    assert (claim.speaker, claim.content) == ("Obama", "the talks were useful")


# Rule `outer_reporter_after_according_to` (rules.according_to)
@pytest.mark.parametrize("text", [
    "Most Israelis support a two-state solution, according to a poll by the Dialog Institute, Haaretz reported.",
    "Most Israelis support a two-state solution, according to a poll by the Dialog Institute, the newspaper said.",
])
def test_an_outer_reporter_after_according_to_is_no_content(text: str) -> None:
    claim = only(text)
    # the poll's body is its speaker (kinds2-s17 rule document_from_a_named_body_is_the_body)
    assert (claim.speaker, claim.content) == ("Dialog Institute", "Most Israelis support a two-state solution")


def test_a_clause_after_according_to_stays_as_it_was() -> None:
    claim = only("Most Israelis support a two-state solution, according to a poll, and Palestinians disagree.")
    assert claim.content == "Most Israelis support a two-state solution and Palestinians disagree"


# Rule `modified_speech_event_is_a_circumstance` (grammar.skip_adjuncts)
@pytest.mark.parametrize("text", [
    "Smith told CNN in a recent interview he would run.",
    "Smith told CNN in a telephone interview he would run.",
    "Smith told CNN in an exclusive interview he would run.",
    "Smith told CNN in a brief written statement he would run.",
    "Smith said in a recent interview he would run.",
])
def test_a_modified_speech_event_is_no_content(text: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content) == ("Smith", "he would run")


@pytest.mark.parametrize(("text", "content"), [
    ("Smith told people in a recent survey he would run.", "people in a recent survey he would run"),  # no such noun
    ("Smith told Fox News in Iowa he would run.", "Fox News in Iowa he would run"),
])
def test_other_phrases_after_told_stay_as_they_were(text: str, content: str) -> None:
    assert only(text).content == content


# Rule `plural_hearer_after_a_final_told` (rules._hearer_ends_the_sentence)
@pytest.mark.parametrize(("text", "content"), [
    ("It's a fine plan, Nixon told editors.", "It's a fine plan"),
    ("The plan is a fine one, Nixon told the editors.", "The plan is a fine one"),
])
def test_a_plural_hearer_after_a_final_told_is_no_content(text: str, content: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.content) == ("Nixon", content)


def test_a_singular_object_of_told_stays_as_it_was() -> None:
    assert only("It was a hard year, Nixon told a joke.").content == "a joke"


def test_a_plural_after_another_hearer_cue_is_no_hearer() -> None:
    text = ("From the moment the surgery is scheduled until your recovery is complete, "
            "you should feel comfortable to ask any question that arises.")
    assert described(text) == []


# Rule `apposition_after_a_whole_clause_holds_commas` (grammar._comma_apposition)
def test_the_writers_summing_up_after_a_clause_is_no_content_even_with_commas() -> None:
    text = ("The general said the regime is transferring chemical weapons to Iraq and Lebanon, an allegation "
            "that the commander of the Free Syrian Army, Gen. Salim Idriss, also made to Amanpour.")
    assert only(text).content == "the regime is transferring chemical weapons to Iraq and Lebanon"


def test_a_summing_up_after_a_bare_subject_stays_an_aside() -> None:
    text = "He said the plan, a claim that critics, including Smith, dispute, would cut costs."
    assert only(text).content == "the plan, a claim that critics, including Smith, dispute, would cut costs"


# Rule `prepositional_relative_after_the_source` (rules._source_relative)
@pytest.mark.parametrize(("text", "content"), [
    ("Philadelphia filed nearly 7,000 petitions in one year alone, according to the class action lawsuit, "
     "in which the Sourvelises are plaintiffs, along with other Philadelphia citizens.",
     "Philadelphia filed nearly 7,000 petitions in one year alone"),
    ("According to the lawsuit, in which the Sourvelises are plaintiffs, the city filed 7,000 petitions.",
     "the city filed 7,000 petitions"),
])
def test_a_prepositional_relative_after_the_source_is_the_sources(text: str, content: str) -> None:
    assert only(text).content == content


def test_a_phrase_after_the_source_with_no_relative_stays_as_it_was() -> None:
    text = "Philadelphia filed nearly 7,000 petitions, according to the lawsuit, in the last year alone."
    assert only(text).content == "Philadelphia filed nearly 7,000 petitions in the last year alone"


# Rule `source_relative_after_a_fronted_adjunct` (rules.inverted_attribution)
@pytest.mark.parametrize(("text", "content"), [
    ("In the new Iraq, said Monam, who runs the station, there are red lines.", "In the new Iraq there are red lines"),
    ("Currently, said Dr. Mustafa Al-Kahlot, who directs the hospital, there are 70 children in the ward.",
     "Currently there are 70 children in the ward"),
])
def test_the_claim_goes_on_after_the_sources_relative(text: str, content: str) -> None:
    assert only(text).content == content


def test_a_fronted_phrase_alone_before_a_described_source_is_no_claim() -> None:
    assert described("In the new Iraq, said Monam, who runs the station.") == []


def test_a_clause_before_a_described_source_stays_as_it_was() -> None:
    claim = only("The new Iraq is free, said Monam, who runs the station.")
    assert (claim.speaker, claim.content) == ("Monam", "The new Iraq is free")


# Rule `thing_pronoun_is_no_participle` (grammar.left_is_content, claim_grammar.txt thing_pronouns)
@pytest.mark.parametrize(("text", "content"), [
    ("Everything North Koreans do online is tied to their identity, Lee said, so the government can monitor users.",
     "Everything North Koreans do online is tied to their identity so the government can monitor users"),
    ("Something must be done, Lee said, so the party will act.", "Something must be done so the party will act"),
])
def test_a_clause_opening_with_a_thing_pronoun_is_content(text: str, content: str) -> None:
    assert only(text).content == content


def test_a_fronted_participle_stays_no_content() -> None:
    claim = only("Speaking in Brussels on Tuesday, Stoltenberg said the alliance would act.")
    assert claim.content == "the alliance would act"


# Rule `ambiguous_cue_needs_its_source_to_end_content` (grammar.content_last)
def test_a_noun_that_can_be_a_cue_does_not_cut_a_coordination() -> None:
    text = ("Daalder also said that NATO has provided assistance to the Syrian opposition, "
            "including political and diplomatic support.")
    assert only(text).content.endswith("including political and diplomatic support")


def test_a_joined_clause_with_a_source_still_ends_the_content() -> None:
    assert only("Daalder said the plan was flawed and the senators support it.").content == "the plan was flawed"


# Rule `document_before_a_participle_is_no_poster` (rules._document_before_its_participle)
@pytest.mark.parametrize("text", [
    "A statement posted on the group's website said the attack was a success.",
    "The statement posted on Monday said the attack was a success.",
])
def test_a_document_before_its_participle_is_no_poster(text: str) -> None:
    assert described(text) == [(text.split(" posted")[0], "say", "the attack was a success")]


@pytest.mark.parametrize(("text", "cue"), [
    ("The group posted on its website that the attack was a success.", "post"),  # no document
    ("The report warned of dangers to the economy.", "warn"),  # no later cue: active
])
def test_other_past_forms_after_a_subject_stay_cues(text: str, cue: str) -> None:
    assert only(text).cue == cue
