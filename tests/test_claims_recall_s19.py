"""Real attributions the tagger missed on PolNeAR dev (session 19 recall):
quotations and reported speech with a speech cue. Each rule has a text of
the kind it fixes and a near variant that must stay as it was.

Texts are written after real news sentences; none is read from ../shared.
"""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.text import find_quotes

# --- rule closing_shaped_mark_opens_its_paragraph (text.py find_quotes) ---

SIGNED = (
    "Readers react to the debate\n\n"
    "\u201dFear. I am truly afraid that he will win. The debate proved he is not fit to lead.\u201d "
    "\u2015 Edwin G. Monroy\n"
    "\u201cHe does not answer to anyone and respects no one.\u201d \u2015 Christina Lastra\n"
)


def test_a_closing_shaped_mark_that_begins_its_paragraph_opens_the_quotation() -> None:
    text = "\u201dFear. I am truly afraid.\u201d \u2015 Edwin G. Monroy"
    assert [text[s:e] for s, e in find_quotes(text).spans] == ["\u201dFear. I am truly afraid.\u201d"]


def test_a_signed_quotation_opened_by_a_closing_shaped_mark_is_its_signers() -> None:
    claims = {c.speaker: c.content for c in extract_claims(SIGNED)}
    assert claims == {
        "Edwin G. Monroy":
            "\u201dFear. I am truly afraid that he will win. The debate proved he is not fit to lead.\u201d",
        "Christina Lastra": "\u201cHe does not answer to anyone and respects no one.\u201d",
    }


def test_a_closing_mark_inside_a_paragraph_still_opens_nothing() -> None:
    # near variant: after a word the mark closes (its opening went astray); it opens no quotation
    text = "He said it was over.\u201d Then he left the room and the meeting ended."
    assert find_quotes(text).spans == ()


def test_a_closing_mark_before_a_space_at_a_paragraph_start_opens_nothing() -> None:
    text = "Intro line here.\n\n\u201d The rest of the paragraph is the writer's own."
    assert find_quotes(text).spans == ()


# --- rule quote_run_stops_at_attribution, signed quotations (quotes.py TAIL_RULES) ---

SIGNED_APART = (
    "Readers react\n\n"
    "\u201cHe has said hateful things time and again, being respectful, and using hate as his flag. "
    "He\u2019s trying to divide our communities, and his remarks are hurting us.\u201d \u2015 Carlos Ruiz\n"
    "\u201cThe most unqualified child to ever run for president.\u201d \u2015 Francisco Herrero\n"
    "\u201cThe Donald has woken communities of color from our slumber. Together we are united to fight "
    "against bigotry!\u201d \u2015 Julie A. Diaz Martinez.\n"
)


def test_a_quotation_its_own_signature_follows_is_not_the_previous_signers() -> None:
    claims = {c.speaker: c.content for c in extract_claims(SIGNED_APART)}
    assert claims["Francisco Herrero"] == "\u201cThe most unqualified child to ever run for president.\u201d"
    assert claims["Julie A. Diaz Martinez"].startswith("\u201cThe Donald has woken")


def test_a_quotation_with_no_signature_still_goes_on_in_the_speakers_words() -> None:
    # near variant: the quotation after the attributed one has no attribution of its own
    text = (
        "Readers react\n\n"
        "\u201cWe are hurting,\u201d Francisco Herrero said. \u201cThe Donald has woken us from our slumber. "
        "Together we are united to fight against bigotry!\u201d\n"
    )
    (claim,) = extract_claims(text)
    assert claim.speaker == "Francisco Herrero"
    assert claim.content.endswith("against bigotry!\u201d")


# --- rule relative_after_a_quoted_speaker (rules.py, with host_clause_of_a_who_is_no_content) ---


def test_a_who_clause_after_a_quoted_speakers_apposition_is_their_own_claim() -> None:
    text = (
        '"We think early money sets the terms of the debate," said Scott Reed, the chamber\'s chief '
        "strategist, who added that his organization plans to zero in on local races."
    )
    claims = [(c.cue, c.content) for c in extract_claims(text)]
    assert claims == [
        ("say", '"We think early money sets the terms of the debate,"'),
        ("add", "his organization plans to zero in on local races"),
    ]


def test_a_who_clause_between_a_quotation_and_its_cue_is_the_speakers() -> None:
    text = (
        'The family is keeping quiet.\n\n"We\'ve had people make threats from around the country," Dolan, '
        "who said he and the girl's uncle have received such threats, has told CNN."
    )
    claims = {c.cue: (c.speaker, c.content) for c in extract_claims(text)}
    assert claims["say"] == ("Dolan", "he and the girl's uncle have received such threats")
    assert claims["tell"] == ("Dolan", '"We\'ve had people make threats from around the country,"')


def test_a_who_clause_after_a_phrase_with_a_preposition_stays_as_it_was() -> None:
    # near variant: "who" may be the backer (or the governor), never surely Ted Cruz
    text = (
        '"There will be some that will take days to realize it," said Gov. Phil Bryant of Mississippi, '
        "a former backer of Sen. Ted Cruz, who has since called on Republicans to back Trump."
    )
    assert [c.speaker for c in extract_claims(text)] == ["Phil Bryant"]
