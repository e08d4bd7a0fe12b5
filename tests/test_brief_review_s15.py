"""Session 15, review fixes B (review s15, E1 and E2): the reviewer's
sentences as tests, each with a near variant that stays as it was; the
sentences are invented."""

from __future__ import annotations

from summarizer.brief import make_brief
from summarizer.reading import Article

# --- rule `bottom_line_from_the_main_story`, narrowed (review s15, E1) --------------------------------------------

COUNCIL_VOTE = ("Council bans gas stoves in new buildings\n\n"
                "The Springfield city council voted 7-2 on Tuesday to ban gas stoves in all new buildings from "
                "2026.\n\n"
                "The ban does not apply to existing homes or restaurants.\n\n"
                "Council member Ann Cole, who wrote the measure, said the vote was a step toward cleaner air.")
GAS_STOVE_FEATURE = (
    "The long history of the gas stove\n\n"
    "Gas stoves have been part of American kitchens for more than a century.\n\n"
    "By the 1930s, utilities were selling them as modern and clean, and by 1970 about half of homes had one.\n\n"
    "\"The industry spent decades persuading cooks that gas was better,\" said Rebecca Hall, a historian at Ohio "
    "State University who studies household technology.\n\n"
    "Researchers at Stanford University found in 2022 that stoves leak methane even when they are turned off, "
    "and that the leaks add to warming.\n\n"
    "\"Most people have no idea their stove is leaking when it is off,\" said Rob Jackson, the Stanford scientist "
    "who led the study.\n\n"
    "A separate study in 2023 linked gas stoves to about one in eight cases of childhood asthma in the United "
    "States, though the gas industry disputes the figure.\n\n"
    "\"The science on asthma is not settled,\" said Karen Harbert, head of the American Gas Association, which "
    "represents utilities.\n\n"
    "Chefs remain divided, and many say they will not give up the open flame.\n\n"
    "\"You can't char a pepper on an induction plate,\" said Tom Reed, a chef in Chicago who has cooked on gas "
    "for thirty years.\n\n"
    "Induction cooktops have grown cheaper, and their sales rose by a fifth last year, according to industry "
    "figures.")


def test_review_s15_e1_a_longer_background_feature_takes_no_bottom_line() -> None:
    # the council vote, given first, keeps the bottom line: the feature is longer, not the main story
    note = make_brief([Article(COUNCIL_VOTE, "s1.txt"), Article(GAS_STOVE_FEATURE, "s2.txt")])
    assert note.bottom_line is not None
    assert note.bottom_line.text.startswith("The Springfield city council voted 7-2 on Tuesday")


def test_review_s15_e1_near_variant_a_longer_dated_story_still_leads() -> None:
    # an undated side story given first still gives way to a longer story of a dated event
    # (the rule's own case: "CBS announced Thursday"); the feature given first keeps the order given
    side = COUNCIL_VOTE.replace(" on Tuesday", "")
    dated = GAS_STOVE_FEATURE.replace("Gas stoves have been part of American kitchens for more than a century.",
                                      "The state's utility board said on Monday it would stop approving new gas "
                                      "lines to homes from next year.")
    note = make_brief([Article(side, "s1.txt"), Article(dated, "s2.txt")])
    assert note.bottom_line is not None and note.bottom_line.text.startswith("The state's utility board said")
    feature_first = make_brief([Article(GAS_STOVE_FEATURE, "s2.txt"), Article(COUNCIL_VOTE, "s1.txt")])
    assert feature_first.bottom_line is not None
    assert feature_first.bottom_line.text.startswith("Gas stoves have been part")


# --- rule `interviewee_voice_is_no_point`, narrowed (review s15, E2) ----------------------------------------------

EXPLAINER = ("What the new vaccine rules mean for you\n\n"
             "The state health department on Monday approved a new vaccine for children under five, ending months "
             "of delay.\n\n"
             "Many parents have waited since the fall. When can your child get the shot?\n\n"
             "Clinics will begin giving the shots on March 1, and appointments open on Friday.\n\n"
             "Some parents worry about side effects. Is the vaccine safe for your child?\n\n"
             "The Phase I trial of 3,000 children found no serious side effects. The drug agency approved it in "
             "January after a review of the trial.\n\n"
             "Prices vary between states. Will you have to pay?\n\n"
             "No. The shots are free at state clinics. Our survey of insurers found that most will cover them at "
             "pharmacies, too.\n\n"
             "Rural families may have to travel. Where can you find a clinic?\n\n"
             "We have listed every clinic in the state on our website, with opening hours.")


def test_review_s15_e2_roman_numeral_and_writers_we_are_no_interviewee() -> None:
    from summarizer.document import parse_document
    from summarizer.summarizers.standalone import interviewee_first_person, speaks_in_the_first_person

    # "Phase I" is a numeral, not the interviewee's "I"; an explainer naming no one before its
    # questions answers in the writer's own "we"
    assert not speaks_in_the_first_person("The Phase I trial of 3,000 children found no serious side effects.")
    assert not speaks_in_the_first_person("Veterans of World War I and Type I diabetes patients qualify.")
    assert not speaks_in_the_first_person("US troops left the base.")
    assert interviewee_first_person(parse_document(EXPLAINER)) == frozenset()
    note = make_brief([Article(EXPLAINER, "q2.txt")])
    assert any(p.text.startswith("The Phase I trial") for p in note.key_points)


def test_review_s15_e2_near_variant_pronoun_i_and_a_named_interviewee_stay() -> None:
    from summarizer.document import parse_document
    from summarizer.summarizers.standalone import interviewee_first_person, speaks_in_the_first_person

    # "I" as a pronoun, after a sentence opener or a day, and every other first-person word still
    # count; an interview that names its interviewee before the first question still loses its answers
    for text in ("Not yet, but I am thinking about it.", "Then I left.", "Yes, I did.", "Today I opened it.",
                 "I\u2019m fine.", "Let us go.", "Our customers kept asking.", "My shop is small.", "We found a site."):
        assert speaks_in_the_first_person(text), text
    named = EXPLAINER.replace("The state health department on Monday approved",
                              "Nurse Lena Ortiz runs a clinic. The state health department on Monday approved")
    numbers = {s.text: n for n, s in enumerate(parse_document(named).sentences)}
    found = interviewee_first_person(parse_document(named))
    assert numbers["We have listed every clinic in the state on our website, with opening hours."] in found
    assert numbers["The Phase I trial of 3,000 children found no serious side effects."] not in found


def test_first_and_second_person_subjects_are_among_their_words() -> None:
    # one list: claim_grammar's subject forms are among the words the interview rules read
    from summarizer.claims.lexicon import grammar

    assert grammar("first_and_second_persons") <= grammar("first_person_words") | grammar("second_person_words")
