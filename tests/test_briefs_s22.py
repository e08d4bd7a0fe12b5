"""Session 22 summary and brief rules (QA round 60), each with a sentence of
its kind and a near variant that must stay as it is."""

from __future__ import annotations

import pytest

from summarizer.document import parse_document
from summarizer.summarizers.standalone import (
    is_outlet_series_tag,
    run_in_headings,
    sentence_units,
    surname_speaker,
)

# --- rule surname_speaker_quotation --------------------------------------------------------------

ASHRAWI_INTRODUCED = ('Netanyahu\'s speech was a "blatant manipulation of the facts," Hanan Ashrawi, a member '
                      "of the executive committee of the Palestine Liberation Organization, said in statement "
                      "issued shortly after the speech.")
ASHRAWI_QUOTED = ('"Blaming the victim has always been the failed policy of the politically and morally '
                  'bankrupt, and Netanyahu is no exception," Ashrawi said.')


@pytest.mark.parametrize(("text", "speaker"), [
    # QA round 60, CNN-Corpus dev 722: the summary showed the quotation, never who Ashrawi is
    (ASHRAWI_QUOTED, "Ashrawi"),
    ('"The national governments of West Africa are overwhelmed," Brantly told CNN.', "Brantly"),
    # near variants: the speaker named in full, a pronoun (its own rule), the surname before the quotation
    ('"Blaming the victim is the policy of the bankrupt," Hanan Ashrawi said.', None),
    ('"Blaming the victim is the policy of the bankrupt," she said.', None),
    ('Ashrawi said Netanyahu\'s speech was "a blatant manipulation."', None),
])
def test_rule_surname_speaker_quotation(text: str, speaker: str | None) -> None:
    assert surname_speaker(text) == speaker


def test_a_surname_speaker_comes_with_the_sentence_introducing_her() -> None:
    text = ("Don't forget Iran, Netanyahu tells UN\n\n"
            "Israeli officials say Iran is the greater threat.\n\n"
            f"{ASHRAWI_INTRODUCED}\n\n{ASHRAWI_QUOTED}\n\n"
            "Netanyahu spoke for 30 minutes. Iran's envoy left the hall.\n\n"
            '"We will not be silent," Ashrawi added.\n\n'
            '"We will not be silent," Zarif said. Javad Zarif is Iran\'s foreign minister.')
    document = parse_document(text)
    texts = [s.text for s in document.sentences]
    units = sentence_units(document)
    introduced, quoted = texts.index(ASHRAWI_INTRODUCED), texts.index(ASHRAWI_QUOTED)
    assert units[quoted] == (introduced, quoted)
    # the introduction farther up: it comes with it too
    later = texts.index('"We will not be silent," Ashrawi added.')
    assert units[later] == (introduced, later)
    # near variant: a speaker introduced in full only after the quotation
    after = texts.index('"We will not be silent," Zarif said.')
    assert units[after] == (after,)


# --- rule outlet_series_tag_is_no_point ----------------------------------------------------------


@pytest.mark.parametrize(("sentence", "tag"), [
    # QA round 60, CNN-Corpus dev 425: the summary and the brief took the series tag
    ("CNN's ongoing look at health care for veterans.", True),
    ("The New York Times' coverage of the war in Ukraine.", True),
    # near variants: a reporter's credit (a name after the possessive), a verb, someone else's
    # possessive, a question, a longer sentence
    ("CNN's Jake Tapper contributed to this report.", False),
    ("CNN's reporting prompted an inquiry by the inspector general.", False),
    ("Obama's ongoing look at health care for veterans.", False),
    ("CNN's ongoing look at health care for veterans?", False),
    ("CNN's ongoing look at health care for veterans in Phoenix, in Fort Collins and in Texas.", False),
])
def test_rule_outlet_series_tag_is_no_point(sentence: str, tag: bool) -> None:
    assert is_outlet_series_tag(sentence) is tag


def test_a_series_tag_is_a_heading_only_as_a_paragraph_of_its_own() -> None:
    text = ("VA chief urged to resign\n\n"
            "Two veterans groups on Monday called for the resignation of the VA secretary.\n\n"
            "CNN's ongoing look at health care for veterans.\n\n"
            "CNN has been reporting on delays in care for six months. "
            "CNN's full coverage of the Phoenix clinic.")
    document = parse_document(text)
    texts = [s.text for s in document.sentences]
    alone, inside = texts.index("CNN's ongoing look at health care for veterans."), len(texts) - 1
    assert texts[inside] == "CNN's full coverage of the Phoenix clinic."
    assert is_outlet_series_tag(texts[inside])
    assert alone in run_in_headings(document)
    assert inside not in run_in_headings(document)
