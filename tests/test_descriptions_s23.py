"""Session 23 descriptions, name forms and speaker kinds (QA rounds 64 and
65), each rule with a sentence of its kind and a near variant that must stay
as it is."""

from __future__ import annotations

import pytest

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from tests.claim_helpers import speakers_and_kinds

LEAD = "Officials met on Monday.\n\n"


def _names(sentence: str) -> list[str]:
    return [n.text for n in find_names(tokenize(sentence, 0, len(sentence)))]


# --- name forms ------------------------------------------------------------------------------------

# Rule `abbreviated_office_opening_a_sentence_is_a_title` (724: "PM Valls described ...")
def test_pm_opening_a_sentence_is_a_title() -> None:
    text = ("France's Socialist Prime Minister Manuel Valls said the vote mattered.\n\n"
            'PM Valls described the election as "a very serious moment for France."')
    assert [s for s, _ in speakers_and_kinds(LEAD + text)] == ["Manuel Valls", "Manuel Valls"]


def test_capitals_after_an_opening_pm_stay_a_name() -> None:
    # near variant: "PM" before a capitals run is not read as a title of a name
    assert "PM" not in " ".join(n for n in _names("PM BBC Radio said it would air the debate.")
                                if n.startswith("BBC"))


# `job_before_a_first_name` no longer lends "of" its body word (418: "Mitch McConnell of Kentucky")
def test_senator_of_a_state_is_the_name_alone() -> None:
    assert _names("Senate Republican Leader Mitch McConnell of Kentucky praised the decision.")[0] \
        == "Mitch McConnell"


def test_body_of_a_place_still_runs_through_of() -> None:
    assert "Bank of America" in _names("Director John Smith of Bank of America said it.")


# Rule `listed_name_holds_of` (660: "New Jersey Boxing Hall of Fame")
def test_hall_of_fame_is_one_name() -> None:
    assert _names("It was, according to the New Jersey Boxing Hall of Fame.") == ["New Jersey Boxing Hall of Fame"]


def test_a_surname_hall_stops_before_of() -> None:
    assert _names("Michael Hall of Texas said it.")[0] == "Michael Hall"


# Rule `body_in_a_cause_of` (660: "the Association in Defence of the Wrongly Convicted")
def test_body_in_a_cause_of_is_one_name() -> None:
    assert _names("He led the Association in Defence of the Wrongly Convicted from 1993.") \
        == ["Association in Defence of the Wrongly Convicted"]


def test_body_in_a_place_stops_before_in() -> None:
    assert _names("The Association in London of the Blind said it.")[0] == "Association"


# Rule `ampersand_inside_a_name_walking_left` (744: "Waste & Resources Action Programme")
@pytest.mark.parametrize(("text", "speaker"), [
    ("In Britain, the government's Waste & Resources Action Programme estimates that food is wasted.",
     "Waste & Resources Action Programme"),
    ("Procter & Gamble said that sales rose.", "Procter & Gamble"),
])
def test_ampersand_between_capitals_stays_in_the_source(text: str, speaker: str) -> None:
    assert speakers_and_kinds(LEAD + text) == [(speaker, "organisation")]


def test_ampersand_after_lower_case_joins_nothing() -> None:
    # near variant: a lower-case word before "&" is no name's: the source does not run back over it
    assert [s for s, _ in speakers_and_kinds(LEAD + "They like bread & Acme Corp. said that prices rose.")] \
        == ["Acme Corp."]


# --- bodies ------------------------------------------------------------------------------------------

COMMON_CAUSE = ('The reform group Common Cause, meanwhile, issued a statement saying, "By summarily rejecting '
                "Montana's law, the court has turned a blind eye.\"\n\n"
                'It called the court\'s refusal to grant a hearing "arrogant."')


# Rules `issuer_before_a_writers_connective`, `name_after_its_body_noun_is_a_body`,
# `it_is_the_issuer_of_the_document_issued` (418 s21-s22)
def test_issuer_past_a_connective_speaks_and_it_is_the_issuer() -> None:
    assert speakers_and_kinds(LEAD + COMMON_CAUSE) \
        == [("Common Cause", "organisation"), ("Common Cause", "organisation")]


def test_pronoun_issuer_leaves_the_statement() -> None:
    # near variant: "He issued a statement" (the pronoun rules' to say) keeps the document
    text = COMMON_CAUSE.replace("The reform group Common Cause, meanwhile,", "He, meanwhile,")
    assert ("Common Cause", "organisation") not in speakers_and_kinds(LEAD + text)


def test_name_after_a_person_noun_is_no_body() -> None:
    # near variant: "the lawyer John Smith" is a person
    assert speakers_and_kinds(LEAD + "The lawyer John Smith said the ruling was wrong.") == [("John Smith", "person")]


# Rule `group_is_the_one_group_named_just_before` (660 s17-s18)
GROUP = ("Carter was the first executive director of the Association in Defence of the Wrongly Convicted "
         "from 1993 to 2004.\n\n"
         '"Rubin will be remembered as a truly courageous man," the group said in a statement.')


def test_the_group_is_the_one_group_named_just_before() -> None:
    assert speakers_and_kinds(LEAD + GROUP)[-1] == ("Association in Defence of the Wrongly Convicted", "organisation")


