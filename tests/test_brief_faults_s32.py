"""Faults readers saw in briefs: a dateline that ate a name's first word, a glued dateline kept before
a qualified office, a sentence dropped as pointing back while its own words named what it meant, and
an anonymous official listed as a source on the record."""

from __future__ import annotations

import pytest

from summarizer.brief import DESCRIBED, UNNAMED, _group_by_speaker, is_anonymous, is_reaction_lead, make_brief
from summarizer.cleanup import dateline_length, without_dateline
from summarizer.model import BriefClaim
from summarizer.reading import Article
from summarizer.summarizers.standalone import holds_back_pointing_phrase, leans_on_the_sentence_before

# --- rule `upper_case_place_and_one_word_is_a_name` ----------------------------------------------


@pytest.mark.parametrize("text", [
    "PARIS Hilton said she would sue the magazine over the photographs.",
    "WASHINGTON Post reporters won the prize for their coverage.",
])
def test_one_word_after_a_one_word_place_in_capitals_is_a_name(text: str) -> None:
    assert dateline_length(text) == 0
    assert without_dateline(text, True) == text


@pytest.mark.parametrize(("text", "place"), [
    # near variants: a place of two words, or a name of two words after it, is still a dateline
    ("MEXICO CITY Amnesty International said Monday that an editor was targeted.", "MEXICO CITY "),
    ("ROME Silvio Berlusconi said he would appeal the verdict.", "ROME "),
    ("PARIS The French parliament voted on Tuesday to raise the age.", "PARIS "),
])
def test_place_in_capitals_before_a_longer_name_is_still_cut(text: str, place: str) -> None:
    assert text[:dateline_length(text)] == place


# --- rule `qualified_office_of_another_after_a_glued_place` ----------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("Bangkok Former Thai Prime Minister Yingluck Shinawatra is no longer in military custody, "
     "the army said.", "Bangkok "),
    ("Cairo Former Egyptian President Hosni Mubarak was moved to a military hospital on Sunday.", "Cairo "),
])
def test_qualifier_and_another_owner_of_the_office_end_a_glued_place(text: str, place: str) -> None:
    assert text[:dateline_length(text)] == place
    assert dateline_length(text, opens_body=False) == 0  # only the first body sentence has a glued one


@pytest.mark.parametrize("text", [
    # near variants: the place's own office right after the qualifier, and a team's name
    "New York Acting Governor Kathy Hochul said the state would act.",
    "Washington Former President Bill Clinton said the talks would go on.",
])
def test_office_right_after_the_qualifier_keeps_the_place(text: str) -> None:
    assert dateline_length(text) == 0


# --- rule `plural_named_before_in_its_sentence` ----------------------------------------------------

def test_charges_named_by_a_conviction_in_the_same_sentence_do_not_point_back() -> None:
    # CNN-Corpus dev 694
    text = ("Knox and Sollecito were first convicted in 2009, but those charges were overturned on appeal "
            "in 2011 and the pair were freed, having spent four years in prison.")
    assert not holds_back_pointing_phrase(text)
    assert not leans_on_the_sentence_before(text)


@pytest.mark.parametrize("text", [
    # near variants: an arrest names no charge, and with no word before them the charges are elsewhere
    "He was arrested in 2009, but those charges were dropped a year later.",
    "Those charges were overturned on appeal in 2011.",
    "The court heard the case again, and those convictions were reinstated.",
])
def test_charges_not_named_in_the_sentence_still_point_back(text: str) -> None:
    assert holds_back_pointing_phrase(text)


# --- rule `unnamed_official_is_anonymous` ----------------------------------------------------------

def _claim(speaker: str) -> BriefClaim:
    return BriefClaim(speaker=speaker, role=None, cue="said", cue_class="neutral", content="the talks had stalled",
                      kind="indirect", hedged=False, citations=(1,), speaker_kind="unnamed")


@pytest.mark.parametrize("source", [
    "a senior U.S. official", "A U.S. official", "two law enforcement officials", "one diplomat",
    "senior administration officials", "a United Nations official",
])
def test_indefinite_or_senior_official_is_anonymous(source: str) -> None:
    assert is_anonymous(source)
    assert [g.speaker for g in _group_by_speaker([_claim(source)])] == [UNNAMED]


@pytest.mark.parametrize("source", [
    # near variants: officials of a side on the record, an office's holder named by the article before,
    # and an unnamed spokesman or judge who speaks for an office on the record
    "Massachusetts officials", "U.S. officials", "the official", "a military spokesman", "a federal judge",
])
def test_official_of_a_side_stays_described(source: str) -> None:
    assert not is_anonymous(source)
    assert [g.speaker for g in _group_by_speaker([_claim(source)])] == [DESCRIBED]


