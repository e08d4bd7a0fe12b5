"""Issue 9, recall round 2 (session 10): cues the tagger found but no rule's
grammar fitted, each rule with a sentence of its kind and a near variant that
must stay as it was. Sentences are invented or shortened."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described, only

# --- rule `share_of_a_group` (with `one_of_a_group`) ------------------------------------------


def test_a_share_of_people_polled_is_a_source() -> None:
    claim = only("Only a quarter of Americans agree that the economy is improving.")
    # the share with its lead word, as written (polls-s25 rule `share_lead_is_part_of_the_share`)
    assert (claim.speaker, claim.cue, claim.content) == ("Only a quarter of Americans", "agree",
                                                         "the economy is improving")
    claim = only("But two out of three Americans still feel the country is on the wrong path.")
    assert (claim.speaker, claim.content) == ("two out of three Americans", "the country is on the wrong path")
    claim = only("A majority of voters expect Clinton to win the debate.")
    assert (claim.speaker, claim.content) == ("A majority of voters", "Clinton to win the debate")
    # a bare share counts the poll's people
    claim = only("Twelve percent indicated that they were not sure.")
    assert (claim.speaker, claim.content) == ("Twelve percent", "they were not sure")


def test_a_share_of_a_thing_or_a_clause_ending_in_a_share_stays_no_source() -> None:
    assert described("A quarter of the money supports the schools.") == []
    claim = only("The unemployment rate has fallen below 5 percent, the president said.")
    assert claim.speaker == "the president"


# --- rule `parallel_attributions_split_at_each_source` ----------------------------------------


def test_parallel_attributions_split_at_each_source() -> None:
    assert described("Voters split: most voters think the economy is key, many experts think it is crime.") == [
        ("most voters", "think", "the economy is key"), ("many experts", "think", "it is crime")]
    assert described("37 percent of respondents think corruption is the biggest challenge, 23 percent think "
                     "its rising inequality.")[-1] == ("23 percent", "think", "its rising inequality")


def test_a_source_said_twice_and_a_parenthetical_stay_one_claim() -> None:
    claim = only("The official said that the group may opt for a quick program, the official said.")
    assert claim.content == "the group may opt for a quick program"
    assert described("The plan, Smith said, will fail, and Jones said it would work.") == [
        ("Smith", "say", "The plan will fail"), ("Jones", "say", "it would work")]


# --- rule `with_absolute_names_the_speaker`, no comma before the participle -------------------


def test_with_a_subject_right_before_its_participle_names_the_speaker() -> None:
    claim = only("Democrats went further, with former Maryland Gov. Martin O'Malley calling Trump a fascist.")
    assert (claim.speaker, claim.cue, claim.content) == ("Martin O'Malley", "call", "Trump a fascist")
    claim = only("Many voters shrugged off the pick, with three in 10 saying it would have no effect on their vote.")
    assert (claim.speaker, claim.content) == ("three in 10", "it would have no effect on their vote")


def test_with_after_a_verb_or_before_a_plain_participle_stays_no_claim() -> None:
    # "ended with Maddow asking": the object of "ended with", no absolute
    assert described("The conversation ended with Maddow asking Clinton whether she would run.") == []
    assert described("The market fell, with oil prices rising again.") == []


# --- rule `absolute_content_ends_at_the_next_clause` -------------------------------------------


def test_an_absolute_claim_ends_before_the_next_absolute_or_clause() -> None:
    found = extract_claims("The hospital became a football, with Israel saying Hamas built it and the Indonesian "
                           "government firing back that it built the hospital for Gaza.")
    assert (found[0].speaker, found[0].content) == ("Israel", "Hamas built it")
    # the second absolute is a claim of its own (rule `manner_cue_with_a_that_clause_speaks`)
    assert [(c.speaker, c.content) for c in found[1:]] == [("Indonesian government", "it built the hospital for Gaza")]
    claim = only("While she faced criticism, with Radar Online calling her \"scary skinny,\" she has "
                 "proved that she can take it.")
    assert (claim.speaker, claim.content) == ("Radar Online", "her \"scary skinny,\"")


def test_an_absolute_claim_with_its_own_coordination_stays_whole() -> None:
    claim = only("The strikes went on, with John Brennan, the president's top adviser, saying the strikes are "
                 "lawful and that they saved lives.")
    assert (claim.speaker, claim.content) == ("John Brennan", "the strikes are lawful and that they saved lives")
