"""Session 15, briefs: QA round 44's and the web testers' findings on what a
note shows. Each rule has a case of its kind and a near variant that stays
as it was; the sentences are invented after the kinds read."""

from __future__ import annotations

from summarizer.brief import _main_story_first, make_brief
from summarizer.reading import Article
from summarizer.summarizers.standalone import opens_by_pointing_back

# --- rule `one_of_a_set_points_back` (rules/back_pointing_openers.txt) -------------------------------------------


def test_rule_one_of_a_set_points_back() -> None:
    # QA round 44, citylimits: the options are named in the sentence before
    assert opens_by_pointing_back("One is to remain as public housing, another is to opt for private management.")
    assert opens_by_pointing_back("Another is scheduled for next week.")
    assert opens_by_pointing_back("The other was an operation in northern Iraq.")
    assert opens_by_pointing_back("\u201cOne is the momentum from Iowa.\u201d")


def test_rule_one_of_a_set_points_back_near_variant_stays() -> None:
    # "one" or "another" before the noun it counts, or "one of" a named set, stands alone
    assert not opens_by_pointing_back("One man was arrested on Sunday.")
    assert not opens_by_pointing_back("Another storm is expected on Friday.")
    assert not opens_by_pointing_back("One of the options is to remain as public housing.")
    assert not opens_by_pointing_back("One isolated village was cut off by the floods.")


# --- rule `bottom_line_from_the_main_story` (brief.py) -------------------------------------------------------------

SIDE_STORY = ("Press secretary leaves studio\n\n"
              "Former press secretary Ann Lowe is leaving her job as head of communications at a film studio "
              "after five years.\n\n"
              "\u201cI will take some time to think about what comes next,\u201d Lowe said.")
MAIN_STORY = ("Harbor bridge to close for repairs\n\n"
              "The Harbor Bridge will close for eight months from March so that engineers can replace its "
              "corroded steel cables, the city's transport department announced on Monday.\n\n"
              "About 60,000 cars cross the bridge every day, and drivers will be sent on a detour through the "
              "tunnel under the river.\n\n"
              "The repairs will cost $140 million, paid for by a state grant approved by lawmakers last year.\n\n"
              "Inspectors found last summer that eleven of the bridge's forty cables had lost a tenth of their "
              "strength to rust.\n\n"
              "\u201cThe bridge is safe today, but it will not stay safe unless we replace these cables now,\u201d "
              "said transport commissioner Maria Ortiz.\n\n"
              "Business owners near the bridge said they feared losing customers during the closure.\n\n"
              "\u201cWe had a hard winter already, and eight months of detours could finish us,\u201d said "
              "Daniel Reyes, who runs a bakery at the foot of the bridge.\n\n"
              "Ferry operators said they would add morning and evening crossings while the bridge is shut.\n\n"
              "The city will open a second lane in the tunnel during rush hours, Ortiz said.")
OTHER_STORY = ("Council votes to close libraries\n\n"
               "The city council voted on Tuesday to close three public libraries to save money.\n\n"
               "Parents and teachers had campaigned for months against the closures, saying children would "
               "lose a safe place to study after school.\n\n"
               "\u201cThis is a sad day for the city,\u201d said librarian Joan Pike.")


def test_rule_bottom_line_from_the_main_story() -> None:
    # the side story given first no longer gives the bottom line of a note mostly about the second;
    # its lead is still a key point, and the key points still come in source order
    note = make_brief([Article(SIDE_STORY, "side.txt"), Article(MAIN_STORY, "bridge.txt")])
    assert note.bottom_line is not None and note.bottom_line.text.startswith("The Harbor Bridge will close")
    assert note.bottom_line.sources == (2,)
    assert note.key_points[0].text.startswith("Former press secretary Ann Lowe")
    sources = [p.sources[0] for p in note.key_points]
    assert sources == sorted(sources)


def test_rule_bottom_line_from_the_main_story_near_variant_stays() -> None:
    # given first, the main story leads as before; two stories of about as many words keep the order
    # given; one article and three articles are left to their rules
    note = make_brief([Article(MAIN_STORY, "bridge.txt"), Article(SIDE_STORY, "side.txt")])
    assert note.bottom_line is not None and note.bottom_line.text.startswith("The Harbor Bridge will close")
    pair = make_brief([Article(OTHER_STORY, "library.txt"), Article(SIDE_STORY, "side.txt")])
    assert pair.bottom_line is not None and pair.bottom_line.text.startswith("The city council voted")
    single = make_brief([Article(SIDE_STORY, "side.txt")])
    assert single.bottom_line is not None and single.bottom_line.text.startswith("Former press secretary")
    assert _main_story_first([], [], 2) == []


