"""Wrong claims found on held-out CNN news in QA round 10 (issue 9): "It"
given to a police general, the writer's words inside a claim, a medium shown
as the speaker. Each a test with a sentence of the same kind and a variant.
"""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described, only

# --- "It" after a document named as a subject (923 [11]) ---------------------------------

EMBASSY = (
    'Based on comments from the suspect, "Thailand is only a transit point," said Police General '
    'Priewpan Damapong.\n\nA U.S. Embassy statement on Friday spoke of "foreign terrorists" who may be '
    'planning attacks "in the near future." It urged U.S. citizens to exercise caution when visiting '
    "public areas."
)


def test_it_after_a_document_subject_is_that_document_not_a_person() -> None:
    urged = next(c for c in extract_claims(EMBASSY) if c.cue == "urge")
    assert urged.speaker == "A U.S. Embassy statement"
    assert urged.speaker_kind == "unnamed"


def test_it_points_to_the_document_not_to_an_older_organisation() -> None:
    text = (
        "The figures were released by Reuters, according to the BBC.\n\n"
        "The ministry's report on Tuesday described delays at the border. It urged travellers to stay home."
    )
    urged = next(c for c in extract_claims(text) if c.cue == "urge")
    assert urged.speaker != "BBC"
    assert urged.speaker_kind != "person"


def test_a_police_rank_before_a_name_is_a_persons_title() -> None:
    said = next(c for c in extract_claims(EMBASSY) if c.cue == "say")
    assert (said.speaker, said.speaker_kind) == ("Priewpan Damapong", "person")
    claim = only('"We are ready," said Police Colonel Somchai Wong.')
    assert (claim.speaker, claim.speaker_kind) == ("Somchai Wong", "person")


def test_a_document_that_spoke_of_something_is_its_report() -> None:
    spoke = next(c for c in extract_claims(EMBASSY) if c.cue == "speak of")
    assert spoke.speaker == "A U.S. Embassy statement"
    assert spoke.content.startswith('"foreign terrorists" who may be planning')


def test_a_person_who_spoke_of_a_thing_makes_no_claim() -> None:
    assert described("Obama spoke of his love for the game.") == []


def test_a_time_adjunct_with_its_preposition_leaves_the_source() -> None:
    claim = only("The ministry on Friday said the talks had failed.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "The ministry"
    claim = only("A statement last Monday warned that the talks had failed.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "A statement"


# --- a mid-sentence "according to X," and a contrast after it (290 [1]) ---------------------


def test_according_to_mid_sentence_does_not_govern_a_but_clause() -> None:
    claim = only(
        "Violence in Iraq has spiked in the last year, according to the United Nations, but as has become "
        'the case with Syria, it\'s rarely news if the day\'s deaths are "only" in the tens.'
    )
    assert claim.speaker == "United Nations"
    assert claim.content == "Violence in Iraq has spiked in the last year"


def test_according_to_mid_sentence_does_not_govern_an_and_yet_clause() -> None:
    claim = only("Sales rose 5% last year, according to the company, and yet profits fell sharply.")
    assert claim.content == "Sales rose 5% last year"


def test_according_to_inside_the_subject_still_governs_the_predicate() -> None:
    claim = only("The economy, according to the IMF, will grow by 3% next year.")
    assert "will grow by 3% next year" in claim.content


# --- a cue inside the sentence's subject, whose main verb follows (340 [25], [20]) -----------


def test_a_claim_in_a_relative_clause_of_the_subject_ends_before_the_main_verb() -> None:
    claim = only(
        "A country in which 4 out of 5 people believe their government is corrupt is a country teetering "
        "between a populist uprising and a collapse into cynicism."
    )
    assert (claim.speaker, claim.content) == ("4 out of 5 people", "their government is corrupt")


def test_a_claim_after_where_in_the_subject_ends_before_an_irregular_verb() -> None:
    claim = only("A town where police said the man fled has been sealed off.")
    assert claim.content == "the man fled"
    claim = only("A country where people say the government is corrupt is a country that has lost its way.")
    assert claim.content == "the government is corrupt"


def test_a_relative_clause_after_the_main_verb_keeps_its_claim_whole() -> None:
    claim = only("This is the town where residents say the plan is a sign the government has failed.")
    assert claim.content == "the plan is a sign the government has failed"


def test_a_participle_cue_inside_the_subject_stops_before_the_main_verb() -> None:
    claim = only("The number of people saying they are dissatisfied has jumped from 9% in 2006 to 21% in 2013.")
    assert claim.content == "they are dissatisfied"
    claim = only("The share of voters who say they are dissatisfied has risen to 30%.")
    assert claim.content == "they are dissatisfied"


def test_a_cue_inside_the_subject_with_no_main_verb_found_gives_no_claim() -> None:
    # "grew" is a verb the tagger does not know: where the claim ends, it cannot tell
    assert described("The number of people saying they are unhappy grew sharply.") == []


# --- a participle after a preposition's object is no cue (706 [13]) --------------------------


def test_an_article_published_in_an_aside_is_no_speaker() -> None:
    claim = only(
        "But Catalan's president, Artur Mas, in an opinion article published Wednesday in The New York "
        'Times, wrote: "We seek no harm to Spain."'
    )
    assert (claim.speaker, claim.cue, claim.speaker_kind) == ("Artur Mas", "write", "person")
    assert claim.content == '"We seek no harm to Spain."'


def test_a_statement_released_after_a_preposition_leaves_the_real_speaker() -> None:
    claim = only("In a statement released Monday, the ministry said growth would slow.")
    assert (claim.speaker_span.text if claim.speaker_span else None, claim.cue) == ("the ministry", "say")


def test_a_clause_after_after_keeps_its_claim() -> None:
    claim = only("After the Clinton camp announced that it was inviting Mark Cuban, Trump invited Flowers.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "the Clinton camp"
    assert claim.cue == "announce"


# --- a named speaker after the cue, with an apposition (923 [2], Part B) ---------------------


def test_an_inverted_name_with_an_apposition_after_an_aside_speaks() -> None:
    claim = only(
        'A team of bomb experts "found initial chemical materials that could produce bombs" in Samutsakorn, '
        "southwest of Bangkok, said Thitima Chaisaeng, a spokeswoman for the Thai government."
    )
    assert (claim.speaker, claim.speaker_kind) == ("Thitima Chaisaeng", "person")
    assert "Thitima" not in claim.content
    assert claim.content.endswith("in Samutsakorn, southwest of Bangkok")


def test_an_inverted_name_with_an_apposition_after_a_plain_clause_speaks() -> None:
    claim = only(
        "A team found materials in Samutsakorn, southwest of Bangkok, said Thitima Chaisaeng, a spokeswoman "
        "for the government."
    )
    assert claim.speaker == "Thitima Chaisaeng"
    assert claim.content == "A team found materials in Samutsakorn, southwest of Bangkok"


# --- a dateline with a wire tag is no content (290 [1], as real pages write it) ---------------


def test_a_title_case_dateline_with_a_wire_tag_leaves_the_claim() -> None:
    claim = only("London (CNN) -- Violence in Iraq has spiked in the last year, according to the United Nations.")
    assert claim.content == "Violence in Iraq has spiked in the last year"


def test_an_upper_case_dateline_with_a_doubled_dash_leaves_the_claim() -> None:
    claim = only("LONDON (CNN) -- Violence in Iraq has spiked in the last year, according to the United Nations.")
    assert claim.content == "Violence in Iraq has spiked in the last year"
    claim = only("Bangkok, Thailand (Reuters) - Prices rose sharply, officials said.")
    assert claim.content == "Prices rose sharply"
