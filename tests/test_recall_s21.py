"""Attributions the tagger missed that a reader wants (recall-s21, issue 9):
each rule has a sentence of the kind fixed and a near variant that must stay
as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described


# Rule `bare_cue_after_a_postmodified_plural_is_a_verb` (cues.py)
@pytest.mark.parametrize(("text", "source", "content"), [
    ("People familiar with the matter say the deal will close next week.",
     "People familiar with the matter", "the deal will close next week"),
    ("Residents of the town say they heard gunfire.", "Residents of the town", "they heard gunfire"),
    ("Critics of the plan argue it will fail.", "Critics of the plan", "it will fail"),
    ("Members of the committee say that the bill is dead.", "Members of the committee", "the bill is dead"),
    ("Those surveyed say the economy is bad.", "Those surveyed", "the economy is bad"),
    ("People briefed on the situation say the governor has revealed nothing.", "People",
     "the governor has revealed nothing"),
])
def test_a_bare_cue_after_a_plural_with_its_postmodifier_is_a_verb(text: str, source: str, content: str) -> None:
    claims = extract_claims(text)
    assert [(c.source_as_written, c.content, c.rule) for c in claims] == [(source, content, "reported_speech")]


@pytest.mark.parametrize("text", [
    "They gave voters a say in the matter.",
    "The campaign say the vote is close.",
    "At a drugstore, a cashier was shaken by the harsh talk about Muslims she has heard since the shooting.",
])
def test_a_bare_cue_after_a_singular_noun_stays_a_noun(text: str) -> None:
    assert [c for c in extract_claims(text) if c.cue in ("say", "talk about")] == [], described(text)


def test_the_final_say_over_something_is_no_cue_of_its_own() -> None:
    claims = extract_claims("He wanted the final say over the budget.")
    assert [c.cue_text for c in claims] == ["wanted"]


# Rule `participle_aside_ends_before_its_subjects_cue` (rules.py)
def test_a_participle_aside_ends_before_its_subjects_cue() -> None:
    text = ("Salceda, citing data from the U.S. State Department, said that about 4 million people of "
            "Philippine descent live in the United States.")
    assert described(text) == [
        ("Salceda", "cite", "data from the U.S. State Department"),
        ("Salceda", "say", "about 4 million people of Philippine descent live in the United States"),
    ]


def test_a_participle_aside_before_a_quotation_ends_before_said() -> None:
    text = ("Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders's following, said, "
            "\"Let me tell you, he's got a heck of an email list.\"")
    assert [(c.cue_text, c.content) for c in extract_claims(text)] == [
        ("noting", "the size of Sanders's following"),
        ("said", "\"Let me tell you, he's got a heck of an email list.\""),
    ]


def test_a_participle_after_a_clause_keeps_its_content_to_the_end() -> None:
    text = "Trump attacked Clinton on Tuesday, saying she had lied about her emails, officials said."
    assert described(text) == [
        ("officials", "say", "Trump attacked Clinton on Tuesday, saying she had lied about her emails"),
    ]


# Rule `name_in_apposition_is_a_source` (rules.py)
def test_a_name_in_apposition_after_a_description_is_a_checked_source() -> None:
    text = ("His former business partner at Lenox, Lawrence B. Cummings, called him a master at bolting "
            "together impossible business transactions.")
    assert described(text) == [
        ("Lawrence B. Cummings", "call", "him a master at bolting together impossible business transactions"),
    ]


def test_a_description_with_no_name_in_apposition_is_still_checked() -> None:
    text = "His former business partner at Lenox, the old firm, called him a master at bolting together deals."
    assert described(text) == []


# Rule `person_label_speaks_for_its_headline` (rules.py, extract.py)
def test_a_persons_label_speaks_for_a_title_case_headline() -> None:
    text = "Trey Gowdy: Benghazi Investigation Helped Reveal Clinton Email Scandal.\n\nThe body starts here."
    assert [(c.speaker, c.rule, c.content) for c in extract_claims(text)] == [
        ("Trey Gowdy", "colon_attribution", "Benghazi Investigation Helped Reveal Clinton Email Scandal"),
    ]


def test_a_label_that_names_no_one_leaves_the_headlines_cue() -> None:
    text = "The Latest: Trump urges supporters to monitor polling places.\n\nThe body starts here."
    assert [(c.speaker, c.cue_text) for c in extract_claims(text)] == [("Trump", "urges")]


# Rule `who_clause_that_speaks_is_its_own_claim` (grammar.py content_last)
@pytest.mark.parametrize("text", [
    "Ted Cruz endorses Trump, who says he is honored.",
    "Cruz praised Trump, who said he was honored.",
])
def test_a_who_clause_that_speaks_is_the_persons_own_claim(text: str) -> None:
    claims = extract_claims(text)
    assert ("Trump", "reported_speech") in [(c.speaker, c.rule) for c in claims if c.cue == "say"]
    assert not any("honored" in c.content for c in claims if c.speaker != "Trump"), described(text)


@pytest.mark.parametrize("text", [
    "Smith said Jones, who denied the charges, would resign.",
    "Smith said Jones, who he said was late, would resign.",
    "Smith said Jones cared for his mother, Lucille, who refused to leave her son's bedside.",
])
def test_a_who_clause_inside_the_content_stays_in_it(text: str) -> None:
    smith = [c for c in extract_claims(text) if c.speaker == "Smith"]
    assert [c.content.startswith("Jones") and c.content.endswith(("would resign", "bedside"))
            for c in smith] == [True]
