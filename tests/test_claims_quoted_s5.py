"""Rules `quoted_as_saying` and `quoted_one_is_the_speaker` (QA round 20:
"was quoted as saying" was missed twice; "The Post quoted an official as
saying" gave the words to the paper)."""

from __future__ import annotations

from tests.claim_helpers import only


def test_the_one_quoted_as_saying_speaks_not_the_agency() -> None:
    claim = only('"The bridge was hit twice," the mayor was quoted as saying by the state news agency.')
    assert (claim.rule, claim.speaker_span and claim.speaker_span.text) == ("quoted_as_saying", "the mayor")
    assert claim.content == '"The bridge was hit twice,"'
    claim = only("The mayor was quoted as saying that the bridge was hit twice.")
    assert (claim.speaker_span and claim.speaker_span.text, claim.content) == ("The mayor", "the bridge was hit twice")
    # A fronted phrase before the subject is no quotation of theirs
    claim = only("On Tuesday, the mayor was quoted as saying the bridge was hit twice.")
    assert (claim.rule, claim.content) == ("quoted_as_saying", "the bridge was hit twice")


def test_a_paper_quoting_someone_is_not_the_speaker() -> None:
    claim = only("The Post quoted a senior party official as saying the vote would be delayed.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "a senior party official"
    assert claim.content == "the vote would be delayed"
    # Whoever is quoted, never the paper
    claim = only("Le Monde quoted sources close to the president as saying the vote would be delayed.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "sources close to the president"
    # The passive: the subject was quoted, the agent only carried the words
    claim = only("Former Prime Minister Alain Juppe was quoted by the channel as saying the vote would be delayed.")
    assert claim.speaker == "Alain Juppe"
    # A participle of the subject's own stays the subject's
    own = only("The Post ran the story on Sunday, saying the vote would be delayed.")
    assert own.speaker_span is not None and own.speaker_span.text == "The Post"
