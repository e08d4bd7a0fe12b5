from summarizer.mentions import ORGANISATION, PERSON, find_mentions, name_runs


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
    assert "Ukraine" not in mentions  # a single capitalised place name is not listed


def test_a_surname_counts_only_for_a_person() -> None:
    sentences = ["Aid reached the Armed Forces of Ukraine.", "Ukraine asked for more."]
    mentions = {m.name: m.count for m in find_mentions(sentences)}
    assert mentions["Armed Forces of Ukraine"] == 1


def test_an_abbreviated_title_marks_a_person() -> None:
    # PolNeAR (Politico, 2016): "Sen." is listed with its dot in titles.txt.
    runs = dict(name_runs("Sen. Marco Rubio said Tuesday that he would not endorse the plan."))
    assert runs == {"Marco Rubio": True}
