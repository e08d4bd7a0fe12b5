"""Names and sentences cut at the wrong place (session 17, tokens): each rule
with a sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer.claims.text import tokenize
from summarizer.mentions import name_runs
from tests.claim_helpers import only


def _tokens(text: str) -> list[str]:
    return [t.text for t in tokenize(text, 0, len(text))]


# --- rule `dotted_compound_is_one_token` (QA round 49, 911 s0) ------------------------------


def test_a_dotted_acronym_joined_by_a_hyphen_is_one_word() -> None:
    assert _tokens("the U.N.-backed Organization") == ["the", "U.N.-backed", "Organization"]
    claim = only("Syria has begun detailing its chemical weapons stockpile, a spokesman for the U.N.-backed "
                 "Organization for the Prohibition of Chemical Weapons said Friday.")
    assert claim.content == "Syria has begun detailing its chemical weapons stockpile"
    assert claim.speaker_span is not None and claim.speaker_span.text.startswith("a spokesman for the U.N.-backed")


def test_a_dotted_acronym_alone_keeps_its_dots() -> None:
    assert _tokens("officials at the U.N. said") == ["officials", "at", "the", "U.N.", "said"]
    claim = only("Syria has begun detailing its stockpile, a spokesman for the U.N. said Friday.")
    assert (claim.speaker, claim.content) == ("a spokesman for the U.N.", "Syria has begun detailing its stockpile")


# --- rule `plus_sign_ends_a_name` (QA round 49, 389 s14) ------------------------------------


def test_a_name_with_a_closing_plus_sign_is_one_word() -> None:
    assert _tokens("a Google+ Hangout") == ["a", "Google+", "Hangout"]
    claim = only('Secretary of State John Kerry said Tuesday during a Google+ Hangout discussion that "many of '
                 'the items are on their way."')
    assert (claim.speaker, claim.content) == ("John Kerry", '"many of the items are on their way."')


def test_a_number_before_a_plus_sign_stays_a_number() -> None:
    assert _tokens("50+ people") == ["50", "+", "people"]
    assert _tokens("A+B") == ["A", "+", "B"]


# --- rule `ampersand_initials_are_one_word` (web tester s17, tomshardware) ------------------


def test_capitals_joined_by_an_ampersand_are_one_name() -> None:
    assert [name for name, _ in name_runs("B&H has cards from Asus, and AT&T said more would come.")] == [
        "B&H", "Asus", "AT&T"]
    claim = only("AT&T said Friday that its network would be back by noon.")
    assert (claim.speaker, claim.speaker_kind) == ("AT&T", "organisation")


def test_a_spaced_ampersand_still_joins_a_body_and_q_and_a_is_no_name() -> None:
    assert [name for name, _ in name_runs("Johnson & Johnson makes vaccines.")] == ["Johnson & Johnson"]
    assert name_runs("In a Q&A session, nobody spoke.") == []


def test_ampersand_initials_are_listed_as_a_body_and_a_spaced_ampersand_as_before() -> None:
    from summarizer.mentions import find_mentions

    found = {m.name: m.kind for m in find_mentions(["B&H has cards from Asus.", "Best Buy and B&H sell it.",
                                                     "He waited in A&E for hours.", "Johnson & Johnson said no."])}
    assert found["B&H"] == "organisation" and "B & H" not in found and "A&E" not in found
    assert found["Johnson & Johnson"] == "other"


# --- rule `fronted_place_ends_before_a_name` (web tester s17, corkbeo) ----------------------


def test_a_fronted_place_before_a_possessive_business_name_is_no_part_of_the_speaker() -> None:
    claim = only("In Clon Casey's Bar have said they'll be closing in-house service after tonight.")
    assert (claim.speaker, claim.speaker_kind) == ("Casey's Bar", "organisation")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Casey's Bar"


def test_a_fronted_listed_place_before_a_name_is_no_part_of_the_speaker() -> None:
    claim = only("In Cork Paddy Casey has said he will be closing in-house service after tonight.")
    assert (claim.speaker, claim.speaker_kind) == ("Paddy Casey", "person")


def test_a_fronted_place_with_no_visible_end_and_a_fronted_title_stay_as_they_were() -> None:
    assert only("In Cork the Idle Hour has said it will be closing.").speaker == "Idle Hour"
    claim = only("In New York Mayor Bill de Blasio said the schools would close.")
    assert (claim.speaker, claim.speaker_kind) == ("Bill de Blasio", "person")


# --- rule `fields_joined_by_and_open_a_title` (QA round 49, 389 and its Mentioned) --------


def test_two_fields_joined_by_and_before_a_title_are_the_title() -> None:
    claim = only("Free Syrian Army Political and Media Coordinator Louay al-Mokdad said the rebels had "
                 "received no weapons.")
    assert (claim.speaker, claim.speaker_kind) == ("Louay al-Mokdad", "person")
    assert [name for name, _ in name_runs("Free Syrian Army Political and Media Coordinator Louay al-Mokdad "
                                          "said the rebels had received no weapons.")] == [
        "Free Syrian Army", "Louay al-Mokdad"]


def test_a_name_and_a_titled_name_stay_two_sources() -> None:
    claim = only("Apple and Google CEO Sundar Pichai said the talks had failed.")
    assert claim.speaker_kind == "unnamed"


# --- splitter rule `quoted_question_in_a_list_goes_on` (web tester s17, thenervousbreakdown) --


def test_a_quoted_question_then_a_comma_goes_on() -> None:
    from summarizer.nlp.splitter import split_sentences

    text = "They had hits with songs like “What About Love?”, “Alone” and “Never.” Then they split."
    assert [s.text for s in split_sentences(text)] == [
        "They had hits with songs like “What About Love?”, “Alone” and “Never.”", "Then they split."]


def test_a_quoted_question_then_a_new_sentence_still_ends_it() -> None:
    from summarizer.nlp.splitter import split_sentences

    text = "He asked, “What About Love?” The band went quiet."
    assert [s.text for s in split_sentences(text)] == ["He asked, “What About Love?”", "The band went quiet."]


def test_a_listed_thing_with_a_plus_sign_is_still_no_name() -> None:
    assert [name for name, _ in name_runs("LGBTQ+ groups marched, and Apple TV+ said yes.")] == ["Apple TV+"]
