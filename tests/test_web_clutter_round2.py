"""Web pages, round 2: a paragraph broken at a line break, a long question
that opens an article, page bullets, datelines in a brief and questions
that need their answer. Small synthetic texts only."""

from __future__ import annotations

from summarizer import make_brief, summarize
from summarizer.cleanup import HEADING, ITEM, PARAGRAPH, Block, clean_blocks, mend_broken_paragraphs, without_dateline
from summarizer.document import is_headline_like, parse_document
from summarizer.reading import Article
from summarizer.summarizers.standalone import is_open_question, sentence_units

OPENING = ("The Harbour Trust has donated medical supplies to local charities for a third year. The supplies went "
           "to the Island Alliance For Animal")
GOES_ON = "Rights and Welfare (IAARW) with their work, as they continue to run a free clinic."


# --- rule line_broken_paragraph (cleanup.py) ---------------------------------


def test_a_paragraph_broken_inside_a_name_is_one_paragraph_again() -> None:
    kept = clean_blocks([Block(PARAGRAPH, OPENING), Block(PARAGRAPH, GOES_ON)]).kept
    assert kept == (Block(PARAGRAPH, f"{OPENING} {GOES_ON}"),)


def test_a_paragraph_broken_after_a_word_that_cannot_end_a_sentence_goes_on() -> None:
    first = "The council met on Monday. It voted to close the bridge over the"
    assert len(mend_broken_paragraphs([Block(PARAGRAPH, first), Block(PARAGRAPH, "River Hallam for repairs.")])) == 1
    lower = "The council met on Monday. It voted to close the bridge for repairs until"
    assert len(mend_broken_paragraphs([Block(PARAGRAPH, lower), Block(PARAGRAPH, "the end of the month.")])) == 1


def test_paragraphs_that_end_or_start_afresh_stay_apart() -> None:
    blocks = [
        Block(PARAGRAPH, OPENING + "."),  # ends as a sentence
        Block(PARAGRAPH, GOES_ON),
        Block(PARAGRAPH, "The council met on Monday. The mayor thanked the volunteers of the Island Alliance"),
        Block(PARAGRAPH, "The clinic opens again in May."),  # "The": a new sentence
        Block(PARAGRAPH, "Supplies For Animal Rights"),  # a short line, no prose
        Block(PARAGRAPH, "Volunteers said the clinic had never been busier."),
        Block(HEADING, "What the Island Alliance For Animal"),  # headings are never joined
        Block(PARAGRAPH, GOES_ON),
        Block(ITEM, "- Volunteers of the Alliance For Animal"),
        Block(PARAGRAPH, GOES_ON),
        Block(PARAGRAPH, "Where do these plants come from? I have never seen one in the shops. Ana, Hallam, SC"),
        Block(PARAGRAPH, "Answer: The plant came to Europe in the eighteenth century."),  # a label opens it
        Block(PARAGRAPH, "I have not found anything helpful about the bridge so far, and the council is silent"),
        Block(PARAGRAPH, "level 1"),  # a few words without an end: a label
    ]
    assert mend_broken_paragraphs(blocks) == blocks


# --- rule long_question_is_prose (document.py) -------------------------------


def test_a_long_question_that_opens_the_article_is_its_lead_not_a_headline() -> None:
    lead = ("In her new book, the historian sets out to answer a simple (if surprising) question: why did the "
            "town vote for the bridge at all?")
    assert not is_headline_like(lead)
    assert is_headline_like("Will the council close the bridge?")
    document = parse_document(f"Town Votes On Bridge\n\n{lead}\n\nThe vote was close. The mayor was pleased.\n")
    assert [h.text for h in document.headlines] == ["Town Votes On Bridge"]
    assert document.sentences[0].text == lead


# --- rule bullet_is_no_text (document.py) ------------------------------------


def test_a_page_bullet_is_not_part_of_the_sentence() -> None:
    text = ("Bridge Closes\n\nThe council closed the bridge on Monday.\n\n"
            "\u2022 Buses will run a detour through Milton until it reopens.\n\n"
            "- Libraries will return to a click and collect system.\n\n"
            "\u2014 and then the lights went out, residents said.\n\n3. Check the timetable before you travel.\n")
    document = parse_document(text)
    texts = [s.text for s in document.sentences]
    assert "Buses will run a detour through Milton until it reopens." in texts
    assert "Libraries will return to a click and collect system." in texts
    assert "\u2014 and then the lights went out, residents said." in texts  # a dash that opens prose stays
    assert any(t.startswith("3.") for t in texts)  # numbers stay
    assert all(text[s.start:s.end] == s.text for s in document.sentences)
    summary = summarize(text, sentences=4)
    assert not any(s.text.startswith(("\u2022", "- ")) for s in summary.sentences)


# --- rule dateline_is_no_point (brief.py) ------------------------------------


def test_datelines_are_left_out_of_points() -> None:
    assert without_dateline("AUSTIN (KXAN) \u2014 Texas voters approved it.") == "Texas voters approved it."
    assert without_dateline("SOUTHWEST MIAMI-DADE, FLA. (WSVN) - An overnight crash.") == "An overnight crash."
    assert without_dateline("KABUL, Afghanistan (AP) \u2014 The talks.") == "The talks."
    assert without_dateline("NATO - the alliance said so.") == "NATO - the alliance said so."
    assert without_dateline("US-China talks resumed - officials said.") == "US-China talks resumed - officials said."


