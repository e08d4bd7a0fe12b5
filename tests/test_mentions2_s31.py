"""Session 31 (mentions2-s31): names a reader found merged or split on CNN-Corpus dev rows 217 and 222:
a father apposed as "His father, David Watson" took every "Watson" of his son, named 'David Gabriel
"Gabe" Watson'; a surname shared by a family kept a bare heading ("Knight") though the title names
which one. Each rule with a sentence of the kind fixed and a near variant that must stay as it is."""

from summarizer.brief import _gather_claims, _rarity, _stems
from summarizer.claim_cache import document_claims
from summarizer.document import parse_document
from summarizer.mentions import find_mentions


def mentioned(*sentences: str, speakers: tuple[str, ...] = ()) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers)}


# --- rule `namesake_keeps_its_own_forms` (222: "David Watson (14)" of the son and the father) ---

SON_AND_FATHER = (
    'The ruling came near the end of the second week of David Gabriel "Gabe" Watson\'s trial in Birmingham.',
    "Afterward, a visibly emotional Watson put his face in his hands.",
    "His father, David Watson, called the entire situation a tragedy.",
    "Watson returned from Australia after his wife's death.",
    "An Alabama grand jury indicted Watson on two counts.",
    "The defense said Gabe Watson had not schemed to kill his wife.",
)


def test_apposed_father_does_not_take_the_sons_surname() -> None:
    found = mentioned(*SON_AND_FATHER)
    assert found.get("David Watson", ("", 0))[1] == 1  # the father, named once
    assert found["David Gabriel Watson"][1] >= 2  # the full name and "Gabe Watson"
    assert "Watson" not in found  # the surname alone fits two people: no entry


def test_surname_alone_near_variant_one_person_keeps_every_mention() -> None:
    found = mentioned("Afterward, a visibly emotional Watson put his face in his hands.",
                      "David Watson, the defendant, called the entire situation a tragedy.",
                      "Watson returned from Australia after his wife's death.")
    assert found["David Watson"] == ("person", 3)


# --- rule `name_around_a_nickname_takes_no_shorter_name` ---


def test_shorter_name_is_no_middle_name_drop_of_a_name_around_a_nickname() -> None:
    found = mentioned('The trial of David Gabriel "Gabe" Watson opened on Monday.',
                      "David Watson, a retired engineer, attended every day.")
    assert "David Gabriel Watson" in found and "David Watson" in found


def test_middle_name_drop_near_variant_with_no_nickname_folds() -> None:
    found = mentioned("The trial of David Gabriel Watson opened on Monday.",
                      "David Watson, a retired engineer, attended every day.")
    assert found["David Gabriel Watson"][1] == 2 and "David Watson" not in found


# --- rule `nickname_and_surname_is_the_full_name` ---


def test_nickname_and_surname_count_for_the_full_name() -> None:
    found = mentioned('The trial of Robert Francis "Beto" Kline opened on Monday.',
                      "Prosecutors said Beto Kline lied to the police.")
    assert found["Robert Francis Kline"][0] == "person" and found["Robert Francis Kline"][1] >= 2
    assert "Beto Kline" not in found


# --- rule `titled_namesake_is_the_surname_alone` (217: the heading "Knight") ---

FAMILY = ("{title}\n\n"
          "Knight stopped on her way into the courtroom on Thursday.\n\n"
          '"I worried about what would happen to me every day," Knight told the judge.\n\n'
          "Knight's grandmother, Deborah Knight, told The Plain Dealer that the family had looked for her.\n\n"
          "But the missing woman's mother, Barbara Knight, told the newspaper her daughter had not left.")


def speakers_of(title: str, mentioned_people: list[str]) -> set[str | None]:
    document = parse_document(FAMILY.format(title=title))
    stems = [[_stems(s.text) for s in document.sentences]]
    gathered = _gather_claims([document], [document_claims(document)], _rarity(stems), mentioned_people)
    return {g.speaker for g in gathered}


def test_surname_alone_is_the_one_namesake_the_title_names() -> None:
    found = speakers_of("Michelle Knight: 'After 11 years, I'm finally being heard'",
                        ["Michelle Knight", "Deborah Knight", "Barbara Knight"])
    assert "Michelle Knight" in found and "Knight" not in found
    assert {"Deborah Knight", "Barbara Knight"} <= found


def test_surname_alone_near_variant_no_namesake_in_the_title_stays() -> None:
    found = speakers_of("Woman held for 11 years speaks in court",
                        ["Michelle Knight", "Deborah Knight", "Barbara Knight"])
    assert "Knight" in found and "Michelle Knight" not in found


def test_nickname_near_variant_another_first_name_with_the_surname_stays() -> None:
    found = mentioned('The trial of Robert Francis "Beto" Kline opened on Monday.',
                      "His sister Anna Kline said he lied to the police.")
    assert "Anna Kline" in found


# --- organisation_words.txt `corps` (238: "Marine Corps (3)" under People) ---


def test_corps_is_a_body_not_a_person() -> None:
    found = mentioned("Landsberry joined the Marine Corps in 1986, Marine spokeswoman Maj. Shawn Haney said.")
    assert found["Marine Corps"][0] == "organisation"
    assert found["Shawn Haney"][0] == "person"


def test_corps_near_variant_the_first_name_alone_still_opens_a_person() -> None:
    found = mentioned("Marine Le Pen said she would run again.")
    assert found["Marine Le Pen"][0] == "person"
