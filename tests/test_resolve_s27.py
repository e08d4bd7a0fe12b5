"""Speakers a reader would name but the tagger left unresolved or showed in
part (resolve-s27): each fixed by a named rule, with a sentence of its kind
and a near variant that must stay as it is. The sentences are written in the
manner of the articles; none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import as_shown


# Rule `list_of_places_and_bodies_is_one_source` (rules.py `_only_places_listed`): a body listed with
# places speaks as they do; the place before the first comma is the list's first item, no dateline
def test_rule_list_of_places_and_bodies_is_one_source() -> None:
    claims = extract_claims("Britain, France and the EU said the deal would not be reopened.")
    assert [(c.source_as_written, c.speaker_kind) for c in claims] == [
        ("Britain, France and the EU", "organisation")]
    assert [c.source_as_written for c in extract_claims(
        "Germany, Italy and NATO said the plan was dead.")] == ["Germany, Italy and NATO"]


def test_rule_list_of_places_and_bodies_is_one_source_near_variants_stay() -> None:
    # a place before names of people is still a dateline; so is a city before countries
    assert as_shown("London, Mike Lee and the FBI said it was over.")[0][0] == "Mike Lee and the FBI"
    assert as_shown("Geneva, Russia and China said they would veto it.")[0][0] == "Russia and China"
