"""QA round 37's Mentioned and brief findings (session 11, names2): each rule
has a case of its kind and a near variant that stays as it was. Sentences
are invented, after the kinds read in CNN articles and saved pages."""

from __future__ import annotations

from summarizer.mentions import find_mentions
from summarizer.model import ORGANISATION, PERSON, PLACE


def kinds(sentences: list[str], speakers: tuple[str, ...] = (), bodies: tuple[str, ...] = ()
          ) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers, bodies)}


# --- rule venue_word_ends_no_person (place_words.txt venue_ends) ---------------------------------


def test_rule_venue_word_ends_no_person() -> None:
    # 471: "Beverly Hills Hotel (1)" was listed under People ("Beverly" is a first name)
    found = kinds(["He misstated the date of the incident at the Beverly Hills Hotel in 2012."])
    assert found["Beverly Hills Hotel"] == (PLACE, 1)
    found = kinds(["The boy was taken to Grace Memorial Hospital on Friday."])
    assert found["Grace Memorial Hospital"][0] == PLACE


def test_rule_venue_word_ends_no_person_near_variants_stay() -> None:
    # a person of that first name stays a person; a hospital that speaks is a body
    found = kinds(["Beverly Smith, 54, runs a bakery in town.", "Smith said the rent had doubled."],
                  speakers=("Beverly Smith",))
    assert found["Beverly Smith"][0] == PERSON
    found = kinds(["Mount Sinai Hospital said the patient was stable."], bodies=("Mount Sinai Hospital",))
    assert found["Mount Sinai Hospital"][0] == ORGANISATION
    found = kinds(["Crowds gathered in Central Park on Sunday."])
    assert found["Central Park"][0] == PLACE  # place_word_ends_a_place as it was


# --- rule number_sign_ends_a_numbered_name --------------------------------------------------------

DOES = [
    "The lawyer dropped the client identified as John Doe #1 from the suit.",
    "John Doe #2 has witnesses to back up what he is saying, the lawyer said.",
    "He had conflicts with John Doe #1, he said.",
    "It would have hampered the chances of Doe #2's case.",
]


def test_rule_number_sign_ends_a_numbered_name() -> None:
    # 471: "John Doe (14)" counted two plaintiffs kept unnamed, John Doe #1 and John Doe #2
    found = kinds(DOES, speakers=("John Doe",))
    assert found["John Doe #1"] == (PERSON, 2)
    assert found["John Doe #2"] == (PERSON, 2)  # "Doe #2's" counts for it
    assert "John Doe" not in found and "Doe #2" not in found


def test_rule_number_sign_ends_a_numbered_name_near_variant_an_unnumbered_name_stays() -> None:
    found = kinds(["John Doe filed the suit on Monday.", "John Doe asked for damages."])
    assert found["John Doe"] == (PERSON, 2)
    found = kinds(["The team's No. 1 pick, John Doe, signed on Monday."])
    assert "John Doe" in found


# --- rule spelling_variant_is_one_person (no_names.txt letters_ending_another_first_name) ---------

LOPEZ = [
    "Authorities issued an arrest warrant for opposition leader Leopold Lopez on Monday.",
    "The groups that caused violence are headed by Mr. Leopoldo Lopez, the ministry said.",
    "Lopez called for new protests on Tuesday.",
    "Lopez encouraged protesters to be peaceful.",
    "Supporters of Lopez marched to the ministry.",
]


def test_rule_spelling_variant_is_one_person() -> None:
    # 963: "Leopold Lopez (1), Leopoldo Lopez (1)", and its "Lopez" alone counted for neither
    found = kinds(LOPEZ)
    assert found["Leopoldo Lopez"] == (PERSON, 5)
    assert "Leopold Lopez" not in found and "Lopez" not in found


def test_rule_spelling_variant_is_one_person_near_variant_two_people_stay() -> None:
    found = kinds(["Louis Martin, 41, and his sister Louise Martin, 38, run the farm.",
                   "Paul Diaz and Paula Diaz were married in 1990."])
    assert {"Louis Martin", "Louise Martin", "Paul Diaz", "Paula Diaz"} <= set(found)
    found = kinds(["Leopold Lopez and Leopold Garcia met on Monday."])
    assert {"Leopold Lopez", "Leopold Garcia"} <= set(found)  # another surname, another person
