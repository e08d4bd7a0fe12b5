"""Speaker kinds and Mentioned, session 17 (kinds-s17; QA round 48, web tester s16b, closing note s16's
"Not done" list): each rule with a sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer.mentions import find_mentions
from tests.claim_helpers import speakers_and_kinds


def _mentioned(*sentences: str) -> dict[str, str]:
    return {mention.name: mention.kind for mention in find_mentions(sentences)}


# --- "and" inside a known body's name (names.py; QA round 48, 404) ----------------------------------


def test_a_listed_pair_of_fields_keeps_the_department_whole() -> None:
    assert _mentioned("Pallone asked the Department of Housing and Urban Development inspector general to "
                      "look into it.") == {"Department of Housing and Urban Development": "organisation"}


def test_a_body_of_two_listed_places_keeps_its_name_whole() -> None:
    assert _mentioned("The Port Authority of New York and New Jersey said the bridge would reopen.") == {
        "Port Authority of New York and New Jersey": "organisation"}


def test_the_two_places_without_a_body_stay_apart() -> None:
    assert _mentioned("New York and New Jersey officials met on Monday.") == {
        "New York": "place", "New Jersey": "place"}
    assert _mentioned("The governor of New York and New Jersey officials met on Monday.") == {
        "New York": "place", "New Jersey": "place"}


# --- rule `carrier_after_and_is_a_body_of_its_own` (names.py; web tester s16b: Delta and US Airways) --


def test_a_carrier_after_and_is_a_second_body() -> None:
    found = _mentioned("Delta and US Airways tied for last place.", "Lufthansa and United Airlines joined.")
    # "Lufthansa" is a listed company since session 19 (organisation_acronyms.txt); "Delta" is not
    assert found == {"US Airways": "organisation", "United Airlines": "organisation", "Lufthansa": "organisation"}


def test_an_agency_with_and_stays_one_body() -> None:
    assert _mentioned("The Food and Drug Administration said the drug was safe.") == {
        "Food and Drug Administration": "organisation"}
    assert _mentioned("U.S. Customs and Border Protection announced the seizure.") == {
        "U.S. Customs and Border Protection": "organisation"}


# --- rules `carrier_word_is_no_surname`, `air_before_a_place_is_an_airline` (mentions.py; web s16b) --


def test_an_airline_word_makes_no_person_and_before_a_place_an_airline() -> None:
    assert _mentioned("Neither Ryan Air nor EasyJet have such schemes.", "Air Berlin said it would cut flights.") \
        == {"Ryan Air": "other", "Air Berlin": "organisation"}


def test_a_surname_holding_air_and_a_product_stay() -> None:
    assert _mentioned("Ryan Airey said so.", "The MacBook Air is thin.") == {
        "Ryan Airey": "person", "MacBook Air": "other"}


# --- rules `body_noun_after_marks_a_body`, `body_noun_before_marks_a_body` (mentions.py) -------------


def test_a_body_noun_after_or_before_a_name_makes_a_body() -> None:
    assert _mentioned("Alaska Airlines will join the Oneworld alliance on March 31.")["Oneworld"] == "organisation"
    assert _mentioned("Clinton spoke in an interview with the German magazine Der Spiegel.")["Der Spiegel"] \
        == "organisation"


def test_a_role_an_adjective_or_a_persons_noun_stays() -> None:
    assert _mentioned("The magazine editor Anna Wintour said so.") == {"Anna Wintour": "person"}
    assert _mentioned("The soft-spoken but firm Tegnell laughed.", "Tegnell said no.", "Tegnell left.") == {
        "Tegnell": "other"}
    assert _mentioned("The Obama administration said no.", "Obama won.", "Obama left.") == {"Obama": "other"}
    assert "Seattle-based" not in _mentioned("The Seattle-based airline flies to Alaska.")


# --- rule `place_article_after_in_marks_a_place` (mentions.py; web tester s16: Las Croabas) ---------


def test_a_spanish_plural_article_after_in_makes_a_place() -> None:
    assert _mentioned("Agents found cocaine in Las Croabas, officials announced.") == {"Las Croabas": "place"}


def test_such_a_name_elsewhere_stays() -> None:
    assert _mentioned("Los Lobos played on Tuesday.") == {"Los Lobos": "other"}


# --- rule `founders_surname_is_the_body` (names.py; QA round 48, 443: Disney) -------------------------


def test_a_founders_surname_is_the_body_named_with_a_tail() -> None:
    text = ('Fans learned of the deal with the Walt Disney Co. on Tuesday. "It will be great," Disney said in a '
            'press release.')
    assert speakers_and_kinds(text) == [("Walt Disney Co.", "organisation")]
    assert _mentioned(text) == {"Walt Disney Co.": "organisation"}


def test_the_surname_with_no_such_body_stays() -> None:
    assert speakers_and_kinds('Fans met Walt at the park. "It will be great," Disney said.') == [("Disney", "person")]


# --- rule `weekday_and_part_of_day_open_a_name` (names.py; closing note s16: Tuesday Morning Corp.) --


def test_a_weekday_and_a_part_of_day_open_a_name() -> None:
    assert speakers_and_kinds("Tuesday Morning Corp. said it would close 200 stores.") == [
        ("Tuesday Morning Corp.", "organisation")]
    assert _mentioned("He watched Saturday Night Live with friends.") == {"Saturday Night Live": "other"}


def test_a_weekday_before_another_name_is_a_time() -> None:
    assert speakers_and_kinds("Monday Acme Corp. said it would close stores.") == [("Acme Corp.", "organisation")]


# --- rule `body_noun_after_marks_a_body`, a publication's noun (mentions.py; QA round 49, 536: Spin) --


def test_a_publications_noun_after_its_name_makes_a_body() -> None:
    assert _mentioned("A picture of the sign was tweeted by Spin magazine.")["Spin"] == "organisation"


def test_the_end_of_a_longer_name_cut_at_a_possessive_stays() -> None:
    assert _mentioned("She told Women’s Health magazine so.", "Health said so.", "Health won.") == {
        "Health": "other"}


# --- rule `group_noun_is_no_name` (mentions.py; QA round 49, 687: "People: Hijra (5)") -------------


def test_a_group_noun_written_after_a_and_as_a_bare_plural_is_no_name() -> None:
    assert _mentioned("She is a 37-year-old Hijra, a South Asian term.", "She joined the Hijra community.",
                      "Many Hijras at this center are young.", "The court granted Hijras the right.") == {}


def test_a_familys_plural_after_the_leaves_the_name() -> None:
    assert _mentioned("The Clintons met a Clinton aide.", "Bill Clinton said so.", "Clinton left.") == {
        "Bill Clinton": "person"}


# --- rule `title_case_quotation_cuts_before_a_first_name` (mentions.py; villagevoice: Needs Gerry Ford) -


def test_a_quoted_titles_capitals_before_a_first_name_are_cut() -> None:
    assert _mentioned("He might muse, in a chapter titled “Who Needs Gerry Ford?,” on pardons.",
                      "Gerald Ford pardoned Nixon.") == {"Gerald Ford": "person"}


def test_a_quoted_title_with_no_such_surname_or_no_quotation_stays() -> None:
    # no cut before "Will" (no such surname); session 19's rule `piece_of_a_quoted_title_is_no_name`
    # then leaves the untyped piece "Heart Will Go" out (tests/test_mentions_s19.py)
    mentioned = _mentioned("She sang “My Heart Will Go On” and Will Smith danced.")
    assert "Will Go" not in mentioned and "Heart Will Go" not in mentioned and "Will Smith" in mentioned
    assert "Needs Gerry Ford" in _mentioned("He met Needs Gerry Ford on pardons.", "Gerald Ford pardoned Nixon.")


# --- rules `owner_names_which_body`, `two_bodies_in_either_order_are_no_fit` (speakers.py) ------------

PALESTINIAN = "The Palestinian Ministry of Health said 20 were killed. "


def test_a_body_after_another_places_possessive_is_no_known_body() -> None:
    assert speakers_and_kinds(PALESTINIAN + "Israel's Ministry of Health said 12 were hurt.") == [
        ("Palestinian Ministry of Health", "organisation"), ("Israel's Ministry of Health", "organisation")]


def test_two_bodies_reading_so_leave_the_short_name_its_own() -> None:
    assert speakers_and_kinds(PALESTINIAN + "The Israeli Health Ministry said 12 were hurt. The Health Ministry said "
                              "the toll would rise.")[-1] == ("Health Ministry", "organisation")


def test_one_body_reading_so_is_that_body() -> None:
    assert speakers_and_kinds(PALESTINIAN + "The Health Ministry said the toll would rise.")[-1] == (
        "Palestinian Ministry of Health", "organisation")
    assert speakers_and_kinds(PALESTINIAN + "Palestine's Ministry of Health said the toll would rise.")[-1] == (
        "Palestinian Ministry of Health", "organisation")
