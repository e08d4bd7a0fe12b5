"""Leads and sources a reader of unseen articles found wrong: a dateline left glued to a lead
with a contracted subject or an undashed wire tag, a lead whose "It" points at nothing as the
bottom line, and documents of named bodies filed under unnamed sources."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.cleanup import dateline_credit, dateline_length, without_dateline

# --- Rule `contracted_subject_after_a_glued_place` (cleanup.py, datelines.txt) ----------------------


def test_rule_contracted_subject_after_a_glued_place() -> None:
    # CNN-Corpus dev 371: the bottom line and the summary began "Washington It's less of ..."
    text = 'Washington It\'s less of a tongue-twisting jumble than the phrase "Patient Protection Act."'
    assert without_dateline(text).startswith("It's less")
    assert without_dateline("Hong Kong It's a decision thousands of protesters feared.").startswith("It's a")
    assert without_dateline("Paris, France They\u2019re back on the streets again.").startswith("They\u2019re")


def test_rule_contracted_subject_after_a_glued_place_near_variants_stay() -> None:
    # a place as the subject, its possessive, a title in title case, and any sentence but the first
    for text in ("Washington is less of a jumble than the phrase.", "Washington's less of a jumble than that.",
                 "Thank God It's Friday is a film from 1978.", "Washington It's Washington."):
        assert dateline_length(text) == 0, text
    assert dateline_length("Washington It's less of a jumble.", opens_body=False) == 0


def test_rule_contracted_subject_after_a_glued_place_wants_a_listed_place() -> None:
    # a person's or a team's name glued to "He's", "They're" is no dateline (places.txt lists neither)
    for text in ("Prince Harry He's back in London this week for the ceremony.",
                 "Boston Red Sox They're in first place after a long winning streak.",
                 "Hong Kong Disneyland It's been a hard year for the park."):
        assert dateline_length(text) == 0, text
    assert without_dateline("New York It's the city's biggest snowstorm in a decade.").startswith("It's the")


# --- Rule `wire_tag_without_a_dash` (cleanup.py) ---------------------------------------------------


def test_rule_wire_tag_without_a_dash() -> None:
    text = "Washington (CNN) It's less of a tongue-twisting jumble than the phrase."
    assert without_dateline(text).startswith("It's less")
    assert dateline_credit(text) == "CNN"
    assert without_dateline("Kabul, Afghanistan (Reuters) Gunmen shot dead a journalist.").startswith("Gunmen")


def test_rule_wire_tag_without_a_dash_near_variants_stay() -> None:
    # a bracket after a name that is no news outlet: a party, a ticker
    for text in ("Sen. Rand Paul (R) The senator said no.", "Apple (AAPL) Shares fell on Monday.",
                 "Amnesty International (AI) The group said so."):
        assert dateline_length(text) == 0, text
        assert dateline_credit(text) is None
    assert dateline_length("Washington (CNN) The court ruled.", opens_body=False) == 0


def test_rule_wire_tag_without_a_dash_wants_a_listed_place() -> None:
    # a photo credit glued to a person's name: no dateline, and the outlet stays a name of the text
    for text in ("Donald Trump (AP) The president said on Monday that tariffs would rise.",
                 "Anderson Cooper (CNN) Anchor Anderson Cooper said the debate would be lively."):
        assert dateline_length(text) == 0, text
        assert dateline_credit(text) is None
    text = "Jalalabad, Afghanistan (Reuters) The Taliban said on Monday they had taken two districts."
    assert without_dateline(text).startswith("The Taliban")


# --- Rules `document_of_a_named_body_is_the_body` and `document_from_named_bodies_is_theirs` ---------


def _source(sentence: str) -> tuple[str | None, str]:
    claims = extract_claims(f"A headline\n\n{sentence}")
    assert len(claims) == 1, [(c.speaker, c.content) for c in claims]
    return claims[0].speaker, claims[0].speaker_kind


def test_rule_document_of_a_named_body_is_the_body() -> None:
    # CNN-Corpus dev 15, 115: "the World Bank's latest report" and "The CDC's report" were unnamed sources
    assert _source("The World Bank's latest report shows that growth slowed in the region.") == (
        "World Bank", "organisation")
    assert _source("The Sunlight Foundation's analysis showed the word was used 3,000 times.") == (
        "Sunlight Foundation", "organisation")


def test_rule_document_of_a_named_body_is_the_body_near_variants_stay() -> None:
    # no owner named, a person's document, a place's, an office by its title: as written
    assert _source("An investigation found that the wards were empty.") == ("An investigation", "unnamed")
    assert _source("Rubio's press release said that he would run.")[1] != "organisation"
    assert _source("Israel's report said the strike was lawful.")[1] != "organisation"
    assert _source("The company's report said that sales rose.") == ("The company's report", "unnamed")


def test_rule_document_of_a_named_body_is_the_body_with_a_word_of_time_or_kind() -> None:
    assert _source("Human Rights Watch's annual report says the police beat detainees.") == (
        "Human Rights Watch", "organisation")
    assert _source("The Pentagon's press release said the strike hit its target.") == ("Pentagon", "organisation")
    # CNN-Corpus dev 409: "according to CNN's exit polls" speaks for CNN
    assert _source("Unmarried women were a quarter of the electorate, according to CNN's exit polls.") == (
        "CNN", "organisation")


def test_rule_document_of_a_named_body_is_the_body_not_with_a_topic_between() -> None:
    # the body is what the document is about: others wrote it
    assert _source("The CIA's torture report, written by Senate staff, found that the program did not work.") == (
        "The CIA's torture report", "unnamed")
    assert _source("Ethiopian Airlines' crash report said the pilots followed all procedures.") == (
        "Ethiopian Airlines' crash report", "unnamed")


def test_rule_document_from_named_bodies_is_theirs() -> None:
    # The Intercept (Gaza): "an investigation by +972 Magazine and The Intercept" was an unnamed source
    assert _source("The hospital was hit 12 times, according to an investigation by +972 Magazine and "
                   "The Intercept.") == ("+972 Magazine and The Intercept", "organisation")
    assert _source("A report by the World Bank and the International Monetary Fund found that growth "
                   "slowed.") == ("the World Bank and the International Monetary Fund", "organisation")


def test_rule_document_from_named_bodies_is_theirs_near_variants_stay() -> None:
    # a person or a body noun in lower case among the authors, no author at all
    assert _source("A report by the agency and Jane Smith found that the river was clean.")[1] == "unnamed"
    assert _source("Data from the company and its partners showed that sales rose.")[1] == "unnamed"
    assert _source("An investigation found that the hospital was hit 12 times.") == (
        "An investigation", "unnamed")
