"""Rule `fronted_negation_inverts` (a junk-rule engineer's note: "Not once has
he called for ..." and "Nor has he called for ..." were shown as if he had,
the second with the speaker "has he")."""

from __future__ import annotations

from tests.claim_helpers import only


def test_a_fronted_negation_negates_the_cue_of_its_clause() -> None:
    for sentence, speaker, shown in (
        ("Not once has he called for a ceasefire.", "he", "Not once has he called for"),
        ("Nor has he called for a ceasefire.", "he", "Nor has he called for"),
        ("Never has the minister said that the war was lost.", "the minister", "Never has the minister said"),
        ("At no point did she say the plan had failed.", "she", "At no point did she say"),
    ):
        claim = only(sentence)
        assert claim.negated, sentence
        assert claim.speaker_span is not None and claim.speaker_span.text == speaker, sentence
        assert claim.shown_cue == shown


def test_a_cue_outside_the_negated_clause_is_not_negated() -> None:
    # "Nor" negates Mrs. Clinton's plans, not what the advisers say
    claim = only("Nor does Mrs. Clinton have any plans, advisers say.")
    assert not claim.negated and claim.speaker == "advisers"
    claim = only("Nor are tariffs likely to bring these jobs back, said David Autor.")
    assert not claim.negated and claim.speaker == "David Autor"
