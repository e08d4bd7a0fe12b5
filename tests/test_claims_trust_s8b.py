"""Clear wrong claims of QA round 28 (held-out CNN articles), each a named
rule with a sentence of its kind and a near variant that must stay as it is."""

from __future__ import annotations

from tests.claim_helpers import only

# --- rule `who_takes_the_noun_phrase_before_its_comma` (QA 28, 941 [41]: Panetta's remark given to Barak)


def test_who_after_a_verbs_object_is_that_object() -> None:
    claim = only("Barak was visiting U.S. Defense Secretary Leon Panetta, who noted how the Israeli defense chief "
                 "announced his retirement from political life.")
    assert claim.speaker == "Leon Panetta"
    assert only("Barak met Panetta, who said the talks went well.").speaker == "Panetta"
    assert only("The minister had recently met Senator John Smith, who said the bill would pass.").speaker \
        == "John Smith"


def test_who_after_a_modal_and_its_verb_is_the_object() -> None:
    claim = only("A more tangible economic upturn would almost certainly benefit Democrats, who want to keep the "
                 "White House.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Democrats"


def test_who_after_a_plain_object_still_takes_it() -> None:
    brother = only("Police arrested the man's brother, who told officers that he was innocent.")
    assert brother.speaker_span is not None and brother.speaker_span.text == "the man's brother"