def test_the_bottom_line_has_no_dateline_and_cites_the_text_shown() -> None:
    # session 9, rule `cited_range_is_the_text_shown` (brief.py): the range once began at the dateline
    text = ("Council Closes Bridge\n\nHALLAM (HNN) \u2014 The council closed the Riverside Bridge on Monday after "
            "floodwater damaged two of its supports.\n\nEngineers said repairs would take three weeks.\n\n"
            "Buses will run a detour through Milton until the bridge reopens.\n")
    note = make_brief([Article(text, source="bridge.txt")])
    assert note.bottom_line is not None
    assert note.bottom_line.text.startswith("The council closed the Riverside Bridge")
    cited = note.references[note.bottom_line.citations[0] - 1]
    assert cited.text == note.bottom_line.text
    assert text[cited.start : cited.end] == cited.text


# --- rule question_needs_answer (standalone.py) ------------------------------


def test_a_question_comes_with_its_answer_and_is_never_a_key_point() -> None:
    assert is_open_question("Did you go to art school?")
    assert is_open_question("WEEKLY: What is your short answer to people who ask what your work is about?")
    assert not is_open_question('She asked: \u201cWhy now?\u201d')
    text = ("Painter Opens Show\n\nThe painter Ana Ruiz opens her first solo show in Hallam on Saturday, with forty "
            "works made over ten years.\n\nDid you go to art school? No, I taught myself by copying old masters "
            "in the city museum.\n\nThe show runs until the end of March at the Harbour Gallery.\n")
    document = parse_document(text)
    question = next(s.index for s in document.sentences if s.text.endswith("?"))
    assert sentence_units(document)[question] == (question, question + 1)
    note = make_brief([Article(text, source="show.txt")])
    assert all(not p.text.endswith("?") for p in (note.bottom_line, *note.key_points) if p)


# --- rule back_pointing_phrase (standalone.py) -------------------------------


def test_a_sentence_that_speaks_of_that_sentiment_needs_the_one_before() -> None:
    from summarizer.summarizers.standalone import holds_back_pointing_phrase

    assert holds_back_pointing_phrase("Resident Michael Lopiano shared that sentiment on Monday.")
    assert holds_back_pointing_phrase("The minister rejected this view on Tuesday.")
    assert holds_back_pointing_phrase("Several residents voiced the same concern.")
    assert not holds_back_pointing_phrase("Officials said that claims of fraud were baseless.")  # a clause
    assert not holds_back_pointing_phrase("At this point, it is unclear when the bridge will reopen.")
    document = parse_document("Residents said the new flats would bring crime to the area. "
                              "Resident Michael Lopiano shared that sentiment on Monday.")
    assert sentence_units(document)[1] == (0, 1)


def test_openings_that_restate_the_sentence_before_point_back() -> None:
    from summarizer.summarizers.standalone import holds_back_pointing_phrase, opens_by_pointing_back

    assert opens_by_pointing_back("In other words: the council must find the money elsewhere.")
    assert opens_by_pointing_back("Which is to say, the bridge will stay closed.")
    assert not opens_by_pointing_back("In Hallam, the council met on Monday.")
    assert not opens_by_pointing_back("Otherworldly lights were seen over the bay.")  # "other" only as a word
    assert holds_back_pointing_phrase("By the end of the book, the author has made this point explicit.")
    assert not holds_back_pointing_phrase("Up to that point, nobody had seen the letter.")  # a time


def test_a_quotation_whose_speaker_is_only_a_pronoun_needs_the_sentence_naming_him() -> None:
    from summarizer.summarizers.standalone import is_pronoun_attributed_quotation as pronoun_only

    assert pronoun_only("\u201cUniversities are putting rents above student lives,\u201d he says.")
    assert pronoun_only('"We will rebuild," she said.')
    assert not pronoun_only('"We will rebuild," the mayor said.')
    assert not pronoun_only('"We will rebuild," he told reporters in Hallam on Monday.')
    assert not pronoun_only('The mayor said: "We will rebuild," she said.')
    document = parse_document("Student Tom Hill is organising a rent strike at the university. "
                              "\u201cUniversities are putting rents above student lives,\u201d he says.")
    assert sentence_units(document)[1] == (0, 1)


def test_a_question_that_ends_the_text_inside_a_quotation_unit_has_no_answer_to_bring() -> None:
    """A quotation unit (sentences 0-1) whose last sentence is a question
    that ends the article: there is no answer after it, and no error."""
    document = parse_document('"\r0?')
    assert sentence_units(document)[0] == (0, 1)
    summarize('"\r0?', words=1)


def test_summary_starts_after_the_dateline_as_the_brief_does() -> None:
    # New-user test: `summarize` showed "SOUTHWEST MIAMI-DADE, FLA. (WSVN) - An overnight crash ..." while
    # the brief left the dateline out. One rule for both; the offsets still index the text.
    text = ("Crash on the highway\n\nSOUTHWEST MIAMI-DADE, FLA. (WSVN) - An overnight crash left two people dead. "
            "Police closed the road for hours. The driver lost control of the car. Officers are still at work.")
    summary = summarize(text, sentences=1, method="lead")
    first = summary.sentences[0]
    assert first.text == "An overnight crash left two people dead."
    assert text[first.start : first.end] == first.text
