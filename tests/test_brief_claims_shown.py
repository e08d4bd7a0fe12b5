"""How the brief shows a claim: a long statement shortened (rule
`long_claim_shortened`), an unresolved source in its own words (rule
`unresolved_source_as_written`)."""

from __future__ import annotations

import pytest

from summarizer.brief import BRIEF_CLAIM_WORDS, make_brief, shortened
from summarizer.claims import claims_in_document
from summarizer.document import parse_document
from summarizer.model import UNRESOLVED, Brief
from summarizer.nlp.words import count_words
from summarizer.reading import Article
from summarizer.render.brief import brief_markdown

BACKGROUND = (
    "Pubs across the county closed their doors at midnight under the new rules.\n\n"
    "The restrictions will last for at least three weeks, the government said on Monday.\n\n"
)
STATEMENT = (
    'The federation\'s chief executive, Padraig Cribben, said: "It is impossible to overstate the impact this '
    'news will have on publicans across the country.\n\n'
    '"They now join their colleagues in Donegal and Dublin with all the uncertainty that entails.\n\n'
    '"We also face the grim fact that over 50,000 people will once again have to sign on this week.\n\n'
    '"There must be an immediate return to the original unemployment payment for pub staff.\n\n'
    '"Next week\'s budget is a crucial opportunity for the government to show its commitment to the sector."'
)


def _statement() -> tuple:
    document = parse_document(BACKGROUND + STATEMENT)
    claim = next(c for c in claims_in_document(document) if c.speaker == "Padraig Cribben")
    return document, claim


def test_a_long_statement_is_cut_after_whole_sentences_with_an_ellipsis() -> None:
    document, claim = _statement()
    assert count_words(claim.content) > BRIEF_CLAIM_WORDS
    short = shortened(claim, document)
    assert short.content.endswith(" \u2026")
    assert count_words(short.content) <= BRIEF_CLAIM_WORDS + 1
    body = short.content.removesuffix(" \u2026")
    assert claim.content.startswith(body)  # verbatim up to the cut
    assert body.endswith("uncertainty that entails.")  # a whole sentence
    assert document.text[short.content_span.start : short.content_span.end] == body


def test_the_brief_cites_only_the_sentences_it_shows() -> None:
    # Session 11: a claim cut for length that the note cannot show whole leaves it (rule
    # cut_claim_whole_or_left_out); a note's one quotation is still cut to fit (note_has_a_quote),
    # so the statement is given here as one quotation, as most pages run it.
    quotation = STATEMENT.replace('\n\n"', " ").replace('said: "', "said: \u201c")[:-1] + "\u201d"
    note = make_brief([Article(BACKGROUND + quotation, "pubs.txt")], points=0)
    claim = next(c for g in note.speakers for c in g.claims if g.speaker == "Padraig Cribben")
    assert "\u2026" in claim.content
    cited = {ref.number: ref.text for ref in note.references}
    # (rule `cut_keeps_the_central_sentences`, session 14: the sentences kept are the first and the
    # best-scored, here the budget's; each cited sentence is one shown, and only those)
    shown = [cited[n] for n in claim.citations]
    assert any("impossible to overstate" in text for text in shown)
    for left_out in ("They now join", "We also face", "There must be", "Next week"):
        assert left_out in claim.content or not any(left_out in text for text in shown)


def test_a_short_claim_is_unchanged() -> None:
    document = parse_document("Governor Ana Ruiz said the flood might reach the harbour by Friday.")
    claim = claims_in_document(document)[0]
    assert shortened(claim, document) is claim


def test_an_unresolved_source_is_shown_in_its_words_not_as_no_source() -> None:
    text = (BACKGROUND + "Some bars will stay open for takeaway service only, and hotels may serve residents.\n\n"
            "Restaurants can offer outdoor seating for up to fifteen customers at a time until the rules end.\n\n"
            'The Albert Quay spot said "there is no point in a pub being open when the country is being told '
            'to reduce social contacts".')
    note = make_brief([Article(text, "pubs.txt")], points=0)
    group = next(g for g in note.speakers if g.speaker == UNRESOLVED)
    assert [c.speaker for c in group.claims if "no point" in c.content] == ["The Albert Quay spot"]
    assert not note.uncertain
    markdown = brief_markdown(note)
    assert "The Albert Quay spot *said*" in markdown
    assert "No source given" not in markdown


def test_a_quote_run_is_cut_between_its_quotations() -> None:
    # the sentence end after the first quotation falls between the claim's parts ('," Lee said. "')
    first = " ".join(["word"] * 30)
    second = " ".join(["more"] * 30)
    text = BACKGROUND + f'"Long term, {first}," Tim Lee said. "Because this is a one-time increase, {second}."'
    document = parse_document(text)
    claim = next(c for c in claims_in_document(document) if c.speaker == "Tim Lee")
    assert len(claim.content_parts) == 2
    short = shortened(claim, document)
    assert short.content == claim.content_parts[0].text + " \u2026"
    assert short.content_parts == ()



# --- rule `sourceless_claim_as_written` (QA round 35, 780) --------------------------------

SEA = (
    "Rescue crews searched the waters off the island through the night for survivors of the sinking.\n\n"
    "Fishermen joined the search at dawn, and divers reached the wreck on the sea floor before noon.\n\n"
    "The island's small harbour has seen hundreds of boats arrive from the south since the spring.\n\n"
    "Local people brought blankets and water to the quay, where the survivors were given first aid.\n\n"
)


def _boat_note(sentence: str) -> Brief:
    return make_brief([Article(SEA + sentence + "\n\n" + SEA.replace("island", "coast"), "boat.txt")], points=0)


@pytest.mark.parametrize("sentence, cue", [
    # rule `sourceless_claim_as_written`: the cue inside its content
    ("The latest boat to sink is thought to have been carrying up to 500 people.", "thought"),
    # rule `expletive_lead_as_written` (web test s12, jamaicaobserver): the cue after an empty "It is"
    ("It is believed that the boat was carrying up to 500 people.", "believed"),
])
def test_a_sourceless_claim_reads_as_written(sentence: str, cue: str) -> None:
    note = _boat_note(sentence)
    claim = next(c for c in note.uncertain if "500 people" in c.content)
    assert claim.speaker is None and claim.cue_in_content
    assert claim.content == sentence.rstrip(".")
    markdown = brief_markdown(note)
    assert f"- No source given *(hedged)*: {claim.content}" in markdown
    assert f"*{cue}*" not in markdown


def test_a_claim_with_a_source_keeps_its_cue_and_content() -> None:
    note = _boat_note("The latest boat to sink may have been carrying up to 500 people, officials said.")
    claim = next(c for c in note.uncertain if "500 people" in c.content)
    assert (claim.speaker, claim.cue_in_content) == ("officials", False)
    assert claim.content == "The latest boat to sink may have been carrying up to 500 people"
    assert "officials *said* *(hedged)*: The latest boat" in brief_markdown(note)


def test_a_claim_whose_source_is_named_keeps_its_cue() -> None:
    note = _boat_note("Officials believe that the boat was carrying up to 500 people.")
    claim = next(c for group in note.speakers for c in group.claims if "500 people" in c.content)
    assert not claim.cue_in_content
    assert claim.content == "the boat was carrying up to 500 people"
