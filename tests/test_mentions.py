from summarizer.mentions import ORGANISATION, PERSON, find_mentions, name_runs
from summarizer.model import PLACE


def test_rule_name_run_joins_connectors_and_stops_at_commas() -> None:
    sentence = "In a recent interview, the alliance\u2019s Secretary General, Jens Stoltenberg, outlined the need."
    names = [name for name, _ in name_runs(sentence)]
    assert "Jens Stoltenberg" in names
    assert "In" not in names
    runs = dict(name_runs("Officials discussed assistance to the Armed Forces of Ukraine."))
    assert "Armed Forces of Ukraine" in runs


def test_rule_name_run_trims_sentence_openers_and_months() -> None:
    names = [name for name, _ in name_runs("On Monday The Washington Post reported the talks in January.")]
    assert "Washington Post" in names
    assert not any(n in ("On", "Monday", "January", "The") for n in names)


def test_mentions_of_the_demo(demo_text: str) -> None:
    from summarizer.document import parse_document

    sentences = [s.text for s in parse_document(demo_text).sentences]
    mentions = {m.name: m for m in find_mentions(sentences, ["Jens Stoltenberg", "Dmytro Kuleba"])}
    assert mentions["NATO"].kind == ORGANISATION and mentions["NATO"].count == 4
    assert mentions["Jens Stoltenberg"].kind == PERSON
    assert mentions["Jens Stoltenberg"].count == 2  # the full name, then "Stoltenberg"
    assert mentions["Pentagon"].kind == ORGANISATION
    assert mentions["United States Congress"].kind == ORGANISATION
    assert mentions["Ukraine"].kind == PLACE  # a place (places.txt) is listed as a place


def test_a_surname_counts_only_for_a_person() -> None:
    sentences = ["Aid reached the Armed Forces of Ukraine.", "Ukraine asked for more."]
    mentions = {m.name: m.count for m in find_mentions(sentences)}
    assert mentions["Armed Forces of Ukraine"] == 1


def test_an_abbreviated_title_marks_a_person() -> None:
    # PolNeAR (Politico, 2016): "Sen." is listed with its dot in titles.txt.
    runs = dict(name_runs("Sen. Marco Rubio said Tuesday that he would not endorse the plan."))
    assert runs == {"Marco Rubio": True}


# Short texts written for these tests.


def kinds(sentences: list[str], speakers: tuple[str, ...] | list[str] = (), bodies: tuple[str, ...] = (),
          headlines: tuple[str, ...] | list[str] = ()) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers, bodies, headlines)}


def test_rule_place_is_no_person_even_as_a_speaker() -> None:
    found = kinds(["Israel warned residents to move south.", "Aid trucks waited at the border with Israel."],
                  speakers=["Israel"])
    assert found["Israel"][0] == PLACE


def test_rule_capitals_fold() -> None:
    found = kinds(["GAZA CITY - Doctors in Gaza worked through the night.",
                   "Hospitals in Gaza ran out of fuel on Monday."])
    assert "GAZA" not in found and found["Gaza"][0] == PLACE


def test_an_organisation_word_beats_a_person_speaker() -> None:
    found = kinds(["Miami-Dade Police said officers followed the car.", "Miami-Dade Police closed the road."],
                  speakers=["Miami-Dade Police"])
    assert found["Miami-Dade Police"] == (ORGANISATION, 2)


def test_rule_title_is_no_name() -> None:
    found = kinds(["Prosecutors said the U.S. Attorney would speak on Monday.",
                   "The U.S. Attorney declined to comment.",
                   "Defendants James Lee and Mary Chen appeared in court."])
    assert "U.S. Attorney" not in found
    assert "James Lee" in found and "Defendants James Lee" not in found


def test_rule_surname_folds_into_full_name() -> None:
    found = kinds(["Premier Andrew Fahie was arrested in Miami on Thursday.",
                   "Honourable Premier Fahie was held at a federal jail.",
                   "Fahie is due in court next week."])
    assert found["Andrew Fahie"][0] == PERSON
    assert not any("Fahie" in name and name != "Andrew Fahie" for name in found)


def test_rule_named_often_is_listed_with_the_headline_name() -> None:
    sentences = ["Embiid scored 30 points in the first half.", "The Celtics had no answer for Embiid.",
                 "Embiid left the game in the fourth quarter.", "Coaches praised Embiid after the game."]
    found = kinds(sentences, headlines=["Joel Embiid leads the Sixers past the Celtics"])
    assert found["Joel Embiid"] == (PERSON, 4)
    assert "Embiid" not in found
