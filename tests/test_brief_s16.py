"""Session 16, briefs: the demo's wording, link phrases, a dated lead and a
dateline glued after a place and its region. Each rule has a case of its kind
and a near variant that stays as it was; the sentences are invented after
the kinds read."""

from __future__ import annotations

from pathlib import Path

from summarizer.brief import (
    _tells_when,
    link_phrase_length,
    make_brief,
    without_link_phrase,
)
from summarizer.claims import claims_in_document, extract_claims
from summarizer.claims.extract import ANSWER_CUE
from summarizer.cleanup import dateline_length
from summarizer.document import parse_document
from summarizer.model import SPEAKER_LABEL, BriefSource, Document
from summarizer.reading import Article, read_article
from summarizer.render.brief import more_claims
from summarizer.summarizers.standalone import interviewee_first_person

# --- rule `points_are_not_more_claims` (render/brief.py) --------------------------------------------------------


def source(left_out: int, in_points: int) -> BriefSource:
    return BriefSource(1, "page.html", None, None, None, 300, claims_left_out=left_out, claims_in_points=in_points)


def test_rule_points_are_not_more_claims() -> None:
    # the demo: Kuleba's claim is its key point, so nothing is "more"; the command lists them all
    assert more_claims(source(1, 1)) == "1 other claim is given above; all claims"
    assert more_claims(source(2, 2)) == "2 other claims are given above; all claims"
    assert more_claims(source(3, 1)) == "2 more claims, and 1 given above as a point; all claims"
    assert more_claims(source(3, 2)) == "1 more claim, and 2 given above as points; all claims"


def test_rule_points_are_not_more_claims_near_variant_stays() -> None:
    assert more_claims(source(3, 0)) == "3 more claims"
    assert more_claims(source(1, 0)) == "1 more claim"


LINKED_AFTER_A_BOTTOM_LINE = (
    "Retailers cut jobs as sales slow\n\n"
    "Amazon will cut 10,000 jobs in its warehouses this year after sales slowed, the company announced on "
    "Tuesday.\n\n"
    "The cuts are the largest in the company's history and will hit warehouses in Ohio, Texas and California.\n\n"
    "Separately, eBay will cut 500 jobs, about 4 percent of its staff, as sales slow after the pandemic.\n\n"
    "The job cuts at both retailers come as shoppers spend less on goods and more on travel.\n\n"
    "Shares of both retailers rose after the job cuts were announced.\n\n"
    "Unions criticised the job cuts and called for talks with both retailers.\n")


def test_a_claim_given_as_the_bottom_line_is_no_key_point(tmp_path: Path) -> None:
    # review s16 item 15: the one claim given as a point is the bottom line ("... the company
    # announced"); the note said "1 other claim is a key point above"
    page = tmp_path / "retailers.txt"
    page.write_text(LINKED_AFTER_A_BOTTOM_LINE, encoding="utf-8")
    note = make_brief([read_article(str(page))])
    assert note.bottom_line is not None and note.bottom_line.text.startswith("Amazon will cut")
    assert more_claims(note.sources[0]) == "1 other claim is given above; all claims"
    # review s16 item 14: the key point keeps eBay's own spelling
    assert any(point.text.startswith("eBay will cut 500 jobs") for point in note.key_points)


# --- rule `link_phrase_not_shown` (rules/link_phrases.txt) ------------------------------------------------------


def test_rule_link_phrase_not_shown() -> None:
    assert without_link_phrase("In related developments, Ukrainian Foreign Minister Dmytro Kuleba signaled "
                               "that aid could arrive soon.") \
        == "Ukrainian Foreign Minister Dmytro Kuleba signaled that aid could arrive soon."
    # (rule cut_opening_shown_verbatim, s29: a word in lower case as written, an ellipsis before it)
    assert without_link_phrase("In addition, frequent flyers will have access to the lounges.") \
        == "\u2026 frequent flyers will have access to the lounges."
    assert without_link_phrase("Separately,  police arrested two men.") == "\u2026 police arrested two men."
    assert link_phrase_length("In related news, the mayor resigned.") == len("In related news, ")


