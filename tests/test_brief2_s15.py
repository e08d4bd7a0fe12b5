"""Session 15, briefs (second wave): the web tester's s15 findings on what a
note shows. Each rule has a case of its kind and a near variant that stays
as it was; the sentences are invented after the kinds read."""

from __future__ import annotations

from summarizer.brief import make_brief
from summarizer.document import parse_document
from summarizer.reading import Article
from summarizer.summarizers.news import analyse
from summarizer.summarizers.standalone import FRAMING_SENTENCE, framing_sentences, is_framing

# --- rule `framing_is_no_point` (standalone.py, rules/framing_sentences.txt) ---------------------------------------


def test_rule_framing_is_no_point_record() -> None:
    assert FRAMING_SENTENCE.name == "framing_is_no_point"
    assert is_framing(FRAMING_SENTENCE.example, opens_body=True)


def test_rule_framing_is_no_point() -> None:
    # a sentence that announces what follows (web tester s15: a police blotter's bottom line)
    assert is_framing("CLAYTON \u2014 The following are arrest reports as recorded by the county sheriff.", True)
    assert is_framing("The following is a list of road closures for the weekend.")
    assert is_framing("Here are the winners of this year's county fair.")
    assert is_framing("Here\u2019s the full list from the organisers.")
    assert is_framing("The schedule for the week is as follows.")
    # the label of an aside (metrotimes: "A quick explainer: To be called tequila, ...")
    assert is_framing("A quick explainer: To be called bourbon, the whiskey must be made in the United States.")
    assert is_framing("For context: the last strike lasted six weeks.")
    assert is_framing("Some background: The plant opened in 1962.")


def test_rule_framing_is_no_point_near_variant_stays() -> None:
    # "following" that says when, "here" that says where, a label that is no aside, a quotation
    assert not is_framing("The following year, she was elected mayor of the town.")
    assert not is_framing("The following day police arrested two men.")
    assert not is_framing("Here in Clayton, three roads were closed by the flood.")
    assert not is_framing("The explainer video drew two million views in a week.")
    assert not is_framing("Background checks: the state now requires them for every sale.")
    assert not is_framing("What follows the vote is a fight over the budget.")
    assert not is_framing("Below-freezing temperatures are expected on Friday.")
    assert not is_framing("\u201cHere is what we know,\u201d the sheriff said.")
    assert not is_framing("A quick look at the figures shows sales fell by a third.")


BLOTTER = ("County police reports\n\n"
           "CLAYTON \u2014 The following are arrest and accident reports as recorded by the Clayton Police "
           "Department and the county sheriff.\n\n"
           "October 3: ARRESTS \u2013 A man, 34, of Clayton was arrested for aggravated battery after a fight "
           "outside a bar on Main Street.\n\n"
           "October 3: ACCIDENT \u2013 A car driven by Ann Hale was northbound on Route 48 when a deer entered "
           "the road.\n\n"
           "No injuries were reported.\n\n"
           "October 4: ACCIDENT \u2013 Two people were taken to hospital after a pickup truck struck a van at "
           "the corner of Oak Street and Second Avenue.")


def test_rule_framing_is_no_point_in_a_brief_and_a_summary() -> None:
    # the announcing lead neither opens the note nor is a key point; the summary takes it last
    note = make_brief([Article(BLOTTER, "blotter.txt")])
    shown = [p.text for p in (note.bottom_line, *note.key_points) if p]
    assert shown and not any("The following are" in text for text in shown)
    assert note.bottom_line is not None and note.bottom_line.text.startswith("October 3: ARRESTS")
    document = parse_document(BLOTTER)
    assert framing_sentences(document) == {0}
    assert 0 in analyse(document).captions


def test_rule_framing_is_no_point_in_a_brief_near_variant_stays() -> None:
    # a lead that tells the news stays the bottom line
    news = BLOTTER.replace("The following are arrest and accident reports as recorded by the Clayton Police "
                           "Department and the county sheriff.",
                           "Clayton police made three arrests and answered four crashes over the weekend, two of "
                           "them with injuries.")
    note = make_brief([Article(news, "blotter.txt")])
    assert note.bottom_line is not None and note.bottom_line.text.startswith("Clayton police made")
    assert not framing_sentences(parse_document(news))
