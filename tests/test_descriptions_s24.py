"""Session 24 descriptions and titles (session 23's "Descriptions left",
QA rounds 64 and 65), each rule with a sentence of its kind and a near
variant that must stay as it is."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.mentions import find_mentions

LEAD = "Officials met on Monday.\n\n"


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.speaker, c.role) for c in extract_claims(LEAD + text)]


def _mentioned(*sentences: str) -> dict[str, str]:
    return {m.name: m.kind for m in find_mentions(sentences, (), ())}


# --- rule `opening_title_only_starts_a_name` (titles.txt "| opening": Sheikh, Imam) ---------------

def test_sheikh_opening_a_name_is_a_title() -> None:
    assert _speakers("Sheikh Hassan Nasrallah said the group would respond to any attack.") \
        == [("Hassan Nasrallah", "Sheikh")]


def test_imam_opening_a_name_is_a_title() -> None:
    assert _speakers("Imam Feisal Abdul Rauf said the center would open next year.") \
        == [("Feisal Abdul Rauf", "Imam")]


def test_imam_ending_a_name_stays_in_it() -> None:
    # near variant: a surname spelt as the title, after a rank
    assert _speakers("Lt. Col. Amr Imam said the army would protect the protesters.") \
        == [("Amr Imam", "Lt. Col.")]


def test_sheikh_inside_a_name_stays_in_it() -> None:
    assert _speakers("Khalid Sheikh Mohammed said he was tortured.") == [("Khalid Sheikh Mohammed", None)]


def test_imam_before_a_body_name_stays_in_it() -> None:
    assert _speakers("The Imam Al-Khoei Islamic Center said it condemned the attack.") \
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
    assert _speakers(GROUP_GOING_ON)[-1][0] == "Association in Defence of the Wrongly Convicted"


def test_the_group_before_a_quotation_going_on_after_a_company_stays() -> None:
    # near variant: the body just before is a company, no group
    text = GROUP_GOING_ON.replace("the Association in Defence of the Wrongly Convicted", "Acme Corp.")
    assert _speakers(text)[-1][0] != "Acme Corp."


def test_the_group_inside_its_sentence_before_a_quotation_going_on_stays() -> None:
    # near variant: the source opens no sentence and stands before its claim
    text = GROUP_GOING_ON.replace('"Rubin will be remembered as a truly courageous man," the group said in a '
                                  'statement.', 'On Monday, the group said: "Rubin will be remembered."')
    assert _speakers(text)[-1][0] != "Association in Defence of the Wrongly Convicted"
