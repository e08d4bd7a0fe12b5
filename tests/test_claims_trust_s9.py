"""Known wrong claims left at the end of session 8 (issue 9), each fixed by
kind: a sentence of the same kind as the article's, and a near variant that
must stay as it is."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described, only

# --- rule `fronted_appositive_is_no_subject` (review s8, QA 27 895 [11]) -------------------


def test_an_appositive_in_a_fronted_phrase_is_not_the_subject_of_a_coordinated_cue() -> None:
    claim = only("In a speech Monday in Aberdeen, the Scottish city, Cameron made a plea for Scotland to stay "
                 "and warned that there was no turning back.")
    assert (claim.speaker, claim.cue, claim.content) == ("Cameron", "warn", "there was no turning back")


def test_a_region_and_a_time_in_a_fronted_phrase_are_not_the_subject() -> None:
    for text in ("In Aberdeen, Scotland, on Monday, Cameron made a plea for Scotland to stay and warned that "
                 "there was no turning back.",
                 "In a speech in Aberdeen, Scotland on Monday, Cameron made a plea for Scotland to stay and "
                 "warned that there was no turning back."):
        assert only(text).speaker == "Cameron", text


def test_a_pronoun_after_a_fronted_appositive_is_the_subject() -> None:
    claim = only("In a speech in Aberdeen, the Scottish city, he made a plea for Scotland to stay and warned "
                 "that there was no turning back.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "he"


def test_the_subject_right_after_a_plain_fronted_phrase_stays() -> None:
    claim = only("In a speech Monday in Aberdeen, Cameron made a plea for Scotland to stay and warned that "
                 "there was no turning back.")
    assert claim.speaker == "Cameron"


def test_a_relative_aside_after_the_subject_keeps_the_subject() -> None:
    claim = only("On Tuesday, Trump, who leads the party, made a plea for calm and warned that the vote was close.")
    assert claim.speaker == "Trump"


# --- rule `participle_after_a_past_cue_is_past` (QA 29 A.7, 952 [19]) ----------------------


def test_would_after_a_participle_of_a_past_cue_is_no_hedge() -> None:
    claims = extract_claims("Aid will continue, Psaki said, adding that the United States would put a premium on "
                            "assistance.")
    assert [(c.cue, c.hedged) for c in claims] == [("say", False), ("add", False)]


def test_would_after_a_participle_of_a_present_cue_and_could_stay_hedges() -> None:
    present = extract_claims("Aid will continue, Psaki says, adding that the United States would put a premium "
                             "on assistance.")
    could = extract_claims("Aid will continue, Psaki said, adding that the United States could put a premium "
                           "on assistance.")
    assert present[-1].hedged and could[-1].hedged


# --- act and obligation readings the fixes above brought to light ---------------------------


def test_confirming_nominees_is_an_act() -> None:
    assert described("Democrats controlled the Senate and had confirmed 68 judicial nominees by this point.") == []


def test_confirming_a_report_stays_a_claim() -> None:
    assert only("The Senate confirmed that the report was accurate.").cue == "confirm"


def test_what_someone_will_have_to_explain_is_no_claim() -> None:
    assert described("Google is now vulnerable to demands and will have to explain why it sees censorship as "
                     "the right solution.") == []


def test_what_someone_had_to_admit_is_a_claim() -> None:
    assert only("He had to admit that he lied.").content == "he lied"
