"""Junk of the last reader rounds (junk s20): claims a reader judges junk
(acts, wishes of things, fragments, cut subjects), each fixed by a named
rule, with a sentence of its kind and a near variant that must stay a claim.
The sentences are invented in the manner of the articles; none is copied
from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.model import Claim


def _claims(text: str) -> list[Claim]:
    return extract_claims(text)


def _sources(text: str) -> list[str | None]:
    return [c.source_as_written for c in extract_claims(text)]


# --- rule `count_opens_the_subject` (rules.py _past_a_bare_count; QA 54, 633 s2: "Twenty-one gay and
# lesbian couples were part of a group of plaintiffs ..., saying ..." showed the speaker "Twenty-one")

def test_a_count_runs_to_its_plural_noun() -> None:
    assert _sources("Twelve gay and lesbian couples were among the plaintiffs challenging the ban, "
                    "saying it violated their rights.") == ["Twelve gay and lesbian couples"]
    assert _sources("Three more liberal judges would have gone further, saying the law was void.") == [
        "Three more liberal judges"]
    assert _sources("Twenty-one states allow the practice, saying it is a right.") == ["Twenty-one states"]


def test_a_count_alone_stays_the_speaker() -> None:
    # near variant: the count stands for the people counted
    assert _sources("Of the senators polled, 43 said the rule should go.") == ["43"]
    assert _sources("Two said they would vote against the bill.") == ["Two"]


def test_a_counted_time_is_no_speaker() -> None:
    # rule `counted_time_is_no_subject`: "Eight years ago," says when
    claims = _claims("Nine months of the senator touring the state by talking about how he will cut taxes.")
    assert [c.source_as_written for c in claims] == []
    claims = _claims("Six years ago, he backed the governor and said, \"She has done nothing for us.\"")
    assert "Six" not in [c.source_as_written for c in claims]
    assert "he" in [c.source_as_written for c in claims]


# --- rule `conjunction_is_no_part_of_the_cue` (grammar.py fronted_negation; web test s19, a chocolate
# page: the cue "But, little did she know" carried the sentence's "But,")

def test_a_leading_but_is_no_part_of_the_cue() -> None:
    claims = _claims("But, little did she know that the bridge was closed.")
    assert [(c.shown_cue, c.negated) for c in claims] == [("little did she know", True)]


def test_a_fronted_negation_keeps_its_words() -> None:
    # near variant: "Nor" is the negation itself and stays in the cue shown
    claims = _claims("Nor has he said that he would run again.")
    assert [(c.shown_cue, c.negated) for c in claims] == [("Nor has he said", True)]


# --- rule `cut_source_is_shown_as_none` (junk.py is_cut_source, extract.py _without_cut_sources; QA 53,
# 696 s41 "two crew members in" and 952 s41 "A" as the source shown): the claim stays, with no source

def test_a_cut_source_is_shown_as_none() -> None:
    claims = _claims("That kind of attitude -- even before the hearing began -- led a lawyer who visited "
                     "the pilot and two crew members in custody to question whether the hearing can be fair.")
    assert [(c.cue, c.source_as_written) for c in claims] == [("question", None)]
    claims = _claims("A move to cut off aid would anger those allies who have urged the United States "
                     "to support the army.")
    assert [(c.cue, c.source_as_written) for c in claims] == [("urge", None)]


def test_a_source_ending_on_a_noun_stays() -> None:
    # near variant: a whole noun phrase, and a phrase with "of" inside, stay the source
    assert _sources("The head of the agency said the plant was safe.") == ["The head of the agency"]
    assert _sources("A lawyer for the crew questioned whether the hearing can be fair.") == [
        "A lawyer for the crew"]
