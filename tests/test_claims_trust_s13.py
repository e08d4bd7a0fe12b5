"""Junk and wrong labels from QA round 39 (session 13): acts reported as
claims, topics with no statement, non-speech readings of a cue word; each
rule with an invented sentence of its kind and a near variant that must
stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described, only

# --- act_readings.txt: tweet, post, order (rule `act_object_is_no_claim`) -----------------------


def test_sharing_a_picture_or_ordering_an_inquiry_is_an_act() -> None:
    for text in ("The mayor tweeted a picture of the flooded bridge on Sunday.",
                 "After the storm, the mayor tweeted a photo montage showing her with rescue crews.",
                 "The singer posted a second tweet Friday, a poem written across a photo of a lake.",
                 "The governor ordered an investigation into the crash."):
        assert extract_claims(text) == [], described(text)


def test_a_tweet_or_an_order_that_states_something_stays() -> None:
    claim = only("The mayor tweeted that the bridge was closed.")
    assert (claim.cue, claim.content) == ("tweet", "the bridge was closed")
    assert only('The mayor tweeted: "The bridge is closed."').content == '"The bridge is closed."'
    assert only("The governor ordered that all flags be flown at half-staff.").content == \
        "all flags be flown at half-staff"
    # a quoted message stays, as before
    assert only('The mayor posted a message reading "Thank you all for your help."').cue == "post"


# --- Rule `hinting_at_a_thing_is_no_claim` (junk.py) --------------------------------------------


def test_hinting_at_a_thing_is_no_claim() -> None:
    assert extract_claims("The second-tier club hinted at a new era for the sport after signing a female "
                          "coach.") == []


def test_hinting_that_or_at_a_quoted_thing_or_a_clause_stays() -> None:
    assert only("The coach hinted that he would leave.").content == "he would leave"
    assert only('The coach hinted at "a new beginning for all of us" after the match.').cue == "hint"
    assert only("The coach hinted at the role he sees for himself as the season nears.").cue == "hint"


# --- Rule `noun_and_participle_is_a_compound_adjective` (junk.py) -------------------------------


def test_a_noun_and_threatened_is_a_compound_adjective() -> None:
    assert extract_claims("United suffered a 2-0 loss at relegation threatened Burnley and later "
                          "dropped to fifth.") == []


def test_a_threat_made_stays() -> None:
    # a thing's threat is no speech since the reader round s29 (rule `threat_by_a_thing_is_no_speech`:
    # "The storm threatened the town for days." has no claim); people's threat stays one
    claim = only("The rebels threatened the town for days.")
    assert claim.cue == "threaten"
    claim = only("Officials at the ministry threatened to resign.")
    assert (claim.cue, claim.content) == ("threaten", "to resign")


# --- Rule `cue_noun_before_by_is_no_cue` (junk.py) ----------------------------------------------


def test_tweets_by_someone_is_a_noun() -> None:
    assert extract_claims("Reports of the fight and subsequent tweets by the singer have grabbed "
                          "headlines.") == []


def test_tweeting_something_stays() -> None:
    claim = only("The singer tweets that the show will go on.")
    assert (claim.cue, claim.content) == ("tweet", "the show will go on")


# --- Rule `seeming_state_is_the_writers` (junk.py), "seemed happy to ..." -----------------------


def test_seeming_happy_to_do_something_is_the_writers() -> None:
    assert extract_claims("In the end the visitors seemed happy to take a point.") == []
    assert extract_claims("None of the excuses seems credible to the neighbours.") == []


def test_seeming_happy_to_say_something_stays() -> None:
    assert [c.cue for c in extract_claims("The senator seemed happy to say that the deal was done.")] == ["seem"]


# --- Rule `raised_infinitive_keeps_its_verb` (rules.py) -----------------------------------------


def test_a_raised_infinitive_is_given_as_written() -> None:
    claim = only("The driver is said to have been drunk.")
    assert (claim.speaker, claim.content, claim.hedged) == (None, "The driver is said to have been drunk", True)
    assert only("The guard is believed to be a former soldier.").content == \
        "The guard is believed to be a former soldier"


def test_a_raised_past_and_an_agent_stay() -> None:
    assert only("The driver was said to have smashed the car into a wall.").content == \
        "The driver was said to have smashed the car into a wall"  # as written since session 23
    assert only("It is expected that the Senate will vote on the bill.").content == "the Senate will vote on the bill"


# --- Rule `generic_abbreviation` (names.py; claim_grammar.txt generic_abbreviations: pac) -------


def test_a_super_pac_is_no_body_called_pac() -> None:
    claim = only("A pro-Smith super PAC said the ads would run in Iowa.")
    assert claim.speaker != "PAC"
    assert claim.speaker_span is not None and claim.speaker_span.text == "A pro-Smith super PAC"


def test_a_named_pac_stays_an_organisation() -> None:
    claim = only("Granite Future PAC said the ads would run in Iowa.")
    assert (claim.speaker, claim.speaker_kind) == ("Granite Future PAC", "organisation")