# --- rule `interviewee_voice_is_no_point` (standalone.interviewee_first_person) -----------------------------------

INTERVIEW = ("Baker opens a second shop\n\n"
             "Lena Ortiz opened her first bakery in Leeds in 2015. Here, we spoke with her about the new shop.\n\n"
             "Your first shop has queues every morning. Why did you decide to open a second one now?\n\n"
             "Our customers kept asking for one in the city centre. We found a site near the station.\n\n"
             "You bake only sourdough. What is the difference between sourdough and supermarket bread?\n\n"
             "Sourdough rises with wild yeast and needs about two days.\n\n"
             "Many small bakeries now sell their bread online as well. Will you sell your bread online too?\n\n"
             "Not yet, but I am thinking about it.")


def _interview_sentences(text: str) -> dict[str, int]:
    from summarizer.document import parse_document

    return {s.text: n for n, s in enumerate(parse_document(text).sentences)}


def test_rule_interviewee_voice_is_no_point() -> None:
    from summarizer.document import parse_document
    from summarizer.summarizers.standalone import interviewee_first_person

    numbers = _interview_sentences(INTERVIEW)
    found = interviewee_first_person(parse_document(INTERVIEW))
    assert numbers["Our customers kept asking for one in the city centre."] in found
    assert numbers["We found a site near the station."] in found
    assert numbers["Not yet, but I am thinking about it."] in found


def test_rule_interviewee_voice_is_no_point_near_variant_stays() -> None:
    from summarizer.document import parse_document
    from summarizer.summarizers.standalone import interviewee_first_person

    # an answer in the third person, the writer's introduction and the questions stay; so does
    # an article that asks two questions only, and a quoted answer, whose speaker the tagger reads
    numbers = _interview_sentences(INTERVIEW)
    found = interviewee_first_person(parse_document(INTERVIEW))
    assert numbers["Sourdough rises with wild yeast and needs about two days."] not in found
    assert numbers["Here, we spoke with her about the new shop."] not in found
    assert numbers["Why did you decide to open a second one now?"] not in found
    essay = ("Bread is older than writing, and we still bake it every day.\n\n"
             "What makes one loaf rise higher than another loaf made from the very same flour?\n\n"
             "We use yeast, and our loaves are slow.")
    assert interviewee_first_person(parse_document(essay)) == frozenset()
    quoted = INTERVIEW.replace("Our customers kept asking for one in the city centre.",
                               "\u201cOur customers kept asking for one,\u201d Ortiz said.")
    assert _interview_sentences(quoted)["\u201cOur customers kept asking for one,\u201d Ortiz said."] \
        not in interviewee_first_person(parse_document(quoted))


def test_rule_interviewee_voice_is_no_point_needs_a_question_to_you() -> None:
    from summarizer.document import parse_document
    from summarizer.summarizers.standalone import interviewee_first_person

    # a guide's own questions put to no one: its "we" is the writer's (toptal.com's Python guide)
    guide = INTERVIEW.replace("Why did you decide to open a second one now?", "Why did the shop open now?") \
        .replace("What is the difference between sourdough and supermarket bread?",
                 "What is the difference between sourdough and supermarket bread, then?") \
        .replace("You bake only sourdough.", "The shop bakes only sourdough.") \
        .replace("Your first shop has queues", "The first shop has queues") \
        .replace("Will you sell your bread online too?", "Will the shop sell bread online too?")
    assert interviewee_first_person(parse_document(guide)) == frozenset()
    # a labelled interview: the label names who answers in its own sentence only (since session 16, rule
    # `labelled_answer_names_only_its_sentence`: the other answers stay the interviewee's)
    labelled = parse_document(INTERVIEW.replace("Our customers kept asking", "LENA ORTIZ: Our customers kept asking"))
    found = interviewee_first_person(labelled)
    plain = interviewee_first_person(parse_document(INTERVIEW))
    assert not any(labelled.sentences[n].text.startswith("LENA ORTIZ:") for n in found)
    assert found and len(found) == len(plain) - 1