def test_the_group_after_a_company_stays() -> None:
    text = GROUP.replace("the Association in Defence of the Wrongly Convicted", "Acme Corp.")
    assert speakers_and_kinds(LEAD + text)[-1][0] != "Acme Corp."


# Rule `name_before_magazine_is_the_magazine` (660 s23)
def test_name_before_magazine_is_the_magazine() -> None:
    assert speakers_and_kinds(LEAD + "Ring magazine declared him one of the top middleweight contenders in 1963.") \
        == [("Ring magazine", "organisation")]


def test_peoples_magazine_is_no_name() -> None:
    assert ("French magazine", "organisation") not in speakers_and_kinds(
        LEAD + "The French magazine declared him one of the top contenders in 1963.")


# Rule `body_name_before_its_group_noun` (943 s8)
def test_body_name_before_its_group_noun() -> None:
    assert speakers_and_kinds(LEAD + "At least 70 people were killed Tuesday, the Local Coordination Committees of "
                                     "Syria opposition "
                                     "group said.") == [("Local Coordination Committees of Syria", "organisation")]


def test_a_name_before_a_ministry_stays() -> None:
    assert speakers_and_kinds(LEAD + "At least 7 people died, the Hamas health ministry said.")[0][0] != "Hamas"


# Rule `office_of_a_pronoun_is_the_persons_office` (943 s6)
AMOS = "Valerie Amos is on a three-day trip to Syria and Lebanon.\n\n"


def test_her_office_is_the_office_of_the_woman_named() -> None:
    text = AMOS + "In Lebanon, Amos will meet with families who fled Syria, her office said."
    assert speakers_and_kinds(LEAD + text) == [("Valerie Amos's office", "unnamed")]


def test_her_office_with_no_one_named_in_the_sentence_stays() -> None:
    text = AMOS + "The families who fled Syria will be met, her office said."
    assert speakers_and_kinds(LEAD + text) == [("her office", "unnamed")]


# --- kinds ----------------------------------------------------------------------------------------

# `outlet_named_in_its_description` before `state_body_is_unnamed` (711 s9)
def test_state_run_outlet_named_is_the_outlet() -> None:
    assert speakers_and_kinds(LEAD + "The state-run Xinhua news agency said the officials were punished.") \
        == [("Xinhua", "organisation")]


def test_state_run_outlet_unnamed_stays_unnamed() -> None:
    assert speakers_and_kinds(LEAD + "The state-run news agency said the officials were punished.") \
        == [("The state-run news agency", "unnamed")]


# Rule `body_of_a_capitalised_owner_is_unnamed` (711 s5, 960 s21)
@pytest.mark.parametrize("text", [
    "The Party's disciplinary commission said it would punish the officials.",
])
def test_a_body_the_article_never_names_is_unnamed(text: str) -> None:
    assert [k for _, k in speakers_and_kinds(LEAD + text)] == ["unnamed"]


def test_a_lower_case_owners_body_stays_unresolved() -> None:
    assert [k for _, k in speakers_and_kinds(LEAD + "The company's board said it would punish the officials.")] \
        == ["unresolved"]


# Medecins Sans Frontieres listed (960 s34-s35); rule `platform_named_alone_is_its_company` (679 s25)
@pytest.mark.parametrize(("text", "speaker"), [
    ("Medecins Sans Frontieres said Friday that at least 92 bodies had been brought in.",
     "Medecins Sans Frontieres"),
    ('Facebook said in a statement: "We do not tolerate content which is directly harmful."', "Facebook"),
])
def test_listed_bodies_are_organisations(text: str, speaker: str) -> None:
    assert speakers_and_kinds(LEAD + text) == [(speaker, "organisation")]


def test_a_platform_inside_a_longer_name_is_not_the_company() -> None:
    assert ("Facebook", "organisation") not in speakers_and_kinds(
        LEAD + "Facebook Watch host Jane Doe said the show would return.")


# Rule `place_named_by_its_kind_and_of` (424 s15)
def test_the_state_of_a_listed_place() -> None:
    assert speakers_and_kinds(LEAD + "The state of Michigan, however, says it will not recognize their marriage.") \
        == [("state of Michigan", "organisation")]


def test_the_state_of_no_place_stays() -> None:
    assert ("state of the art", "organisation") not in speakers_and_kinds(
        LEAD + "The state of the art says little about the market, experts said.")


def test_a_known_person_after_a_body_noun_stays_a_person() -> None:
    # PolNeAR train huff-post "unhappy campaign of Paul Manafort": a contact clause's subject
    text = ("Paul Manafort told friends that the candidate knew all about it.\n\n"
            "It was a chaotic month, in which the campaign Manafort was running committed mistake after mistake.\n\n"
            "Manafort politely suggested that this might be seen as condescending.")
    assert ("Manafort", "organisation") not in speakers_and_kinds(LEAD + text)
    assert speakers_and_kinds(LEAD + text)[-1] == ("Paul Manafort", "person")


def test_a_platform_named_later_in_a_longer_name_keeps_its_name() -> None:
    # PolNeAR train nyt "terrorists mock bids": "Twitter said" is never "State Twitter"
    text = ("Twitter has repeatedly tried to cut off the authors of the account.\n\n"
            "The 335 versions of the pro-Islamic State Twitter account show a tenacious adversary.\n\n"
            "In response, Twitter said it actively investigated potential terrorist threats.")
    assert speakers_and_kinds(LEAD + text)[-1] == ("Twitter", "organisation")
