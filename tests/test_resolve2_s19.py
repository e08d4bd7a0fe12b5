"""Unresolved speakers a careful reader can name safely (resolve2 s19, QA
round 53), each a named rule with a sentence of its kind and near variants
that must stay unresolved."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import last_speaker_and_kind

# --- rule `agreement_ends_the_announcement` (QA round 53, 965 s28-s29: 'Rosenzweig agreed.
# "It's far too early ...," he said.' left "he" unresolved)

TWO_MEN = ('Joshua Rosenzweig, a researcher, said the trial was odd. "It was staged," Nicholas Bequelin '
           'said. "It shows nothing," he added. ')
TOO_EARLY = ' "It is far too early to tell," he said.'


@pytest.mark.parametrize("agreeing", ["Rosenzweig agreed.", "Rosenzweig quickly agreed.", "Rosenzweig disagreed."])
def test_a_name_agreeing_alone_answers_next(agreeing: str) -> None:
    assert last_speaker_and_kind(TWO_MEN + agreeing + TOO_EARLY) == ("Joshua Rosenzweig", "person")


@pytest.mark.parametrize("text", [
    TWO_MEN + "Rosenzweig smiled." + TOO_EARLY,  # no agreeing: who spoke, the text does not say
    TWO_MEN + "Rosenzweig and Li agreed." + TOO_EARLY,  # two people agreed
    TWO_MEN + "Rosenzweig did not agree." + TOO_EARLY,  # negated, the verb not last
    TWO_MEN + "Rosenzweig disagreed." + TOO_EARLY.replace("he said", "she said"),  # no woman named
])
def test_he_stays_unresolved_without_a_lone_agreement(text: str) -> None:
    assert last_speaker_and_kind(text)[1] == "unresolved"


# --- rule `words_before_a_title_are_the_persons`, a title of several words (QA round 53, 756 s35:
# "UK Special Envoy for Human Trafficking Anthony Steen told CNN ... '...,' he said." left "he"
# unresolved: "UK Special" read as a newer subject)

NOT_SURPRISED = ' told CNN he was not surprised by this case. "We do not know the number," he said.'


def test_place_words_before_a_long_title_name_no_one() -> None:
    text = "UK Special Envoy for Human Trafficking Anthony Steen" + NOT_SURPRISED
    assert last_speaker_and_kind(text) == ("Anthony Steen", "person")


@pytest.mark.parametrize("text", [
    "Gary Special and Envoy for Human Trafficking Anthony Steen" + NOT_SURPRISED,  # two people
    "Mark Field met Special Envoy for Human Trafficking Anthony Steen, who" + NOT_SURPRISED,
])
def test_another_person_before_a_long_title_stays_a_subject(text: str) -> None:
    assert last_speaker_and_kind(text)[1] == "unresolved"


# --- rule `gender_by_own_possessive` (with `gender_by_a_reflexive`, now past a title too; QA round
# 53, 696 s53: "President Park Geun-hye has already reached her own conclusion ... The President
# said ... She said ..." left "She" unresolved: the gender of Park Geun-hye was unknown, so Yoo,
# named in between, might have been "she")

HUNT = ("Police are searching for Yoo Byung Eun. The President said in a statement that police had been "
        "working hard to arrest Yoo. She said authorities should look again.")


def test_her_own_gives_the_subject_her_gender() -> None:
    assert last_speaker_and_kind("President Park Geun-hye has reached her own conclusion. " + HUNT) \
        == ("Park Geun-hye", "person")


@pytest.mark.parametrize("opening", [
    "President Park Geun-hye has reached a conclusion. ",  # no gender shown
    "President Park Geun-hye said the boy reached her own conclusion. ",  # a people noun between
    "President Park Geun-hye praised Yoo Byung Eun for his own work. ",  # another name between
])
def test_she_stays_unresolved_without_the_subjects_own(opening: str) -> None:
    assert last_speaker_and_kind(opening + HUNT)[1] == "unresolved"


# --- rule `plain_plural_opens_the_sentence` (with `plural_subject_goes_on`; QA round 53, 567 s21:
# "Researchers have not established the length ..., but they believe that it fades ..." left
# "they" unresolved: the capital of the sentence's first word was read as a group's name)

TAIL = " have not established the length of the tail, but they believe that it fades at the end."


@pytest.mark.parametrize("plural", ["Researchers", "Scientists"])
def test_a_plural_capitalised_by_the_sentence_goes_on(plural: str) -> None:
    assert last_speaker_and_kind(plural + TAIL) == (plural, "unnamed")


@pytest.mark.parametrize("text", [
    "Republicans" + TAIL,  # a group the capital names
    "Americans" + TAIL,  # a people of a place
    "Researchers told the officials the length of the tail is unknown, but they believe that it fades.",
])
def test_they_stays_unresolved_after_a_named_group_or_other_people(text: str) -> None:
    assert last_speaker_and_kind(text)[1] == "unresolved"


# --- national news agencies listed as news outlets (junk_readings.txt news_outlets; QA round 53:
# "Xinhua said" typed a person) and rule `outlet_named_in_its_description` ("according to the
# semi-official Yonhap news agency" was unresolved)

CONTROLLED = "The sons controlled the company, according to "


@pytest.mark.parametrize(("text", "expected"), [
    ("The couple run a cafe, the official news agency Xinhua said.", ("Xinhua", "organisation")),
    (CONTROLLED + "the semi-official Yonhap news agency.", ("Yonhap", "organisation")),
    (CONTROLLED + "the Yonhap news agency.", ("Yonhap", "organisation")),
])
def test_a_listed_news_agency_is_a_body(text: str, expected: tuple[str, str]) -> None:
    assert last_speaker_and_kind(text) == expected


@pytest.mark.parametrize("text", [
    CONTROLLED + "the semi-official news agency.",  # no outlet named
    CONTROLLED + "the Chosun newspaper.",  # an unlisted name: as written
])
def test_an_outlet_description_without_a_listed_name_stays_as_written(text: str) -> None:
    assert last_speaker_and_kind(text)[0] == text[len(CONTROLLED):-1]


# --- rule `opening_time_word_leaves_the_source` (web test, a company blog: "That's why today we are
# announcing Enhanced Safe Browsing ..." showed the speaker "today we"; the writer's "we" gives no
# claim, as "That is why we are announcing ..." never did)

def test_an_opening_time_word_is_no_part_of_the_source() -> None:
    assert last_speaker_and_kind("That is why today officials announced a new search.") == ("officials", "unnamed")
    assert last_speaker_and_kind("Today officials said the option was new.") == ("officials", "unnamed")
    assert extract_claims("That is why today we are announcing a new option for users.") == []


def test_a_time_word_inside_a_name_stays() -> None:
    claim = extract_claims("The paper was sold. Sunday Times editors said the option was new.")[-1]
    assert claim.speaker_span is not None and claim.speaker_span.text.startswith("Sunday Times")
    night = extract_claims("Monday night's results showed just how weak the establishment is.")[-1]
    assert night.speaker == "Monday night's results"  # a day before its part (PolNeAR train)
