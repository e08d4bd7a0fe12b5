"""Speakers a careful reader can tell that the tagger filed under "Speaker
not resolved": each fixed by a named rule, with a sentence of its kind and a
near variant that must stay as it is. The sentences are written in the manner
of the articles; none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims


def _shown(text: str) -> list[tuple[str | None, str, str]]:
    return [(c.source_as_written, c.speaker_kind, c.cue_text) for c in extract_claims(text)]


# Rule: a motion (source_nouns.txt documents) speaks for its authors as a filing does
def test_motion_speaks_as_a_document() -> None:
    text = ("In a motion filed with the court, lawyers for Smith asked for a new trial. "
            '"The publicity was overwhelming," the motion said. '
            "Washington would be the more favorable location, it added.")
    assert _shown(text)[1:] == [("the motion", "unnamed", "said"), ("the motion", "unnamed", "added")]


def test_motion_of_a_house_calls_for_what_it_asks() -> None:
    claims = extract_claims("Members voted down a Labour Party motion calling for more time for the inspectors.")
    assert [(c.source_as_written, c.speaker_kind) for c in claims] == [("a Labour Party motion", "unnamed")]


# Rule `name_before_the_cue_opens_a_contact_relative` (extract.py)
def test_rule_name_before_the_cue_opens_a_contact_relative() -> None:
    for document in ("motion", "report"):
        text = (f"Smith was arrested in April. The {document} also includes details about the note "
                "Dzhokhar Tsarnaev allegedly wrote while he was hiding inside a boat.")
        assert extract_claims(text) == []


def test_rule_name_before_the_cue_opens_a_contact_relative_near_variants_stay() -> None:
    # the name is the source itself, with a comma or without
    assert _shown("In the letter, Smith wrote that the plan failed.") == [("Smith", "person", "wrote")]
    # the source's own relative clause runs up to the cue; an acronym is no one's name
    claims = extract_claims("The mother of a toddler who died in a sweltering SUV emphatically told a crowd "
                            "she stands by her husband.")
    assert [(c.source_as_written, c.cue_text) for c in claims] == [("The mother of a toddler", "told")]
    # a noun of people before the name: the name is that person, the outer claim stays the report's
    assert _shown("The report says the spokesman John Smith wrote that the plan failed.")[0][:2] == (
        "The report", "unnamed")


# Rule `public_office_is_unnamed` (speakers.py, source_nouns.txt public_office_holders)
def test_rule_public_office_is_unnamed() -> None:
    assert _shown("The woman died in 2011 of an embolism, according to the district attorney's office.") == [
        ("the district attorney's office", "unnamed", "according to")]
    assert _shown("The teacher was sentenced to 25 years in prison, the U.S. attorney's office said.") == [
        ("the U.S. attorney's office", "unnamed", "said")]
    assert _shown("The actor died of an overdose, the county medical examiner's office said.")[0][1] == "unnamed"


def test_rule_public_office_is_unnamed_near_variants_stay() -> None:
    # a named person's staff is left to the name rules: no one named, so no one to show
    assert _shown("The plan was dropped, the governor's office said.") == [
        ("the governor's office", "unresolved", "said")]
    # an office of no listed role
    assert _shown("The plan was dropped, the manager's office said.")[0][1] == "unresolved"


# Rule `self_introduction_names_the_speaker` (speakers.py, pronoun_context.txt self_introductions)
SELF_INTRODUCED = '"My name is Michelle Knight, and I would like to tell you about it," {} told the judge.'


def test_rule_self_introduction_names_the_speaker() -> None:
    claims = extract_claims("The woman's voice wavered. " + SELF_INTRODUCED.format("she"))
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Michelle Knight", "person")]


def test_rule_self_introduction_names_the_speaker_near_variants_stay() -> None:
    # the pronoun's gender clashes with the name's
    assert [(c.speaker, c.speaker_kind) for c in extract_claims(SELF_INTRODUCED.format("he"))] == [
        ("he", "unresolved")]
    # one word is no full name
    one_word = '"My name is Ali, and I would like to tell you about it," she told the judge.'
    assert [(c.speaker, c.speaker_kind) for c in extract_claims(one_word)] == [("she", "unresolved")]
    # a name later in the quotation introduces no one
    later = '"I would like to tell you about Michelle Knight and her years," she told the judge.'
    assert [(c.speaker, c.speaker_kind) for c in extract_claims(later)] == [("she", "unresolved")]


# Rule `body_the_article_described_so_is_so_called` (speakers.py `_body_that_spoke_last`)
AGENCY_TEXT = ("Children have lost parents to the disease, according to the U.N. child agency, UNICEF. "
               '"Orphans are usually taken in by family," said Manuel Fontaine, UNICEF\'s regional director. '
               "With infections rising, the agency fears the number of orphans could double. "
               "Survivors will get lessons on caring for children. "
               '"{}," the agency said in a statement.')


def test_rule_body_the_article_described_so_is_so_called() -> None:
    claims = extract_claims(AGENCY_TEXT.format("UNICEF is looking at new ways to help"))
    assert [(c.speaker, c.speaker_kind) for c in claims][2:] == [("UNICEF", "organisation")] * 2


def test_rule_body_the_article_described_so_is_so_called_near_variant_stays() -> None:
    # another description: "the group" was never written of UNICEF, and its name shows no group
    text = AGENCY_TEXT.format("UNICEF is looking at new ways to help").replace("the agency said", "the group said")
    assert [(c.source_as_written, c.speaker_kind) for c in extract_claims(text)][-1] == ("the group", "unresolved")
