"""Session 19 code-rule mends (review s19 #11, #12, #14, #15): word lists moved from code to
commented rules files, one reader of negations.txt. The rules read the moved words as before."""

from summarizer.brief import POSSESSIVE_EVENT
from summarizer.claims.grammar import fronted_negation_end, fronted_negations
from summarizer.claims.polarity import _implicative_leads, _negations
from summarizer.claims.text import tokenize


def _end(text: str) -> int | None:
    return fronted_negation_end(tokenize(text, 0, len(text)))


def test_fronted_negations_are_read_longest_first() -> None:
    # negations.txt `fronted` through rules.word_set: "never before" is tried before "never"
    assert _end("Never before has he said such a thing.") == 2
    assert _end("Never has he said such a thing.") == 1
    assert _end("Not once did she call.") == 2
    assert _end("Never mind the polls.") is None
    assert len(fronted_negations()[0]) == 3


def test_little_did_reads_the_do_forms() -> None:
    # negations.txt `fronted_before_do` and claim_grammar.txt do_forms
    assert _end("Little did she know that the deal was off.") == 1
    assert _end("But, little did she know that the deal was off.") == 3
    assert _end("Little has changed since the vote.") is None


def test_implicative_leads_are_negative_leads() -> None:
    negators, leads = _negations()
    assert "not" in negators and "never" in negators
    assert _implicative_leads() <= leads and "refused" in leads
    assert "little" not in leads and "nowhere" not in leads  # fronted negations stay out of the chain


def test_possessive_event_complements() -> None:
    # claim_grammar.txt possessive_event_complements: a complement after the noun is no verb
    assert POSSESSIVE_EVENT.match("Trump's visit ended early.")
    assert not POSSESSIVE_EVENT.match("Trump's visit to Paris ended early.")
    assert not POSSESSIVE_EVENT.match("The bank's sale of its unit ended the talks.")
