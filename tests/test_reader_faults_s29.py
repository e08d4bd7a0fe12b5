"""Claims faults of reader round s29 (articles never read before): each fault
class fixed by a named rule, with a sentence of its kind and a near variant
that must stay as it is. The sentences are written in the manner of the
articles; none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize

from .claim_helpers import as_shown, described, only


def _names(text: str) -> list[tuple[str, str]]:
    return [(n.text, n.kind) for n in find_names(tokenize(text, 0, len(text)))]


# Rule `legal_form_after_a_comma_joins_the_name` (CNN-Corpus dev 620 s12-s14)
def test_rule_legal_form_after_a_comma_joins_the_name() -> None:
    found = _names("A spokeswoman for Silversea Cruises, Ltd. e-mailed CNN on Monday.")
    assert ("Silversea Cruises", "organisation") in found
    assert all(text not in ("Ltd.", "Ltd") for text, _ in found), found
    assert _names("Acme Holdings, Inc. rose sharply.")[-1] == ("Acme Holdings", "organisation")


def test_legal_form_speaker_is_never_the_suffix() -> None:
    text = ("A spokeswoman for the Fort Lauderdale-based Silversea Cruises, Ltd. e-mailed CNN, stating that "
            "the firm was disappointed. The company said it had always scored in the highest range of grades.")
    speakers = [c.speaker for c in extract_claims(text)]
    assert "Ltd." not in speakers and "Ltd" not in speakers, described(text)
    assert as_shown("Acme Holdings, Inc. said profits rose in the second quarter.") == [
        ("Acme Holdings", "said", "profits rose in the second quarter")]


def test_legal_form_near_variants_stay() -> None:
    # a legal form with no comma, and a comma before a word that is no legal form
    assert ("Apple Inc.", "organisation") in _names("Apple Inc. said sales rose.") or \
        any(text.startswith("Apple") for text, _ in _names("Apple Inc. said sales rose."))
    found = _names("Officials in Paris, Texas, said the storm had passed.")
    assert any(text == "Texas" for text, _ in found), found


# Rule `numeral_or_demonstrative_before_a_who_antecedent` (CNN-Corpus dev 620 s9)
def test_rule_numeral_or_demonstrative_before_a_who_antecedent() -> None:
    claim = only("One crew member who was on board the Silver Shadow said that his superiors ordered him "
                 "and other crew members to sleep with food inside their cabins.")
    assert claim.source_as_written == "One crew member"
    assert claim.content == "his superiors ordered him and other crew members to sleep with food inside their cabins"
    assert only("Another passenger who was on the plane said that the pilot tried to raise the nose."
                ).source_as_written == "Another passenger"


def test_who_antecedent_near_variants_stay() -> None:
    assert only("A crew member who was on board the ship said that his superiors ordered him to hide food."
                ).source_as_written == "A crew member"
    # "one of": the clause describes the players, and "she" wrote
    text = ("Word of the hire came as a surprise to Kim Obiala, one of the players who said she wrote "
            "the letter about her coaching in 1997.")
    assert all(c.source_as_written != "one of the players" or c.cue == "say" for c in extract_claims(text)), \
        described(text)


# Rule `cue_after_a_power_noun_is_no_speech` (CNN-Corpus dev 620 s26)
def test_rule_cue_after_a_power_noun_is_no_speech() -> None:
    text = ("The program employs inspectors from the Public Health Service and, even though it is a "
            "regulatory program, it only has the authority to ask the cruise line to correct its actions.")
    assert [c for c in extract_claims(text) if c.cue == "ask"] == [], described(text)
    assert as_shown("The agency has no right to demand a recount.") == []


def test_power_noun_near_variants_stay() -> None:
    assert [c.cue for c in extract_claims("The agency asked the cruise line to correct its actions.")] == ["ask"]
    # "right" as an adjective: the claim stays
    text = "The panel is right to note that the tax would fall on smaller investors as well."
    assert [c.content for c in extract_claims(text)] == ["the tax would fall on smaller investors as well"], \
        described(text)


# Rule `threat_by_a_thing_is_no_speech` (CNN-Corpus dev 828 s23)
def test_rule_threat_by_a_thing_is_no_speech() -> None:
    assert as_shown("But now, the infighting has threatened to tip the balance among rebel forces "
                    "toward militant groups.") == []
    assert as_shown("But as technology threatens to change the industry ever more quickly, the deal "
                    "may merely reset the clock.") == []


def test_threat_near_variants_stay() -> None:
    assert [c.cue for c in extract_claims("The Taliban threatened to attack anyone who takes part.")] == ["threaten"]
    text = "The coalition seemed near collapse as partners threatened to walk away at the slightest disagreement."
    assert [c.cue for c in extract_claims(text)] == ["threaten"], described(text)
    text = "Ted Cruz, who last year threatened to shut down the government, went up with a new ad."
    assert [c.cue for c in extract_claims(text)] == ["threaten"], described(text)


# Rule `bare_noun_phrase_is_no_content` (CNN-Corpus dev 629 s9, s15, s28, s48)
def test_rule_bare_noun_phrase_is_no_content() -> None:
    assert as_shown("Other passengers on the plane described a harrowing experience.") == []
    assert as_shown("People who watched it happen feared the worst.") == []
    assert as_shown("Witnesses describe unusual landing.") == []
    assert as_shown("And he tweeted the experience.") == []


def test_bare_noun_phrase_near_variants_stay() -> None:
    assert as_shown("The State Department described the patient as a U.S. citizen.") == [
        ("State Department", "described", "the patient as a U.S. citizen")]
    assert as_shown("She denied the allegations.") == [("She", "denied", "the allegations")]
    assert as_shown("Protesters fear things may get worse.") == [("Protesters", "fear", "things may get worse")]
    text = "Achatz tweeted: Tbl brings 8mo. Old. It cries."
    assert [c.cue for c in extract_claims(text)][:1] == ["tweet"], described(text)


# Rule `writers_correction_is_no_content` (CNN-Corpus dev 620 s13)
def test_rule_writers_correction_is_no_content() -> None:
    assert as_shown("In fact, Gina Finocchiaro said the final grade was an 84, although it actually turned "
                    "out to be 82.") == [("Gina Finocchiaro", "said", "the final grade was an 84")]
    assert as_shown("He said the plan would work, but it later turned out to be a failure.") == [
        ("He", "said", "the plan would work")]


def test_writers_correction_near_variants_stay() -> None:
    assert as_shown("She said the grade was an 84, although the review was not over.") == [
        ("She", "said", "the grade was an 84, although the review was not over")]
    assert [c.content for c in extract_claims('"It was 84, though it turned out to be 82," she said.')] == [
        '"It was 84, though it turned out to be 82,"']


# Rule `another_opens_an_inverted_source` (CNN-Corpus dev 629 s18)
def test_rule_another_opens_an_inverted_source() -> None:
    assert as_shown("The pilot tried to raise it at the last minute, said another passenger.") == [
        ("another passenger", "said", "The pilot tried to raise it at the last minute")]
    assert as_shown('"Good job, Mini," says another racer.') == [("another racer", "says", '"Good job, Mini,"')]


def test_another_near_variants_stay() -> None:
    assert as_shown("The pilot tried to raise it at the last minute, said one passenger.") == [
        ("one passenger", "said", "The pilot tried to raise it at the last minute")]
    # "another" as the object of a verb opens no source
    assert as_shown("The pilot tried to land and then tried another.") == []
