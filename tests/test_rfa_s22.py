"""Speaker failures the near-miss review found in rules merged in session 22
(review-s22.md, failures 1, 2 and item 9; QA round 63, 693 s19): a name
apposed to the person after "of"/"for" is that person's, not the speaker's; a
joined cue never takes it; a name apposed to a document's author after
"from"/"by" is the source. Sentences are invented in the manner of news
articles; none is copied from the shared data sets."""

from __future__ import annotations

import pytest

from tests.claim_helpers import speakers_and_kinds

LEAD = "Congress debated the bill on Tuesday.\n\n"


# --- rule `name_apposed_to_the_person_after_of` (speakers.py) --------------------------------------


@pytest.mark.parametrize(("sentence", "description"), [
    ("A lawyer for the artist, Megumi Igarashi, said the arrest was unjust.", "A lawyer for the artist"),
    ("The mother of her lawyer, Kazuyuki Minami, said the arrest was unjust.", "The mother of her lawyer"),
    ("The son of the former president, Park Chung-hee, said the economy grew.",
     "The son of the former president"),
    ("A friend of the artist, Megumi Igarashi, said the arrest was unjust.", "A friend of the artist"),
])
def test_rule_name_apposed_to_the_person_after_of(sentence: str, description: str) -> None:
    # review s22 item 9: the name is the artist's, the lawyer's, the president's; the speaker is the
    # description as written, never the person named
    speakers = speakers_and_kinds(LEAD + sentence)
    assert len(speakers) == 1
    assert speakers[0][0] == description
    assert speakers[0][1] in ("unnamed", "unresolved")


def test_rule_name_apposed_to_the_person_after_of_names_the_person_later() -> None:
    # the artist named in the apposition still speaks as herself in her own sentence
    text = "A lawyer for the artist, Megumi Igarashi, said she was innocent. Igarashi said she would appeal."
    assert speakers_and_kinds(LEAD + text) == [("A lawyer for the artist", "unnamed"), ("Megumi Igarashi", "person")]


def test_representative_of_a_titled_cleric_is_not_the_cleric() -> None:
    # QA round 63, 693 s19: "a representative of Ayatollah Ali al-Sistani said" showed al-Sistani;
    # "Ayatollah" is a title (titles.txt), so the name after "of" is whom the speaker represents
    sentence = "During Friday prayers, a representative of Ayatollah Ali al-Sistani said the delay was a failure."
    assert speakers_and_kinds(LEAD + sentence) == [("a representative of Ayatollah Ali al-Sistani", "unnamed")]
    assert speakers_and_kinds(LEAD + "Ayatollah Ali al-Sistani said the delay was a failure.") \
        == [("Ali al-Sistani", "person")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The head of the agency, Fabrice Leggeri, said the claims were misleading.", "Fabrice Leggeri"),
    ("Her lawyer, Kazuyuki Minami, said the arrest was unjust.", "Kazuyuki Minami"),
    ("One of her lawyers, Kazuyuki Minami, said the arrest was unjust.", "Kazuyuki Minami"),
    ("A spokesman for the company, John Smith, said the claims were misleading.", "John Smith"),
    ("The president of the union, Maria Lopez, said the claims were misleading.", "Maria Lopez"),
    ("The director of the FBI, James Comey, said the claims were misleading.", "James Comey"),
    ("A lawyer for the protesters, John Smith, said the arrests were unjust.", "John Smith"),
])
def test_rule_name_apposed_to_the_person_after_of_near_variants_stay(sentence: str, speaker: str) -> None:
    # a body, a name or a group after "of"/"for", and no "of" at all: the name is the speaker's own
    assert speakers_and_kinds(LEAD + sentence) == [(speaker, "person")]


# --- rule `joined_cue_keeps_the_apposed_name`: never a name that is another person's -------------

JOINED = "{}, acknowledges that not everyone will appreciate her work, but says that her case is about more."


@pytest.mark.parametrize("description", [
    "The daughter of the former president, Park Chung-hee",
    "The sister of her lawyer, Kazuyuki Minami",
    "A lawyer for the artist, Megumi Igarashi",
])
def test_joined_cue_never_takes_the_name_of_the_person_after_of(description: str) -> None:
    # review s22 failure 1: "The daughter of the former president, Park Chung-hee, acknowledges ...,
    # but says ..." gave both claims to Park Chung-hee, the president
    name = description.split(", ")[1]
    assert all(speaker != name for speaker, _ in speakers_and_kinds(LEAD + JOINED.format(description)))


@pytest.mark.parametrize("description", [
    "One of her lawyers, Kazuyuki Minami",
    "Her lawyer, Kazuyuki Minami",
])
def test_joined_cue_keeps_the_speakers_own_apposed_name(description: str) -> None:
    assert speakers_and_kinds(LEAD + JOINED.format(description)) == [("Kazuyuki Minami", "person")] * 2


# --- rule `name_apposed_to_the_author_of_a_document` (speakers.py) ---------------------------------


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A statement from the company, Exxon Mobil, said the claims were misleading.",
     ("Exxon Mobil", "organisation")),
    ("A letter from the chief executive, Tim Cook, said the claims were misleading.", ("Tim Cook", "person")),
    ("A report by the agency, Frontex, said the claims were misleading.", ("Frontex", "organisation")),
])
def test_rule_name_apposed_to_the_author_of_a_document(sentence: str, speaker: tuple[str, str]) -> None:
    # review s22 failure 2: "from" and "by" name the document's author, who speaks through it
    assert speakers_and_kinds(LEAD + sentence) == [speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The lawsuit against the company, Exxon Mobil, called the firm's claims misleading.",
     "The lawsuit against the company"),
    ("A statement from the family of the victim, John Smith, said the claims were misleading.",
     "A statement from the family of the victim"),
])
def test_rule_name_apposed_to_the_author_of_a_document_near_variants_stay(sentence: str, speaker: str) -> None:
    # the sued (after "against") and the victim (after a second "of") are not the document's author
    assert speakers_and_kinds(LEAD + sentence)[0][0] == speaker
