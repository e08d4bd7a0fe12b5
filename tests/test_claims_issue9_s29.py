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


# Rule `it_is_encouraging_is_the_writers_judgement` (CNN-Corpus dev 324 s48)
def test_rule_it_is_encouraging_is_the_writers_judgement() -> None:
    text = ("Alaska has more of a jump-start on that than some states. It was encouraging to see members of "
            "a local men's high school basketball team acting as cheerleaders for the event.")
    assert extract_claims(text) == [], described(text)
    text = "The team won again. It is encouraging to watch young players grow."
    assert extract_claims(text) == [], described(text)


def test_encouraging_someone_to_act_stays() -> None:
    claim = only("The governor was encouraging residents to leave the coast before the storm.")
    assert claim.speaker == "The governor" or claim.source_as_written == "The governor", described(
        "The governor was encouraging residents to leave the coast before the storm.")
    assert claim.cue == "encourage"


# Rule `being_to_blame_is_no_speech` (CNN-Corpus dev 324 s24)
def test_rule_being_to_blame_is_no_speech() -> None:
    text = ("But the largely unspoken reality also remains: Victims aren't to blame for rape and domestic "
            "violence; offenders are.")
    assert extract_claims(text) == [], described(text)
    assert extract_claims("Drivers are not entirely to blame for the crashes.") == []


def test_blaming_someone_stays() -> None:
    claim = only("Police blamed the driver for the crash.")
    assert (claim.source_as_written, claim.cue) == ("Police", "blame")
