"""Briefs, session 20: notes that read right (brief.py, render/brief.py, cleanup.py). Each rule has
a sentence of the kind fixed and a near variant that must stay as it was. The sentences are written
after one read of a news article or a page; none is copied whole from the shared data sets."""

from __future__ import annotations

import json

from summarizer.brief import (
    _lead_first,
    headings_over_text,
    is_residence,
    labelled_voice_goes_on,
    make_brief,
)
from summarizer.cleanup import dateline_length, without_dateline
from summarizer.document import parse_document
from summarizer.reading import Article
from summarizer.render.brief import brief_json, brief_markdown, brief_text
from summarizer.summarizers.standalone import is_verbless_heading, sentence_units

# --- rule `opener_before_prose_after_a_glued_place` (cleanup.py) ---------------------------------


def test_rule_opener_before_prose_after_a_glued_place() -> None:
    # CNN-Corpus dev 750: the bottom line began "Beijing Despite attempts by the authorities ..."
    text = "Beijing Despite attempts by the authorities to censor coverage, millions have watched warily."
    assert without_dateline(text).startswith("Despite attempts by the authorities")
    assert dateline_length("Paris As residents slept, the river rose past the quays.") == len("Paris ")


def test_rule_opener_before_prose_after_a_glued_place_near_variants_stay() -> None:
    # no listed place before the opener; a first name that is a place too; no place at all
    assert dateline_length("Chen Despite attempts by the authorities, he kept watching.") == 0
    assert dateline_length("Jordan Since then, he has won three titles.") == 0
    assert dateline_length("Despite attempts by the authorities, millions have watched.") == 0
    # only the body's first sentence carries a glued dateline
    assert dateline_length("Beijing Despite attempts by the authorities, it went on.", opens_body=False) == 0


# --- rule `citation_names_its_source` (render/brief.py) --------------------------------------------

STORM = ("Storm closes schools\n\nThe storm closed every school in the county on Tuesday.\n\n"
         "Officials said the schools would reopen on Friday.\n\nThe river rose past the old mill overnight.")
BUDGET = ("Council passes budget\n\nThe council passed its budget on Monday after a long debate.\n\n"
          "Officials said the new bus lanes would open in the spring.\n\nThe vote was six to three.")


def test_rule_citation_names_its_source() -> None:
    # "(source 1) [1:3]" said the source twice: over several articles the citation alone says it
    note = make_brief([Article(STORM, "storm.txt"), Article(BUDGET, "budget.txt")])
    for shown in (brief_markdown(note), brief_text(note, 80)):
        assert "(source" not in shown and "[2:1]" in shown and "[1:1]" in shown, shown


def test_rule_citation_names_its_source_near_variant_stays() -> None:
    # the JSON still gives each point's and claim's sources; one article's citation is its sentence
    note = make_brief([Article(STORM, "storm.txt"), Article(BUDGET, "budget.txt")])
    data = json.loads(brief_json(note))
    assert data["bottom_line"]["sources"] == [1] or data["bottom_line"]["sources"] == (1,) or \
        tuple(data["bottom_line"]["sources"]) in ((1,), (2,))
    single = brief_markdown(make_brief([Article(STORM, "storm.txt")]))
    assert "[1]" in single and "[1:" not in single


# --- rules `labelled_line_opens_no_note`, `labelled_voice_goes_on` ----------------------------------

INTERVIEW = (
    "People behind the code: the Harbour ascent\n\n"
    "Fast, reader-first and lean: a newsroom moved its whole site to a new stack this spring.\n\n"
    "Anna Berg, an engineer in Oslo, and Tom Vik, who leads the web team in Bergen, ran the move.\n\n"
    "We asked the pair how a small test in 2019 grew into a full rebuild.\n\n"
    "Anna: Tom's team wrote most of the test code before I joined the paper.\n\n"
    "Tom: The test was quick and easy to watch, but we had to keep two code bases alive. "
    "They were both written in one language, but they were very different ways of thinking.\n\n"
    "Anna: I came to programming in high school. Since then, I have built sites for a bank and an agency.\n\n"
    "Tom: Exactly.\n\n"
    "If you only have one of each colour in your pencil case, you start drawing a lot quicker."
)


