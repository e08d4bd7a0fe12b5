"""Session 24, summary picks and brief entries from QA rounds 66 and 67: a
pick or a key point stands on its own, and the bottom line names the people
it speaks of. Fixtures are short sentences of the kind the readers found
(CNN-Corpus dev 548, 647, 638, 529, 893, 970), each with a near variant
that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer.brief import _Introductions
from summarizer.document import parse_document
from summarizer.model import Document
from summarizer.summarizers.standalone import (
    closes_a_pair,
    opens_by_pointing_back,
    sentence_units,
    surname_speaker,
    surname_subject,
)

# QA round 66, 548: Graham Cluley and Robert Graham, then "writes Graham"
GRAHAMS = (
    "Apple's new phone reads fingerprints, and some people are nervous.\n\n"
    '"Fingerprints are not private," writes noted security researcher Graham Cluley on his blog.\n\n'
    "Latent prints may not be enough to unlock a phone, says digital-security expert Robert Graham.\n\n"
    '"You use a different part of your finger to touch the sensor," writes Graham on the Errata Security blog.\n\n'
    "The phone goes on sale on September 20.")


@pytest.mark.parametrize(("text", "surname"), [
    # rule `inverted_surname_speaker`
    ('"You use a different part of your finger," writes Graham on the Errata Security blog.', "Graham"),
    ('"We will rebuild," said Obama.', "Obama"),
    # rule `surname_speaker_quotation`, with where it was said
    ('"I am delighted," Perlmutter said in a written statement.', "Perlmutter"),
    ('"I am delighted," Perlmutter said.', "Perlmutter"),
    # near variants: a full name, a verb that is no speech cue, a quotation's own words after it
    ('"You use a different part of your finger," writes Robert Graham on his blog.', None),
    ('"It was fun," recalled Graham fondly before the game began.', None),
    ('"We will rebuild," said Obama, who spoke for an hour about the storm and the town.', None),
])
def test_surname_speaker(text: str, surname: str | None) -> None:
    assert surname_speaker(text, summary_picks=True) == surname


@pytest.mark.parametrize("text", [
    '"You use a different part of your finger," writes Graham on the Errata Security blog.',
    '"I am delighted," Perlmutter said in a written statement.',
])
def test_a_brief_leaves_the_new_speaker_shapes_to_its_own_rule(text: str) -> None:
    # a brief's units keep these quotations alone (it lists them under their speaker, and its rule
    # surname_needs_its_introduction brings the introduction of a key point): session 24's briefs lost
    # '"...," Inman wrote in his ... typeface.' as a point and listed the quotation whole instead
    assert surname_speaker(text) is None
    assert surname_speaker('"I am delighted," Perlmutter said.') == "Perlmutter"


def test_rule_inverted_surname_speaker_comes_with_its_introduction() -> None:
    units = sentence_units(parse_document(GRAHAMS), summary_picks=True)
    assert sentence_units(parse_document(GRAHAMS))[3] == (3,)  # a brief's own rule decides there
    # "writes Graham" is Robert Graham: the pick comes with the sentence that introduces him,
    # not alone beside Graham Cluley's quotation
    assert units[3] == (2, 3)
    # near variant: the quotation naming its speaker in full stands alone
    assert units[1] == (1,)


@pytest.mark.parametrize(("text", "surname"), [
    # rule `surname_subject_needs_its_introduction`, with an apposition after a comma
    ("Chambers, who has a wife and children, has acknowledged that he has doubts.", "Chambers"),
    ("Martin, 42, grew up impoverished in the Bronx.", "Martin"),
    ("Martin, a former inmate, runs the group.", "Martin"),
    # near variants: a comma before a name or a list, no apposition ("Meanwhile, the court ..." is
    # a candidate the introduction test drops: see the unit test below)
    ("Tuesday, March 3, was the last day.", None),
    ("Chambers, Lowe and Ortiz signed the letter.", None),
])
def test_surname_subject_with_an_apposition(text: str, surname: str | None) -> None:
    assert surname_subject(text) == surname


CHAMBERS = ("Exodus International is shutting down after 37 years.\n\n"
            "The group's president, Alan Chambers, apologized on Wednesday.\n\n"
            "The board voted for the closure.\n\n"
            "Chambers, who has a wife and children, has acknowledged that he has doubts.\n\n"
            "Exodus, which was founded in 1976, had 260 ministries.\n\n"
            "Meanwhile, the church said it would open a new ministry.")


def test_rule_surname_subject_with_an_apposition_needs_its_introduction() -> None:
    units = sentence_units(parse_document(CHAMBERS), summary_picks=True)
    assert units[3] == (1, 3)
    # near variant: a body's name with a relative clause after it ("Exodus" is nobody's surname)
    assert units[4] == (4,)
    assert units[5] == (5,)


@pytest.mark.parametrize(("text", "leans"), [
    # rule `reason_or_answer_points_back`
    ("The reason is fairly straightforward, according to James Porteous.", True),
    ("The answer was no.", True),
    # near variants: a reason that is named, a plural subject
    ("The reason for the delay is a strike at the port.", False),
    ("The reasons are many.", False),
])
def test_rule_reason_or_answer_points_back(text: str, leans: bool) -> None:
    assert opens_by_pointing_back(text) is leans


NOBEL = ("Three scientists won the Nobel Prize in Physics on Tuesday.\n\n"
         "The prize is worth 10 million Swedish kronor.\n\n"
         "Half of the award will go to Saul Perlmutter of Berkeley.\n\n"
         "The other half was awarded to Brian Schmidt and Adam Riess.\n\n"
         "The other halves of the teams were not named.\n\n"
         "The prize in chemistry will be announced on Wednesday.")


def test_rule_pair_is_one_unit() -> None:
    assert closes_a_pair("The other half was awarded to Brian Schmidt.")
    assert not closes_a_pair("The other halves of the teams were not named.")
    units = sentence_units(parse_document(NOBEL))
    # each half comes with the other: no laureate without the rest
    assert units[2] == (2, 3)
    assert units[3] == (2, 3)
    # near variants: a sentence before no pair stands alone, and "The other halves" is no closer
    assert units[1] == (1,)
    assert units[4] == (4,)


def _introductions(text: str, people: list[str]) -> tuple[_Introductions, Document]:
    document = parse_document(text)
    return _Introductions([document], people, [None]), document


def test_rule_shared_name_needs_its_introduction() -> None:
    # QA round 66, 548: "writes Graham" is Robert Graham, whose introduction is a hedged claim (no
    # point): beside Graham Cluley's quotation, a reader gives the words to Cluley
    introductions, _ = _introductions(GRAHAMS, ["Graham Cluley", "Robert Graham"])
    assert introductions.names_a_shared_name(0, 3)
    # near variants: the full name, and a surname no other person holds as a first name
    assert not introductions.names_a_shared_name(0, 2)
    introductions, _ = _introductions(GRAHAMS.replace("Graham Cluley", "Dan Cluley"),
                                      ["Dan Cluley", "Robert Graham"])
    assert not introductions.names_a_shared_name(0, 3)


FUENTES = ("Bodies and debris lay across a miles-long area of eastern Ukraine where the plane came down.\n\n"
           "Former FBI agent Tom Fuentes has worked on crash sites for years.\n\n"
           "Investigators must first collect the victims' remains, according to Fuentes.\n\n"
           "Experts say the investigation is unprecedented, Tom Fuentes said.\n\n"
           "Fuentes said the bodies must be recovered first.\n\n"
           "The remains were taken to Kharkiv, where Fuentes had worked before.")


def test_rule_bottom_line_names_its_source() -> None:
    # QA round 67, 970: "..., according to Fuentes." as the bottom line, Fuentes not introduced
    introductions, _ = _introductions(FUENTES, ["Tom Fuentes"])
    assert introductions.attributes_to_a_bare_surname(0, 2)
    assert introductions.attributes_to_a_bare_surname(0, 4)
    # near variants: the sentence that names him in full, one that names nobody, one that names him
    # without giving him its words (test_brief_s13: "... where Reed and Bowen were pronounced dead.")
    assert not introductions.attributes_to_a_bare_surname(0, 3)
    assert not introductions.attributes_to_a_bare_surname(0, 0)
    assert not introductions.attributes_to_a_bare_surname(0, 5)
    # a title that introduces him
    titled = _Introductions([parse_document(FUENTES)], ["Tom Fuentes"], ["Tom Fuentes on the MH17 crash site"])
    assert not titled.attributes_to_a_bare_surname(0, 2)


def test_rule_bottom_line_names_its_source_in_the_lead_order() -> None:
    from summarizer.brief import _lead_first

    document = parse_document(FUENTES)
    units = sentence_units(document)
    introductions = _Introductions([document], ["Tom Fuentes"], [None])
    order = [2, 3, 4, 5, 1, 0]  # the lead ranks out; "..., according to Fuentes." ranks first
    assert _lead_first(document, units, order)[0] == 2  # as before, without the rule
    first = _lead_first(document, units, order, speaks_by_a_bare_surname=lambda n: (
        introductions.attributes_to_a_bare_surname(0, n)))[0]
    # "according to Fuentes" does not open the note: the lead, which tells the crash site, does
    # (session 25, 970 and 159)
    assert first == 0
    # near variant: a lead that cannot open (a reader hook); neither "according to Fuentes" nor
    # "Fuentes said ..." opens the note; "Experts say ..., Tom Fuentes said." (his full name) can
    hooked = parse_document(FUENTES.replace("Bodies and debris lay", "Imagine bodies and debris lying"))
    introductions = _Introductions([hooked], ["Tom Fuentes"], [None])
    first = _lead_first(hooked, sentence_units(hooked), order, speaks_by_a_bare_surname=lambda n: (
        introductions.attributes_to_a_bare_surname(0, n)))[0]
    assert first == 3


def test_rule_bottom_line_names_its_source_keeps_the_lead() -> None:
    # session 25: the rule holds after the lead only (as unintroduced_pronoun_is_no_bottom_line does):
    # a lead that gives its words to a surname opens the note when it ranks among the best (a claim
    # two sources carry, 'Meadows told reporters that "..."', one's lead; test_brief.py)
    from summarizer.brief import _lead_first

    text = ("Fuentes said the bodies must be recovered first.\n\n"
            "Former FBI agent Tom Fuentes has worked on crash sites for years.\n\n"
            "Investigators must first collect the victims' remains, according to Fuentes.\n\n"
            "The remains were taken to Kharkiv on Monday.")
    document = parse_document(text)
    introductions = _Introductions([document], ["Tom Fuentes"], [None])
    speaks = lambda n: introductions.attributes_to_a_bare_surname(0, n)  # noqa: E731
    assert speaks(0) and speaks(2)
    assert _lead_first(document, sentence_units(document), [0, 2, 3, 1], speaks_by_a_bare_surname=speaks)[0] == 0
    # near variant: the same sentence after the lead, the lead ranking out, is passed over for the lead
    assert _lead_first(document, sentence_units(document), [2, 3, 1, 0], speaks_by_a_bare_surname=speaks)[0] == 0


def test_rule_shared_name_needs_its_introduction_near_variant_suffix() -> None:
    # "Joe McGinniss Jr." holds no first name "McGinniss": "McGinniss had ..." shares nothing (QA 464)
    text = ("Author Joe McGinniss has died, his lawyer said.\n\n"
            "McGinniss had fly-on-the-wall access for Nixon's victorious run.\n\n"
            "He had five children, including author Joe McGinniss Jr.")
    introductions, _ = _introductions(text, ["Joe McGinniss", "Joe McGinniss Jr."])
    assert not introductions.names_a_shared_name(0, 1)
