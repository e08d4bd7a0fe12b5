"""Speaker kinds and Mentioned, session 17 wave 2 (kinds2-s17; web tester s17, QA round 49, closing note
s16): each rule with a sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer.mentions import find_mentions
from tests.claim_helpers import speakers_and_kinds


def _counted(*sentences: str, speakers: tuple[str, ...] = ()) -> dict[str, int]:
    return {mention.name: mention.count for mention in find_mentions(sentences, speakers=speakers)}


# --- rule `nickname_pair_shows_the_full_name` (mentions.py; web tester s17, villagevoice: Gerry Ford) -


def test_a_nickname_pair_is_shown_by_the_full_first_name() -> None:
    assert _counted("Nixon's vice president, Gerald Ford, pardoned him.",
                    "He might muse in a chapter titled “Who Needs Gerry Ford?,” on pardons.") == {"Gerald Ford": 2}
    # the speaker index names the person by the form met first; the list shows the full one all the same
    assert _counted("Matt Olsen spoke.", "Matt Olsen left.", "Matthew Olsen testified.",
                    speakers=("Matt Olsen",)) == {"Matthew Olsen": 3}


def test_a_spelling_variant_and_a_namesake_stay_as_they_were() -> None:
    assert _counted("Leopoldo Lopez spoke.", "Leopold Lopez left.", "Leopold Lopez came.") == {"Leopold Lopez": 3}
    assert _counted("Matt Olsen spoke.", "Mary Olsen testified.", "Matthew Olsen testified.",
                    speakers=("Matt Olsen",)) == {"Matt Olsen": 1, "Mary Olsen": 1, "Matthew Olsen": 1}


# --- rule `time_word_opens_a_known_name` (speakers.py; closing note s16: "Tuesday Morning said") -----

TUESDAY_MORNING = "Tuesday Morning Corp. filed for bankruptcy in May. "


def test_a_weekday_opening_a_known_bodys_name_stays_in_it() -> None:
    assert speakers_and_kinds(TUESDAY_MORNING + "Tuesday Morning said it would close 200 stores.") == [
        ("Tuesday Morning Corp.", "organisation")]
    assert speakers_and_kinds(TUESDAY_MORNING + "Shares fell after Tuesday Morning said it would close stores.") == [
        ("Tuesday Morning Corp.", "organisation")]
    assert _counted("Tuesday Morning Corp. filed for bankruptcy.", "Tuesday Morning said it would close stores.") \
        == {"Tuesday Morning Corp.": 2}


def test_a_weekday_before_a_body_it_does_not_open_is_a_time() -> None:
    assert speakers_and_kinds("Acme Corp. filed for bankruptcy. Tuesday Acme said it would close stores.") == [
        ("Acme", "organisation")]


# --- rule `document_from_a_named_body_is_the_body` (speakers.py; web tester s17, standard.co.uk) ------


def test_a_document_from_a_named_body_is_the_body() -> None:
    assert speakers_and_kinds("Figures from the European Centre for Disease Prevention and Control revealed a surge "
                              "in cases.") == [("European Centre for Disease Prevention and Control", "organisation")]
    assert speakers_and_kinds("Cases rose, according to a report from the CDC.") == [("CDC", "organisation")]


def test_a_document_from_no_named_body_stays_as_written() -> None:
    assert speakers_and_kinds("Figures from the government showed cases rose.") == [
        ("Figures from the government", "unnamed")]
    assert speakers_and_kinds("SurveyMonkey data from Iowa show a shift.") \
        == [("SurveyMonkey data from Iowa", "unnamed")]
    # the name goes on past the source the tagger read: no cut name is shown as a body
    assert speakers_and_kinds("Research by the Great Place to Work Institute, co-publisher of the list, shows us that "
                              "employees want more.") == [("Research by the Great Place", "unnamed")]


# --- rule `document_with_its_topic_is_a_document` (extract.py, speakers.py; web tester s17, rutgers) ---


def test_a_study_with_its_topic_is_an_unnamed_source() -> None:
    assert speakers_and_kinds("A robot did as well as people, according to the first human clinical trial of an "
                              "automated blood drawing device.") == [
        ("the first human clinical trial of an automated blood drawing device", "unnamed")]
    assert speakers_and_kinds("Patients face pain, according to previous studies.") == [("previous studies", "unnamed")]


def test_a_trial_alone_or_a_report_of_a_body_stays_unresolved() -> None:
    assert speakers_and_kinds("Patients face pain, according to the trial.") == [(None, "unresolved")]
    assert speakers_and_kinds("Patients face pain, according to the report of the commission.") == [
        ("the report of the commission", "unresolved")]


# --- rule `verb_opening_a_title_is_no_body_word` (names.py; web tester s17, tomshardware: Watch Dogs) -


def test_a_body_word_that_is_a_verb_opens_no_body() -> None:
    found = find_mentions(["It performs well, according to new benchmarking with Watch Dogs: Legion."])
    assert {mention.name: mention.kind for mention in found} == {"Watch Dogs": "other"}


def test_the_verb_ending_a_body_name_stays_a_body_word() -> None:
    assert speakers_and_kinds("Human Rights Watch said the arrests were arbitrary.") \
        == [("Human Rights Watch", "organisation")]
