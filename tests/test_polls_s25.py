"""Poll stories whose second share of people, and what it said, ran into the
first share's claim or speaker (polls-s25; PolNeAR train: "46 percent of
voters said yes, compared with 23 percent who said using a private server
was improper" gave the 46 percent the other group's answer; "..., and more
than 4 in 10 said Trump would be best" gave the share "4 in 10"). Each rule
with sentences of its kind and near variants that must stay as they were.
The sentences are invented in the manner of poll stories."""

from __future__ import annotations

import pytest

from tests.claim_helpers import described, speakers_and_kinds

LEAD = "A poll of the city's voters came out on Tuesday.\n\n"


def _claims(sentence: str) -> list[tuple[str | None, str, str]]:
    return described(LEAD + sentence)


# --- Rule `compared_share_who_speaks_is_no_content` (grammar.py compared_share) -----------------


@pytest.mark.parametrize(("sentence", "expected"), [
    # gave the 52 percent the 31 percent's answer
    ("Asked about the plan, 52 percent of voters said yes, compared with 31 percent who said it went"
     " too far.", [("52 percent of voters", "say", "yes"), ("31 percent", "say", "it went too far")]),
    ("Among Democrats, 64 percent said the party was united, versus 40 percent who said it was divided.",
     [("64 percent", "say", "the party was united"), ("40 percent", "say", "it was divided")]),
    ("Voters see the mayor as better prepared, with 55 percent saying she is ready, compared with the"
     " 28 percent who say the same about her rival.",
     # the voters' view ends at its comma (cues.txt +as "see"), the shares keep their own claims
     [("Voters", "see", "the mayor as better prepared"), ("55 percent", "say", "she is ready"),
      ("the 28 percent", "say", "the same about her rival")]),
    # the first share's own verb ("wanted") is no report of a share; rule
    # `count_out_of_a_count_before_who` keeps "four in 10", not "10"
    ("Almost half said they wanted an outsider, compared with four in 10 who said they preferred a"
     " veteran of the council.",
     [("Almost half", "say", "they wanted an outsider"),
      ("four in 10", "say", "they preferred a veteran of the council")]),
])
def test_rule_compared_share_who_speaks_is_no_content(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the content reports both shares: the comparison is part of what the survey found
    ("The survey found 52 percent said yes, compared with 31 percent who said it went too far.",
     [("The survey", "find", "52 percent said yes, compared with 31 percent who said it went too far")]),
    # no share after the comparing words: as it was
    ("Most voters said yes, compared with the mayor who said no.",
     [("Most voters", "say", "yes, compared with the mayor who said no")]),
])
def test_rule_compared_share_who_speaks_is_no_content_near_variants_stay(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(sentence) == expected


# Rule `count_out_of_a_count_before_who` (speakers.py) is in the "four in 10" case above.


def test_compared_share_is_the_share_nearest_its_who() -> None:
    # a share far back ("47 percent of Cuban Americans saying ...") is no share running on to "who"
    sentence = ("The race could shift, with 47 percent of voters saying they will certainly back the mayor over"
                " Smith, who garnered certain support from only 15 percent and another 12 percent who say they"
                " might vote for him.")
    assert ("another 12 percent", "say", "they might vote for him") in _claims(sentence)


# --- Rule `share_lead_is_part_of_the_share` (grammar.py np_left, speakers.py) -------------------


@pytest.mark.parametrize(("sentence", "expected"), [
    # gave "4 in 10", and no claim of the first share
    ("About a third of voters said the economy was the top issue, and more than 4 in 10 said the mayor"
     " would handle it best.",
     [("About a third of voters", "say", "the economy was the top issue"),
      ("more than 4 in 10", "say", "the mayor would handle it best")]),
    # gave "a third of voters", "half", "a quarter"
    ("Fewer than a third of voters said the city was safer.",
     [("Fewer than a third of voters", "say", "the city was safer")]),
    ("A little more than half said they trusted the council.",
     [("A little more than half", "say", "they trusted the council")]),
    ("Among likely voters, just over a quarter, 26 percent, say they will vote for someone else.",
     [("just over a quarter", "say", "they will vote for someone else")]),
    # gave "6 in 10 Democratic voters"; opening a sentence, "More" lost the speaker
    ("More than 6 in 10 Democratic voters said the party should move left.",
     [("More than 6 in 10 Democratic voters", "say", "the party should move left")]),
    # "Over", "About" opening a sentence are a share's lead, no circumstance
    ("Over half said the country was on the wrong track.",
     [("Over half", "say", "the country was on the wrong track")]),
])
def test_rule_share_lead_is_part_of_the_share(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(sentence) == expected


def test_led_share_is_an_unnamed_source() -> None:
    # "Just" opening a sentence is no person's name
    assert speakers_and_kinds(LEAD + "Just over a quarter, 26 percent, say they will vote for someone else.") == [
        ("Just over a quarter", "unnamed")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a share of a thing is no source
    ("About a third of the budget went to schools, officials said.",
     [("officials", "say", "About a third of the budget went to schools")]),
    # a preposition that is no share's lead still opens a circumstance
    ("In half of the states officials said the rules were unclear.",
     [(None, "say", "the rules were unclear")]),
    # "than" with no share lead before it ends the phrase as before
    ("Rather than a third of the members, the whole board said it would vote.",
     [("the whole board", "say", "it would vote")]),
])
def test_rule_share_lead_is_part_of_the_share_near_variants_stay(
        sentence: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert _claims(sentence) == expected


# --- Rule `compared_share_is_no_part_of_a_shares_claim` (grammar.py content_last) ---------------


@pytest.mark.parametrize(("sentence", "expected"), [
    # gave the 29 percent the other mothers' answer
    ("Among the mothers polled, 29 percent said they went back to work by choice, versus 71 percent who"
     " needed the money.", [("29 percent", "say", "they went back to work by choice")]),
    ("Among Democrats, 26 percent say they have not been paying much attention, compared with 11 percent of"
     " Republican voters.", [("26 percent", "say", "they have not been paying much attention")]),
    # the same share a while ago is the poll's figure, not the voters' words
    ("Forty-five percent of voters said they approve of the mayor, up from 40 percent in April.",
     [("Forty-five percent of voters", "say", "they approve of the mayor")]),
])
def test_rule_compared_share_is_no_part_of_a_shares_claim(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the speaker is no share: the comparison is part of what the poll found, or of the mayor's figures
    ("Another poll found 53 percent of voters disapprove of the plan, compared with 42 percent who approve.",
     [("Another poll", "find", "53 percent of voters disapprove of the plan, compared with 42 percent who approve")]),
    ("The mayor told reporters that 45 percent of voters approve, compared with 40 percent in April.",
     [("The mayor", "tell", "45 percent of voters approve, compared with 40 percent in April")]),
    # no share after the comparing words
    ("Forty-five percent of voters said they approve of the mayor, compared with his rival.",
     [("Forty-five percent of voters", "say", "they approve of the mayor, compared with his rival")]),
])
def test_rule_compared_share_is_no_part_of_a_shares_claim_near_variants_stay(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(sentence) == expected


# --- Rule `poll_participle_modifies_its_voters` (grammar.py trim_source) --------------------------


@pytest.mark.parametrize(("sentence", "speaker"), [
    # gave "Seventy-four percent of Democratic"
    ("Seventy-four percent of Democratic registered voters say they back the plan.",
     "Seventy-four percent of Democratic registered voters"),
    ("Nine in 10 Republican registered voters say they will vote.", "Nine in 10 Republican registered voters"),
    ("Sixty percent of registered Latino voters said they backed the plan.",
     "Sixty percent of registered Latino voters"),
])
def test_rule_poll_participle_modifies_its_voters(sentence: str, speaker: str) -> None:
    assert [s for s, _, _ in _claims(sentence)] == [speaker]


def test_undecided_voter_before_a_name_is_the_name() -> None:
    # "undecided" is no verb: the voter named after it spoke
    sentence = '"I do not know where he stands," said undecided Republican voter Jane Miller of Derry.'
    assert [s for s, _, _ in _claims(sentence)] == ["Jane Miller"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a verb of a clause of its own before the cue's subject is still no part of the source
    ("The group registered voters in the county, officials said.",
     [("officials", "say", "The group registered voters in the county")]),
    # "pledged" with no plural of people after it is a verb, whose subject the participle shares
    ("The summit comes days after the United States pledged to help the rebels, citing evidence that the"
     " regime used chemical weapons.", [("United States", "pledge", "to help the rebels"),
                            ("United States", "cite", "evidence that the regime used chemical weapons")]),
])
def test_rule_poll_participle_modifies_its_voters_near_variants_stay(
        sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(sentence) == expected
