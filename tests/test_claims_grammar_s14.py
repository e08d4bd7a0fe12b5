"""Grammar errors readers saw in session 14 (QA round 42, web test s14), each
fixed by kind: a sentence of the same kind as the article's, and a near
variant that must stay as it is."""

from __future__ import annotations

from tests.claim_helpers import described, only

# --- rule `joined_cue_of_a_trailing_subordinate_clause`, no comma (QA 42, 384 s5) ------------


def test_a_cue_joined_inside_an_after_clause_is_that_clauses_subjects() -> None:
    claim = only("Seven Republicans, six Democrats and one independent came together after Sen. Susan "
                 "Collins of Maine stormed to the Senate floor last week and urged the chamber to work "
                 "together.")
    assert (claim.speaker, claim.cue) == ("Susan Collins", "urge")


def test_a_cue_joined_inside_a_before_clause_with_another_subject() -> None:
    claim = only("The talks collapsed before the mayor flew to Paris and warned that the deal was dead.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "the mayor"


def test_a_cue_joined_to_the_main_verb_keeps_the_main_subject() -> None:
    claim = only("Sen. Susan Collins stormed to the Senate floor last week and urged the chamber to work "
                 "together.")
    assert claim.speaker == "Susan Collins"


def test_a_cue_after_a_subordinate_phrase_without_a_verb_keeps_the_main_subject() -> None:
    claim = only("The mayor spoke after the vote and warned that the deal was dead.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "The mayor"


# --- rule `conditional_someone_is_no_speaker` (QA 42, 565 s25) --------------------------------
# Rule `conditional_someone_is_no_speaker`: an indefinite person "if" opens is imagined


def test_someone_imagined_by_an_if_clause_wonders_nothing() -> None:
    found = described("She said if someone looked up at a starry sky and wondered how many of the stars "
                      "have planets, the answer would be \"basically every single one.\"")
    assert [cue for _, cue, _ in found] == ["say"]


def test_someone_who_did_wonder_stays() -> None:
    claim = only("Someone in the crowd wondered how many of the stars have planets.")
    assert (claim.cue, claim.content) == ("wonder", "how many of the stars have planets")


def test_a_named_subject_of_an_if_clause_stays() -> None:
    found = described("If Smith said the plan would fail, he was wrong.")
    assert [(speaker, cue) for speaker, cue, _ in found] == [("Smith", "say")]


# --- rule `main_clause_resumes_after_a_relative`, past a sentence adverb (QA 42, 479 s6) ------


def test_the_main_predicate_after_a_relative_in_the_subject_is_no_content() -> None:
    for text in ("Coincidentally, the Cannes event at which she revealed the rape was a backgammon "
                 "tournament.",
                 "The Cannes event at which she revealed the rape was a backgammon tournament."):
        assert only(text).content == "the rape", text


def test_a_revealed_clause_after_a_fronted_adverb_stays() -> None:
    claim = only("Coincidentally, she revealed the event was a backgammon tournament.")
    assert claim.content == "the event was a backgammon tournament"


# --- rule `region_after_a_place_is_no_name` (QA 42, 431 s8) -----------------------------------


def test_a_region_after_a_place_in_the_subject_is_no_speaker() -> None:
    for text, span in (("The chief deputy coroner in Kitsap County, Washington, told CNN that Johnson died "
                        "from natural causes.", "The chief deputy coroner in Kitsap County"),
                       ("The sheriff of Kitsap County, Washington, said the man died.",
                        "The sheriff of Kitsap County"),
                       ("The mayor of Springfield, Illinois, said the plant would close.",
                        "The mayor of Springfield")):
        claim = only(text)
        assert claim.speaker_span is not None and claim.speaker_span.text == span, text
        assert claim.speaker_kind == "unresolved", text


def test_a_name_in_apposition_to_a_role_stays_the_speaker() -> None:
    assert only("VFI Chief Executive, Padraig Cribben, said the pubs would close.").speaker == "Padraig Cribben"
    assert only("The chief executive of Acme, John Smith, said the plant would close.").speaker == "John Smith"


# --- rule `verb_opens_no_subject` (QA 42, 565 s31) ---------------------------------------------


def test_a_predicate_before_an_inverted_source_is_no_speaker() -> None:
    claim = only("Finding small planets, ones the size of Earth, is challenging, in part because they "
                 "produce fainter signals, said Dave Gallagher, director for astronomy and physics at "
                 "NASA's Jet Propulsion Laboratory, who likened it to spotting a firefly beside a "
                 "searchlight.")
    assert claim.speaker == "Dave Gallagher"
    assert claim.content.startswith("Finding small planets") and claim.content.endswith("fainter signals")


def test_a_subject_before_a_parenthetical_cue_stays() -> None:
    claim = only("The plan, in part because of its cost, Smith said, will fail.")
    assert claim.speaker == "Smith"


# --- rule `cue_inside_a_fronted_phrase_has_no_subject_before` (web test s14 K2) ---------------


def test_a_participle_inside_a_due_to_phrase_has_no_speaker() -> None:
    for text in ("Due to the rise of movements dedicated to addressing climate breakdown and demanding "
                 "political action \u2014 movements that surprisingly engage people \u2014 green investments "
                 "seem to be included in the EU agenda.",
                 "Because of the growth of groups focused on housing and demanding rent control \u2014 groups "
                 "that draw young voters \u2014 new laws seem likely.",
                 "Thanks to activists demanding change, the law passed."):
        assert described(text) == [], text


def test_the_subject_after_a_due_to_phrase_speaks() -> None:
    claim = only("Due to the storm, the mayor canceled the parade, saying it was unsafe.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "the mayor"


# --- rule `contact_relative_before_the_main_verb` (web test s14 K3) ---------------------------
# Rule `contact_relative_before_the_main_verb`: a thing the source wants, then the main verb


def test_a_wanting_cue_in_a_relative_without_that_is_no_claim() -> None:
    assert described("The democratic inclusion we want can be achieved only if we speak out.") == []
    assert described("The changes voters want will take years.") == []


def test_wanting_with_an_object_and_a_subject_gap_after_said_stay() -> None:
    assert only("Voters want the changes to take years.").content == "the changes to take years"
    claim = only("He attacked the donations, which he said were accompanied by favors.")
    assert (claim.cue, claim.content) == ("say", "were accompanied by favors")


# --- rule `time_or_medium_leaves_the_inverted_source` (web test s14 K4) -----------------------


def test_a_time_or_a_medium_after_an_inverted_source_is_not_the_source() -> None:
    for text, span in (('"We are hopeful," said the ministry on Tuesday.', "the ministry"),
                       ('"We are hopeful," said the ministry last week.', "the ministry"),
                       ('"It was pivotal," explained the court in its ruling.', "the court"),
                       ('"We will win," said a spokesman in a statement.', "a spokesman")):
        claim = only(text)
        assert claim.speaker_span is not None and claim.speaker_span.text == span, text


def test_a_phrase_that_says_who_stays_in_the_inverted_source() -> None:
    claim = only('"We will win," said a senior official at the embassy.')
    assert claim.speaker_span is not None and claim.speaker_span.text.startswith("a senior official")


def test_a_pronoun_after_a_subordinator_without_a_comma_is_left_to_the_main_subject() -> None:
    text = "Woods met Mandela in 1998 when he visited South Africa and admitted it had been a life changing experience."
    assert only(text).speaker == "Woods"
