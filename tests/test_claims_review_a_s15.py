"""Review s15, claims side: the reviewer's sentences, each beside a near
variant that must stay as it was (all sentences invented, after the
reviewer's shapes)."""

from __future__ import annotations

import pytest

from tests.claim_helpers import last_speaker_and_kind

# --- rule `body_description_keeps_its_modifiers`: a capitalised word the body's name does not
# carry singles out another body (review s15 A1) ---------------------------------------------

EMBASSY = "The U.S. Embassy in Tripoli said Americans should leave. "


@pytest.mark.parametrize(("text", "shown"), [
    (EMBASSY + "The Italian embassy said it would stay open.", "The Italian embassy"),
    ("The U.S. Embassy in Tripoli closed in 2014. The British embassy said it would stay open.",
     "The British embassy"),
    ("Apple Inc. said sales rose. The Korean company said its sales fell.", "The Korean company"),
])
def test_a_nationality_the_body_does_not_carry_is_another_body(text: str, shown: str) -> None:
    assert last_speaker_and_kind(text) == (shown, "unresolved")


def test_the_bare_noun_or_a_word_the_body_carries_still_names_it() -> None:
    assert last_speaker_and_kind(EMBASSY + "The embassy said it would stay open.") == ("U.S. Embassy", "organisation")
    assert last_speaker_and_kind("Apple Inc. said sales rose. The company said its sales fell.") \
        == ("Apple Inc.", "organisation")
    assert last_speaker_and_kind(EMBASSY + "The U.S. embassy said it would stay open.") \
        == ("U.S. Embassy", "organisation")


# --- rule `description_singles_out_another_body` (review s15 A2, F) ----------------------------

KIEL = "Kiel's family posted a tribute on Facebook on Sunday. "
ISRAELI = "The Israeli military said it struck weapons depots near Damascus overnight. "


@pytest.mark.parametrize("text", [
    KIEL + "The other family said they were sorry.",
    KIEL + "The second family said they were sorry.",
    KIEL + "The driver's family said they were sorry.",
    ISRAELI + "The rebels' military said the depots were empty.",
    ISRAELI + "The regime's military said the depots were empty.",
    ISRAELI + "The country's military said the depots were empty.",
    EMBASSY + "The embassy in London said it would stay open.",
    EMBASSY + "The other embassy said it would stay open.",
    "Apple Inc. said sales rose. The other company said its sales fell.",
    "Apple Inc. said sales rose. The rival company said its sales fell.",
    "Amnesty International said the trial was unfair. The rebels' group said the judge was biased.",
    "The Appellate Court said on Tuesday that the contract was valid. The lower court said in March that the "
    "contract was void.",
])
def test_a_description_that_sets_its_body_apart_stays_unresolved(text: str) -> None:
    assert last_speaker_and_kind(text)[1] == "unresolved"


@pytest.mark.parametrize(("text", "speaker"), [
    (KIEL + "The family said they were sorry.", "Kiel family"),
    (ISRAELI + "The military said the depots were empty.", "Israeli military"),
    (EMBASSY + "The embassy said it would stay open.", "U.S. Embassy"),
    ("Amnesty International said the trial was unfair. The rights group said the judge was biased.",
     "Amnesty International"),
    ("The Appellate Court said on Tuesday that the contract was valid. The court said in March that the "
     "contract was void.", "Appellate Court"),
    # an office's possessive is the office's own name, no other body
    ("No details were available, said spokeswoman Tanya Sierra of the San Diego County District Attorney's "
     "Office. A task force was warning homeowners, the district attorney's office said.",
     "San Diego County District Attorney's Office"),
])
def test_the_bare_description_still_names_the_body(text: str, speaker: str) -> None:
    assert last_speaker_and_kind(text) == (speaker, "organisation")


# --- rule `name_after_a_fronted_time_phrase` speaks only as a word of a named person (review s15 C1)


@pytest.mark.parametrize("text", [
    "In 2016 Georgia said it would hold a new vote on the treaty.",
    "On Monday Jordan said it would close its border with Syria.",
    "On Monday Chelsea said the striker would miss the final.",
])
def test_an_untyped_name_after_a_time_phrase_is_no_person_by_position(text: str) -> None:
    assert last_speaker_and_kind(text) == (None, "unresolved")


def test_a_word_of_a_named_person_after_a_time_phrase_still_speaks() -> None:
    text = ("C\u00e9line Dion sang on Monday. Her first child, Ren\u00e9-Charles Dion Ang\u00e9lil, was born in "
            "2001. Nevertheless, at the end of 2016 Dion revealed that she was trying to survive.")
    assert last_speaker_and_kind(text) == ("Dion", "person")


# --- rule `name_after_a_body_and_is_no_speaker_alone` leaves a source that opens with a person's
# name to that person (review s15 B1)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Mary Bell of the Museum of Science and Industry said the exhibit would reopen.", "Mary Bell"),
    ("Tom Hale of the Center for Science and Democracy said the rules were weak.", "Tom Hale"),
    ("Tom Hale of the Council on Foreign Relations and Harvard said the rules were weak.", "Tom Hale"),
])
def test_a_person_of_a_body_with_and_is_the_person(text: str, speaker: str) -> None:
    assert last_speaker_and_kind(text) == (speaker, "person")


def test_the_body_with_and_alone_stays_as_written() -> None:
    assert last_speaker_and_kind("The Museum of Science and Industry said the exhibit would reopen.") == (
        "The Museum of Science and Industry", "unnamed")
