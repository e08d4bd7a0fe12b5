"""Claims faults found by reading news out of sample: the determiner
"that" before a noun and a day word, and an "alleged" after a determiner.
Each with the example that must change and a near variant that must not.
The sentences are written in the manner of the articles; none is read from
the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.summarizers.standalone import holds_back_pointing_phrase

# --- rule that_before_a_bare_noun_is_its_determiner: before a day word and a comma -------------


def test_that_before_a_noun_and_a_day_word_is_its_determiner() -> None:
    text = ("Cleland denied that request Monday, ruling that prosecutors did not present any evidence "
            "that Sandusky had tried to contact children at the school.")
    claims = [c for c in extract_claims(text) if c.cue == "deny"]
    assert claims, extract_claims(text)
    # the refusal of a request, not a denial that prosecutors lacked evidence
    assert claims[0].content.startswith("that request"), claims[0]


def test_that_before_a_clause_with_a_day_word_opens_it() -> None:
    text = "Cleland denied that prosecutors Monday had withheld any evidence from the court."
    claims = [c for c in extract_claims(text) if c.cue == "deny"]
    assert claims and claims[0].content.startswith("prosecutors"), extract_claims(text)


def test_that_request_points_back() -> None:
    assert holds_back_pointing_phrase("Cleland denied that request Monday, ruling that the plan was late.")
    assert not holds_back_pointing_phrase("She said that request volumes rose in May.")


# --- rule participle_inside_a_noun_phrase_is_no_cue: "alleged" after a determiner --------------


def test_alleged_after_a_determiner_is_no_cue() -> None:
    text = ("Windslowe, 42, is already in police custody on separate charges stemming from another "
            "alleged illegal cosmetic procedure, also involving a silicone injection.")
    assert not [c for c in extract_claims(text) if c.cue == "allege"], extract_claims(text)


def test_alleged_after_a_subject_stays_a_cue() -> None:
    text = "Prosecutors alleged illegal cosmetic procedures at the clinic."
    claims = [c for c in extract_claims(text) if c.cue == "allege"]
    assert claims and claims[0].speaker == "Prosecutors", extract_claims(text)