# --- rule `bottom_line_draws_on_every_source` ------------------------------------------------------

STUDY = ("Sugary drinks linked to 180,000 deaths worldwide\n\n"
         "Sugar-sweetened beverages are linked to more than 180,000 obesity-related deaths worldwide each year, "
         "according to new research presented this week at an American Heart Association conference.\n\n"
         "In the United States, sugary drinks were linked to the deaths of 25,000 people from diabetes.\n\n"
         "The researchers controlled for age and income when they studied the deaths.\n\n"
         + "".join(f"Study {place} found that sugary drinks raised the risk of diabetes among adults in {place}.\n\n"
                   for place in ("Mexico", "Chile", "Spain", "Japan")))
ANSWER = ("Soda makers answer the American Heart Association study\n\n"
          "Soda makers on Friday rejected a study presented at an American Heart Association "
          "conference that tied their drinks to deaths.\n\n"
          "The industry group said the research had not been reviewed by other scientists.\n")
DRUMS = ("Are these the world's best drummers?\n\n"
         "Big beats power Bahia in a way they do nowhere else.\n\n"
         "A state on the coast, Bahia is the center of the country's Afro-Brazilian culture, and the "
         "heartbeat of that is the drum.\n\n"
         "Ensembles such as Olodum make Carnival in Salvador one of the top attractions.\n")


def test_other_source_on_the_story_gives_the_first_key_point() -> None:
    brief = make_brief([Article(STUDY, source="study.txt"), Article(ANSWER, source="answer.txt")])
    assert brief.bottom_line is not None and brief.bottom_line.sources == (1,)
    first = brief.key_points[0]
    assert first.sources == (2,) and first.text.startswith("Soda makers on Friday rejected")
    # the rest keep source order
    assert [p.sources for p in brief.key_points[1:]] == sorted(p.sources for p in brief.key_points[1:])


def test_source_on_another_story_keeps_its_place() -> None:
    brief = make_brief([Article(STUDY, source="study.txt"), Article(DRUMS, source="drums.txt")])
    assert brief.sources[1].warnings  # told apart
    assert brief.key_points[0].sources == (1,)
    assert any(p.text.startswith("Big beats power Bahia") for p in brief.key_points)


# --- rule `named_reaction_lead_is_no_bottom_line` --------------------------------------------------

REACTION = ("Teacher killed in Nevada school shooting was 'good all-around' guy\n\n"
            "It didn't surprise Reggie Landsberry that his brother was reportedly trying to stop a student with "
            "a handgun from shooting when he was killed.\n\n"
            "Math teacher Mike Landsberry was killed in the shooting at Sparks Middle School by a student who "
            "brought a semiautomatic weapon. The student also wounded two 12-year-old students.\n\n"
            "A witness told the Reno Gazette-Journal that Landsberry intervened at one point.\n\n"
            "Reggie Landsberry said that his brother, like their father a former Marine, probably was trying "
            "to talk the gunman out of shooting.\n\n"
            '"He was just a good all-around individual," Reggie Landsberry said.\n\n'
            "Sparks Mayor Geno Martini said it was a \"devastating\" loss.\n")


@pytest.mark.parametrize("lead", [
    "It didn't surprise Reggie Landsberry that his brother was trying to stop a student.",
    "It came as no surprise to Ana Ruiz that the plant closed its doors.",
])
def test_lead_of_a_named_persons_reaction_tells_no_news(lead: str) -> None:
    assert is_reaction_lead(lead)


@pytest.mark.parametrize("lead", [
    "It didn't surprise analysts that the Fed raised rates.",  # a group, no one named
    "It came as no surprise that the Fed raised rates.",  # no one
    "It did not happen when the top job opened up at the fund.",  # no verb of feeling
])
def test_lead_with_no_named_reaction_stays_news(lead: str) -> None:
    assert not is_reaction_lead(lead)


def test_reaction_lead_gives_the_bottom_line_to_the_news() -> None:
    brief = make_brief([Article(REACTION, source="teacher.txt")])
    assert brief.bottom_line is not None
    assert brief.bottom_line.text.startswith("Math teacher Mike Landsberry was killed")
    # near variant: a lead with no one's reaction keeps the bottom line
    plain = REACTION.replace("It didn't surprise Reggie Landsberry that his brother was",
                             "Reggie Landsberry's brother was")
    kept = make_brief([Article(plain, source="teacher.txt")])
    assert kept.bottom_line is not None and kept.bottom_line.text.startswith("Reggie Landsberry's brother")
