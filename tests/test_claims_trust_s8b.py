"""Clear wrong claims of QA round 28 (held-out CNN articles), each a named
rule with a sentence of its kind and a near variant that must stay as it is."""

from __future__ import annotations

from summarizer import extract_claims
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


# --- "the tabloid" is a source (source_nouns.txt), so its report is the outer claim (QA 28, 844 [12],
# [13]: the accused's nested denial shown as his claim made him the last speaker, so "he told CNN" became him)

ZUROFF = (
    '"He was a commander of a ghetto," Zuroff told CNN.\n\n'
    '"We found eyewitnesses on three different continents," Zuroff said.\n\n'
    "Those witnesses told the center about Csizsik-Csatary's cruelty to Jewish detainees and his role in the "
    "deportations to Auschwitz and Ukraine.\n\n"
    "Confronted by a Sun reporter, Csizsik-Csatary denied the allegations, the tabloid reported Sunday.\n\n"
    "A witness to the August 1941 Ukraine deportations had nine family members who were deported, he told CNN.\n"
)


def test_a_denial_the_tabloid_reported_is_the_tabloids_claim() -> None:
    reported = [c for c in extract_claims(ZUROFF) if c.sentence == 3]
    assert [(c.speaker_span.text if c.speaker_span else None, c.cue) for c in reported] == [("the tabloid", "report")]
    assert reported[0].content == "Confronted by a Sun reporter, Csizsik-Csatary denied the allegations"


def test_he_after_the_tabloids_report_is_not_the_accused() -> None:
    told = [c for c in extract_claims(ZUROFF) if c.sentence == 4]
    assert len(told) == 1
    assert told[0].speaker in (None, "he", "Zuroff")  # never the accused named in the report
    assert told[0].speaker_kind in ("unresolved", "person")


def test_a_denial_the_newspaper_reported_stays_the_newspapers() -> None:
    claim = only("The minister denied the allegations, the newspaper reported Sunday.")
    assert (claim.speaker, claim.cue) == ("the newspaper", "report")
    assert claim.content == "The minister denied the allegations"


# --- rule `fronted_asked_about_is_no_source` (QA 28, 844 [37]: "about the" / Asked)


def test_asked_about_opening_a_sentence_is_no_claim_of_its_own() -> None:
    claims = extract_claims('Asked about the deportation case in Canada, the Sun said he replied, "No, no, I don\'t '
                            'want to discuss it."')
    assert [c.cue for c in claims] == ["say"]
    he = only('Asked about the deportation case, he said, "I do not want to discuss it."')
    assert he.speaker_span is not None and he.speaker_span.text == "he"


def test_an_inverted_said_opening_a_sentence_stays() -> None:
    claim = only('Said Dorothy Poynter, who grew up with Ali, "We were all so proud."')
    assert claim.speaker_span is not None and claim.speaker_span.text == "Dorothy Poynter"