def test_rule_labelled_line_opens_no_note() -> None:
    # blog.amp.dev: the bottom line was the transcript line "Marissa: Rick's team wrote most of ..."
    document = parse_document(INTERVIEW)
    units = sentence_units(document)
    assert _lead_first(document, units, [3, 1, 2, 0], labelled=frozenset({3}))[0] == 0
    note = make_brief([Article(INTERVIEW, "interview.txt")])
    assert note.bottom_line is not None and not note.bottom_line.text.startswith(("Anna:", "Tom:"))


def test_rule_labelled_line_opens_no_note_near_variant_stays() -> None:
    # without labelled lines the order is as before; when every sentence is one, the best opens
    document = parse_document(INTERVIEW)
    units = sentence_units(document)
    assert _lead_first(document, units, [3, 1, 2, 0])[0] == 3
    assert _lead_first(document, units, [3, 4], labelled=frozenset({3, 4}))[0] == 3


def test_rule_labelled_voice_goes_on() -> None:
    document = parse_document(INTERVIEW)
    texts = [s.text for s in document.sentences]
    labelled = frozenset(n for n, text in enumerate(texts) if text.startswith(("Anna:", "Tom: The")))
    found = labelled_voice_goes_on(document, labelled, frozenset({"Anna", "Tom"}))
    assert texts.index("Since then, I have built sites for a bank and an agency.") in found
    assert any(texts[n].startswith("They were both written") for n in found)
    # "Tom: Exactly." is no claim, but "Tom" labels claims elsewhere: what follows in its paragraph
    # would be his (here nothing follows in it)
    note = make_brief([Article(INTERVIEW, "interview.txt")])
    shown = [p.text for p in (note.bottom_line, *note.key_points) if p]
    assert not any(text.startswith(("Since then, I have", "They were both")) for text in shown), shown


def test_rule_labelled_voice_goes_on_near_variant_stays() -> None:
    # the writer's own paragraphs stay, and so does a paragraph whose label names no labelled speaker
    document = parse_document(INTERVIEW)
    texts = [s.text for s in document.sentences]
    found = labelled_voice_goes_on(document, frozenset(), frozenset())
    assert not found
    found = labelled_voice_goes_on(document, frozenset(), frozenset({"Tom"}))
    assert texts.index("We asked the pair how a small test in 2019 grew into a full rebuild.") not in found
    assert all(not texts[n].startswith("Since then") for n in found)  # Anna's paragraph: no "Anna" given


# --- rule `verbless_heading_is_no_point` -------------------------------------------------------------


def test_rule_verbless_heading_is_no_point() -> None:
    # CNN-Corpus dev 554: the key point "From dreams to reality.", a subhead
    text = ("Flying cars come closer\n\nA Boston company is building a car that flies itself.\n\n"
            "From dreams to reality.\n\nThe company has flown its prototype since 2009.")
    document = parse_document(text)
    heading = [s.index for s in document.sentences if s.text == "From dreams to reality."]
    assert headings_over_text(document) == frozenset(heading)
    assert is_verbless_heading("Illegal demonstration.")


def test_rule_verbless_heading_is_no_point_near_variants_stay() -> None:
    assert not is_verbless_heading("Nobody was hurt.")
    assert not is_verbless_heading("Is it safe?")
    assert not is_verbless_heading("The company has flown its prototype since 2009.")
    # a short sentence inside a paragraph is no subhead, whatever its verbs
    document = parse_document("Flying cars come closer\n\nThe prototype flew. Prices rose sharply. "
                              "The company now has orders.")
    assert not headings_over_text(document)
    # a text's last paragraph heads nothing: a text of one word is its own bottom line
    assert not headings_over_text(parse_document("Hello\n"))
    text = "Flying cars come closer\n\nThe company has flown its prototype since 2009.\n\nFrom dreams to reality."
    assert not headings_over_text(parse_document(text))


# --- rule `residence_is_no_news` -------------------------------------------------------------------


def test_rule_residence_is_no_news() -> None:
    # CNN-Corpus dev 707: the key point "The couple's other son, Simeon, lives in Canada."
    assert is_residence("The couple's other son, Anton, lives in Canada.")
    assert is_residence("She now lives in London.")


def test_rule_residence_is_no_news_near_variants_stay() -> None:
    assert not is_residence("Anton, who lives in Canada, was arrested on Tuesday.")
    assert not is_residence("He lives in Canada, where he was arrested on Tuesday.")
    assert not is_residence("Anton moved to Canada.")
    assert not is_residence("About 40 percent of the population lives in poverty.")
    assert not is_residence("Peter Garrett, who still lives in China, told the broadcaster he was questioned.")


