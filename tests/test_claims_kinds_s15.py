"""Speaker kinds and roles, session 15 (kinds-s15; QA rounds 42-44, web tests s14): each
rule with a sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.mentions import find_mentions
from tests.claim_helpers import speakers_and_kinds


def _kinds(sentence: str) -> dict[str, str]:
    return {name.text: name.kind for name in find_names(tokenize(sentence, 0, len(sentence)))}


# --- rule `inner_capital_marks_a_brand` (names.py; QA round 44, 627 "Thai AirAsia") ------------------


def test_a_word_with_a_capital_inside_is_a_brand() -> None:
    assert _kinds("Thai AirAsia said flights would resume on Monday.") == {"Thai AirAsia": "organisation"}
    assert speakers_and_kinds("PolitiFact said the claim was false.") == [("PolitiFact", "organisation")]


def test_a_surname_particle_or_joined_first_names_stay_a_person() -> None:
    assert speakers_and_kinds("Jim VandeHei said the race was close.") == [("Jim VandeHei", "person")]
    assert speakers_and_kinds("KellyAnne Conway said the race was close.") == [("KellyAnne Conway", "person")]
    assert speakers_and_kinds("Ron DeSantis said the race was close.") == [("Ron DeSantis", "person")]


# --- rule `plural_body_word_ends_a_body` (names.py; QA round 44, 759) -------------------------------


def test_a_name_ending_in_a_body_words_plural_is_a_body() -> None:
    text = "The town fell, the opposition Local Coordination Committees of Deir Ezzour said in a statement."
    assert ("Local Coordination Committees", "organisation") in speakers_and_kinds(text)


def test_a_plural_surname_after_a_first_name_stays_a_person() -> None:
    assert speakers_and_kinds("Tyra Banks said the show would return.") == [("Tyra Banks", "person")]


# --- `central` (organisation_words.txt; web test s14b, 486 "Comedy Central") -----------------------


def test_a_channel_named_central_is_a_body() -> None:
    text = 'Comedy Central also praised Colbert on Thursday, saying, "We wish Stephen the very best."'
    assert speakers_and_kinds(text) == [("Comedy Central", "organisation")]


def test_a_persons_name_stays_a_person() -> None:
    text = 'Jane Comedy also praised Colbert on Thursday, saying, "We wish Stephen the very best."'
    assert speakers_and_kinds(text) == [("Jane Comedy", "person")]


# --- rule `body_by_context`: a mission's craft (body_modified_nouns; QA round 42, 565 "Kepler") ------

KEPLER = ("The {name} mission, launched in 2009, finds planets by looking for dips in a star's light. "
          "Kepler also found the first Earth-size planet that orbits in a star's habitable zone.")


def test_a_name_the_article_writes_as_a_mission_is_no_person() -> None:
    assert speakers_and_kinds(KEPLER.format(name="Kepler")) == [("Kepler", "organisation")]


def test_a_name_written_as_another_missions_leader_stays_as_it_was() -> None:
    # the mission is another's: nothing says Kepler is a craft, and the name keeps the kind it had
    assert speakers_and_kinds(KEPLER.format(name="Gaia")) == [("Kepler", "person")]


# --- rule `body_by_context`: its naming reading (QA round 43, 854 "Lashkar-e-Saif") ----------------

SAIF = ("As we leave, we find that a new militant {head} called Lashkar-e-Saif has declared its existence. "
        'Lashkar-e-Saif claims they "will welcome security forces with bullets."')


def test_a_name_after_a_group_called_is_a_body() -> None:
    assert ("Lashkar-e-Saif", "organisation") in speakers_and_kinds(SAIF.format(head="group"))


def test_a_name_after_a_man_called_stays_a_person() -> None:
    assert ("Lashkar-e-Saif", "person") in speakers_and_kinds(SAIF.format(head="man"))


def test_a_company_naming_its_chief_names_no_body() -> None:
    # "named" is the company's verb here (no "a" before its head): Jane Doe is a person
    text = "The company named Jane Doe its new chief on Monday. Jane Doe said the plan would work."
    assert speakers_and_kinds(text) == [("Jane Doe", "person")]


# --- rule `based_at_a_place_marks_a_body` (names.py; PolNeAR wash-post 2015-11-24) ------------------


def test_a_name_based_at_a_place_is_a_company() -> None:
    assert _kinds("Dublin-based Shire said the deal was off.") == {"Dublin-based Shire": "organisation"}
    # and two such names are two companies, shown without where they are based
    # (rule `where_it_is_based_is_no_part_of_the_speaker`)
    text = "Chicago-based AbbVie and Dublin-based Shire said the deal was off."
    assert speakers_and_kinds(text) == [("AbbVie and Shire", "unnamed")]


def test_a_person_based_at_a_place_stays_a_person() -> None:
    # shown without where he is based (rule `where_it_is_based_is_no_part_of_the_speaker`)
    assert speakers_and_kinds("Texas-based Matt Mackowiak said the campaign was unprepared.") == [
        ("Matt Mackowiak", "person")]


# --- rule `it_after_a_colon_is_the_lead_in` (speakers.py; PolNeAR western-journal 2016-09-26) -------

RATE = ("PolitiFact said the claim was false. The unemployment rate is a widely used term with a specific "
        "definition: It refers to the share of jobless people who are seeking work.")


def test_it_after_a_colon_is_what_the_lead_in_told_of() -> None:
    assert speakers_and_kinds(RATE)[-1] == ("It", "unresolved")


def test_it_opening_its_sentence_is_still_the_body_that_spoke() -> None:
    text = RATE.replace("definition: It refers", "definition. It said the rate refers")
    assert speakers_and_kinds(text)[-1] == ("PolitiFact", "organisation")


# --- title_qualifiers "acting", "interim" (rule `former_title_stays_former`; QA round 44) ----------


def test_an_acting_title_keeps_acting() -> None:
    text = "Acting U.S. Attorney for the District of Massachusetts Joshua Levy said the case is open."
    assert [claim.role for claim in extract_claims(text)] == ["Acting U.S. Attorney"]
    assert [claim.role for claim in extract_claims("Interim Director Jane Roe said the agency would act.")] == [
        "Interim Director"]


def test_a_title_with_no_qualifier_stays_as_it_was() -> None:
    text = "U.S. Attorney for the District of Massachusetts Joshua Levy said the case is open."
    assert [claim.role for claim in extract_claims(text)] == ["U.S. Attorney"]


# --- rule `occupation_before_a_first_name` (names.py; QA rounds 42-44, 479) -------------------------


def test_an_occupation_opening_the_sentence_is_a_role() -> None:
    claims = extract_claims("Actress Pamela Anderson revealed that she was raped as a child.")
    assert [(c.speaker, c.role) for c in claims] == [("Pamela Anderson", "actress")]
    claims = extract_claims("Comedian Sarah Silverman said the joke was old.")
    assert [(c.speaker, c.role) for c in claims] == [("Sarah Silverman", "comedian")]


def test_a_kin_word_or_an_occupation_before_a_body_stays_in_the_name() -> None:
    claims = extract_claims("Mother Teresa Smith said the poor were blessed.")
    assert [(c.speaker, c.role) for c in claims] == [("Mother Teresa Smith", None)]
    claims = extract_claims("The Teacher Retirement System said the fund would grow.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Teacher Retirement System", "organisation")]


# --- rule `noun_modifiers_of_a_role`, before the name (speakers.py; web test s14) --------------------


def test_noun_modifiers_before_the_role_noun_are_the_role() -> None:
    text = '"If it is on the website for sale, they are selling it," noted product liability lawyer Jim Dunham.'
    assert [(c.speaker, c.role) for c in extract_claims(text)] == [("Jim Dunham", "product liability lawyer")]


def test_a_role_after_a_verb_that_is_no_cue_is_not_shown() -> None:
    # "met" opens no source: the words before the name may be the sentence's own, no role is shown
    text = "Trump met campaign lawyer Jim Dunham on Monday. Dunham said the case was closed."
    assert [(c.speaker, c.role) for c in extract_claims(text)] == [("Jim Dunham", None)]


# --- rule `title_before_another_name_is_theirs` (speakers.py; PolNeAR politico 2016-08-17) ---------


def test_a_title_in_the_apposition_before_another_name_is_not_the_speakers() -> None:
    text = ("Richard Cross, a former aide to Maryland Republicans such as former Gov. Bob Ehrlich, wrote that "
            "he penned the remarks.")
    assert [(c.speaker, c.role) for c in extract_claims(text)] == [("Richard Cross", "former aide")]


def test_the_speakers_own_title_in_the_apposition_stays() -> None:
    text = "Richard Cross, the former Gov. of Maryland, wrote that he penned the remarks."
    assert [(c.speaker, c.role) for c in extract_claims(text)] == [("Richard Cross", "Former Gov.")]


def test_an_occupation_before_an_unlisted_first_name_is_a_role() -> None:
    claims = extract_claims("Actress Amandla Stenberg said the award was hers.")
    assert [(c.speaker, c.role) for c in claims] == [("Amandla Stenberg", "actress")]


# --- rule `inverted_source_is_no_subjects_cue`, a role in lower case (rules.py; session 15) --------


def test_a_lower_case_role_after_the_cue_is_the_inverted_source() -> None:
    text = ("Joe McGinniss died Monday at a hospital in Worcester, Massachusetts, said friend and attorney "
            "Dennis Holahan.")
    assert [(c.speaker, c.role) for c in extract_claims(text)] == [("Dennis Holahan", "attorney")]


def test_a_subject_with_its_aside_keeps_its_cue() -> None:
    claims = extract_claims("Smith, a spokesman, said officials lied about the deal.")
    assert [(c.speaker, c.content) for c in claims] == [("Smith", "officials lied about the deal")]


# --- rule `rank_after_an_abbreviated_title` (names.py; QA round 43, 854) ---------------------------

KHAN = ('Maj. General Zafar Khan, the commander of the 7th Division, told CNN that the region was a haven. '
        'According to {title} Khan, at least 23 tons of equipment has been recovered. '
        '"We will never let militants return," Khan tells the press.')


def test_a_rank_after_an_abbreviated_title_is_the_titles() -> None:
    claims = extract_claims(KHAN.format(title="Maj. General"))
    assert [(c.speaker, c.role) for c in claims] == [("Zafar Khan", "Maj. General")] * 3


def test_a_rank_with_no_title_before_it_stays_as_it_was() -> None:
    assert _kinds("General Khan said the region was cleared.") == {"General Khan": "unknown"}


# --- rule `nickname_is_the_same_person` (names.py, nicknames.txt; QA round 44, 390) ----------------

OLSEN = ('The head of the center, Matt Olsen, testified in Congress on Wednesday. '
         '{other}Matthew Olsen, director of the National Counterterrorism Center, told senators that the '
         'attack was planned.')


def _mentioned(text: str) -> dict[str, int]:
    return {m.name: m.count for m in find_mentions([text]) if m.kind == "person"}


def test_a_nickname_and_the_full_first_name_are_one_person() -> None:
    assert _mentioned(OLSEN.format(other="")) == {"Matt Olsen": 2} or \
        _mentioned(OLSEN.format(other="")) == {"Matthew Olsen": 2}
    assert [c.speaker for c in extract_claims(OLSEN.format(other=""))][-1] in ("Matt Olsen", "Matthew Olsen")


def test_a_nickname_beside_another_person_of_the_surname_stays_apart() -> None:
    found = _mentioned(OLSEN.format(other="His sister Mary Olsen agreed. "))
    assert found.get("Matt Olsen") == 1 and found.get("Matthew Olsen") == 1


def test_a_first_name_that_is_no_listed_short_form_stays_apart() -> None:
    found = _mentioned(OLSEN.replace("Matt Olsen", "Mark Olsen").format(other=""))
    assert found.get("Mark Olsen") == 1 and found.get("Matthew Olsen") == 1
