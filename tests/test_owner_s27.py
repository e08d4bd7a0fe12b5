"""Session 27 (owner): places.txt read as one countries section, and a rules
file's section heading written twice or not at all is an error."""

from __future__ import annotations

import pytest

import summarizer.rules as rules
from summarizer import extract_claims
from summarizer.rules import load_section

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
