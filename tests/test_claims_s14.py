"""Claims session 14: wrong content and lost roles, each rule with a
sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims.model import Claim


def only(text: str) -> Claim:
    claims = extract_claims(text)
    assert len(claims) == 1, claims
    return claims[0]


# --- Rule `existential_there_after_and_is_the_writers` (grammar.py; web test s13b, pawszilla s288) ---


@pytest.mark.parametrize(("sentence", "content"), [
    ('In September 2019 Bill Maher suggested that shaming should "make a comeback," and there was a lot of '
     "backlash.", 'shaming should "make a comeback,"'),
    ("He did not mention his own impact on her prospects, and there were none of the hecklers she has faced.",
     "his own impact on her prospects"),
])
def test_there_is_after_and_opens_the_writers_clause(sentence: str, content: str) -> None:
    assert only(sentence).content == content


@pytest.mark.parametrize("sentence", [
    "Bill Maher said shaming should make a comeback, and there should be more of it.",
    "Bill Maher said that shaming should make a comeback, and that there was too little of it.",
    'Hua Chunying said her country was watching the race with "bemused interest," and there was a strong '
    "current of opinion online.",
])
def test_there_after_and_stays_reported_when_backshifted_introduced_or_in_the_same_tense(sentence: str) -> None:
    assert only(sentence).content.endswith(sentence.rstrip(".")[-12:])


# --- Rule `long_fronted_phrase_is_no_subject` (rules.py; PolNeAR train, nyt ryan-calls-trump s24-25:
# the long fronted phrase hid Trump's "saying" claim, and his next "he said" went to Jeff Flake) ---

FLAKE_THEN_TRUMP = (
    "Donald Trump won the primary. ''If Donald remains Donald, I will not vote for him,'' declared Senator Jeff "
    "Flake. In a victory speech in Westchester County on Tuesday night, Mr. Trump struck a measured tone, saying he "
    "understood the responsibility of his party. ''I will never, ever let you down,'' he said."
)


def test_a_long_fronted_phrase_leaves_the_subject_after_its_comma() -> None:
    claims = extract_claims(FLAKE_THEN_TRUMP)
    saying = [c for c in claims if c.cue == "say" and c.content.startswith("he understood")]
    assert len(saying) == 1 and saying[0].speaker == "Donald Trump"
    assert claims[-1].content.startswith("''I will never") and claims[-1].speaker == "Donald Trump"


def test_a_long_fronted_phrase_with_no_clause_after_its_comma_gives_no_subject() -> None:
    text = ("In a victory speech in Westchester County on Tuesday night, a measured tone and a promise, saying he "
            "understood the responsibility of his party.")
    assert all(c.speaker != "Westchester County" for c in extract_claims(text))


# --- Rule `object_before_a_subordinate_pronoun_may_be_he` (speakers.py; PolNeAR train, breitbart ap-gfk
# s8: Sanders's presidential bid went to Woodrow Benford) ---

BENFORD = "Bernie Sanders is gaining. Woodrow Benford, 58, says he didn't know much about {} before he announced {}."


def test_a_man_named_after_a_preposition_before_he_leaves_he_unresolved() -> None:
    claims = extract_claims(BENFORD.format("Sanders", "his presidential bid"))
    announced = [c for c in claims if c.cue == "announce"]
    assert len(announced) == 1 and announced[0].speaker_kind == "unresolved"
    assert [c.speaker for c in claims if c.cue == "say"] == ["Woodrow Benford"]


def test_with_no_one_named_between_he_stays_the_speaker() -> None:
    claims = extract_claims(BENFORD.format("the plan", "his decision"))
    assert [c.speaker for c in claims if c.cue == "announce"] == ["Woodrow Benford"]


def test_a_subject_who_has_not_spoken_goes_on_as_he() -> None:
    text = ("Donald Trump lost in Iowa. Texas Sen. Ted Cruz is highlighting his Iowa win over Donald Trump as he "
            "urges conservatives to unite behind him.")
    assert [c.speaker for c in extract_claims(text) if c.cue == "urge"] == ["Ted Cruz"]
