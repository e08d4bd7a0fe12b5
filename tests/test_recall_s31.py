"""Claims whose cue word the lexicon holds but whose frame the tagger used
to miss (issue 9's detection target), each with a near variant of the same
shape that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- rule `quoted_title_after_its_owner` (part of `quoted_title_ends_an_aside`) ---------------


def test_quoted_title_after_a_possessive_owner_keeps_the_subject() -> None:
    text = (
        "Joe Scarborough, host of MSNBC's \u201cMorning Joe,\u201d suggested Donald Trump's refusal to "
        "disavow the Ku Klux Klan could disqualify him from the presidential race."
    )
    claim = only(text)
    assert claim.speaker == "Joe Scarborough"
    assert claim.cue == "suggest"
    assert claim.content.startswith("Donald Trump's refusal to disavow")


def test_quoted_title_after_a_fronted_as_keeps_the_subject() -> None:
    text = (
        "As Shaunie O'Neal, the executive producer and star of VH1's \"Basketball Wives,\" wrote in a "
        'commentary in July, "I\'m not a big supporter of the bickering."'
    )
    claim = only(text)
    assert claim.speaker == "Shaunie O'Neal"
    assert claim.content == '"I\'m not a big supporter of the bickering."'


# --- rule `as_reported_by` ---------------------------------------------------------------------


def test_fronted_as_reported_by_names_the_source() -> None:
    claim = only("As reported by Reuters, the inspector general issued subpoenas to the foundation.")
    assert claim.rule == "as_reported_by"
    assert claim.speaker == "Reuters"
    assert claim.content == "the inspector general issued subpoenas to the foundation"


def test_closing_as_first_reported_by_names_the_source() -> None:
    claim = only(
        "The inspector general did not issue subpoenas to the foundation, as first reported by "
        "the New York Times on Tuesday."
    )
    assert claim.rule == "as_reported_by"
    assert claim.speaker is not None and "New York Times" in claim.speaker
    assert claim.content == "The inspector general did not issue subpoenas to the foundation"


def test_as_required_by_or_as_reported_inside_a_clause_is_no_claim() -> None:
    assert extract_claims("The fee is waived, as required by law.") == []
    assert extract_claims("He left the office as reported by Reuters.") == []
    # the aside inside the subject: the walk cannot tell which clause it vouches for
    assert all(c.rule != "as_reported_by" for c in extract_claims(
        "The company, as reported by Reuters, will cut 500 jobs."))


# --- rule `visitor_of_a_medium_speaks_the_purpose` ---------------------------------------------


def test_visit_to_a_medium_gives_its_purpose_to_the_visitor() -> None:
    claim = only("Trump took to Twitter to say Clinton's campaign was duped.")
    assert claim.speaker == "Trump"
    assert claim.cue == "say"
    assert claim.content == "Clinton's campaign was duped"
    aired = only("The senator went on Fox News on Sunday to say that the deal was a disaster.")
    assert aired.speaker == "The senator"
    assert aired.content == "the deal was a disaster"


def test_visit_still_to_come_or_went_on_to_say_is_no_visit() -> None:
    assert extract_claims("Trump will take to Twitter to say Clinton's campaign was duped.") == []
    went_on = only("He went on to say that some Democrats would vote against it.")
    assert went_on.cue_text == "went on to say"  # the cue of its own, not a visit with no medium


# --- rule `name_given_before_the_agent` ---------------------------------------------------------


def test_name_given_before_the_agent_is_the_agents_claim() -> None:
    claim = only("Mehmet Oz has been called a charlatan by fellow physicians for promoting quack cures.")
    assert claim.rule == "passive_attribution"
    assert claim.speaker == "fellow physicians"
    assert claim.content == "Mehmet Oz a charlatan"  # the reason after the agent is no part of the name
    professor = only(
        'This feature of the movement has been called "strategic ambiguity" by Joshua Hendrick, a '
        "professor at Loyola University Maryland, and it makes it impossible to trace the source."
    )
    assert professor.speaker == "Joshua Hendrick"
    assert professor.content == 'This feature of the movement "strategic ambiguity"'


def test_no_name_or_no_one_before_the_agent_is_no_claim() -> None:
    assert extract_claims("She was called to the stand by the prosecution.") == []
    assert extract_claims("The plan was never called a success by anyone.") == []
