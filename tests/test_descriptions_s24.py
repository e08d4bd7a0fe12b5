"""Session 24 descriptions and titles (session 23's "Descriptions left",
QA rounds 64 and 65), each rule with a sentence of its kind and a near
variant that must stay as it is."""

from __future__ import annotations

from summarizer.mentions import find_mentions
from tests.claim_helpers import speakers_and_roles

LEAD = "Officials met on Monday.\n\n"


def _mentioned(*sentences: str) -> dict[str, str]:
    return {m.name: m.kind for m in find_mentions(sentences, (), ())}


# --- rule `opening_title_only_starts_a_name` (titles.txt "| opening": Sheikh, Imam) ---------------

def test_sheikh_opening_a_name_is_a_title() -> None:
    assert speakers_and_roles(LEAD + "Sheikh Hassan Nasrallah said the group would respond to any attack.") \
        == [("Hassan Nasrallah", "Sheikh")]


def test_imam_opening_a_name_is_a_title() -> None:
    assert speakers_and_roles(LEAD + "Imam Feisal Abdul Rauf said the center would open next year.") \
        == [("Feisal Abdul Rauf", "Imam")]


def test_imam_ending_a_name_stays_in_it() -> None:
    # near variant: a surname spelt as the title, after a rank
    assert speakers_and_roles(LEAD + "Lt. Col. Amr Imam said the army would protect the protesters.") \
        == [("Amr Imam", "Lt. Col.")]


def test_sheikh_inside_a_name_stays_in_it() -> None:
    assert speakers_and_roles(LEAD + "Khalid Sheikh Mohammed said he was tortured.") \
        == [("Khalid Sheikh Mohammed", None)]


def test_imam_before_a_body_name_stays_in_it() -> None:
    assert speakers_and_roles(LEAD + "The Imam Al-Khoei Islamic Center said it condemned the attack.") \
        == [("Imam Al-Khoei Islamic Center", None)]


def test_opening_titles_in_mentioned() -> None:
    found = _mentioned("Sheikh Hassan Nasrallah spoke on Monday.", "Lt. Col. Amr Imam was there.",
                       "Khalid Sheikh Mohammed was tried.", "Crowds gathered at Sheikh Zayed Grand Mosque.")
    assert found.get("Hassan Nasrallah") == "person"
    assert found.get("Amr Imam") == "person"
    assert "Khalid Sheikh Mohammed" in found and "Mohammed" not in found
    assert "Zayed Grand Mosque" not in found and found.get("Sheikh Zayed Grand Mosque") != "person"


# --- `source_after_its_claim` counts from the claim's first part (660 s17-s19) --------------------

GROUP_GOING_ON = ("Carter was the first executive director of the Association in Defence of the Wrongly "
                  "Convicted from 1993 to 2004.\n\n"
                  '"Rubin will be remembered as a truly courageous man," the group said in a statement.\n\n'
                  '"We will continue to fight against wrongful convictions. Rest in peace Rubin."')


def test_the_group_before_a_quotation_going_on_is_the_group_named_just_before() -> None:
    assert speakers_and_roles(LEAD + GROUP_GOING_ON)[-1][0] == "Association in Defence of the Wrongly Convicted"


def test_the_group_before_a_quotation_going_on_after_a_company_stays() -> None:
    # near variant: the body just before is a company, no group
    text = GROUP_GOING_ON.replace("the Association in Defence of the Wrongly Convicted", "Acme Corp.")
    assert speakers_and_roles(LEAD + text)[-1][0] != "Acme Corp."


def test_the_group_inside_its_sentence_before_a_quotation_going_on_stays() -> None:
    # near variant: the source opens no sentence and stands before its claim
    text = GROUP_GOING_ON.replace('"Rubin will be remembered as a truly courageous man," the group said in a '
                                  'statement.', 'On Monday, the group said: "Rubin will be remembered."')
    assert speakers_and_roles(LEAD + text)[-1][0] != "Association in Defence of the Wrongly Convicted"


