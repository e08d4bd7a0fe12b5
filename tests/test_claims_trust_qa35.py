"""QA round 35's clear wrong claims (held-out CNN articles; session 10,
trust), each fixed by kind: an invented sentence of the same grammar, and a
near variant that must stay as it was."""

from __future__ import annotations

from tests.claim_helpers import described, only

# --- rule `city_and_state_inside_a_relative` (of `name_in_a_relative_aside_is_no_subject`; 694 [49]) ---


def test_a_state_inside_the_subjects_relative_clause_is_no_speaker() -> None:
    claim = only("Mary Jones, who lives in Austin, Texas, while the trial was held, said in a statement that the "
                 "verdict was unfair.")
    assert (claim.speaker, claim.content) == ("Mary Jones", "the verdict was unfair")


def test_a_relative_clause_with_a_city_and_state_or_a_city_alone_stays() -> None:
    for text in ("Mary Jones, who lives in Austin, Texas, said in a statement that the verdict was unfair.",
                 "Mary Jones, who lived in Seattle while the trial was held, said in a statement that the verdict "
                 "was unfair.",
                 "Johnnie Wilson, of Springfield, Va., said the verdict was unfair."):
        claim = only(text)
        assert claim.speaker in ("Mary Jones", "Johnnie Wilson"), text
        assert claim.content == "the verdict was unfair", text


# --- rule `venue_tail_is_never_content`, a named venue (960 [23]) -----------------------------


def test_a_long_named_venue_after_a_clause_final_cue_is_not_the_claim() -> None:
    for tail in ("", " on Friday"):
        assert described("There will be 1,600 troops in the country by Saturday, John Smith said at the Peace and "
                         f"Security in Africa Summit in Paris{tail}.") == [
            ("John Smith", "say", "There will be 1,600 troops in the country by Saturday")]


def test_a_short_venue_stays_and_a_clause_after_the_venue_stays_the_claim() -> None:
    assert described("There will be 1,600 troops in the country by Saturday, John Smith said at the Trade and Jobs "
                     "Summit in Paris.") == [
        ("John Smith", "say", "There will be 1,600 troops in the country by Saturday")]
    # lower-case words after the venue are a clause of their own, no name
    claim = only("There will be troops by Saturday, John Smith said at the Security Summit in Paris the troops "
                 "would arrive.")
    assert (claim.speaker, claim.content) == ("John Smith", "the troops would arrive")


# --- rule `who_clause_in_the_subject` (780 [17]) ---------------------------------------------


def test_the_phrase_inside_a_who_clause_is_no_speaker() -> None:
    # a plural the people nouns do not list ("residents" is one, and the rule for those stands before)
    claim = only("Migrants who spoke to CNN's Jane Doe last week in Lampedusa said they had spent two days at sea.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Migrants"
    assert claim.content == "they had spent two days at sea"


def test_a_who_clause_with_no_phrase_or_an_aside_stays() -> None:
    claim = only("Residents who lived near the plant said the smell was unbearable.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Residents"
    assert described("Mary Jones, who spoke to CNN, said the smell was unbearable.") == [
        ("Mary Jones", "say", "the smell was unbearable")]


# --- `time_word_leads` "early", "late" (960 [36]) ------------------------------------------------


def test_early_or_late_before_a_day_leaves_the_source() -> None:
    for lead in ("early", "late"):
        claim = only(f"A Defense Ministry statement {lead} Saturday said that the troops had arrived.")
        assert claim.speaker_span is not None and claim.speaker_span.text == "A Defense Ministry statement"
        assert claim.content == "the troops had arrived"


def test_a_time_after_the_cue_stays_out_of_the_content() -> None:
    claim = only("The ministry said early Saturday the troops had arrived.")
    assert (claim.speaker, claim.content) == ("The ministry", "the troops had arrived")
