"""Reader test qa71b (session 27, CNN-Corpus dev rows 492 419 930 113 165
918): the rules it added or widened, each with a sentence of its kind and a
near variant that must not fire."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import as_shown, only


# Rule `title_of_the_owner_is_theirs` (cnn918 s13: "John Brennan — President")
def test_title_before_an_owner_is_the_owners_not_the_speakers() -> None:
    claim = only("In April, U.S. President Barack Obama's chief counterterrorism adviser John Brennan "
                 "acknowledged the use of U.S. drones.")
    assert claim.speaker == "John Brennan"
    assert claim.role != "President"
    claim = only("Senator John Smith's spokesman Bill Jones said the bill would pass.")
    assert (claim.speaker, claim.role) == ("Bill Jones", None)


def test_title_right_before_the_speaker_stays_the_speakers() -> None:
    claim = only("Foreign Minister Dmytro Kuleba said the talks had failed.")
    assert (claim.speaker, claim.role) == ("Dmytro Kuleba", "Foreign Minister")


# Rule `existential_there_is_no_source` (cnn113 s51: "In fact there is very" suggest, negation lost)
def test_there_is_little_to_suggest_after_an_opener_is_no_claim() -> None:
    assert extract_claims("In fact there is very little to suggest that alcoholic drinks have any "
                          "significant effect on tooth decay.") == []
    assert extract_claims("In truth there is scant evidence to suggest that the drug works.") == []


def test_there_are_many_who_say_keeps_its_claim() -> None:
    assert as_shown("In fact, there are many who say the drug works.") == [("many", "say", "the drug works")]


# Rule `cue_of_a_compound_predicate_is_no_final_attribution` (cnn930 s45: "the province" respond)
def test_cue_joined_to_a_second_verb_is_no_final_attribution() -> None:
    shown = as_shown("The mayor was disturbed by the events, and the province would respond and provide "
                     "new tools to the council, Wynne said.")
    assert [cue for _, cue, _ in shown] == ["said"]
    assert shown[0][0] == "Wynne"


def test_cue_joined_to_a_cue_of_its_own_stays() -> None:
    assert as_shown("The plan was dead, officials said and added that talks would go on.") == [
        ("officials", "said", "The plan was dead"), ("officials", "added", "talks would go on")]


# Rule `fuller_name_opens_the_same_claim` (cnn930 s45: the claim kept "Ontario Premier Kathleen Wynne said")
def test_fuller_name_and_cue_before_the_final_source_are_not_the_claim() -> None:
    claim = only("Ontario Premier Kathleen Wynne said Thursday she was disturbed by recent events, "
                 "and the province would help the city if asked, Wynne said.")
    assert claim.speaker == "Kathleen Wynne"
    assert claim.content.startswith("she was disturbed")


def test_a_body_named_after_the_source_keeps_its_words() -> None:
    claim = only("The Smith family said the budget was too small, Smith said.")
    assert claim.content == "The Smith family said the budget was too small"


# Rule `so_of_a_degree_phrase_stays` (cnn113 s47: the claim opened on "far,")
def test_so_far_stays_in_the_claim() -> None:
    assert as_shown("But so far the plan has worked, officials said.") == [
        ("officials", "said", "so far the plan has worked")]


def test_joiner_so_still_opens_no_claim() -> None:
    assert as_shown("So the plan has worked, officials said.") == [("officials", "said", "the plan has worked")]


# Rule `fronted_phrase_before_a_present_cue_is_content` (cnn165 s26: "After 90 seconds" was dropped)
def test_phrase_before_a_present_cue_is_part_of_the_claim() -> None:
    assert as_shown("After 90 seconds, Osinski says, a swimmer will black out.") == [
        ("Osinski", "says", "After 90 seconds a swimmer will black out")]


def test_phrase_before_a_past_cue_may_be_when_it_was_said() -> None:
    assert as_shown("In 2010, he said, the plan failed.") == [("he", "said", "the plan failed")]


# Rule `quotation_after_paraphrase`, after a source set between commas (cnn152 s47)
def test_quotation_after_a_parenthetical_source_goes_on_in_its_words() -> None:
    claim = only('The plan, she says, is dead. "We tried everything we could to save it."')
    assert claim.content.endswith('"We tried everything we could to save it."')


def test_quotation_with_its_own_source_stays_apart() -> None:
    claims = extract_claims('The plan, she says, is dead. "We tried everything," he said.')
    assert [c.content for c in claims] == ["The plan is dead", '"We tried everything,"']


# Rule `wh_infinitive_content_is_no_claim` (cnn113 s17: "couldn't tell: where to find these kids")
def test_question_word_and_infinitive_is_no_claim() -> None:
    assert as_shown("Marazita couldn't tell us exactly where to find these kids who are not into candy, "
                    "but said the kids exist.") == [("Marazita", "said", "the kids exist")]
    assert extract_claims("He did not know how to deal with everything.") == []


def test_question_with_its_own_verb_stays_a_claim() -> None:
    assert as_shown("She told us where the kids were hiding.") == [("She", "told", "where the kids were hiding")]
    assert as_shown("He said how to vote was a private matter.") == [
        ("He", "said", "how to vote was a private matter")]


# Rule `prepositional_tail_of_a_final_source_is_no_content` (cnn930 s26: the story's tail in the claim)
def test_tail_of_a_long_final_source_is_not_glued_onto_the_claim() -> None:
    claim = only('Critics have described its conservatism as "Fox News North," according to a story about '
                 "its launch in 2011 by the Toronto Globe and Mail.")
    assert claim.content == 'Critics have described its conservatism as "Fox News North,"'


def test_time_after_the_sources_comma_stays_in_the_claim() -> None:
    assert only("Prices rose, according to the bank, in 2011.").content == "Prices rose in 2011"
