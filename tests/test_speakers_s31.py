"""Speakers a reader can tell, named where the tagger left them unresolved.
The sentences are written in the manner of the articles; none is read from
the shared data sets."""

from __future__ import annotations

from summarizer.claims import extract_claims


def _speaker_of(text: str, cue: str) -> tuple[str, str | None]:
    claim = next(c for c in extract_claims(text) if c.cue_text == cue)
    return claim.speaker_kind, claim.speaker


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
