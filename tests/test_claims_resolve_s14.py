"""Speakers a careful reader can name, never a wrong one (session 14),
each rule with a sentence of its kind and a near variant that must stay."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import speakers_and_kinds

# --- rule `fuller_name_names_the_earlier_claims` (speakers.py, extract.py; review s13) ----------


def test_claims_before_the_fuller_name_go_under_it() -> None:
    # session 15: with evidence of one person only: a heading line's surname, or the short name's own gender
    claims = extract_claims(
        "Cuomo says the state is ready.\n\nAndrew Cuomo said on Sunday that schools would reopen on Monday."
    )
    assert [c.speaker for c in claims] == ["Andrew Cuomo", "Andrew Cuomo"]
    assert speakers_and_kinds("Smith said he had lost the house. John Smith also said the roads were closed.") == [
        ("John Smith", "person"), ("John Smith", "person")]
    # without it the earlier claim keeps the short name the text gives
    assert speakers_and_kinds("Smith said the house was lost. John Smith also said the roads were closed.") == [
        ("Smith", "person"), ("John Smith", "person")]


def test_a_fuller_name_marked_as_another_person_leaves_the_earlier_claims() -> None:
    # a title dropped for an apposition of its own, a relative's apposition, a second person of the surname
    assert speakers_and_kinds(
        "HLN's Dr. Drew said the show was over. Ian Drew, Us Weekly's senior editor, said the couple had split."
    ) == [("Drew", "person"), ("Ian Drew", "person")]
    assert speakers_and_kinds(
        "Knight said she had been held for years. Knight's grandmother, Deborah Knight, told the newspaper that "
        "the family had given up."
    )[0] == ("Knight", "person")
    assert speakers_and_kinds(
        "Smith said the house was lost. Anna Smith said the roads were closed. Tom Smith said the dog was safe."
    )[0] == ("Smith", "person")


def test_a_news_outlet_or_a_counted_group_is_no_earlier_name() -> None:
    assert speakers_and_kinds(
        "Bloomberg reported that the fortune had doubled. Michael R. Bloomberg said the figures were wrong."
    )[0][0] != "Michael R. Bloomberg"
    assert speakers_and_kinds("Trump said the vote was rigged. Six Trump supporters ran for delegate slots.")[0] == (
        "Trump", "person")


# --- rule `family_name_first` (speakers.py; QA round 41, 941) ------------------------------------


def test_a_family_name_written_first_names_its_person() -> None:
    claims = extract_claims(
        "U.N. Secretary-General Ban Ki-moon said the vote underscored the urgency of talks. "
        '"I urge the parties to renew their commitment to a negotiated peace," Ban said.'
    )
    assert [c.speaker for c in claims] == ["Ban Ki-moon", "Ban Ki-moon"]
    claims = extract_claims(
        "Ban Ki-moon said the vote underscored the urgency of talks. Mr. Ban said the parties must meet."
    )
    assert [c.speaker for c in claims] == ["Ban Ki-moon", "Ban Ki-moon"]


def test_a_first_name_before_a_hyphenated_name_stays_apart() -> None:
    # "Jean-Pierre" is a given name written first, "Smith-Jones" a surname: their first word is no family name
    assert speakers_and_kinds(
        "Marie Jean-Pierre said the plan was sound. The mayor left early. The council met on Monday. "
        "Marie said it would fail."
    )[-1][0] != "Marie Jean-Pierre"
    assert speakers_and_kinds("Kim Park-lee said the plan was sound. Kim Jong-un said it would fail. "
                              "Kim said so.")[-1][0] \
        not in ("Kim Park-lee", "Kim Jong-un")


def test_a_family_name_before_two_given_names_stays_apart() -> None:
    claims = extract_claims(
        "Ban Ki-moon said the vote underscored the urgency of talks. Ban said the parties must meet. "
        "Ban Soo-jin, a council aide, said the session would resume."
    )
    assert [c.speaker for c in claims] == ["Ban Ki-moon", "Ban", "Ban Soo-jin"]


# --- rule `gender_by_own_pronoun` (speakers.py; QA round 40: Tanega, Tymoshenko, Gul) ---------------


def test_a_name_opening_a_sentence_with_her_own_pronoun_is_she() -> None:
    claims = extract_claims(
        "Sahar Gul was married off at 13. Gul said she fears it may not be safe to stay. The court met again. "
        '"I want to go abroad," she continued.'
    )
    assert [(c.speaker, c.speaker_kind) for c in claims][-1] == ("Sahar Gul", "person")


def test_no_subject_pronoun_of_hers_or_both_genders_leave_the_name_without_one() -> None:
    # a possessive or object only, a pronoun after another capitalised word, both genders: no gender given
    for text in (
        "Sahar Gul was married off at 13. Gul cried as her aunt left. The court met again. "
        '"I want to go abroad," she continued.',
        "Sahar Gul was married off at 13. Gul told Mrs. Cruz she would stay. The court met again. "
        '"I want to go abroad," she continued.',
        "Sahar Gul was married off at 13. Gul cried as she left. Gul smiled as he left. The court met again. "
        '"I want to go abroad," she continued.',
    ):
        assert [c.speaker_kind for c in extract_claims(text)][-1] == "unresolved", text
