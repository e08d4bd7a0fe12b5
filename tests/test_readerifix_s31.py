"""Claims faults found by reading news out of sample: a "she" after a
quotation that names someone by name in the third person, a last speaker
skipped over the person the sentence just before is about, the determiner
"that" before a noun and a day word, and an "alleged" after a determiner.
Each with the example that must change and a near variant that must not.
The sentences are written in the manner of the articles; none is read from
the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.summarizers.standalone import holds_back_pointing_phrase

# --- rule pronoun_is_not_the_one_the_quote_names ------------------------------------------------

TEAMMATE = (
    "Michelle Knight and Gina DeJesus were held in the house for nine years. "
    "Her mother, Barbara Knight, searched for her.\n\n"
    "Knight told the judge that DeJesus saved her life.\n\n"
    "\u201cGina was my teammate. She never let me fall, I never let her fall. "
    "She nursed me back to health,\u201d she said."
)


def test_a_person_the_quotation_names_as_its_subject_is_not_she() -> None:
    claims = [c for c in extract_claims(TEAMMATE) if c.content.startswith("\u201cGina")]
    assert claims, extract_claims(TEAMMATE)
    assert claims[0].speaker != "Gina DeJesus", claims[0]


def test_a_speaker_naming_herself_stays() -> None:
    text = (
        "Gina DeJesus spoke first at the hearing. "
        "\u201cMy name is Gina DeJesus, and I was held for nine years,\u201d she said."
    )
    claims = [c for c in extract_claims(text) if c.content.startswith("\u201cMy name")]
    assert claims and claims[0].speaker == "Gina DeJesus", extract_claims(text)


# --- rule pronoun_never_skips_the_person_just_before_for_the_last_speaker ---------------------

MOTHER = (
    "Michelle Knight was held in the house for 11 years.\n\n"
    "Knight's grandmother, Deborah Knight, told The Plain Dealer in May that the family had concluded "
    "that Michelle had left of her own accord.\n\n"
    "But the missing woman's mother, Barbara Knight, told the newspaper that her daughter would never "
    "have broken all contact voluntarily.\n\n"
    "Even after Knight's mother moved to Naples, Florida, she often returned to Cleveland to search for "
    "her daughter, she told the newspaper.\n\n"
    "On Thursday, the world learned from Knight there was never a day that passed while she was in "
    "captivity that she didn't think of her son.\n\n"
    "\u201cI wondered if I was ever going to see him again,\u201d she said."
)


def test_the_person_the_sentence_before_is_about_outranks_the_last_speaker() -> None:
    claims = [c for c in extract_claims(MOTHER) if "wondered" in c.content]
    assert claims, extract_claims(MOTHER)
    assert claims[0].speaker != "Barbara Knight", claims[0]


def test_the_last_speaker_goes_on_when_the_sentence_before_names_her() -> None:
    text = (
        "Her mother, Barbara Knight, told the newspaper that her daughter would never have left. "
        "Barbara Knight said she often returned to the city to look for her. "
        "On Thursday, Barbara Knight learned from Ann Lee there was never a day while she was away "
        "that she did not think of her son. "
        "\u201cI wondered if I was ever going to see her again,\u201d she said."
    )
    claims = [c for c in extract_claims(text) if "wondered" in c.content]
    assert claims and claims[0].speaker == "Barbara Knight", extract_claims(text)


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
