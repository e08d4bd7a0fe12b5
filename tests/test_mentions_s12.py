"""Session 12: the Mentioned list. Each rule has a case of its kind and a
near variant that stays as it was; sentences are invented after the kinds
read on real pages (corkbeo.ie, a bank's page on Ukraine, theintercept.com)."""

from __future__ import annotations

from summarizer.mentions import find_mentions
from summarizer.model import Mention

SHOW = "Speaking on Morning Ireland, the minister said the plan would work."


def test_rule_place_alone_is_the_place() -> None:
    found = find_mentions([SHOW, "Ireland could see 2,000 cases a day by November.",
                           "The letter said Ireland will go into a full lockdown."])
    assert Mention("Ireland", "place", 2) in found
    assert Mention("Morning Ireland", "other", 1) in found


def test_rule_place_alone_is_the_place_ending_a_body() -> None:
    found = find_mentions(["Cork County Council have given an update on their services.",
                           "Tonight at midnight Cork will be moved into Level 3.",
                           "Some pubs around Cork have already made announcements."])
    assert Mention("Cork", "place", 2) in found
    assert Mention("Cork County Council", "organisation", 1) in found


def test_rule_place_alone_is_the_place_near_variants_stay() -> None:
    # the longer name written again is still one entry; a body's head that is no place is the body
    assert find_mentions([SHOW, "The minister told Morning Ireland that cases were rising."]) == [
        Mention("Morning Ireland", "other", 2)]
    found = find_mentions(["Amnesty International said the arrests were unlawful.",
                           "Amnesty also said the detainees had no lawyer."])
    assert [m.name for m in found] == ["Amnesty International"]


# --- body_apposition_marks_a_body, a head before the name; compass_before_a_place ----------------


def test_rule_body_apposition_marks_a_body_head_before() -> None:
    found = find_mentions(["Lopez's party, Popular Will, has accused the government of the violence."],
                          ["Leopoldo Lopez"])
    assert ("Popular Will", "organisation") in [(m.name, m.kind) for m in found]


def test_rule_body_apposition_marks_a_body_head_before_near_variant_no_comma_after_stays() -> None:
    found = find_mentions(["Lopez's party, Popular Will has accused the government of the violence."],
                          ["Leopoldo Lopez"])
    assert ("Popular Will", "organisation") not in [(m.name, m.kind) for m in found]


def test_borough_after_a_compass_word_is_a_place() -> None:
    found = find_mentions(["Voters in the East Bronx chose a new council member on Tuesday."])
    assert ("East Bronx", "place") in [(m.name, m.kind) for m in found]


def test_investigations_names_an_agency() -> None:
    found = find_mentions(["Homeland Security Investigations agents seized the boat on Monday.",
                           "Homeland Security Investigations said the men were charged."])
    assert ("Homeland Security Investigations", "organisation") in [(m.name, m.kind) for m in found]


def test_investigations_names_an_agency_near_variant_lower_case_stays() -> None:
    found = find_mentions(["Jane Roe, the head of investigations, said the men were charged."], ["Jane Roe"])
    assert ("Jane Roe", "person") in [(m.name, m.kind) for m in found]
