"""Speakers after the one-reader names change (session 9): a body's short
name and a line that is only a name."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import speakers_and_kinds

# --- rule `end_of_the_head_names_the_body` -----------------------------------------------


def test_the_end_of_a_bodys_head_names_the_body() -> None:
    text = ("Shelling killed 12 people, the Syrian Observatory for Human Rights reported.\n\n"
            "The Observatory said the shelling went on all night.")
    assert speakers_and_kinds(text)[-1] == ("Syrian Observatory for Human Rights", "organisation")


def test_a_word_after_the_connector_does_not_name_the_body() -> None:
    text = ("Shelling killed 12 people, the Syrian Observatory for Human Rights reported.\n\n"
            "Human Rights said the shelling went on all night.")
    assert speakers_and_kinds(text)[-1][0] != "Syrian Observatory for Human Rights"


# --- rule `name_alone_is_no_antecedent` --------------------------------------------------


LETTERS = ("Trump is such a con artist. It amazes me that people cannot see through the lies.\n\n"
           "{line}\n\n"
           "Everyone can see this guy is a fraud. He said the scam will hurt him.\n")


def test_a_signature_line_is_not_whom_he_points_to() -> None:
    claims = extract_claims(LETTERS.format(line="Ernie Helton."))
    assert [c.speaker for c in claims] != ["Ernie Helton"]


def test_a_name_in_a_sentence_stays_an_antecedent() -> None:
    claims = extract_claims(LETTERS.format(line="Ernie Helton wrote to us."))
    assert [c.speaker for c in claims if c.speaker_span and c.speaker_span.text == "He"] == ["Ernie Helton"]