def test_rule_link_phrase_not_shown_near_variant_stays() -> None:
    # a phrase without its comma is the sentence's own ("In addition to the fine, ..."); a connective
    # that says how the sentence bears on the one before is kept; the phrase inside a sentence stays
    for text in ("In addition to the fine, the company must pay damages.",
                 "However, the ministry said the aid would be late.",
                 "Meanwhile, the river kept rising.",
                 "The minister, in related developments, said aid would come.",
                 "Separately, 40 people were hurt."):
        assert without_link_phrase(text) == text

    # review s16 item 14: the phrase goes, but a word with a capital of its own or a name's particle
    # before its capitalised word is not upper-cased
    assert without_link_phrase("Separately, eBay will cut 500 jobs.") == "eBay will cut 500 jobs."
    assert without_link_phrase("In addition, iPhone sales fell.") == "iPhone sales fell."
    assert without_link_phrase("Separately, de Blasio said the city would pay.") == "de Blasio said the city would pay."
    assert without_link_phrase("Separately, de la Cruz said no.") == "de la Cruz said no."


DEMO = Path(__file__).parent.parent / "data" / "nato-third-country-agreements.txt"


def test_link_phrase_not_shown_in_a_point_nor_its_cited_range() -> None:
    # the demo's key point [2], and its cited range starts where the shown text does
    text = DEMO.read_text(encoding="utf-8")
    note = make_brief([read_article(str(DEMO))])
    shown = [p.text for p in (note.bottom_line, *note.key_points) if p is not None]
    assert any(point.startswith("Ukrainian Foreign Minister Dmytro Kuleba signaled") for point in shown)
    assert not any("In related developments" in point for point in shown)
    start = text.index("Ukrainian Foreign Minister Dmytro Kuleba signaled")
    assert any(ref.start == start for ref in note.references)
    assert not any(ref.text.startswith("In related") for ref in note.references)


# --- rule `day_of_the_month_is_a_day` (brief.py `_tells_when`) -------------------------------------------------


def test_rule_day_of_the_month_is_a_day() -> None:
    assert _tells_when("The company announced on March 3 that it would close two plants.")
    assert _tells_when("The council said on Mar. 3rd that the vote would be held again.")
    assert _tells_when("Police said on 3 March that two men had been arrested.")
    assert _tells_when("The company announced on Thursday that it would close two plants.")


def test_rule_day_of_the_month_is_a_day_near_variant_stays() -> None:
    assert not _tells_when("The plan, approved in March, will cost more than expected.")
    assert not _tells_when("Gas stoves have been part of American kitchens for more than a century.")
    assert not _tells_when("Rates rose on may 3 points of the index.")
    assert not _tells_when("The vote on March 2016 figures was delayed.")


# --- rule `place_and_region_before_a_subject` (cleanup.py) -----------------------------------------------------


def test_rule_place_and_region_before_a_subject() -> None:
    text = "Cairo, Egypt Lawyers representing the defendants called Saturday for the judges to be changed."
    assert text[dateline_length(text, True):].startswith("Lawyers representing")
    text = "Nairobi, Kenya Protesters marched through the city on Monday."
    assert text[dateline_length(text, True):].startswith("Protesters marched")


def test_rule_place_and_region_before_a_subject_near_variant_stays() -> None:
    # a comma after the region is prose; a title or an organisation word after it names someone of the
    # place; the place as a subject; not the body's first sentence
    for text in ("Cairo, Egypt, lawyers said the trial would go on.",
                 "Paris, Texas Mayor Bob Smith said the fair would open.",
                 "Rome, Georgia Power said it would restore service.",
                 "Cairo, Egypt is a city of twenty million people.",
                 # review s16 item 6: a name that begins with the region is no glued dateline
                 "Toronto, Canada Goose said Monday it would open ten stores in China.",
                 "Paris, France Telecom said on Tuesday that profits rose.",
                 "Portland, Oregon Ducks fans cheered on Saturday.",
                 "Dublin, Ireland Rugby fans cheered on Saturday."):
        assert dateline_length(text, True) == 0
    assert dateline_length("Cairo, Egypt Lawyers representing the defendants called for new judges.", False) == 0


