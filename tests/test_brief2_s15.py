"""Session 15, briefs (second wave): the web tester's s15 findings on what a
note shows. Each rule has a case of its kind and a near variant that stays
as it was; the sentences are invented after the kinds read."""

from __future__ import annotations

from summarizer.brief import make_brief
from summarizer.cleanup import PARAGRAPH, Block, clean_blocks, rule_for
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


# --- rule `review_box` (cleanup.py, rules/cleanup.txt) -------------------------------------------------------------

REVIEW_BOX = [
    Block(PARAGRAPH, "What is it? A farming game set on a small island after a storm."),
    Block(PARAGRAPH, "Expect to pay $20/\u00a317"),
    Block(PARAGRAPH, "Developer Little Harbour Studio"),
    Block(PARAGRAPH, "Publisher Tidewater"),
    Block(PARAGRAPH, "Reviewed on Ryzen 5 3600, RTX 2060, 16 GB RAM"),
    Block(PARAGRAPH, "Multiplayer? No"),
]
REVIEW_TEXT = Block(PARAGRAPH, "The island is small, but every field on it tells a story of the storm that passed.")


def test_rule_review_box() -> None:
    # web tester s15, pcgamer: the fact box's fields go together, the review's text stays
    cleaned = clean_blocks([*REVIEW_BOX, REVIEW_TEXT])
    assert cleaned.kept == (REVIEW_TEXT,)
    assert {r.rule for r in cleaned.removed} == {"review_box"}


def test_rule_review_box_near_variant_stays() -> None:
    # one or two such lines are no box: "Publisher ..." and "Price ..." can open an article's paragraph
    lone = [Block(PARAGRAPH, "Publisher Penguin said it would appeal the ruling"), REVIEW_TEXT,
            Block(PARAGRAPH, "What is it? A question the council has asked for a year."),
            Block(PARAGRAPH, "Price rises hit shoppers hardest in the north")]
    assert clean_blocks(lone).kept == tuple(lone)
    long_answer = Block(PARAGRAPH, "What is it? " + "A long answer that runs on " * 8)
    assert rule_for(long_answer) is None


# --- rule `each_source_has_a_key_point` (brief.py) -----------------------------------------------------------------

CRASH = ("Teen driver killed in overnight crash\n\n"
         "A 15-year-old driver was killed and his 14-year-old passenger badly hurt when their car hit a bridge "
         "pillar early on Wednesday, police said.\n\n"
         "\u201cThe car was going far too fast for that road,\u201d said police spokesman Tom Reyes.\n\n"
         "\u201cOfficers had tried to stop it a few minutes before,\u201d Reyes said.\n\n"
         "\u201cWe ask every parent to talk to their children about speed,\u201d said Mayor Ana Ortiz.\n\n"
         "\u201cThis is a loss for the whole town,\u201d Ortiz said.\n\n"
         "School principal Mary Kent said counsellors would be at the school all week.\n\n"
         "The car had been taken from the driver's mother without her permission.")
REPORTS = ("County police reports\n\n"
           "October 3: ARRESTS \u2013 A man, 34, of Clayton was arrested for aggravated battery after a fight "
           "outside a bar on Main Street.\n\n"
           "October 3: ACCIDENT \u2013 A car driven by Ann Hale was northbound on Route 48 when a deer entered "
           "the road.\n\n"
           "October 4: ACCIDENT \u2013 Two people were taken to hospital after a pickup truck struck a van at "
           "the corner of Oak Street and Second Avenue.\n\n"
           "October 4: ARRESTS \u2013 A woman, 27, of Macon was arrested for retail theft at a grocery store.\n\n"
           "October 5: ACCIDENT \u2013 A car driven by Tom Dale was eastbound on Route 29 when a deer ran into "
           "its path.\n\n"
           "October 5: ARRESTS \u2013 A man, 45, of Pana was arrested for driving with a revoked licence.\n\n"
           "October 6: ACCIDENT \u2013 A truck slid off Route 16 into a ditch near the county line in the rain.\n\n"
           "October 6: ARRESTS \u2013 A man, 19, of Clayton was arrested on an active warrant from Macon County.")


def test_rule_each_source_has_a_key_point() -> None:
    # web tester s15 (wsvn + heartland): the crash story, whose other sentences are mostly claims, gave
    # only the bottom line while the police log took every key point; its one fact now is a key point
    note = make_brief([Article(CRASH, "crash.txt"), Article(REPORTS, "reports.txt")])
    assert note.bottom_line is not None and note.bottom_line.sources == (1,)
    assert any(p.sources == (1,) and p.text.startswith("The car had been taken") for p in note.key_points)
    assert any(p.sources == (2,) for p in note.key_points)


def test_rule_each_source_has_a_key_point_near_variant_stays() -> None:
    # a source with no sentence that can be a key point (its others lean back or are claims) gives none,
    # and the other source keeps every place; a single article is left to its own order
    leaning = CRASH.replace("The car had been taken from the driver's mother without her permission.",
                            "It had been taken from his mother without her permission.")
    note = make_brief([Article(leaning, "crash.txt"), Article(REPORTS, "reports.txt")])
    assert note.key_points and all(p.sources == (2,) for p in note.key_points)
    single = make_brief([Article(REPORTS, "reports.txt")])
    assert single.bottom_line is not None and single.bottom_line.text.startswith("October 3: ARRESTS")


# --- rule `publisher_at_work_is_no_point` (brief.py, page_metadata.txt `crew_noun`) --------------------------------

STATION = frozenset({"wsvn", "wsvn7news", "miaminews"})  # the keys of "WSVN 7News | Miami News" on wsvn.com


def test_rule_publisher_at_work_is_no_point() -> None:
    from summarizer.brief import publisher_at_work

    text = ("A teenage driver was killed when his car hit a pillar under the Turnpike overnight.\n\n"
            "7News cameras captured the mangled car under the overpass.\n\n"
            "A WSVN crew saw tow trucks clear the road by dawn.\n\n"
            "The WSVN 7News team was at the scene.")
    assert publisher_at_work(parse_document(text), STATION) == {1, 2, 3}


def test_rule_publisher_at_work_is_no_point_near_variant_stays() -> None:
    from summarizer.brief import publisher_at_work

    # cameras and crews that are not the publisher's are the story
    text = ("Police cameras captured the crash under the overpass.\n\n"
            "Security cameras showed a man leaving the store.\n\n"
            "CNN cameras captured the moment the bridge fell.\n\n"
            "Rescue crews worked through the night.")
    assert not publisher_at_work(parse_document(text), STATION)