# --- rule `the_government_is_the_one_country_in_view` (943 s31-s32) ---------------------------------

GOVERNMENT = ("Syria said the director of the health office was killed by an armed group on Tuesday.\n\n"
              '"The United Nations urges the Syrian government to stop the shelling," the envoy said.\n\n'
              "Syrian rebels claimed on Monday that they had shot down a military jet.\n\n"
              'The government denied the jet was shot down, blaming the crash on a "technical failure."')


def test_the_government_is_the_one_country_that_spoke_and_was_named() -> None:
    assert [s for s, _ in speakers_and_roles(LEAD + GOVERNMENT)][-2:] == ["Syria", "Syria"]


def test_the_government_with_another_country_named_stays() -> None:
    # near variant: a second country's government named before
    text = GOVERNMENT.replace("the Syrian government", "the Syrian government and the Turkish government")
    assert [s for s, _ in speakers_and_roles(LEAD + text)][-1] != "Syria"


def test_the_government_with_another_country_speaking_stays() -> None:
    # near variant: another country spoke too
    text = GOVERNMENT.replace("Syrian rebels claimed", "Turkey said")
    assert "Syria" not in [s for s, _ in speakers_and_roles(LEAD + text)][-2:]


def test_the_government_with_no_country_speaking_stays() -> None:
    # near variant: the country was named, never a speaker
    text = GOVERNMENT.replace("Syria said", "Reports said")
    assert "Syria" not in [s for s, _ in speakers_and_roles(LEAD + text)][-2:]


# --- rule `country_before_a_body_name_is_the_same_body` (418 s10) -----------------------------------

COURT = ("The Supreme Court refused Monday to reconsider one of its most controversial decisions.\n\n"
         "Montana's highest court ruled that the state can keep its own restrictions.\n\n"
         "In February, the U.S. Supreme Court blocked enforcement of that state ruling.\n\n"
         'In its ruling Monday, the court said, "There can be no serious doubt that it does."')


def test_the_court_is_the_one_court_named_with_and_without_its_country() -> None:
    assert speakers_and_roles(LEAD + COURT)[-1][0] == "Supreme Court"


def test_the_court_with_a_state_court_named_stays() -> None:
    # near variant: a state before the name makes another court
    text = COURT.replace("the U.S. Supreme Court", "the Montana Supreme Court")
    assert speakers_and_roles(LEAD + text)[-1][0] == "the court"


# --- rule `named_body_before_its_document_is_the_issuer` (505 s26) ----------------------------------

def test_a_named_bodys_statement_is_the_body() -> None:
    text = ('He joined the Miami Dolphins in 2003.\n\n'
            '"Junior was one-of-a-kind," a Miami Dolphins statement said.')
    assert speakers_and_roles(LEAD + text)[-1][0] == "Miami Dolphins"


def test_a_countrys_embassy_statement_stays_the_document() -> None:
    # near variant (team decision): a country's body is no named organisation of its own
    assert speakers_and_roles(LEAD + '"We are shocked," a U.S. Embassy statement said.')[-1][0] \
        == "a U.S. Embassy statement"


def test_a_presidency_statement_and_a_persons_statement_stay_the_document() -> None:
    assert speakers_and_roles(LEAD + '"We are shocked," a French presidency statement said.')[-1][0] \
        == "a French presidency statement"
    assert speakers_and_roles(LEAD + '"We are shocked," a Donald Trump statement said.')[-1][0] \
        == "a Donald Trump statement"


def test_a_countrys_ministry_statement_and_an_offices_website_stay_the_document() -> None:
    # near variants (CNN-Corpus 960 s36, 955 s36): a people's word in the name; a title's possessive
    assert speakers_and_roles(LEAD + "A French Defense Ministry statement said hundreds more troops "
                                     "had arrived.")[-1][0] \
        == "A French Defense Ministry statement"
    assert speakers_and_roles(LEAD + "The President's website said he would agree to a working group.")[-1][0] \
        != "President"
