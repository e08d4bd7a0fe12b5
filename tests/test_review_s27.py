"""Faults found by the review of session 27's change, each with a sentence of
its kind and a near variant."""

import pytest

from summarizer.claims import extract_claims
from summarizer.rules import load_section
from tests.claim_helpers import speakers_and_kinds

MOTHER = ("The mother of Rebecca Sedwick, a Florida girl who died, said the bullies must be punished. "
          '"When I looked at my daughter, I cried," {name} told CNN.')


def test_a_mother_is_never_a_man_named_next() -> None:
    # rule description_named_by_the_next_speaker: a father says "my daughter" too
    assert speakers_and_kinds(MOTHER.format(name="John Norman"))[0] == ("The mother of Rebecca Sedwick", "unnamed")


def test_a_mother_named_next_by_a_woman_s_name_is_her() -> None:
    assert speakers_and_kinds(MOTHER.format(name="Tricia Norman"))[0] == ("Tricia Norman", "person")


def test_the_other_is_one_person_who_speaks() -> None:
    # rule cue_s_form_after_a_plural_count_is_a_noun: "the other" is one, its -s form a verb
    claims = extract_claims("One suspect stayed silent. The other says he was at home that night.")
    assert [c.content for c in claims] == ["he was at home that night"]


def test_other_without_the_is_still_a_count() -> None:
    # near variant: "Other estimates put ..." is a plural noun, no cue
    assert extract_claims("Other estimates put the number of dead far higher.") == []


def test_a_file_without_headings_has_no_section() -> None:
    # a rules file with no "# ---" heading: the error names the heading, not zip's length check
    with pytest.raises(ValueError, match="has no heading"):
        load_section("abbreviations", "countries")
