"""Small trust items the session 21 fixers found and left (leftovers-s21):
each fixed by a named rule, with a sentence of its kind and a near variant
that must stay as it is. The sentences are invented in the manner of news
articles; none is copied from the shared data sets."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.brief import make_brief
from summarizer.reading import Article
from tests.claim_helpers import speakers_and_kinds

# --- junk.py rule `infinitive_of_an_instruction_is_no_claim` ----------------------------------------
# Rule `infinitive_of_an_instruction_is_no_claim` (junk.py JUNK_RULES)
# (QA round 57, 988 s13: "I follow sharp instructions from my mother not to tell too many people I'm
# coming back" gave a negated "not to tell" with no source)


@pytest.mark.parametrize("sentence", [
    "Whenever I travel home, I follow strict instructions from my father not to tell too many people "
    "I am coming back.",
    "He gave orders to say nothing about the raid.",
    "His advice to tell the truth was ignored by the board.",
    "She received instructions not to tell anyone the plant was closing.",
])
def test_rule_infinitive_of_an_instruction_is_no_claim(sentence: str) -> None:
    assert [c.cue for c in extract_claims(sentence) if c.cue in ("tell", "say")] == []


def test_rule_infinitive_of_an_instruction_near_variants_stay() -> None:
    claims = extract_claims("She told reporters not to expect a deal this week.")
    assert [(c.speaker_span.text if c.speaker_span else None, c.cue) for c in claims] == [("She", "tell")]
    # a verb of ordering, not a noun: the negated telling stays (rule `not_to_infinitive_negates`)
    claims = extract_claims("He was ordered not to tell anyone the plant is closing.")
    assert [(c.shown_cue, c.negated) for c in claims] == [("was ordered not to tell", True)]
    claims = extract_claims("The mayor decided to tell everyone the plant is closing.")
    assert [(c.cue, c.negated) for c in claims] == [("tell", False)]


# --- grammar.py rule `who_clause_speaks_only_with_a_clause` -----------------------------------------
# (PolNeAR train nyt_2016-09-07 phyllis-schlafly s27: the who-clause with an object only was cut out)


def test_rule_who_clause_speaks_only_with_a_clause() -> None:
    text = ("John Smith defended his mother and refused to repudiate Republican politicians, like Pat "
            "Robertson, who had condemned the film.")
    claims = extract_claims(text)
    refused = [c for c in claims if c.cue == "refuse"]
    assert [c.content for c in refused] == [
        "to repudiate Republican politicians, like Pat Robertson, who had condemned the film"
    ] or [c.content for c in refused] == [
        "Republican politicians, like Pat Robertson, who had condemned the film"]


@pytest.mark.parametrize("text", [
    "Cruz praised Trump, who said he was honored.",
    "Cruz praised Trump, who said that the party was united.",
])
def test_rule_who_clause_speaks_only_with_a_clause_near_variants_stay(text: str) -> None:
    claims = extract_claims(text)
    assert ("Trump", "say") in [(c.speaker, c.cue) for c in claims]
    assert not any(c.speaker != "Trump" and ("honored" in c.content or "united" in c.content) for c in claims)


# --- cues.py rules `finite_cue_after_her_is_a_verb` and `bare_cue_after_a_plural_who_clause_is_a_verb`,
# speakers.py `cut_phrase_is_no_speaker` (no cut after a who-clause's "her")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Those who met her said she was calm and kind.", "Those who met her"),
    ("Those who know the family say they are devastated.", "Those who know the family"),
    ("Those who have known the family say they are devastated.", "Those who have known the family"),
    ("People who know the family say they are devastated.", "People"),
])
def test_rule_those_who_with_her_or_an_object_speaks(sentence: str, speaker: str) -> None:
    assert speakers_and_kinds(sentence) == [(speaker, "unnamed")]


def test_rule_those_who_near_variants_stay() -> None:
    assert speakers_and_kinds("Those who met him said she was calm and kind.") == [("Those who met him", "unnamed")]
    # "the final say" and "her say", "her claims" stay nouns
    assert [c.content for c in extract_claims("He wanted the final say over the budget.")] == [
        "the final say over the budget"]
    assert [c.cue for c in extract_claims("She had her say on the plan.")] == []
    assert [c.content for c in extract_claims("He repeated her claims that the vote was rigged.")] == [
        "her claims that the vote was rigged"]


# --- rules.py rule `described_person_before_a_who_clause`, source_nouns.txt described -----------------


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A soldier who was wounded in Iraq said the army had failed him.", "A soldier"),
    ("A veteran who served two tours said the clinic was closing.", "A veteran"),
    ("A teacher who was at the school said the doors were locked.", "A teacher"),
])
def test_rule_described_person_before_a_who_clause(sentence: str, speaker: str) -> None:
    claims = extract_claims(sentence)
    assert [(c.speaker, c.speaker_kind) for c in claims] == [(speaker, "unnamed")]
    assert "who" not in (claims[0].speaker_span.text if claims[0].speaker_span else "")


def test_rule_described_person_near_variants_stay() -> None:
    assert speakers_and_kinds("A man who was wounded in Iraq said the war was wrong.") == [("A man", "unnamed")]
    assert speakers_and_kinds("An activist who hosts an MSNBC show said the plan failed.") \
        == [("An activist", "unnamed")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Former employees said the office was chaotic.", "Former employees"),
    ("Veterans say the clinic is closing.", "Veterans"),
])
def test_described_groups_are_unnamed_sources(sentence: str, speaker: str) -> None:
    # source_nouns.txt described (plurals only): shown as written, an unnamed source
    assert speakers_and_kinds(sentence) == [(speaker, "unnamed")]


# --- name_stopwords.txt rule `indefinite_pronoun_is_no_name`, with `those_who_is_the_description` ---


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Someone who saw the crash told police the driver was speeding.", "Someone who saw the crash"),
    ("Someone told police the driver was speeding.", "Someone"),
    ("Everyone said he was gentle.", "Everyone"),
    ("Everyone who knew him said he was gentle.", "Everyone who knew him"),
])
def test_rule_indefinite_pronoun_is_no_name(sentence: str, speaker: str) -> None:
    assert speakers_and_kinds(sentence) == [(speaker, "unnamed")]


def test_rule_indefinite_pronoun_not_listed_as_a_quantity_is_shown_as_written() -> None:
    # "Somebody" is no name; not a listed quantity (source_nouns.txt), it stays unresolved as written
    claims = extract_claims("Somebody told police the driver was speeding.")
    assert [(c.speaker, c.speaker_kind, c.speaker_span.text if c.speaker_span else None) for c in claims] == [
        (None, "unresolved", "Somebody")]


def test_rule_indefinite_pronoun_near_variants_stay() -> None:
    assert speakers_and_kinds("Many said he was gentle.") == [("Many", "unnamed")]
    assert speakers_and_kinds("Those who knew him said he was kind.") == [("Those who knew him", "unnamed")]
    text = "Someone who saw the crash told police the driver was speeding.\n\nJohn Smith, the mayor, said so."
    note = make_brief([Article(text, "story.txt")])
    assert not any("Someone" in m.name for m in note.mentions)
    assert not any("Someone" in group.speaker for group in note.speakers if group.named)


# --- text.py rule `lower_case_said_is_no_headline` --------------------------------------------------


def test_rule_lower_case_said_is_no_headline() -> None:
    assert speakers_and_kinds("The Drudge Report said so on Monday.") == [("Drudge Report", "organisation")]
    text = "The Drudge Report said so on Monday.\n\nThe Transparency Report said the requests rose."
    assert speakers_and_kinds(text) == [("Drudge Report", "organisation"), ("Transparency Report", "organisation")]


def test_rule_lower_case_said_near_variants_stay() -> None:
    # a title-case headline keeps its capitalised cue
    assert [(c.speaker, c.cue) for c in extract_claims("Clinton Says Trump Unfit")] == [("Clinton", "say")]
    assert speakers_and_kinds("The Drudge Report said the deal was off.") == [("Drudge Report", "organisation")]
