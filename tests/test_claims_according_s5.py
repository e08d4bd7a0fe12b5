"""Sources after "according to" and sources that are a part of a group (QA
round 20: "according to an emergency call released Tuesday" gave the source
"an"; "..., according to one of the boy's classmates" swapped source and
claim)."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only


def test_a_part_of_a_group_is_a_source_when_the_group_is() -> None:
    # Rule `one_of_a_group`
    claim = only("The school suspended him last year, according to one of his classmates.")
    assert (claim.rule, claim.speaker_span and claim.speaker_span.text) == ("according_to", "one of his classmates")
    assert claim.content == "The school suspended him last year"
    # Not every part of something is a source
    assert extract_claims("The plan was adjusted, according to one of the rules.") == []


def test_according_to_never_has_a_subject() -> None:
    # Rule `according_to_has_no_subject`: no "school" vouching for "one of the rules"
    assert extract_claims("Before the fire, the school suspended him, according to one of the rules.") == []


def test_a_source_runs_past_its_article() -> None:
    # Rule `source_is_no_determiner`
    claim = only("A neighbour called the police at midnight, according to an emergency call log.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "an emergency call log"
    assert claim.content == "A neighbour called the police at midnight"
    leaked = only("The budget was cut in half, according to a leaked memo.")
    assert leaked.speaker_span is not None and leaked.speaker_span.text == "a leaked memo"
    # Adverbs ("recently", "publicly") are part of the source, not auxiliaries
    claim = only("According to the recently published report, the company lost money.")
    assert claim.rule == "according_to"
    assert claim.speaker_span is not None and claim.speaker_span.text == "the recently published report"
    claim = only("The company lost money, according to a publicly available filing.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "a publicly available filing"


def test_a_participle_closing_the_sentence_describes_the_source() -> None:
    # Rule `participle_after_the_source`
    claim = only("The agency lost the files, according to a memo released Friday by its inspector.")
    assert claim.content == "The agency lost the files"
    assert claim.speaker_span is not None and claim.speaker_span.text == "a memo"
    claim = only("Turnout was low, according to a frequently updated tally kept by the paper.")
    assert claim.content == "Turnout was low"
    # Fronted, the participle runs to the comma
    claim = only("According to a report released Tuesday, the company lost money.")
    assert claim.content == "the company lost money"
    # A clause that goes on after the source is still the claim's
    claim = only("According to the memo, staff members deleted the files.")
    assert claim.content == "staff members deleted the files"


def test_results_and_polling_are_sources() -> None:
    claim = only("Early returns show the mayor well ahead in the east of the city.")
    assert (claim.speaker_kind, claim.speaker) == ("unnamed", "Early returns")
    claim = only("Clinton won the primary in Puerto Rico, according to early returns.")
    assert claim.speaker == "early returns" and claim.content == "Clinton won the primary in Puerto Rico"


def test_a_fronted_clause_is_no_subject_of_the_main_clause() -> None:
    # Rule `fronted_clause_is_no_subject`
    text = ("After the report from Ohio was released on Tuesday night, the campaign manager, Jeff Weaver, went on "
            "television and outlined how he thinks the campaign could still win.")
    assert [(c.speaker_span and c.speaker_span.text, c.cue) for c in extract_claims(text)] == [("he", "think")]
    # With no comma to tell where the fronted clause ends, no subject is guessed
    assert extract_claims("After the officials met the minister went on television and said the plan failed.") == []
    # Before the comma the cue is the fronted clause's own: its subject, without "though"
    kept = [c for c in extract_claims("Though she called the fine fair and called for more checks, the "
                                      "senator left early.") if c.cue == "call for"]
    assert [c.speaker_span and c.speaker_span.text for c in kept] == ["she"]
