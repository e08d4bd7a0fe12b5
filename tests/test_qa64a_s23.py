"""Hedges, junk and content scope of reader round 64 (qa64a-s23): each fixed
by a named rule, with a sentence of its kind and a near variant that must
stay as it is. The sentences are written in the manner of the articles; none
is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims


def _shown(text: str) -> list[tuple[str | None, str, str, bool]]:
    return [(c.source_as_written, c.shown_cue, c.content, c.hedged) for c in extract_claims(text)]


# Rule `conceded_cue_before_a_rebuttal` (rules.py, polarity.py; QA64 373 s1)
def test_rule_conceded_cue_before_a_rebuttal() -> None:
    assert _shown("President Obama may have promised Americans that they can keep their insurance if they "
                  "like it, but that's not the case in at least three states.") == [
        ("Obama", "promised", "Americans that they can keep their insurance if they like it", False)]
    assert _shown("Smith might have said the plan was sound, but the figures are worse.")[0][2:] == (
        "the plan was sound", False)


def test_rule_conceded_cue_near_variants_stay() -> None:
    # no "but": "may have promised" leaves open whether he did
    assert _shown("President Obama may have promised Americans that they can keep their insurance.") == [
        ("Obama", "promised", "Americans that they can keep their insurance", True)]
    # no "may have": the clause after ", but" stays as it was
    assert _shown("Obama promised Americans that they can keep their insurance, but that's not the case in "
                  "three states.")[0][2] == (
        "Americans that they can keep their insurance, but that's not the case in three states")


# Rule `modal_in_a_known_fact_clause_is_no_hedge` (polarity.py; QA64 424 s39, 660 s9, 376 s23)
def test_rule_modal_in_a_known_fact_clause_is_no_hedge() -> None:
    assert [c.hedged for c in extract_claims(
        "Barfield and LaCroix said they are thrilled to be able to marry, and they are mindful that their "
        "simple ceremony could hold meaning for other couples.")] == [False]
    assert [c.hedged for c in extract_claims(
        "Carter told CNN that prison allowed him to come to the realization that his destiny might lie in "
        "fighting for justice.")] == [False]
    assert [c.hedged for c in extract_claims(
        "They argue they should not continue to have the burden of showing that any voting changes would "
        "not burden minorities.")] == [False]


def test_rule_modal_in_a_known_fact_clause_near_variants_stay_hedged() -> None:
    assert [c.hedged for c in extract_claims("Barfield said their simple ceremony could hold meaning for "
                                             "other couples.")] == [True]
    assert [c.hedged for c in extract_claims("They argue that any voting changes would not burden "
                                             "minorities.")] == [True]


# Rule `that_before_a_modal_is_the_subject` (grammar.py; QA64 555 s31)
def test_rule_that_before_a_modal_is_the_subject() -> None:
    assert _shown("But she fears that could leave out older family members.") == [
        ("she", "fears", "that could leave out older family members", True)]
    assert _shown("Analysts say that has never happened before.") == [
        ("Analysts", "say", "that has never happened before", False)]


def test_rule_that_before_a_modal_near_variants_stay() -> None:
    # a complementiser before a noun subject is dropped as before
    assert _shown("But she fears that the plan could leave out older family members.") == [
        ("she", "fears", "the plan could leave out older family members", True)]
    # after a noun, "that" opens a relative clause: no claim's subject
    assert all(not c.content.startswith("that") for c in extract_claims(
        "The senator is sticking to his message, hoping to avoid any misstep that could undermine his lead."))


# Rule `quotation_stops_at_a_paragraph_with_its_own_attribution` (quotes.py; QA64 505 s22-s23)
def test_rule_quotation_stops_at_a_paragraph_with_its_own_attribution() -> None:
    text = ('Coach Norv Turner, who worked with him in Miami, said "no one had more character than Junior.\n\n'
            '"He brought passion to the game that was unmatched," Turner said. "His commitment to charitable '
            'causes was inspiring."\n')
    assert [c.content for c in extract_claims(text)] == [
        '"no one had more character than Junior.',
        '"He brought passion to the game that was unmatched," \u2026 "His commitment to charitable causes '
        'was inspiring."']


def test_rule_quotation_stops_at_a_paragraph_near_variant_stays() -> None:
    # one paragraph, one attribution: the whole quotation is the speaker's
    text = 'Turner said: "No one had more character. He brought passion to the game."\n'
    assert [c.content for c in extract_claims(text)] == [
        '"No one had more character. He brought passion to the game."']