# --- rule `introduction_told_as_a_claim` -----------------------------------------------------------

RULING = (
    "Same-sex marriages must be allowed in the state, judge rules\n\n"
    "Same-sex couples must be permitted to marry in New Jersey, a state judge ruled Friday, finding that "
    "civil unions keep them from federal benefits.\n\n"
    "Some federal agencies are denying benefits to same-sex couples in civil unions, Judge Mary Jacobson "
    "of Mercer County Superior Court wrote in her ruling Friday.\n\n"
    "Jacobson ruled on a lawsuit that six same-sex couples and a rights group filed against the state.\n\n"
    "New Jersey has recognized civil unions between same-sex couples since 2007.\n\n"
    "The governor's office said it would appeal the ruling to the state Supreme Court.\n\n"
    "New Jersey is one of four states that offer civil unions, but not marriage, to same-sex couples.\n\n"
    "The lawsuit was first filed two years ago, long before the federal ruling that the judge cited.\n\n"
    "Couples who joined the suit come from cities and small towns across the state, from Newark to Cape May.\n\n"
    "Several of them have been together for more than twenty years and are raising children.\n\n"
    "Lawyers for the state argued that civil unions already give couples every right the state can give.\n\n"
    "The date the ruling takes effect could still be delayed if the state asks for a stay."
)


def test_rule_introduction_told_as_a_claim() -> None:
    # CNN-Corpus dev 661: "Jacobson ruled on a lawsuit ..." was the first key point, her introducing
    # sentence (her claim, "... Judge Mary Jacobson ... wrote") listed only under "Who said what"
    note = make_brief([Article(RULING, "ruling.txt")])
    points = [p.text for p in note.key_points]
    surname = next(k for k, text in enumerate(points) if text.startswith("Jacobson ruled"))
    assert any("Mary Jacobson" in text for text in points[:surname]), points


def test_rule_introduction_told_as_a_claim_near_variant_stays() -> None:
    # a point that names her in full needs no introduction: her claim stays under her name
    text = RULING.replace("Jacobson ruled on a lawsuit", "Judge Mary Jacobson ruled on a lawsuit")
    note = make_brief([Article(text, "ruling.txt")])
    points = [p.text for p in (note.bottom_line, *note.key_points) if p]
    assert not any(text.startswith("Some federal agencies") for text in points), points


def test_rule_introduction_told_as_a_claim_not_a_quotation_run_on() -> None:
    # theintercept: the introducing sentence opened a quotation that runs on into two more sentences;
    # taken as a point, the claim's bullet cited it again ([6][7][8]): such an introduction stays out
    text = RULING.replace(
        "Some federal agencies are denying benefits to same-sex couples in civil unions, Judge Mary Jacobson "
        "of Mercer County Superior Court wrote in her ruling Friday.",
        "\u201cSome federal agencies are denying benefits to same-sex couples in civil unions,\u201d Judge Mary "
        "Jacobson of Mercer County Superior Court wrote in her ruling Friday. \u201cThat harms the plaintiffs. "
        "It must stop.\u201d")
    note = make_brief([Article(text, "ruling.txt")])
    points = [p.text for p in (note.bottom_line, *note.key_points) if p]
    assert not any("Some federal agencies" in text for text in points), points


# --- heading_labels.txt: "Answer:" and "Question:" are labels, no speakers ---------------------------


def test_an_answer_label_is_no_speaker() -> None:
    # CNN-Corpus dev 558: 'Answer: "Z-Machines," the robot band ...' gave the person "Answer", and the
    # note's labelled-line rule then passed over the lede
    from summarizer import extract_claims

    text = 'Meet the robot band\n\nAnswer: "Z-Machines," the robot band with a surprisingly human sound.\n'
    assert [c.speaker for c in extract_claims(text)] == []
    text = 'Meet the robot band\n\nQuestion: Which band has 78 fingers and 22 arms?\n'
    assert [c.speaker for c in extract_claims(text)] == []


def test_an_answer_label_is_no_speaker_near_variant_stays() -> None:
    from summarizer import extract_claims

    text = 'Kuleba: "We need more air defence now."\n'
    assert [c.speaker for c in extract_claims(text)] == ["Kuleba"]
