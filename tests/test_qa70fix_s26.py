"""Claims of reader round 70 (qa70fix-s26): each finding fixed by a named rule,
with a sentence of its kind and a near variant that must stay as it is. The
sentences are written in the manner of the articles; none is read from the
shared data sets."""

from __future__ import annotations

from summarizer import extract_claims


def _shown(text: str) -> list[tuple[str | None, str, str]]:
    return [(c.source_as_written, c.shown_cue, c.content) for c in extract_claims(text)]


# Rule `coordinated_cue_in_a_content_takes_its_subject`, by tense (grammar.joined_by_its_tense;
# QA70 233 s22: the defense was given a belief "thought" of Sirhan's)
def test_rule_past_conjunct_after_but_joins_a_present_cues_content() -> None:
    assert _shown("The defense argues Sirhan did not knowingly fire at Kennedy but thought he was shooting at "
                  "circular targets on a firing range.") == [
        ("The defense", "argues", "Sirhan did not knowingly fire at Kennedy but thought he was shooting at "
                                  "circular targets on a firing range")]
    assert _shown("Prosecutors say the driver fired at the car but thought it was empty.") == [
        ("Prosecutors", "say", "the driver fired at the car but thought it was empty")]


def test_rule_past_conjunct_after_but_near_variants_stay() -> None:
    # a past outer cue: the joined cue is the minister's own
    assert _shown("The minister said the plan was sound but added that it would take time.") == [
        ("The minister", "said", "the plan was sound"), ("The minister", "added", "it would take time")]
    # a present content verb: the joined past cue is not the content's
    assert _shown("The minister says the plan is sound but added that it would take time.") == [
        ("The minister", "says", "the plan is sound"), ("The minister", "added", "it would take time")]
