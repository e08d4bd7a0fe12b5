"""Claims a reader found wrong on unseen articles, each fixed by a small
named rule, with a sentence of its kind and a near variant where the rule
must not fire. The sentences are written in the manner of the articles."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import described, only


# Rule `negated_content_ends_before_the_sources_next_act`
def test_rule_negated_content_ends_before_the_sources_next_act() -> None:
    text = ("A close aide to the former prime minister could not confirm when Yingluck was released, "
            "and contradicted the military's assertion that she was free to move around.")
    claim = only(text)
    assert (claim.speaker_span.text if claim.speaker_span else None, claim.cue, claim.negated) == \
        ("A close aide", "confirm", True), described(text)
    assert claim.content == "when Yingluck was released"


def test_assertive_cue_keeps_the_second_act_as_before() -> None:
    claim = only("A close aide confirmed that Yingluck was released, and contradicted the military's "
                 "assertion that she was free.")
    assert not claim.negated
    assert claim.content == "Yingluck was released, and contradicted the military's assertion that she was free"


def test_negated_content_with_no_comma_is_one_clause() -> None:
    claim = only("A close aide could not confirm when Yingluck was released and returned home.")
    assert claim.negated and claim.content == "when Yingluck was released and returned home"


# Rule `bare_verb_after_a_modal_predicate_is_no_cue`
def test_rule_bare_verb_after_a_modal_predicate_is_no_cue() -> None:
    text = ("He added that Scotland will also align with other UK nations and add Madeira and the Azores "
            "to the list of destinations now exempt from quarantine requirement.")
    claim = only(text)
    assert claim.cue == "add", described(text)
    assert claim.content == ("Scotland will also align with other UK nations and add Madeira and the Azores "
                             "to the list of destinations now exempt from quarantine requirement")


def test_bare_verb_in_a_comma_list_of_a_modal_predicate() -> None:
    claim = only("The minister said the government will raise taxes, cut services and add new fees.")
    assert claim.content == "the government will raise taxes, cut services and add new fees"


def test_past_cue_after_and_is_still_a_claim_of_its_own() -> None:
    text = "The minister said the government will raise taxes, cut services and added that fees would rise."
    assert [(c.cue, c.content) for c in extract_claims(text)] == [
        ("say", "the government will raise taxes, cut services"), ("add", "fees would rise")], described(text)


def test_bare_cue_before_that_still_ends_the_content() -> None:
    text = "He said that Scotland will align with other UK nations and add that Madeira would be on the list."
    assert [c.content for c in extract_claims(text)] == [
        "Scotland will align with other UK nations", "Madeira would be on the list"], described(text)


# Rule `count_of_described_people_runs_on`
def test_rule_count_of_described_people_runs_on() -> None:
    text = ("Throngs of pro-democracy protesters rallied in the city on Sunday and promised there would be "
            "more protests.")
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == ("Throngs of pro-democracy protesters", "unnamed"), described(text)
    assert claim.content == "there would be more protests"


def test_crowd_count_with_a_plain_noun_is_unnamed() -> None:
    claim = only("Throngs of protesters said the vote was unfair.")
    assert (claim.speaker, claim.speaker_kind) == ("Throngs of protesters", "unnamed")


def test_name_before_of_stays_a_person() -> None:
    claim = only("Jones of nearby Springfield said the vote was unfair.")
    assert (claim.speaker, claim.speaker_kind) == ("Jones", "person")
