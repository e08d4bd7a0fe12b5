"""Speaker resolution, session 20 (QA round 57): speakers a reader can name
that stayed unresolved. Each rule with a sentence of the kind fixed and near
variants that must stay as they were (a second body or person only described,
or written in lower case)."""

from __future__ import annotations

from tests.claim_helpers import speakers_and_kinds


def _last(text: str) -> tuple[str | None, str]:
    return speakers_and_kinds(text)[-1]


# --- place_kind_describes_no_person (643 s9/s10: "the county said" held back "he") --------------

COUNTY = ("Multnomah County began issuing licenses minutes later, the {} said in a statement. "
          "Ben West stood beside his son as he told CNN that he was thrilled by the news.")


def test_county_that_speaks_is_no_person_holding_back_he() -> None:
    assert _last(COUNTY.format("county")) == ("Ben West", "person")
    assert _last(COUNTY.format("city")) == ("Ben West", "person")


def test_county_clerk_is_still_one_person_described() -> None:
    # a person's role after the place kind: one person spoke, "he" may be either
    assert _last(COUNTY.format("county clerk"))[1] == "unresolved"


def test_secretary_of_state_is_still_one_person_described() -> None:
    text = ("Jane Roe spoke first. The secretary of state said the rules were followed. "
            "She has said she is willing to testify.")
    assert _last(text) == ("She", "unresolved")


def test_state_that_speaks_leaves_the_one_woman_named() -> None:
    text = "Jane Roe spoke first. Licenses were issued, the state said. She has said she is willing to testify."
    assert _last(text) == ("Jane Roe", "person")


# --- authority_in_apposition_is_a_body (761 s21/s22: "Europe's air authority, Eurocontrol") ------

EUROCONTROL = ("{}, said Tuesday it was monitoring the situation. "
               "It also insists that changes have been made to help avoid the chaos.")


def test_name_in_apposition_to_an_authority_is_a_body_it_points_to() -> None:
    assert speakers_and_kinds(EUROCONTROL.format("Europe's air authority, Eurocontrol")) == [
        ("Eurocontrol", "organisation"), ("Eurocontrol", "organisation")]


def test_authority_on_a_subject_is_an_expert_not_a_body() -> None:
    speakers = speakers_and_kinds(EUROCONTROL.format("A leading authority on volcanoes, Sigurdsson"))
    assert speakers[0] == ("Sigurdsson", "person")
    assert speakers[1] == ("It", "unresolved")


def test_person_named_in_apposition_to_an_authority_stays_a_person() -> None:
    text = "Europe's air authority chief, John Smith, said Tuesday he was monitoring the situation."
    assert _last(text) == ("John Smith", "person")


# --- titled_name_apposed_to_a_description, name_apposed_to_a_party_member (398 s5) --------------

def test_titled_name_with_its_state_apposed_to_another_republican_is_the_speaker() -> None:
    text = ("Separately, another Republican, Rep. Frank Wolf of Virginia, has called for a special "
            "select committee to investigate Benghazi.")
    assert _last(text) == ("Frank Wolf", "person")


def test_name_apposed_to_a_party_member_is_the_speaker() -> None:
    assert _last("Another Republican, Frank Wolf, said the committee failed.") == ("Frank Wolf", "person")
    assert _last("Another Democrat, Sen. Tim Kaine, said the committee failed.") == ("Tim Kaine", "person")


def test_party_member_only_described_stays_unnamed() -> None:
    text = "Another Republican, a congressman from Virginia, said the committee failed."
    assert _last(text) == ("Another Republican", "unnamed")


def test_name_with_lower_case_words_after_of_is_no_apposed_name() -> None:
    text = "Another Republican, Rep. Frank Wolf of the panel, said the committee failed."
    assert _last(text) == ("Another Republican", "unnamed")


def test_two_people_apposed_to_a_plural_stay_as_written() -> None:
    text = "Two Democrats, Sen. Tim Kaine and Rep. Ann Lee, said the committee failed."
    assert _last(text) == ("Two Democrats", "unnamed")
