"""Briefs and summaries (session 9): a cited range is the range of the text
shown; a reported question is picked with its answer or not at all; a name
named as a person is listed though a body's name holds it too; a claim told
many times counts once; warnings fold to the terminal."""

from summarizer.brief import make_brief
from summarizer.reading import Article

EGYPT = ("U.S. suspends military aid to Egypt\n\n"
         "Washington In a dramatic shift toward a major Arab ally, the Obama administration announced a "
         "suspension of significant military aid to Egypt on Wednesday over the crackdown.\n\n"
         "The move is the culmination of months of debate within the administration about how to respond "
         "to the July 3 ouster of former President Mohamed Morsy.\n\n"
         "Some military aid was suspended and military shipments were slowed while the review was underway.\n\n"
         "The aid cut is meant to be temporary with the hope that the military will restore democracy.")


def test_rule_cited_range_is_the_text_shown_after_a_glued_dateline() -> None:
    # qa29 952: the bottom line "In a dramatic shift ..." cited characters 49-256, from "Washington"
    note = make_brief([Article(EGYPT, source="egypt.txt")])
    assert note.bottom_line is not None and note.bottom_line.text.startswith("In a dramatic shift")
    reference = note.references[note.bottom_line.citations[0] - 1]
    assert reference.text == note.bottom_line.text
    assert EGYPT[reference.start : reference.end] == reference.text


def test_cited_range_after_a_wire_dateline_and_without_one() -> None:
    # near variants: a wire dateline ("LONDON (CNN) -- ") is dropped from the range too; a lead with
    # none keeps its whole range
    for opening, shown in (("LONDON (CNN) -- Britain's", "Britain's"), ("Britain's", "Britain's")):
        text = (f"Title of the story\n\n{opening} finance minister resigned on Tuesday after weeks of pressure "
                "over the budget.\n\nHe had led the ministry for three years and was widely expected to stay.\n\n"
                "The opposition welcomed the move and called for a new election before the summer.")
        note = make_brief([Article(text, source="uk.txt")])
        assert note.bottom_line is not None and note.bottom_line.text.startswith(shown)
        reference = note.references[note.bottom_line.citations[0] - 1]
        assert text[reference.start : reference.end] == reference.text == note.bottom_line.text
