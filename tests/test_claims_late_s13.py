"""QA round 41's clear-wrong speakers (late session 13), each rule with a
sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims

# --- Rule `handle_after_a_preposition` (speakers.py) --------------------------------------------

HANDLE_SPOKE = "@KitchenBaby describes itself as a baby who likes fine food. Marco Lenz spoke about it on TV. "


def test_a_handle_after_a_preposition_is_no_antecedent() -> None:
    text = HANDLE_SPOKE + "In reply to the parody account for @KitchenBaby, he posted a photo and wrote: Not baby food."
    wrote = [c for c in extract_claims(text) if c.cue == "write"]
    assert len(wrote) == 1
    assert wrote[0].speaker_span is not None and wrote[0].speaker_span.text == "he"
    assert wrote[0].speaker == "Marco Lenz"


def test_a_handle_as_the_subject_stays_a_speaker() -> None:
    text = HANDLE_SPOKE + "In a reply, @KitchenBaby wrote: Not baby food."
    wrote = [c for c in extract_claims(text) if c.cue == "write"]
    # shown with its sign since session 21 (rule `social_handle_is_its_name`)
    assert len(wrote) == 1 and wrote[0].speaker == "@KitchenBaby"


# --- Rule `participle_of_a_speech_clause` (rules.py) --------------------------------------------

SPEECH_CLAUSE = (
    "Maria Ortiz spoke on Monday. She answered quickly on social media when a Daily Ledger editorial "
    "this week criticized what the paper called a 'double standard' in the city, noting that the city "
    "is raising fees just after it cut services."
)


def test_a_participle_after_a_speech_clause_is_not_the_main_subjects() -> None:
    noting = [c for c in extract_claims(SPEECH_CLAUSE) if c.cue == "note"]
    assert len(noting) == 1
    assert noting[0].speaker_span is not None and noting[0].speaker_span.text == "a Daily Ledger editorial"
    assert noting[0].content.startswith("the city is raising fees")


def test_a_participle_after_a_longer_speech_subject_is_not_the_main_subjects() -> None:
    text = SPEECH_CLAUSE.replace("a Daily Ledger editorial this week", "an editorial in the Daily Ledger this week")
    assert all(c.speaker != "Maria Ortiz" for c in extract_claims(text) if c.cue == "note")


def test_a_participle_after_a_clause_with_no_cue_stays_the_main_subjects() -> None:
    text = ("Maria Ortiz spoke on Monday. She answered quickly on social media after the council met, "
            "noting that the city is raising fees.")
    noting = [c for c in extract_claims(text) if c.cue == "note"]
    assert len(noting) == 1 and noting[0].speaker == "Maria Ortiz"


# --- Rule `who_is_its_nearest_noun` (speakers.py) -----------------------------------------------


def test_who_takes_the_nearest_noun_not_the_whole_phrase() -> None:
    text = "Chile has emerged as a key player in the hunt for the fugitive who has admitted stealing the files."
    admitted = [c for c in extract_claims(text) if c.cue == "admit"]
    assert len(admitted) == 1
    assert admitted[0].speaker_span is not None and admitted[0].speaker_span.text == "the fugitive"


def test_who_after_a_workplace_or_a_share_keeps_the_whole_phrase() -> None:
    text = "He met a tech staffer at the State Department who has said the files were lost."
    said = [c for c in extract_claims(text) if c.cue == "say"]
    assert len(said) == 1
    assert said[0].speaker_span is not None and said[0].speaker_span.text == "a tech staffer at the State Department"
    text = "Two of the women who have accused the former governor of fraud spoke on Monday."
    accused = [c for c in extract_claims(text) if c.cue == "accuse"]
    assert len(accused) == 1
    assert accused[0].speaker_span is not None and accused[0].speaker_span.text == "Two of the women"


# --- Rule `free_relative_takes_no_outer_source` (extract.py) ------------------------------------


def test_a_naming_cue_after_what_gives_no_claim_to_a_source_outside() -> None:
    text = ("For Ruiz, a veteran lawmaker who is known for decrying what he and other regional leaders "
            "have called foreign meddling, the trial has provided a platform to attack his critics.")
    assert [c for c in extract_claims(text) if c.cue == "call"] == []


def test_a_quoted_term_after_what_stays_its_namers() -> None:
    text = 'The city sought the games in the hope of shedding what Mayor Ann Lee called "a perception problem."'
    called = [c for c in extract_claims(text) if c.cue == "call"]
    assert len(called) == 1 and called[0].speaker == "Ann Lee"
