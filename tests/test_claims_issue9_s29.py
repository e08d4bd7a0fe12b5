"""Claims faults a reader found on articles never read before (issue 9):
each fixed by a named rule or a rules-file entry, with a sentence of its
kind and a near variant that must stay as it is. The sentences are written
in the manner of the articles; none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import described, only


# source_nouns.txt described: medics crews (CNN-Corpus dev 806 s1-s3, 860 s2)
def test_medics_and_witnesses_are_an_unnamed_source() -> None:
    text = ("At least 24 people were killed early Sunday when militants raided a town in the north, "
            "medics and witnesses said.")
    claim = only(text)
    assert (claim.source_as_written, claim.speaker_kind) == ("medics and witnesses", "unnamed"), described(text)
    assert claim.content.startswith("At least 24 people were killed")
    claim = only("Three people were hurt, medics said.")
    assert (claim.source_as_written, claim.speaker_kind) == ("medics", "unnamed")


def test_officials_and_witnesses_stay_unnamed() -> None:
    claim = only("Two more people died, officials and witnesses said.")
    assert (claim.source_as_written, claim.speaker_kind) == ("officials and witnesses", "unnamed")


# Rule `named_source_runs_to_its_relative` (CNN-Corpus dev 860 s2)
def test_rule_named_source_runs_to_its_relative() -> None:
    text = ("An extra day of voting was added to boost turnout, but it may have done little, according to "
            "CNN crews who witnessed no lines at polling places throughout Cairo.")
    claim = only(text)
    assert claim.source_as_written == "CNN crews", described(text)
    assert claim.content == "An extra day of voting was added to boost turnout, but it may have done little"
    assert claim.hedged


def test_named_source_with_a_comma_before_which_stays() -> None:
    claim = only("Turnout was low, according to CNN, which witnessed empty polling places.")
    assert (claim.speaker, claim.content) == ("CNN", "Turnout was low")
    claim = only("Turnout was low, according to Reuters reporters who witnessed empty polling places.")
    assert (claim.source_as_written, claim.content) == ("Reuters reporters", "Turnout was low")