def test_place_and_region_before_a_name_keep_the_name_as_speaker() -> None:
    # review s16 item 6: the claim tagger reads the same dateline; the company keeps its whole name
    claims = extract_claims("Toronto, Canada Goose said Monday it would open ten stores in China.")
    assert [c.speaker for c in claims] == ["Canada Goose"]
    claims = extract_claims("Paris, France Telecom said on Tuesday that profits rose.")
    assert [c.speaker for c in claims] == ["France Telecom"]


# --- rule `labelled_answer_names_only_its_sentence` (summarizers/standalone.py) -------------------------------

QA_LABELLED = ("Meet the potter\n\n"
               "Clay is more than a material in the work of artist and teacher Orla Vantreight.\n\n"
               "Vantreight is the current artist in residence at the Harbour Studios, where her show opens "
               "this weekend.\n\n"
               "CITY WEEKLY: What is your short answer to people who ask what your work is about?\n\n"
               "ORLA VANTREIGHT: I try to make pots that tell stories. My mother was a potter too.\n\n"
               "Did you go to art school? Why or why not?\n\n"
               "I went to the Glasgow School of Art and loved the \u201cfreedom\u201d of the kilns.\n\n"
               "Do you listen to music while you work? If so, what?\n\n"
               "I do, mostly jazz.\n\n"
               "What are you reading now? Is it any good?\n\n"
               "I am reading a history of the kiln.")


def _document(text: str) -> Document:
    return parse_document(text)


def test_rule_labelled_answer_names_only_its_sentence() -> None:
    document = _document(QA_LABELLED)
    found = {document.sentences[n].text for n in interviewee_first_person(document)}
    # the labelled sentence names its speaker; the answer's other sentence and the unlabelled answers
    # (a quotation mark and all) are the interviewee's
    assert "My mother was a potter too." in found
    assert any(text.startswith("I went to the Glasgow School of Art") for text in found)
    assert "I do, mostly jazz." in found
    assert not any(text.startswith("ORLA VANTREIGHT:") for text in found)


def test_rule_labelled_answer_names_only_its_sentence_near_variant_stays() -> None:
    # the same questions with no label and no one named before them: an explainer's own "I"
    unnamed = QA_LABELLED.replace("artist and teacher Orla Vantreight", "a local artist") \
        .replace("Vantreight is", "She is").replace("CITY WEEKLY: ", "").replace("ORLA VANTREIGHT: ", "")
    assert interviewee_first_person(_document(unnamed)) == frozenset()


# --- rule `labelled_answer_is_an_answer` (claims/extract.py; the note shows the claim's cue) ------------------


def test_rule_labelled_answer_is_an_answer() -> None:
    document = _document(QA_LABELLED)
    labelled = [c for c in claims_in_document(document) if c.rule == "colon_attribution"]
    assert labelled and all(c.cue_text == ANSWER_CUE == "answered" for c in labelled)
    # the note says what the claims view says
    note = make_brief([Article(QA_LABELLED, "interview.txt")])
    shown = [c for group in note.speakers for c in group.claims if c.content.startswith("I try to make pots")]
    assert shown and all(c.cue == "answered" for c in shown)


def test_rule_labelled_answer_is_an_answer_near_variant_stays() -> None:
    # a label after a statement is a quotation ("quoted as saying")
    text = ("Minister vows aid\n\nThe minister spoke to reporters in the capital on Monday.\n\n"
            "KULEBA: We will get the aid we need before the winter.")
    document = _document(text)
    labelled = [c for c in claims_in_document(document) if c.rule == "colon_attribution"]
    assert labelled and all(c.cue_text == SPEAKER_LABEL for c in labelled)
    # a label inside the paragraph of a question (a line break, no new paragraph) opens no answer;
    # in a paragraph of its own after it, it does
    asked = ("Minister vows aid\n\nThe minister spoke to reporters in the capital on Monday, a day after the "
             "talks.\n\nReporters asked whether aid would come before the winter. Will it come?{}"
             "KULEBA: We will get the aid we need before the winter.")
    for gap, cue in (("\n", SPEAKER_LABEL), ("\n\n", ANSWER_CUE)):
        labelled = [c for c in claims_in_document(_document(asked.format(gap))) if c.rule == "colon_attribution"]
        assert [c.cue_text for c in labelled] == [cue], gap
