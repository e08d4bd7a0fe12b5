"""Junk of the last reader rounds (junk s20): claims a reader judges junk
(acts, wishes of things, fragments, cut subjects), each fixed by a named
rule, with a sentence of its kind and a near variant that must stay a claim.
The sentences are invented in the manner of the articles; none is copied
from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.junk import is_cut_source
from tests.claim_helpers import sources

# --- rule `count_opens_the_subject` (rules.py _past_a_bare_count; QA 54, 633 s2: "Twenty-one gay and
# lesbian couples were part of a group of plaintiffs ..., saying ..." showed the speaker "Twenty-one")

def test_a_count_runs_to_its_plural_noun() -> None:
    assert sources("Twelve gay and lesbian couples were among the plaintiffs challenging the ban, "
                   "saying it violated their rights.") == ["Twelve gay and lesbian couples"]
    assert sources("Three more liberal judges would have gone further, saying the law was void.") == [
        "Three more liberal judges"]
    assert sources("Twenty-one states allow the practice, saying it is a right.") == ["Twenty-one states"]


def test_a_count_alone_stays_the_speaker() -> None:
    # near variant: the count stands for the people counted
    assert sources("Of the senators polled, 43 said the rule should go.") == ["43"]
    assert sources("Two said they would vote against the bill.") == ["Two"]


def test_a_counted_time_is_no_speaker() -> None:
    # rule `counted_time_is_no_subject`: "Eight years ago," says when
    claims = extract_claims("Nine months of the senator touring the state by talking about how he will cut taxes.")
    assert [c.source_as_written for c in claims] == []
    claims = extract_claims("Six years ago, he backed the governor and said, \"She has done nothing for us.\"")
    assert "Six" not in [c.source_as_written for c in claims]
    assert "he" in [c.source_as_written for c in claims]


# --- rule `conjunction_is_no_part_of_the_cue` (grammar.py fronted_negation; web test s19, a chocolate
# page: the cue "But, little did she know" carried the sentence's "But,")

def test_a_leading_but_is_no_part_of_the_cue() -> None:
    claims = extract_claims("But, little did she know that the bridge was closed.")
    assert [(c.shown_cue, c.negated) for c in claims] == [("little did she know", True)]


def test_a_fronted_negation_keeps_its_words() -> None:
    # near variant: "Nor" is the negation itself and stays in the cue shown
    claims = extract_claims("Nor has he said that he would run again.")
    assert [(c.shown_cue, c.negated) for c in claims] == [("Nor has he said", True)]


# --- rule `cut_source_is_shown_as_none` (junk.py is_cut_source, extract.py _without_cut_sources; QA 53,
# 696 s41 "two crew members in" and 952 s41 "A" as the source shown): the claim stays, with no source

def test_a_cut_source_is_shown_as_none() -> None:
    claims = extract_claims("That kind of attitude -- even before the hearing began -- led a lawyer who visited "
                            "the pilot and two crew members in custody to question whether the hearing can be fair.")
    assert [(c.cue, c.source_as_written) for c in claims] == [("question", None)]
    claims = extract_claims("A move to cut off aid would anger those allies who have urged the United States "
                            "to support the army.")
    assert [(c.cue, c.source_as_written) for c in claims] == [("urge", None)]


def test_a_source_cut_after_an_article_or_a_possessive_is_shown_as_none() -> None:
    assert is_cut_source("Earlier in the") and is_cut_source("some of his") and is_cut_source("A")
    assert not is_cut_source("his") and not is_cut_source("the mayor") and not is_cut_source("Speaker of the House")


def test_a_source_ending_on_a_noun_stays() -> None:
    # near variant: a whole noun phrase, and a phrase with "of" inside, stay the source
    assert sources("The head of the agency said the plant was safe.") == ["The head of the agency"]
    assert sources("A lawyer for the crew questioned whether the hearing can be fair.") == [
        "A lawyer for the crew"]


# --- Rule `thing_encourages_an_activity_is_no_claim` (junk.py thing_encourages_an_activity,
# junk_readings.txt effect_cues/effect_subjects; QA 54, 840 s12 "It will also encourage campaigning")

def test_a_thing_encouraging_an_activity_is_no_claim() -> None:
    assert extract_claims("It will also encourage campaigning on similar themes by parties across Europe.") == []


def test_encouraging_someone_to_act_stays() -> None:
    # near variants: someone urged to act, and a named subject, stay claims
    assert [c.cue for c in extract_claims("It might encourage others to attack the embassy.")] == ["encourage"]
    assert [c.cue for c in extract_claims("It encourages all of them to stay in the race.")] == ["encourage"]
    assert sources("Ohio encourages early voting.") == ["Ohio"]


# --- source_nouns.txt bodies `panel` (CNN row 677 s0: "..., a United Nations panel reported Monday" gave
# no claim of the panel, and the sentence's "reveal" was read as a claim of "the widespread abuse ...")

def test_a_panel_reports_as_a_body() -> None:
    claims = extract_claims("A catalog of abuse reveals a state \"without parallel in the modern world,\" "
                            "a United Nations panel reported Monday.")
    assert [(c.source_as_written, c.cue) for c in claims] == [("a United Nations panel", "report")]


def test_a_panel_as_a_thing_is_no_source() -> None:
    # near variant: a solar panel shows nothing anyone said
    assert extract_claims("The new solar panel showed a sharp gain in output.") == []


# --- Rule `questioning_a_person_is_no_claim` (junk.py questions_a_person; junk_readings.txt
# person_questioning_cues, questioned_people): an interview or an interrogation, not a doubt put in words

def test_questioning_a_person_is_no_claim() -> None:
    assert extract_claims("The host questioned Pence about that position, but Pence was adamant.") == []
    assert extract_claims("Police questioned him for hours.") == []
    assert extract_claims("Detectives questioned the suspects on Monday.") == []


def test_questioning_a_thing_or_a_clause_stays() -> None:
    # near variants: a possessive object, a thing, a clause are doubts put in words
    assert [c.cue for c in extract_claims("Zarate questioned Trump's logic.")] == ["question"]
    assert [c.cue for c in extract_claims("Cruz questioned the science of climate change.")] == ["question"]
    assert [c.cue for c in extract_claims("She questioned whether the deal was fair.")] == ["question"]


# --- rule `opening_adverb_leaves_the_source` (grammar.py trim_source, claim_grammar.txt
# leading_source_adverbs; the claims dump: "Perhaps Westerners", "Yet the Democrats", "Now doctors")

def test_an_opening_adverb_is_no_part_of_the_source() -> None:
    assert sources("Yet the Democrats acknowledged that the plan had failed.") == ["the Democrats"]
    assert sources("Then the central bank warned that rates would rise.") == ["the central bank"]
    assert sources("Now doctors say a second child appears to be free of the virus.") == ["doctors"]


def test_a_word_that_opens_a_name_stays() -> None:
    # near variants: a capitalised word of a name, and an adverb inside the sentence, stay as they were
    assert sources("Now This News said the plant was safe.") != ["This News"]
    assert sources("The regulators now say the plant was safe.") == ["The regulators"]
