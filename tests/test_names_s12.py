"""Session 12 (names): Mentioned grouping and typing, and the speaker
index's grouping behind it. Each rule has a case of its kind and a near
variant that stays as it was; sentences are invented after the kinds read on
real pages (observer.com, QA round 38's CNN articles)."""

from __future__ import annotations

from summarizer.claims import extract_claims
from summarizer.mentions import find_mentions
from summarizer.model import Mention

# --- rule end_after_of_is_another_thing (speakers._same) ---------------------------------------------


def test_rule_end_after_of_is_another_thing() -> None:
    found = find_mentions(["The Louvre said it would buy the painting.",
                           "The patrons group Société des Amis du Louvre will give 500,000 euros.",
                           "The Louvre will show it next year."], bodies=["Louvre"])
    assert Mention("Louvre", "organisation", 2) in found
    assert Mention("Société des Amis du Louvre", "other", 1) in found


def test_rule_end_after_of_is_another_thing_near_variants_stay() -> None:
    # a person's surname after a particle is that person; a body's end after no connector is the body
    found = find_mentions(["Ludwig van Beethoven wrote nine symphonies.",
                           "Beethoven was deaf when he wrote the last one.", "Beethoven died in 1827."])
    assert [(m.name, m.count) for m in found] == [("Ludwig van Beethoven", 3)]
    found = find_mentions(["The Washington Post reported the story first.", "The Post said it stood by it."])
    assert [m.name for m in found] == ["Washington Post"]


# --- rules generic_body_is_no_short_form_before (speakers) and
# --- generic_body_before_its_place_is_another (mentions) ---------------------------------------------


def test_rule_generic_body_before_its_place_is_another() -> None:
    found = find_mentions(["In 2011, the Supreme Court upheld the church's right to picket.",
                           "The couple moved on the day the Supreme Court ruled on schools.",
                           "The Kansas Supreme Court said that he had little regard for the law."])
    assert Mention("Supreme Court", "organisation", 2) in found
    assert Mention("Kansas Supreme Court", "organisation", 1) in found


def test_rule_generic_body_before_its_place_is_another_near_variant_stays() -> None:
    # written after the fuller name, the generic name is its short form, as before
    found = find_mentions(["The Kansas Supreme Court said that he had little regard for the law.",
                           "The Supreme Court disbarred him in 1979."])
    assert [(m.name, m.count) for m in found] == [("Kansas Supreme Court", 2)]


# --- rule job_before_a_first_name, an unknown first name (names._two_name_words_end) ------------------

def _speakers(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(c.speaker, c.speaker_kind, c.role) for c in extract_claims(text)]


def test_rule_job_before_an_unknown_first_name() -> None:
    assert _speakers("NBC News Foreign Correspondent Ayman Mohyeldin said on Twitter that the boys were playing.") \
        == [("Ayman Mohyeldin", "person", "NBC News Foreign Correspondent")]
    assert _speakers("NBC Reporter Jomana Karadsheh said the attackers were known.") \
        == [("Jomana Karadsheh", "person", "NBC Reporter")]


def test_rule_job_before_an_unknown_first_name_near_variant_stays() -> None:
    # a people noun before a body's words names a body, not a person
    assert _speakers("The Teacher Retirement System said the fund would grow.") \
        == [("Teacher Retirement System", "organisation", None)]


# --- titles.txt: U.S. Attorney ------------------------------------------------------------------------

def test_us_attorney_is_a_title() -> None:
    # kinds-s15 (QA round 44): the title keeps its "Acting"
    assert _speakers("Acting U.S. Attorney for the District of Massachusetts Joshua Levy said the case is open.") \
        == [("Joshua Levy", "person", "Acting U.S. Attorney")]


def test_us_attorney_near_variant_the_office_stays() -> None:
    assert _speakers("The U.S. Attorney's Office said the case is still open.") \
        == [("U.S. Attorney's Office", "organisation", None)]


# --- rule name_word_before_a_first_name_stays (mentions._without_title) -------------------------------

def test_rule_name_word_before_a_first_name_stays() -> None:
    found = find_mentions(["On Monday, admirer Gustav Lloyd Agerblad had a portrait tattooed on his leg.",
                           "Gustav Lloyd Agerblad said he was inspired by the talks."],
                          speakers=("Gustav Lloyd Agerblad",))
    assert [m.name for m in found] == ["Gustav Lloyd Agerblad"]


def test_rule_name_word_before_a_first_name_stays_near_variant_cut() -> None:
    # a word the article writes in lower case, or a noun for people, before the first name is cut
    found = find_mentions(["Defendants James Lee and Junmyung Lee ran the websites.",
                           "The defendants were arrested on Wednesday.", "James Lee said nothing."],
                          speakers=("James Lee",))
    assert "James Lee" in [m.name for m in found]
    assert "Defendants James Lee" not in [m.name for m in found]


# --- rule role_apposition_marks_a_person (mentions) ------------------------------------------------------

def test_rule_role_apposition_marks_a_person() -> None:
    found = find_mentions(["Giving updates at briefings, Tegnell, the state epidemiologist at the agency, stayed calm.",
                           "The soft-spoken Tegnell often comes across as unfazed.", "Tegnell laughed."])
    assert Mention("Tegnell", "person", 3) in found


def test_rule_role_apposition_marks_a_person_near_variants_stay() -> None:
    # a body's apposition marks no person
    found = find_mentions(["Interpol, the international police agency, keeps a database.",
                           "Interpol said the passports were stolen.", "Interpol has 39 million records."])
    assert all(m.kind != "person" for m in found)
