"""Speakers given to the wrong person or thing on held-out CNN news in QA
round 11 (issue 9): a mother's words given to her dead daughter, the Pope's
quip given to a priest quoted before, a woman's quote given to a city, a
militant group's bomb claim given to the Muslim Brotherhood. Each rule a test
with a sentence of the same kind and a variant.
"""

from __future__ import annotations

from summarizer import extract_claims

# --- Rule `surname_is_no_first_name` (221 [14], [16], [25]) -------------------------------

MOTHER = (
    '"When I looked at my child I saw a happy child," Tricia Norman told a television show.\n\n'
    "Rebecca, 12, died after jumping from the top of an abandoned plant in September.\n\n"
    "Norman said all her efforts to halt the bullying failed to deter the girls.\n\n"
    '"It just wouldn\'t stop," she said.\n\n'
    "She said parents need to take the signs of bullying seriously."
)


def test_a_surname_that_is_a_first_name_gives_no_gender() -> None:
    said = [c for c in extract_claims(MOTHER) if c.cue == "say"]
    assert [c.speaker for c in said] == ["Tricia Norman"] * 3


def test_a_surname_named_before_the_full_name_gives_no_gender() -> None:
    text = (
        "Howard said the school had failed her son.\n\n"
        "Lisa, his sister, was at home when it happened.\n\n"
        "Kyra Howard said she would sue the district.\n\n"
        '"We will not stop," she said.'
    )
    last = extract_claims(text)[-1]
    assert last.speaker == "Kyra Howard"


def test_a_gendered_title_with_the_surname_still_gives_a_gender() -> None:
    text = (
        "Pat Norman runs the shelter with Ann Ellis.\n\n"
        "Mrs. Norman said the shelter was full.\n\n"
        # (not "Ellis was there too.": a woman opening the sentence since the speaker is as near,
        # rule `subject_since_the_speaker_may_be_he`, tests/test_claims_qa42_resolve_s14.py)
        "Ellis's sister was there too.\n\n"
        '"We turn people away every night," she said.'
    )
    last = extract_claims(text)[-1]
    assert last.speaker == "Pat Norman"


# --- Rule `no_apposition_after_in` and places.txt (735 [30]) ------------------------------

def test_a_city_is_no_antecedent_of_she() -> None:
    text = (
        "In St. Peter's Square in Vatican City, a woman from Ciudad Juarez, Mexico, told a reporter "
        'she was overcome with emotion.\n\n"It is wonderful to see this day," she said.'
    )
    said = next(c for c in extract_claims(text) if c.cue == "say")
    assert said.speaker == "she"
    assert said.speaker_kind == "unresolved"


def test_the_role_after_an_unlisted_place_is_the_subjects_not_the_places() -> None:
    text = (
        "In Kramatorsk, a woman from Sloviansk told reporters she had lost her home.\n\n"
        '"We have nothing left," she said.'
    )
    said = next(c for c in extract_claims(text) if c.cue == "say")
    assert said.speaker != "Kramatorsk"
    assert said.speaker_kind == "unresolved"


# --- Rules `subject_past_its_asides` and `adjectives_before_a_body`, of
# `it_is_the_document_just_named` (728 [34]) ------------------------------------------------

MILITANTS = (
    "The Muslim Brotherhood insists it remains an entirely peaceful organization.\n\n"
    "A separate militant group, Ansar Beit Hamad, which the United States has designated a terrorist "
    "group, has been blamed for attacks in the Sinai. It claimed responsibility in January for four "
    "blasts in Cairo."
)


def test_it_is_the_body_named_in_apposition_to_the_last_subject() -> None:
    claimed = next(c for c in extract_claims(MILITANTS) if c.cue == "claim")
    assert (claimed.speaker, claimed.speaker_kind) == ("Ansar Beit Hamad", "organisation")


def test_it_is_the_body_the_last_subject_describes_past_its_adjectives() -> None:
    text = (
        "The Teachers Union said pay must rise.\n\n"
        "The new annual report showed pay falling in every region. It warned that schools would lose staff."
    )
    warned = next(c for c in extract_claims(text) if c.cue == "warn")
    assert warned.speaker == "The new annual report"
    # a document by its own description is an unnamed source (session 9, rule
    # `description_never_named_is_unnamed`), no speaker left unresolved
    assert warned.speaker_kind == "unnamed"


# --- Rule `it_is_the_body_just_described` (728 [41]) --------------------------------------

def test_it_is_the_body_that_spoke_last_not_a_document_named_before() -> None:
    text = (
        "A court banned all activities of the youth movement on Monday.\n\n"
        "The ruling can still be appealed.\n\n"
        "In a response to the decision, the group said its activities were peaceful.\n\n"
        '"We will continue our activities," it said in a statement.'
    )
    said = [c for c in extract_claims(text) if c.cue == "say"]
    assert [(c.speaker, c.speaker_kind) for c in said] == [("the group", "unresolved")] * 2


def test_it_after_a_described_statement_is_that_statement() -> None:
    text = (
        "The Transport Union called a strike for May.\n\n"
        "The lawsuit went on to claim that the company had hidden its losses.\n\n"
        '"The directors knew," it read.'
    )
    read = next(c for c in extract_claims(text) if c.cue == "read")
    assert (read.speaker, read.speaker_kind) == ("The lawsuit", "unnamed")  # a document (session 9)


# --- Rule `someone_described_as_subject` (735 [57]) ---------------------------------------

def test_he_after_a_person_described_as_subject_is_not_the_older_speaker() -> None:
    text = (
        "The pick is good news for Latinos, said the Rev. Juan J. Molina, an associate director at the "
        "bishops' conference.\n\n"
        '"The church in Latin America is a mature church," Molina said.\n\n'
        "Even the new pope himself alluded to the distance the church had gone.\n\n"
        'In his first speech from the balcony, he quipped that cardinals had gone to "the end of the world" '
        "to find him."
    )
    quipped = next(c for c in extract_claims(text) if c.cue == "quip")
    assert (quipped.speaker, quipped.speaker_kind) == ("he", "unresolved")


def test_a_description_that_may_be_the_person_named_before_keeps_him() -> None:
    text = (
        "Donald Trump held a rally in Ohio.\n\n"
        "Mr. Trump's tone often seems to encourage aggression.\n\n"
        "The candidate has berated security guards for not ejecting protesters.\n\n"
        "Last year, he suggested that a protester deserved it."
    )
    suggested = next(c for c in extract_claims(text) if c.cue == "suggest")
    assert suggested.speaker == "Donald Trump"
