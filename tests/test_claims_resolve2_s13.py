"""Wrong speakers and speakers a careful reader can name (session 13, round 2),
each rule with a sentence of its kind and a near variant that must stay."""

from __future__ import annotations

from summarizer import extract_claims

# --- rule `first_named_inside_its_claim_is_not_he` (speakers.py; QA round 40, 817 s12) ---------


def test_a_list_of_names_first_named_in_the_claim_is_not_he() -> None:
    claims = extract_claims(
        "Nothing has been heard from the athletes, said David Ojong, the head of mission. Footballer Drusille "
        "Ngako was the first to disappear. She went missing on July 26, Ojong said. Swimmer Paul Ekane Edingue "
        "and boxers Thomas Essomba, Christian Donfack Adjoufack and Serge Ambomo have not been seen since Monday, he "
        "said."
    )
    assert claims[-1].speaker == "David Ojong"


def test_one_name_first_named_as_the_claims_subject_may_still_be_he() -> None:
    claims = extract_claims(
        "The storm hit on Monday, said David Ojong, the mayor. Paul Edingue was at home when the roof fell, he said."
    )
    assert claims[-1].speaker == "Paul Edingue"


# --- rule `name_inside_a_participle_modifier` (speakers.py, claim_grammar.txt modifier_participles) --


def test_a_name_inside_a_participle_modifier_of_the_subject_is_not_the_speaker() -> None:
    claims = extract_claims("A super PAC supporting Rubio said the ads would run in Iowa.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("A super PAC supporting Rubio", "unnamed")]
    claims = extract_claims("A lawyer representing Smith said the case was closed.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("A lawyer representing Smith", "unnamed")]


def test_an_adjective_participle_before_a_title_keeps_the_name() -> None:
    claims = extract_claims("Oversight ranking Democrat Elijah Cummings said the inquiry was partisan.")
    assert [c.speaker for c in claims] == ["Elijah Cummings"]


# --- rule `age_is_no_subject` (rules.py subject_before) ----------------------------------------


def test_an_age_after_a_name_is_no_speaker() -> None:
    claims = extract_claims(
        "Woodrow Benford, 58, who lives outside Minneapolis, says he did not know much about the senator."
    )
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Woodrow Benford", "person")]
    claims = extract_claims("Jillian Chase, 27, a Tinder user in New York, said the election would come up.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Jillian Chase", "person")]


def test_a_number_with_no_name_before_its_comma_stays() -> None:
    claims = extract_claims("Of the delegates, 60 said they would back the senator.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("60", "unnamed")]
