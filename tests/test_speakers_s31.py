"""Speakers a reader can tell, named where the tagger left them unresolved.
The sentences are written in the manner of the articles; none is read from
the shared data sets."""

from __future__ import annotations

from summarizer.claims import extract_claims

# --- rule titled_person_inside_prose_is_learnt --------------------------------------------------

# a line of prose so full of capitals that it reads as title case: "accepted", "invitation" and
# "to attend" show it is prose, and the archbishop's name in it is the writer's
_PROSE_LINE = (
    "Pope Francis has accepted the invitation of Philadelphia Archbishop Charles J. Chaput to attend "
    "the World Meeting of Families in Philadelphia next year, Catholic News Service reported Friday.\n\n"
    "It would be the popular pontiff's first visit to the United States as Pope.\n\n"
)


def _speaker_of(text: str, cue: str) -> tuple[str, str | None]:
    claim = next(c for c in extract_claims(text) if c.cue_text == cue)
    return claim.speaker_kind, claim.speaker


def test_the_archbishop_named_in_a_capitalised_line_of_prose_speaks() -> None:
    text = _PROSE_LINE + '"Pope Francis has told me that he is coming," said the archbishop.\n'
    assert _speaker_of(text, "said") == ("person", "Charles J. Chaput")


def test_a_titled_name_opening_a_capitalised_line_is_read_as_before() -> None:
    # near variant: the titled name opens its line, where it may be the tail of a capitalised run
    # before it, so it is not learnt and "the archbishop" stays unresolved
    text = (
        "Philadelphia Archbishop Charles J. Chaput Invites Pope Francis to the World Meeting of "
        "Families in Philadelphia next year.\n\n"
        "It would be the popular pontiff's first visit to the United States as Pope.\n\n"
        '"Pope Francis has told me that he is coming," said the archbishop.\n'
    )
    assert _speaker_of(text, "said")[0] == "unresolved"


def test_a_headline_run_with_a_lower_case_word_is_not_learnt() -> None:
    # near variant: a capitalised headline run is no name to learn, though a lower-case word
    # stands in its line; "the editor" stays unresolved
    text = (
        "Donald Trump Praises Breitbart's Washington Political Editor Matthew Boyle at a press "
        "conference in the city.\n\n"
        "The race goes on.\n\n"
        '"It was a fair question," said the editor.\n'
    )
    assert _speaker_of(text, "said")[1] != "Matthew Boyle"


# --- rule administration_near_is_the_agency -----------------------------------------------------

_AGENCY_SAID = '"The purpose of this program is to gather data on safe flights," the agency said.\n'


def test_the_agency_is_the_administration_named_just_before() -> None:
    text = (
        "Residents of the small town will vote on the measure in August.\n\n"
        "The Federal Aviation Administration recently announced plans to create six drone test sites "
        "around the country. It plans to allow wider use of drones in 2015. " + _AGENCY_SAID
    )
    assert _speaker_of(text, "said") == ("organisation", "Federal Aviation Administration")


def test_an_administration_named_long_before_is_not_the_agency() -> None:
    # near variant: the Administration was named more than two sentences before "the agency"
    text = (
        "The Federal Aviation Administration recently announced plans to create six drone test sites "
        "around the country.\n\n"
        "Drones are cheaper to fly than helicopters. They can watch crops and livestock. Farmers "
        "like them. Some towns do not. " + _AGENCY_SAID
    )
    assert _speaker_of(text, "said")[0] == "unresolved"
