"""Session 28: briefing notes a briefer can use without the article (readers of the CNN-Corpus
briefs, cnn444, cnn644, cnn165). In a dispute the note keeps the other side's answer beside the
claim it answers; a named speaker is never an unnamed source; the bottom line reads on its own; a
hook the note passed over is no key point; a lead under a question deck is dropped only when its
opening words lean on the deck; a bare refusal shows as unconfirmed. Each rule has a sentence of its
kind and a near variant that must stay as it was; the sentences are written for the tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from summarizer.brief import (
    _answers_beside,
    _answers_beside_allegations,
    _group_by_speaker,
    _room_for_answers,
    answers,
    bare_opener_length,
    is_bare_refusal,
    is_hook_lead,
    lead_under_a_question,
    make_brief,
    party_names,
    without_bare_opener,
)
from summarizer.claim_cache import document_claims
from summarizer.document import parse_document
from summarizer.model import BriefClaim
from summarizer.reading import Article
from tests.brief_helpers import answers_added, gathered_claims

# --- rule answer_beside_the_allegation (cnn444, cnn644) ---------------------------------------------

REGULATOR = (
    "Regulator faults transit agency over rail accidents\n\n"
    "Federal rail chief Daniel Morrow sent a letter to the transit agency on Tuesday.\n\n"
    "{charge}\n\n"
    # the side's answer speaks to the charge's matter (safety), not only of the side
    "The Regional Transit Authority said safety on its trains has improved every year since 2010.\n\n"
    "The railroad carries about eighty thousand riders on a typical weekday.")

DISPUTE = (
    "Family feud over radio host goes to court\n\n"
    "The radio host's family met in court on Friday.\n\n"
    "Jean Kasem alleges that Kerri Kasem is a Scientologist.\n\n"
    "Danny Deraney denies that {denied}.")


def test_the_side_a_named_claim_speaks_of_answers_beside_it() -> None:
    charge = ('"We are considering other ways to bring about safety improvements in Regional Transit '
              'Authority operations," Morrow wrote.')
    assert answers_added(REGULATOR.format(charge=charge), "Daniel Morrow") == ["Regional Transit Authority"]


def test_a_claim_that_names_no_side_brings_no_answer() -> None:
    # near variant: Morrow's claim names nobody the article hears from
    charge = "More needs to be done immediately to improve safety on the line, Morrow said."
    assert answers_added(REGULATOR.format(charge=charge), "Daniel Morrow") == []


def test_a_denial_shown_brings_the_allegation_it_answers() -> None:
    text = DISPUTE.format(denied="Kerri Kasem has ever been a Scientologist")
    assert answers_added(text, "Danny Deraney") == ["Jean Kasem"]


def test_a_denial_of_another_matter_brings_no_allegation() -> None:
    # near variant: the denial is of a debt, not of what Jean Kasem alleged
    text = DISPUTE.format(denied="the family ever owed money to the hospital")
    assert answers_added(text, "Danny Deraney") == []


def test_an_answering_cue_and_a_plain_one() -> None:
    gathered = gathered_claims(DISPUTE.format(denied="Kerri Kasem has ever been a Scientologist"))
    by_speaker = {g.speaker: g.claim for g in gathered}
    assert answers(by_speaker["Danny Deraney"])
    assert not answers(by_speaker["Jean Kasem"])


def test_a_side_goes_by_its_role_and_its_name_as_written_not_by_a_place() -> None:
    text = ("Transit agency answers critics\n\n"
            'The MTA said it is cooperating fully, MTA spokeswoman Marjorie Anders said.\n\n'
            "Chicago commander Sam Hoyle said the man would be arrested.")
    gathered = gathered_claims(text)
    names = {g.speaker: party_names(g.claim, g.speaker) for g in gathered}
    assert "MTA" in names["Marjorie Anders"]
    assert not any("Chicago" in side for side in names.values())


def test_the_answering_side_is_listed_right_after_the_side_it_answers() -> None:
    deraney = _brief_claim("Danny Deraney", "person")
    groups = _group_by_speaker([deraney, replace(deraney, citations=(4,)), _brief_claim("Kerri Kasem", "person"),
                                replace(_brief_claim("Jean Kasem", "person"), citations=(9,))])
    assert [g.speaker for g in groups] == ["Danny Deraney", "Kerri Kasem", "Jean Kasem"]
    jean = groups[2].claims[0]
    assert [g.speaker for g in _answers_beside(groups, [(jean, deraney)])] == \
        ["Danny Deraney", "Jean Kasem", "Kerri Kasem"]
    # near variant: no answer listed, the order by count of claims stays
    assert _answers_beside(groups, []) == groups


def test_an_answer_takes_the_words_of_the_lowest_ranked_claim() -> None:
    charge = ('"We are considering other ways to bring about safety improvements in Regional Transit '
              'Authority operations," Morrow wrote.')
    gathered = gathered_claims(REGULATOR.format(charge=charge))
    morrow = [g for g in gathered if g.speaker == "Daniel Morrow"]
    claims, pairs = _answers_beside_allegations(morrow, gathered, [], [])
    others = [g for g in gathered if g not in claims]
    before = [*morrow, *others]
    ranks = [list(range(20))]  # article order is rank order: the last claim ranks lowest
    tight = _room_for_answers(before, [*before, *claims[len(morrow):]], pairs, [], ranks, 0)
    assert [g.speaker for g in tight] == ["Daniel Morrow", "Regional Transit Authority"]
    # near variant: with words to spare nothing leaves
    roomy = _room_for_answers(before, [*before, *claims[len(morrow):]], pairs, [], ranks, 1000)
    assert len(roomy) == len(before) + 1


# --- rule named_speaker_is_never_unnamed ------------------------------------------------------------


def _brief_claim(speaker: str, kind: str, role: str | None = None) -> BriefClaim:
    return BriefClaim(speaker=speaker, role=role, cue="said", cue_class="neutral", content="the order stands",
                      kind="indirect", hedged=False, citations=(3,), speaker_kind=kind)  # type: ignore[arg-type]


def test_a_named_attorney_heads_a_group_of_her_own() -> None:
    groups = _group_by_speaker([_brief_claim("Mary Lane", "person", "attorney for Jean Kasem")])
    assert [(g.speaker, g.named) for g in groups] == [("Mary Lane", True)]


def test_attorneys_the_article_does_not_name_stay_unnamed() -> None:
    # near variant: "Attorneys for Jean Kasem" names only whom they speak for
    groups = _group_by_speaker([_brief_claim("Attorneys for Jean Kasem", "unnamed")], {"Jean Kasem"})
    # rule anonymous_source_heading: described by role, not kept anonymous
    assert [(g.speaker, g.named) for g in groups] == [("Sources described, not named", False)]


# --- rule bottom_line_reads_alone (cnn165) ----------------------------------------------------------


@pytest.mark.parametrize(("text", "shown"), [
    # (rule cut_opening_shown_verbatim, s29: the word after the opener as written, an ellipsis before it)
    ("But the recent death of a teenager at a pool has experts worried.",
     "\u2026 the recent death of a teenager at a pool has experts worried."),
    ("And the mayor said the plan would go ahead.", "\u2026 the mayor said the plan would go ahead."),
    # a capitalised word after the opener may open a title ("And Then There Were None"): kept whole
    ("And Smith said the plan would go ahead.", "And Smith said the plan would go ahead."),
    ("However, the storm weakened overnight.", "\u2026 the storm weakened overnight."),
])
def test_a_bare_opener_leaves_the_bottom_line(text: str, shown: str) -> None:
    assert without_bare_opener(text) == shown


@pytest.mark.parametrize("text", [
    "Butler said the plan would go ahead.",
    "However much it rains, the dam will hold.",
    "Yet another storm hit the coast overnight.",
])
def test_a_sentence_without_a_bare_opener_stays_whole(text: str) -> None:
    assert bare_opener_length(text) == 0


STORM = (
    "Storm spares the coast\n\n"
    "{lead}\n\n"
    "Hurricane Ana had been expected to reach the coast as a category three storm on Tuesday night.\n\n"
    "About 20,000 people left their homes along the shore, officials said.\n\n"
    "Schools in three counties will stay closed on Wednesday.")


def test_a_bottom_line_opening_on_a_bare_but_reads_alone() -> None:
    lead = "But the storm weakened over cold water on Tuesday and reached the coast as heavy rain."
    note = make_brief([Article(text=STORM.format(lead=lead), source="article.txt")])
    assert note.bottom_line is not None
    assert note.bottom_line.text == ("\u2026 the storm weakened over cold water on Tuesday and reached the coast "
                                     "as heavy rain.")
    reference = note.references[note.bottom_line.citations[0] - 1]
    assert reference.text.startswith("the storm weakened")
    assert note.bottom_line.text.removeprefix("\u2026 ") == reference.text  # (s29: verbatim)


def test_a_bottom_line_with_no_opener_is_shown_as_written() -> None:
    # near variant: the same lead without its "But"
    lead = "The storm weakened over cold water on Tuesday and reached the coast as heavy rain."
    note = make_brief([Article(text=STORM.format(lead=lead), source="article.txt")])
    assert note.bottom_line is not None
    assert note.bottom_line.text == lead
    assert note.references[note.bottom_line.citations[0] - 1].text == lead


# --- rule passed_over_hook_is_no_point (cnn165) -----------------------------------------------------


@pytest.mark.parametrize(("text", "hook"), [
    ("Imagine a ship that fires missiles without a crew.", True),
    ("She couldn't take her eyes off the woman across the street.", True),
    ("She was sworn in Tuesday as the city's first woman mayor.", False),
    ("Police arrested three men on Tuesday.", False),
])
def test_a_hook_lead(text: str, hook: bool) -> None:
    assert is_hook_lead(text) == hook


# --- rule deck_pronoun_opens_the_lead --------------------------------------------------------------


DECK = ("Your teeth and your genes\n\n"
        'Remember "The Big Book of Bad Smiles" from the cartoon?\n\n'
        "{lead}\n\n"
        "Scientists say the health of your teeth depends on genetics as much as on brushing.\n\n"
        "About 60% of the risk of tooth decay appears to be genetic, says Mary Lane, a dental researcher.")


def test_a_lead_opening_on_the_decks_thing_leans_on_the_deck() -> None:
    assert lead_under_a_question(parse_document(DECK.format(lead="The dentist used it to scare children."))) == {0}


def test_a_lead_with_a_later_it_stays_under_a_question_deck() -> None:
    # near variant: the "it" comes after the lead names what it stands for
    lead = ("Dentists in Britain have a new study of children's teeth, and they say it shows why some never "
            "get cavities.")
    assert lead_under_a_question(parse_document(DECK.format(lead=lead))) == set()


# --- rule bare_refusal_is_unconfirmed ----------------------------------------------------------------


REFUSAL = ("Mayor faces questions over city contract\n\n"
           "The city of Springfield awarded a $4 million paving contract to a company owned by the mayor's "
           "brother-in-law, records show.\n\n"
           "Mayor Tom Reilly {refusal}.\n\n"
           "Council member Ana Ortiz said she would ask for an audit of all contracts signed this year.")


def test_a_bare_refusal_is_shown_as_unconfirmed() -> None:
    note = make_brief([Article(text=REFUSAL.format(refusal="declined to comment"), source="article.txt")])
    assert [(c.speaker, c.cue, c.content) for c in note.uncertain] == [("Tom Reilly", "declined to comment", "")]


def test_a_refusal_with_content_stays_a_claim_of_its_speaker() -> None:
    # near variant: the refusal says what was not commented on
    note = make_brief([Article(text=REFUSAL.format(refusal="declined to comment on the audit plan"),
                               source="article.txt")])
    assert not note.uncertain
    claims = document_claims(parse_document(REFUSAL.format(refusal="declined to comment on the audit plan")))
    assert not any(is_bare_refusal(c) for c in claims)
