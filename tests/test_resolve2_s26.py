"""Speaker faults of the session 26 reader round (QA 69a): each fixed by a
named rule, with a sentence of its kind and a near variant that must stay
as it is. The sentences are invented in the manner of news articles; none
is copied from the data sets."""

from __future__ import annotations

import pytest

from summarizer import extract_claims

LEAD = "The story broke on Monday.\n\n"


def _speakers(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(c.speaker, c.speaker_kind, c.speaker_span.text if c.speaker_span else None)
            for c in extract_claims(LEAD + text)]


# --- Rules `article_inside_a_list_of_names` (rules.py, speakers.py `_whole_names_listed`) and
# `list_of_bodies_is_an_organisation` (speakers.py `_bodies_listed`) ---------------------------------


@pytest.mark.parametrize("sentence", [
    # gave "the United Nations and the European Union", typed unnamed: the first body dropped
    "The United States, the United Nations and the European Union have called on Chad to halt the violence.",
    # gave "the United States and Canada", then the first item alone once the span was whole
    "Mexico, the United States and Canada said the talks had failed.",
    "Mexico, the United States, and Canada said the talks had failed.",
    # gave "Britain and France": "The United States" read as a dateline before a list of countries
    "The United States, Britain and France said the talks had failed.",
])
def test_rule_list_of_bodies_with_the_is_one_organisation_source(sentence: str) -> None:
    written = sentence.split(" have called")[0].split(" said")[0]
    assert _speakers(sentence) == [(written, "organisation", written)]


def test_rule_list_of_bodies_near_variants_stay() -> None:
    # a person's apposition with "the" is no list item: the pair, as before
    assert _speakers("Rand Paul, the senator, and Ted Cruz said the measure would fail.")[0][:2] \
        == ("Rand Paul and Ted Cruz", "unnamed")
    # a list of people stays unnamed, with or without "the" inside it
    assert _speakers("Rand Paul, Mike Lee and Ted Cruz said the measure would fail.") \
        == [("Rand Paul, Mike Lee and Ted Cruz", "unnamed", "Rand Paul, Mike Lee and Ted Cruz")]
    # a name the names layer does not type a body ("Apple") keeps the list unnamed
    assert _speakers("Apple, Google and the Federal Trade Commission said the deal was off.")[0][:2] \
        == ("Apple, Google and the Federal Trade Commission", "unnamed")
    # an opener that is no name stays out of the list
    assert _speakers("Meanwhile, the United Nations and the European Union said the talks had failed.")[0][2] \
        == "the United Nations and the European Union"
    # a person with "the" and a title in apposition is no list of bodies
    assert _speakers("John Smith, the Pentagon and State Department liaison, said the talks had failed.")[0][:2] \
        == ("John Smith", "person")


# --- Rule `issuer_after_a_fronted_time` (speakers.py `_document_issuer`) -----------------------------


def test_rule_issuer_after_a_fronted_time() -> None:
    # gave "a statement" and "the statement" (anyone's) for the Council's words
    text = ('On Saturday, the U.N. Security Council issued a statement expressing its "grave concern at the '
            'situation in Chad." It urged "all sides to reject violence."')
    assert [s[:2] for s in _speakers(text)] == [("U.N. Security Council", "organisation")] * 2
    text = "Late Monday, the Foreign Ministry issued a statement saying the talks would resume."
    assert _speakers(text)[0][:2] == ("Foreign Ministry", "organisation")


def test_rule_issuer_after_a_fronted_time_near_variants_stay() -> None:
    # a pronoun issuer is the pronoun rules' to say; a place is no time phrase
    text = 'On Saturday, he issued a statement expressing his "grave concern at the situation in Chad."'
    assert _speakers(text)[0][:2] == ("a statement", "unnamed")
    text = ('In Geneva, the U.N. Security Council issued a statement expressing its "grave concern at the '
            'situation in Chad."')
    assert _speakers(text)[0][:2] == ("a statement", "unnamed")


# --- Rule `age_description_after_its_quotation` (speakers.py `_one_person_named_just_before`) --------

SPOKE = "In a statement, Michael Schumacher said he had enjoyed his three years at Mercedes.\n\n"


@pytest.mark.parametrize("quotation", [
    '"I wish Lewis well," the 43-year-old said.',
    # a quotation of several sentences, the description after its last
    '"I wish Lewis well. I will thank the team. I will now concentrate on the next races," the 43-year-old said.',
])
def test_rule_age_description_after_its_quotation(quotation: str) -> None:
    # stayed unresolved: the one person who spoke just before the quotation
    assert _speakers(SPOKE + quotation)[-1] == ("Michael Schumacher", "person", "the 43-year-old")


@pytest.mark.parametrize("text", [
    # two people named just before
    'Michael Schumacher met Nico Rosberg at Monza.\n\n"I wish Lewis well," the 43-year-old said.',
    # the person named did not speak there
    'Michael Schumacher retired from racing in 2006.\n\n"I wish Lewis well," the 43-year-old said.',
    # a person named outside the quotation in this sentence
    SPOKE + '"I wish Lewis well," Nico Rosberg told the 43-year-old.',
])
def test_rule_age_description_after_its_quotation_near_variants_stay(text: str) -> None:
    assert ("Michael Schumacher", "person", "the 43-year-old") not in _speakers(text)
