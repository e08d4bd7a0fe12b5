"""Wrong and junk kinds of QA round 36 and the session-11 web-page test, each
with a sentence of its kind and near variants that must stay as they were."""

from __future__ import annotations

from tests.claim_helpers import described, only

# --- rule `noun_cue_before_a_present_verb` ----------------------------------------------------


def test_a_cue_noun_before_its_present_verb_is_no_cue() -> None:
    assert described("The new White House report specifically links the increased frequency of extreme "
                     "weather to climate change.") == []
    assert described("The White House report links the frequency of storms to climate change.") == []


def test_a_cue_verb_after_a_plural_subject_stays() -> None:
    claim = only("Researchers report links between smoking and cancer.")
    assert (claim.speaker, claim.cue) == ("Researchers", "report")
    claim = only("The White House report says it is not too late.")
    assert (claim.speaker, claim.cue) == ("The White House report", "say")


# --- rule `cue_verb_after_a_plural_subject` ---------------------------------------------------


def test_an_adjective_cue_form_after_a_verb_is_a_word_of_its_content() -> None:
    assert described("They worry added traffic is negatively impacting the fragile reserve.") == [
        ("They", "worry", "added traffic is negatively impacting the fragile reserve")]
    assert described("They say added costs will hurt families.") == [
        ("They", "say", "added costs will hurt families")]


def test_a_cue_after_its_subject_and_a_noun_before_a_cue_stay() -> None:
    assert described("He added traffic is hurting the reserve.") == [
        ("He", "add", "traffic is hurting the reserve")]
    claim = only("The Reuters report said the talks failed.")
    assert (claim.speaker, claim.cue) == ("The Reuters report", "say")


# --- rule `cue_form_after_a_name_connector_is_a_name` -----------------------------------------


def test_a_name_part_after_a_connector_is_no_cue() -> None:
    assert described("Oman's ruler, Sultan Qaboos bin Said, opened the Royal Opera House Muscat in 2011.") == []


def test_a_capitalised_cue_in_a_headline_stays() -> None:
    claim = only("Clinton Says Trump Is Unfit To Lead The Country")
    assert (claim.speaker, claim.cue) == ("Clinton", "say")


# --- rule `fronted_clause_ends_content_past_an_apposition` ------------------------------------


def test_a_fronted_clause_with_an_apposition_ends_its_claim_at_its_comma() -> None:
    claim = only("Although its architect, George Kennan, always hoped that it would be used to modify Soviet "
                 "behavior, containment in practice became part of a zero-sum struggle.")
    assert (claim.speaker, claim.cue, claim.content) == (
        "George Kennan", "hope", "it would be used to modify Soviet behavior")


def test_a_comma_that_closes_the_fronted_clause_keeps_the_main_clause_claim() -> None:
    claim = only("Although it rained on Monday, officials said the parade would go ahead.")
    assert (claim.speaker, claim.content) == ("officials", "the parade would go ahead")
