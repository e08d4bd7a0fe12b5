"""Speaker resolution, session 23 (QA rounds 64 and 65): a clear wrong speaker
taken from inside a relative clause, and pronouns a reader names without
doubt. Each rule with a sentence built like the article's and near variants
that must stay as they were."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import speakers_and_kinds


def _last(text: str) -> tuple[str | None, str]:
    return speakers_and_kinds(text)[-1]


# --- unclosed_relative_before_the_cue (744 s22: "..., which represents ... Coca-Cola said it best") --


def test_unclosed_relative_gives_the_head_before_the_comma() -> None:
    text = ("A representative of the Grocery Manufacturers Association, which represents food manufacturers "
            'such as Kraft, Hershey and Coca-Cola said it best, "there is no bigger opportunity for us."')
    assert speakers_and_kinds(text) == [("A representative of the Grocery Manufacturers Association", "unnamed")]


def test_unclosed_who_clause_gives_the_person_named_before_it() -> None:
    assert speakers_and_kinds("John Smith, who represents farmers in Iowa said the bill was bad.") == [
        ("John Smith", "person")]


def test_closed_relative_keeps_its_head() -> None:
    assert speakers_and_kinds("Kraft, which makes cheese, said the plant would close.") == [("Kraft", "organisation")]


def test_relative_with_its_own_subject_keeps_the_inner_speaker() -> None:
    # "which officials said": the clause's own subject and verb, not this rule's shape
    text = "The policy changes, which officials said will go into effect soon, will not apply to all."
    assert speakers_and_kinds(text)[0][0] != "The policy changes"


def test_relative_with_a_clause_inside_keeps_its_own_subject() -> None:
    # "because he claimed": a subordinate clause inside the relative; "he" is the cue's subject
    text = ("Tenney fought Ray Halbritter, who spearheaded the campaign to change the mascot "
            "because he claimed it was offensive.")
    assert [(c.speaker_span.text if c.speaker_span else None, c.speaker) for c in extract_claims(text)] == [
        ("he", "Ray Halbritter")]
