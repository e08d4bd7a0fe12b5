"""Session 27 (owner): places.txt read as one countries section, and a rules
file's section heading written twice or not at all is an error."""

from __future__ import annotations

import pytest

import summarizer.rules as rules
from summarizer import extract_claims
from summarizer.mentions import find_mentions
from summarizer.rules import load_section
from tests.claim_helpers import speakers_and_kinds

# --- places.txt: one "countries" section; load_section fails loudly (summarizer/rules/__init__.py) ----


def test_the_second_list_of_countries_is_read_as_countries() -> None:
    countries = load_section("places", "countries")
    assert {"central african republic", "brunei", "south sudan", "afghanistan", "zimbabwe"} <= countries
    # near variants: a territory and a city of places.txt are places, no countries
    assert "bermuda" not in countries and "geneva" not in countries


def test_a_list_of_countries_after_an_opener_is_one_source_whatever_part_lists_them() -> None:
    # "Brunei" stood in the part load_section never read: the list lost "Vietnam" (PolNeAR train
    # huff-post 2016-06-04 s22, "Besides China, Vietnam, the Philippines, Malaysia, Brunei and Taiwan")
    claims = extract_claims("Besides China, Vietnam, Malaysia and Brunei said they would close the border.")
    assert [c.speaker for c in claims] == ["Vietnam, Malaysia and Brunei"]
    # near variant: a country of the first part ("Japan") was always read so
    claims = extract_claims("Besides China, Vietnam, Malaysia and Japan said they would close the border.")
    assert [c.speaker for c in claims] == ["Vietnam, Malaysia and Japan"]


