"""Junk claims a reader saw (junk-s26): each fixed by a named rule, with a
sentence of its kind and a near variant that must stay as it is. The
sentences are written in the manner of the articles; none is read from the
shared data sets."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import as_shown


# Rule `lower_case_content_word_is_no_headline` (text.py, read by cues.py `find_cues`): a sentence
# of many names is no headline when a lower-case verb stands in it; the second word of "The United
# States" is no cue
def test_rule_lower_case_content_word_is_no_headline() -> None:
    claims = extract_claims("The United States, Britain and France have called on Yemen to hold talks.")
    assert [(c.source_as_written, c.cue) for c in claims] == [
        ("The United States, Britain and France", "call on")]
    assert all(c.cue != "state" for c in extract_claims(
        "The P5+1 includes Germany and the permanent members of the U.N. Security Council -- the United "
        "States, Russia, China, France and Britain."))


def test_rule_lower_case_content_word_is_no_headline_near_variants_stay() -> None:
    # a title-case headline keeps its capitalised cue
    assert as_shown("Clinton Says Trump Is Wrong") == [("Clinton", "Says", "Trump Is Wrong")]
    assert as_shown("Senator Says Talks With Iran Will Fail") == [
        ("Senator", "Says", "Talks With Iran Will Fail")]


# Rule `calling_on_a_hearer_alone_is_no_claim` (junk.py): "called on Yemen." asks nothing told
def test_rule_calling_on_a_hearer_alone_is_no_claim() -> None:
    assert as_shown("The United States, Britain and France have called on Yemen.") == []
    assert as_shown("The foreign minister called upon the rebels.") == []


def test_rule_calling_on_a_hearer_alone_near_variants_stay() -> None:
    assert as_shown("The United States, Britain and France have called on Yemen to hold talks.") == [
        ("The United States, Britain and France", "called on", "Yemen to hold talks")]
    assert as_shown('The minister called on member states for "solidarity" in the crisis.') == [
        ("The minister", "called on", 'member states for "solidarity" in the crisis')]


# Rule `pro_form_alone_is_no_claim` (junk.py, junk_readings.txt pro_form_contents)
def test_rule_pro_form_alone_is_no_claim() -> None:
    assert as_shown("Support for the plan rose after half said so in the earlier poll.") == []
    assert as_shown("Just 29% felt that way about the presidency.") == []
    assert as_shown("Only 24 percent said otherwise.") == []
    assert as_shown("The evidence suggests the opposite.") == []


def test_rule_pro_form_alone_near_variants_stay() -> None:
    assert as_shown("McKinley doesn't think so.") == [("McKinley", "doesn't think", "so")]
    assert as_shown("He said so far the plan has worked.") == [("He", "said", "so far the plan has worked")]
    assert as_shown("Half said the plan would work.") == [("Half", "said", "the plan would work")]


# Rule `he_or_she_is_no_speaker` (junk.py; CNN dev 122 s53)
def test_rule_he_or_she_is_no_speaker() -> None:
    assert as_shown("Ask your child about it. I'll bet he or she thinks a lot of the same things.") == []
    assert as_shown('Tell your child you are pleased when he or she has spoken up to say "Yes, please."') == []


def test_rule_he_or_she_near_variants_stay() -> None:
    assert as_shown("He said she thinks a lot of the same things.") == [
        ("He", "said", "she thinks a lot of the same things")]


# Rule `what_a_feature_may_ask_you_is_no_claim` (junk.py; CNN dev 539 s6)
def test_rule_what_a_feature_may_ask_you_is_no_claim() -> None:
    assert as_shown("Ask Siri to remind you to buy flowers, and Siri may ask you to identify her in the "
                  "phone's address book.") == []
    assert as_shown("The app may also ask you to confirm the time.") == []


def test_rule_what_a_feature_may_ask_you_near_variants_stay() -> None:
    assert as_shown("The officer asked you to leave.") == [("The officer", "asked", "to leave")]
    assert as_shown("Police may ask residents to leave.") == [("Police", "ask", "to leave")]
    assert as_shown("Boyd: I can tell you it is going to be set in 1969.") == [
        ("I", "tell", "it is going to be set in 1969")]


def test_rule_pro_form_so_after_a_named_speaker_stays() -> None:
    # "so" confirms what was just told when a named speaker or people counted by a word say it
    assert as_shown("The influential weekly magazine Der Spiegel said so.") == [
        ("Der Spiegel", "said", "so")]
    assert as_shown("Two officials said so.") == [("Two officials", "said", "so")]
    assert as_shown("About 55 percent said so.") == []
