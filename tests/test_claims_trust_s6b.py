"""Wrong claims of QA round 24 (held out) and what the s6 trust work left,
each a named rule with a sentence of its kind and a variant that must stay
as it is."""

from __future__ import annotations

from summarizer import extract_claims

# --- rule `described_subject_before_a_final_pronoun` (QA 24, 183 [15]: "The judge upheld the
# plaintiffs' arguments ... in particular," he wrote." gave "he" to Arne Duncan, quoted before)

DUNCAN = 'Duncan said the ruling was good. "It is a mandate," Duncan said.\n\n'


def test_a_final_pronoun_after_a_described_subject_is_unresolved() -> None:
    text = DUNCAN + ("The judge upheld the plaintiffs' arguments that the laws violated their rights and "
                     "caused \"the exposure of grossly ineffective teachers,\" he wrote.")
    claim = extract_claims(text)[-1]
    assert (claim.cue, claim.speaker, claim.speaker_kind) == ("write", "he", "unresolved")


def test_a_final_pronoun_after_a_thing_as_subject_still_resolves() -> None:
    text = DUNCAN + "The laws violated the students' rights to an equal education, he said."
    assert extract_claims(text)[-1].speaker == "Duncan"
