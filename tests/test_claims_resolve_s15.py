"""Session 15, resolve: name a speaker only where the article makes it certain.

Each rule has a sentence of its kind and a near variant that must stay as it
was (all sentences invented, after the shapes of QA rounds 43/44 and the
californiaglobe page)."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.cleanup import glued_place_length

# --- "embassy" is a body noun (source_nouns.txt bodies; QA round 44, 903) --------------------


def test_the_embassy_is_the_one_embassy_the_article_named() -> None:
    claims = extract_claims(
        "Gunmen attacked the U.S. Embassy in Tripoli on Tuesday, and officials said that nobody was hurt "
        "in the attack.\n\nThe embassy said all staff were safe."
    )
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("U.S. Embassy", "organisation")


def test_the_embassy_beside_two_embassies_or_none_stays_as_written() -> None:
    claims = extract_claims(
        "Gunmen attacked the U.S. Embassy and the British Embassy in Tripoli on Tuesday, and officials said "
        "that nobody was hurt in the attack.\n\nThe embassy said all staff were safe."
    )
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("The embassy", "unresolved")
    # no embassy named: shown as written (it showed no speaker at all), not named
    claims = extract_claims("The blast damaged the front gates, the embassy said.")
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("the embassy", "unresolved")


def test_a_one_word_body_from_a_title_case_line_is_no_body_to_name() -> None:
    # "U.S. Embassy and the British Embassy" read word by word in a title-case line gives one
    # "Embassy": it may be either embassy
    claims = extract_claims(
        "Gunmen attacked the U.S. Embassy and the British Embassy in Tripoli on Tuesday, officials said.\n\n"
        "The embassy said all staff were safe."
    )
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("The embassy", "unresolved")


# --- rule `body_noun_in_the_name_that_spoke_last` ---------------------------------------------


def test_the_court_is_the_court_that_spoke_last_past_its_own_quotation() -> None:
    claims = extract_claims(
        "The Superior Court in San Diego had ruled for the company.\n\n"
        "The Appellate Court didn't agree with Amazon. It noted that the product was stored in an Amazon "
        "warehouse.\n\n"
        "\u201cAmazon placed itself in the chain,\u201d explained the court in its ruling. \u201cAmazon "
        "accepted the product. It shipped the product.\n\n"
        "\u201cWhatever term we use, it was pivotal.\u201d\n\n"
        "The court also found that the statute does not apply."
    )
    # "It noted" after a body that opened its sentence with a negated auxiliary ("didn't agree") is
    # that body, not the court that opened a sentence before it (it was the Superior Court)
    assert [(c.speaker, c.cue) for c in claims] == [
        ("Appellate Court", "note"), ("Appellate Court", "explain"), ("Appellate Court", "find")]


def test_the_court_after_a_body_of_another_kind_stays_unresolved() -> None:
    claims = extract_claims("Amnesty International said the trial was unfair. The court said the judge was fair.")
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("The court", "unresolved")


def test_the_family_is_the_family_that_spoke_last() -> None:
    claims = extract_claims(
        "Richard Kiel died on Wednesday. Kiel's family posted this message on Facebook: \"He was a loving "
        "father.\"\n\nThe family said he was a kind man."
    )
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("Kiel family", "organisation")


def test_the_family_further_back_or_of_someone_named_stays_as_written() -> None:
    claims = extract_claims(
        "Richard Kiel died on Wednesday. Kiel's family posted this message on Facebook: \"He was a loving "
        "father.\"\n\nPolice said the driver fled. The family said he was a kind man."
    )
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("The family", "unresolved")
    claims = extract_claims(
        "Richard Kiel died on Wednesday. Kiel's family posted this message on Facebook: \"He was a loving "
        "father.\"\n\nThe family of the driver said he was sorry."
    )
    assert claims[-1].speaker == "The family of the driver"
    assert claims[-1].speaker_kind != "organisation"


def test_a_state_body_not_named_stays_an_unnamed_source() -> None:
    claims = extract_claims("The state party said the vote was fair. The party said the count was over.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [
        ("The state party", "unnamed"), ("The party", "unresolved")]


# --- rules `particle_inside_a_glued_name`, `comma_after_a_glued_first_name` (cleanup.py) --------


def test_a_place_glued_before_a_name_with_a_particle_and_a_relative_is_a_dateline() -> None:
    # QA round 43, 383: "New York Bill de Blasio" was read as one name, so his "he" found no one
    text = (
        "Mayor sworn in\n\nNew York Bill de Blasio, who campaigned on a progressive agenda that he said "
        "would narrow the widening gap between the rich and poor, was sworn in Wednesday as mayor."
    )
    claims = extract_claims(text)
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Bill de Blasio", "person")]
    assert glued_place_length("New York Bill Smith, who campaigned on an agenda, was sworn in.") == len("New York ")


def test_a_place_that_is_part_of_a_name_stays() -> None:
    for text in ("Paris Hilton, the heiress, said she was glad.", "New York Mets pitcher Matt Harvey, who lost, said",
                 "New York Bill, the mayor said, was passed.", "Boston Red Sox, who won, said",
                 "Houston Rockets Mike de Smith, who"):
        assert glued_place_length(text) == 0, text


# --- rule `name_after_a_fronted_time_phrase` ----------------------------------------------------

# "Dion" is also a word of her son's name, so the names layer cannot tie it to one person
DION = (
    "C\u00e9line Dion sang on Monday. Her first child, Ren\u00e9-Charles Dion Ang\u00e9lil, was born in 2001. "
    "Dion said she was happy. "
)


def test_a_name_right_after_a_fronted_year_is_the_speaker() -> None:
    # pawszilla: "at the end of 2016 Dion revealed" showed no speaker
    claims = extract_claims(DION + "Nevertheless, at the end of 2016 Dion revealed that she was trying to survive.")
    assert (claims[-1].speaker, claims[-1].speaker_kind) == ("Dion", "person")


def test_a_name_inside_a_fronted_place_phrase_stays_unresolved() -> None:
    claims = extract_claims(DION + "In the hall of the Paris Dion revealed that she was trying to survive.")
    assert (claims[-1].speaker, claims[-1].speaker_kind) == (None, "unresolved")


# --- rule `body_noun_in_the_name_that_spoke_last`, a body a description named ---------------------


def test_the_military_is_the_military_a_description_named_just_before() -> None:
    claims = extract_claims(
        "The Israeli military said the strike hit a launcher. The military said two soldiers were hurt.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Israeli military", "organisation")] * 2
    claims = extract_claims(
        "The U.S. embassy in Tripoli said the staff were safe. The embassy said the attack would not "
        "affect its work.")
    assert [c.speaker for c in claims] == ["U.S. embassy", "U.S. embassy"]


def test_the_military_after_another_body_or_as_another_noun_stays_unresolved() -> None:
    for second in ("Egypt's army moved in on Tuesday. The military said two soldiers were hurt.",
                   "The government said two soldiers were hurt."):
        claims = extract_claims("The Israeli military said the strike hit a launcher. " + second)
        assert claims[-1].speaker_kind == "unresolved", second
