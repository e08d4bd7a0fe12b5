"""Contents garbled where a source phrase, a raising verb or a connective was cut
out (session 12 web test, second round), each rule with a sentence of its kind
and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- Rule `of_phrase_ends_a_final_source` (rules.py) -------------------------------------------


def test_an_of_phrase_after_a_final_source_is_the_sources() -> None:
    claim = only("Phlebotomy robots performed as well or better than people, according to the first human "
                 "clinical trial of an automated blood drawing and testing device.")
    assert claim.content == "Phlebotomy robots performed as well or better than people"
    assert claim.speaker_span is not None
    assert claim.speaker_span.text == "the first human clinical trial of an automated blood drawing and testing device"


def test_a_final_source_with_a_clause_after_it_stays_as_it_was() -> None:
    claim = only("Robots did well, according to a study of people who used them.")
    assert claim.content == "Robots did well"
    claim = only("Robots did well, according to the head of the agency, who spoke on Monday.")
    assert claim.content == "Robots did well"


# --- Rule `raised_perfect_reads_as_a_past` (rules.py), retired in session 23 (QA round 65) -------


def test_a_raised_perfect_is_given_as_written() -> None:
    # the spliced "The accused flung two stones" read as a fact; the allegation stays in the words
    claim = only("The accused is then alleged to have flung two stones at the police inspector.")
    assert (claim.content, claim.hedged, claim.speaker) == (
        "The accused is then alleged to have flung two stones at the police inspector", True, None)
    assert only("The driver was said to have smashed the car into a wall.").content == \
        "The driver was said to have smashed the car into a wall"


def test_a_participle_unlike_its_past_keeps_to_have() -> None:
    # session 13, rule `raised_infinitive_keeps_its_verb`: the claim as written, no dangling infinitive
    assert only("The accused is alleged to have taken two stones.").content == \
        "The accused is alleged to have taken two stones"
    assert only("The man is said to have been drunk.").content == "The man is said to have been drunk"
    claims = extract_claims("He was criticized by the mayor to have smashed the car.")
    assert all(c.content != "He smashed the car" for c in claims)


# --- Rule `connective_opens_no_content` (grammar.py) -------------------------------------------


def test_an_additive_connective_opens_no_content() -> None:
    claim = only("Moreover, a hard time accessing veins can increase procedure time by up to an hour, "
                 "according to estimates.")
    assert claim.content == "a hard time accessing veins can increase procedure time by up to an hour"
    assert claim.content_span is not None and claim.content_span.text == claim.content


def test_a_contrast_and_a_connective_without_a_comma_stay() -> None:
    assert only("However, the robot was faster, the researchers said.").content == \
        "However, the robot was faster"
    assert only("Moreover the robot was faster, the researchers said.").content == \
        "Moreover the robot was faster"


# --- Rule `clause_before_a_colon_cue_is_the_sources_too` (rules.py) and
# Rule `colon_split_joined_with_an_ellipsis` (extract.py) ---------------------------------------


def test_a_clause_before_a_colon_cue_is_the_sources_too() -> None:
    claim = only("Urgent action is required to facilitate the patients' treatment abroad, Al-Kahlot said: "
                 "Swift intervention will significantly enhance these children's chances of recovery.")
    assert claim.speaker == "Al-Kahlot"
    assert claim.content == ("Urgent action is required to facilitate the patients' treatment abroad \u2026 "
                             "Swift intervention will significantly enhance these children's chances of recovery")


def test_a_fronted_clause_or_a_quotation_after_the_colon_stays_apart() -> None:
    assert only("When the crowd fell silent, Kennedy said: the war must end.").content == "the war must end"
    assert only('The plan failed, Smith said: "We tried everything."').content == '"We tried everything."'


# --- cue class of "warn" (cues.txt) ------------------------------------------------------------


def test_a_warning_is_assertive_not_tentative() -> None:
    claim = only("Israel warned people in northern Gaza to move south.")
    assert (claim.cue, claim.cue_class) == ("warn", "assertive")


def test_a_suggestion_stays_tentative() -> None:
    assert only("Israel suggested that people in northern Gaza move south.").cue_class == "tentative"
