"""Session 26, summaries and briefs a reader trusts (issue 11): a summary
takes no pick whose speaker is a surname the article never introduced (a
misspelt name, CNN-Corpus dev 893), and the rich views keep a citation
marker on the line of the word it cites at 80 columns. Each rule has an
example of its kind and a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer.claim_cache import document_claims
from summarizer.document import parse_document
from summarizer.summarizers.standalone import UNINTRODUCED_SURNAME, one_slip_apart, unintroduced_surnames

# CNN-Corpus dev 893, shortened: the article names Adam G. Riess, then writes "Reiss"
NOBEL = (
    "Three scientists win the Nobel Prize in Physics\n\n"
    "The discovery that the universe is expanding at an accelerating rate has earned three scientists "
    "the 2011 Nobel Prize in Physics, the Royal Swedish Academy of Sciences announced Tuesday.\n\n"
    "Half of the award will go to Saul Perlmutter of the University of California. The other half was "
    "awarded to Brian P. Schmidt of Australian National University and Adam G. Riess of Johns Hopkins "
    "University.\n\n"
    'The prize in physics is worth 10 million Swedish kronor, about $1.44 million.\n\n'
    '"I am delighted, excited, and deeply honored," Perlmutter said in a written statement.\n\n'
    '{speaker} called the project "an incredibly exciting adventure" in a statement issued by Johns Hopkins '
    "University.")


def _fired(text: str) -> list[str]:
    document = parse_document(text)
    return [document.sentences[n].text for n in sorted(unintroduced_surnames(document, document_claims(document)))]


def test_the_rule_is_named_and_its_example_fires() -> None:
    assert UNINTRODUCED_SURNAME.name == "unintroduced_surname_is_no_pick"
    assert _fired(UNINTRODUCED_SURNAME.example) == [UNINTRODUCED_SURNAME.example.split(". ")[-1]]


def test_a_misspelt_surname_as_subject_is_no_pick() -> None:
    assert [text[:5] for text in _fired(NOBEL.format(speaker="Reiss"))] == ["Reiss"]


@pytest.mark.parametrize("speaker", [
    "Riess",  # the person named in full: rule `surname_subject_needs_its_introduction` joins the two
    "Adam Riess",  # a full name
    "Johns Hopkins",  # no slip of anyone's surname
])
def test_a_surname_the_text_introduced_stays(speaker: str) -> None:
    assert _fired(NOBEL.format(speaker=speaker)) == []


def test_a_misspelt_speaker_after_the_quotation_is_no_pick() -> None:
    text = ("Ortiz was indicted on a murder charge.\n\n"
            "Ortiz's attorney, John Connors, told CNN that he heard of it from the news media.\n\n"
            '"First, they charged him with being an accessory, and now they indict him for murder," Conners added.')
    assert [text[-14:] for text in _fired(text)] == ["Conners added."]
    assert _fired(text.replace("Conners added", "Connors added")) == []


def test_a_group_or_a_firm_written_first_stays() -> None:
    # a capitalised word written first that is no slip of a surname: a group, a firm, a party
    text = ("A boy drowned in a pool on Sunday, police said.\n\n"
            "Relatives told CNN affiliate WFTV that Anthony was jumping in and out with friends.\n\n"
            "Edelman found that 84% of people believe business can pursue its own interests.")
    assert _fired(text) == []


@pytest.mark.parametrize(("word", "other", "apart"), [
    ("Reiss", "Riess", True),  # two letters swapped
    ("Battaille", "Bataille", True),  # a letter added
    ("Conners", "Connors", True),  # a letter changed
    ("Guiliano", "Giuliano", True),
    ("Hassel", "Hassell", True),
    ("Riess", "Riess", False),  # the same word
    ("Reiss", "Weiss", False),  # another first letter
    ("Hassel", "Hassall", False),  # two slips
    ("Bataille", "Battailles", False),
])
def test_one_slip_apart(word: str, other: str, apart: bool) -> None:
    assert one_slip_apart(word, other) is apart

