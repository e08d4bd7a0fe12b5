"""Speaker and content faults of the kinds readers met in news: a count or
a verse number shown as who spoke, a relative clause's claim running into
the main clause, a question named before its asker taken for a speaker,
and a "she" given to a surname the text had called "he". Each rule has a
sentence of the kind it fixes and a near variant that must stay as it was;
the sentences are invented."""

from __future__ import annotations

from tests.claim_helpers import described, speakers, speakers_and_kinds


# Rule `counted_participle_is_an_adjective` (cues._counted_participle)
def test_a_participle_between_a_count_and_its_noun_is_no_cue() -> None:
    assert described("Clinton came into Tuesday with a lead of more than 300 pledged delegates.") == []
    assert described("In Ohio, 60 pledged delegates and seven superdelegates were at stake.") == []


def test_a_past_cue_with_no_count_before_it_keeps_its_claim() -> None:
    assert described("The U.S. pledged troops to the mission.") == [("U.S.", "pledge", "troops to the mission")]


# Rule `bare_number_is_shown_as_none` (extract._bare_number)
def test_a_number_alone_or_in_a_reference_is_no_speaker() -> None:
    assert speakers_and_kinds("Of the black voters polled, 43 said the same for Sanders.") == [(None, "unresolved")]
    assert speakers_and_kinds('Isaiah 45:1 reads: "This is what the Lord says to his anointed."') \
        == [(None, "unresolved")]


def test_a_number_with_its_noun_still_speaks() -> None:
    assert speakers("Of the black voters polled, 43 percent said the same for Sanders.") == ["43 percent"]


# Rule `intransitive_past_resumes_the_main_clause` (grammar.relative_clause_end)
def test_a_relative_aside_claim_ends_at_its_comma_before_died() -> None:
    assert described("The victim, who police said was unarmed, died at the scene.") \
        == [("police", "say", "The victim was unarmed")]


def test_a_relative_aside_with_no_verb_after_its_comma_runs_on() -> None:
    # "on Monday" after the comma is no main verb: the content is as it was
    assert described("Smith, who police say fled, on Monday was seen in Ohio.")[0][2] == "fled"


# Rule `act_noun_heading_a_contact_clause_is_no_claim` (junk.act_noun_before_its_contact_clause)
def test_a_question_named_before_its_askers_is_no_claim() -> None:
    assert described("This is the billion-dollar question leaders should be asking because Japan invests.") == []
    assert described("The pictures activists posted on social media pages show the camp.") == []


def test_askers_with_no_question_before_them_keep_their_claim() -> None:
    assert described("Leaders should be asking whether Japan will invest.") \
        == [("Leaders", "ask", "whether Japan will invest")]
    # a capitalised name that holds a listed word is no contact clause
    assert speakers("The Crime Statistics Bureau cited in the tweet does not exist.") == ["Crime Statistics Bureau"]


# Rule `lone_surname_takes_its_own_pronouns_gender` (speakers.SpeakerIndex._gender_by_the_short_names_pronoun)
def test_a_surname_that_said_he_is_not_the_next_she() -> None:
    text = "The court heard from Smith on Monday. Smith said he would win. She said it was fair."
    assert speakers_and_kinds(text) == [("Smith", "person"), ("She", "unresolved")]


def test_a_surname_that_said_he_is_still_the_next_he() -> None:
    text = "The court heard from Smith on Monday. Smith said he would win. He said it was fair."
    assert speakers(text) == ["Smith", "Smith"]


def test_the_surnames_pronoun_gives_a_relative_in_apposition_no_gender() -> None:
    text = ("The court heard from Ahmadi on Monday. Ahmadi said he would appeal the verdict. "
            "His wife, Zarmina Ahmadi, wept in court. She said the judge had been bribed.")
    assert speakers(text) == ["Ahmadi", "Zarmina Ahmadi"]


def test_a_capitalised_opener_takes_no_gender_from_the_next_pronoun() -> None:
    # "Cheers" is never written inside a sentence: no name, so the pronoun rules are as they were
    assert speakers_and_kinds("Cheers erupted. She said it was fair.") == [("She", "unresolved")]