def _fake_rules_file(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    real = rules._lines
    monkeypatch.setattr(rules, "_lines", lambda name: tuple(lines) if name.startswith("fake_s27") else real(name))


def test_a_heading_written_twice_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_rules_file(monkeypatch, "# --- countries", "Chad", "# --- cities", "Paris",
                     "# --- countries (added later: a comment after the heading)", "Benin")
    with pytest.raises(ValueError, match=r"fake_s27_twice\.txt line 5: heading '# --- countries' again"):
        load_section("fake_s27_twice", "countries")
    with pytest.raises(ValueError, match="again"):
        load_section("fake_s27_twice", "cities")  # the file is wrong, whatever part is asked for


def test_a_missing_heading_is_an_error_and_a_heading_with_a_comment_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_rules_file(monkeypatch, "# head comment", "# --- countries (a comment after the heading)", "Chad",
                     "# why Benin is listed", "Benin  # a comment after an entry", "", "# --- cities", "Paris")
    with pytest.raises(ValueError, match=r"fake_s27_one\.txt has no heading '# --- towns'"):
        load_section("fake_s27_one", "towns")
    # near variant: the heading read as it is written, comments and blank lines left out
    assert load_section("fake_s27_one", "countries") == {"chad", "benin"}
    assert load_section("fake_s27_one", "cities") == {"paris"}


# --- rule `owner_stays_with_its_body` (speakers.py `_take_owner`; CNN-Corpus dev 801: "Malaysia's
# Ministry of Foreign Affairs said" showed "Ministry of Foreign Affairs", a ministry of no country,
# in an article where New Zealand's foreign ministry acts too) -------------------------------------------


def test_a_body_after_a_places_possessive_keeps_its_owner() -> None:
    assert speakers_and_kinds("Malaysia's Ministry of Foreign Affairs said the envoy would return. "
                              "The ministry said he would cooperate fully.") == [
        ("Malaysia's Ministry of Foreign Affairs", "organisation")] * 2
    # a later bare name of it shows the same full name
    assert speakers_and_kinds("Britain's Foreign Office said it was concerned. "
                              "The Foreign Office said it had summoned the ambassador.") == [
        ("Britain's Foreign Office", "organisation")] * 2
    # an owner of several words, and one whose possessive is a bare apostrophe
    assert speakers_and_kinds("New Zealand's Ministry of Foreign Affairs said it was pleased.") == [
        ("New Zealand's Ministry of Foreign Affairs", "organisation")]
    assert speakers_and_kinds("Texas' Department of Public Safety said the road was closed.") == [
        ("Texas' Department of Public Safety", "organisation")]


def test_claims_before_the_owner_was_written_go_under_the_owned_name() -> None:
    assert speakers_and_kinds("The Interior Ministry said 12 had died. "
                              "Later, Egypt's Interior Ministry said the toll had risen.") == [
        ("Egypt's Interior Ministry", "organisation")] * 2
    # near variant: two owners written after the bare name; which one spoke first is not said
    assert speakers_and_kinds("The Foreign Office said it was concerned. Britain's Foreign Office said it had "
                              "summoned the ambassador. France's Foreign Office said it agreed.") == [
        ("Foreign Office", "organisation"), ("Britain's Foreign Office", "organisation"),
        ("France's Foreign Office", "organisation")]


def test_two_places_bodies_of_one_name_stay_two_and_a_bare_name_is_neither() -> None:
    speakers = speakers_and_kinds("New Zealand's Ministry of Foreign Affairs said it was pleased. "
                                  "Malaysia's Ministry of Foreign Affairs said the envoy would return. "
                                  "The Ministry of Foreign Affairs said talks would go on.")
    assert speakers[:2] == [("New Zealand's Ministry of Foreign Affairs", "organisation"),
                            ("Malaysia's Ministry of Foreign Affairs", "organisation")]
    assert speakers[2] == ("Ministry of Foreign Affairs", "organisation")  # which one, the tagger cannot tell


def test_an_owner_that_is_no_place_or_a_body_that_names_its_place_is_left_as_it_was() -> None:
    # near variants: a person after a possessive ("Apple's Tim Cook", "Obama's spokesman Josh
    # Earnest", "Britain's Theresa May"), a body of a name of its own ("Japan's Toyota": no body
    # word), a body whose name says whose it is, a lower-case owner ("the country's")
    assert speakers_and_kinds("Apple's Tim Cook said sales rose.") == [("Tim Cook", "person")]
    assert speakers_and_kinds("Obama's spokesman Josh Earnest said the talks went well.") \
        == [("Josh Earnest", "person")]
    assert speakers_and_kinds("Britain's Theresa May said the talks went well.") == [("Theresa May", "person")]
    assert speakers_and_kinds("Japan's Toyota said sales fell.") == [("Toyota", "organisation")]
    assert speakers_and_kinds("Ohio's University of Dayton said classes would resume.") == [
        ("University of Dayton", "organisation")]
    # a place ending a longer name owns nothing (CNN-Corpus dev 113: "the University of Pittsburgh's
    # Department of Dental Public Health" is no department of the city's)
    assert speakers_and_kinds("The University of Pittsburgh's Department of Dental Public Health said the study "
                              "was sound.") == [("Department of Dental Public Health", "organisation")]
    assert speakers_and_kinds("The Palestinian Ministry of Health said 20 were killed. "
                              "Palestine's Ministry of Health said the toll would rise.") == [
        ("Palestinian Ministry of Health", "organisation")] * 2
    assert speakers_and_kinds("The country's foreign ministry said it was concerned.") == [
        ("The country's foreign ministry", "unresolved")]


def test_the_mentioned_list_shows_the_owned_body_as_the_claims_do() -> None:
    found = {m.name: (m.kind, m.count) for m in find_mentions(
        ["Malaysia's Ministry of Foreign Affairs said the envoy would return.",
         "He worked at Malaysia's High Commission in Wellington.",
         "The Ministry of Foreign Affairs said he would cooperate."],
        bodies=["Malaysia's Ministry of Foreign Affairs"])}
    assert found["Malaysia's Ministry of Foreign Affairs"] == ("organisation", 2)
    assert found["Malaysia's High Commission"] == ("organisation", 1)
    assert found["Malaysia"] == ("place", 2)
    assert "Ministry of Foreign Affairs" not in found
