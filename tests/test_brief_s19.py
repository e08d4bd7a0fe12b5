"""Briefs, session 19: the rules this session adds to the note (brief.py, render/brief.py,
render/plainwrap.py) and the tests of their kind, each with a near variant that must stay as it was.
The sentences are invented after one read of a news article; none is copied from the shared data sets."""

from __future__ import annotations

import json
from pathlib import Path

from summarizer.brief import _lead_first, interview_scenes, make_brief
from summarizer.document import parse_document
from summarizer.reading import Article
from summarizer.render.brief import brief_json, brief_text
from summarizer.render.plainwrap import cells, wrapped
from summarizer.summarizers.standalone import opens_with_definite_description

COURT = (
    "Harbour court marks ten years\n\n"
    "The small courtroom above the harbour office had almost no visitors on a wet Monday.\n\n"
    "And the cases heard there were not the kind that make headlines in any way.\n\n"
    "But to fishermen and dock workers seeking redress, the Harbour Claims Court is a lifeline for their "
    "families and their boats.\n\n"
    "The nation's smallest federal court is celebrating its tenth anniversary this week, giving dock workers "
    "a way to challenge decisions made by the port authority.\n\n"
    "The court's work is little noticed, but lawyers and union officials say it provides a valuable service.\n\n"
    "About 6,000 appeals have been filed with the court in the past decade, and its three judges now hear "
    "about 600 cases a year.\n\n"
    "Peter Holm, a retired trawlerman from the north coast, says his claim for an injured hand has taken "
    "four years so far.\n\n"
    "The appeal process can be slow and complex, and it can involve the port authority, the harbour board "
    "and, in the end, the Court of Appeal.\n\n"
    "All three judges on the court worked in the port before they joined it.\n\n"
    "As for Holm, his case is pending, with the court set to issue a written ruling in the coming months."
)


def _note_points(text: str, source: str = "court.txt") -> list[str]:
    note = make_brief([Article(text, source)])
    return [p.text for p in (note.bottom_line, *note.key_points) if p]


# --- rule `text_wraps_to_the_width`, rule `citation_stays_with_its_sentence` -------------------------------------


def test_rule_text_wraps_to_the_width() -> None:
    note = make_brief([Article(COURT, "court.txt")])
    text = brief_text(note, 60)
    rows = text.splitlines()
    assert all(cells(row) <= 60 for row in rows), [row for row in rows if cells(row) > 60]
    # a key point's rows hang under its text, so that the bullet stays one block
    bullet = next(n for n, row in enumerate(rows) if row.startswith("- "))
    assert rows[bullet + 1].startswith("  ") and not rows[bullet + 1].startswith("   ")
    # a citation is never a row of its own: it stays on the row of the sentence's last word
    assert not any(row.strip().startswith("[") and row.strip().endswith("]") and " " not in row.strip()
                   for row in rows)


def test_rule_text_wraps_to_the_width_near_variant_no_width_and_json_stay_whole() -> None:
    note = make_brief([Article(COURT, "court.txt")])
    whole = brief_text(note, None)
    assert any(cells(row) > 80 for row in whole.splitlines())  # one line a point, for a program
    assert note.bottom_line and any(row.startswith(note.bottom_line.text) for row in whole.splitlines())
    # JSON never wraps: every point's text is the sentence whole
    data = json.loads(brief_json(note))
    assert data["bottom_line"]["text"] == note.bottom_line.text and "\n" not in data["bottom_line"]["text"]


def test_rule_text_wraps_keeps_a_url_and_a_source_tag_whole() -> None:
    url = "https://www.example.com/news/2024/05/01/a-very-long-address-of-a-story-that-runs-past-the-row/"
    rows = wrapped(f"[3] source 1, sentence 5: {url}", 40, 4)
    assert url in [row.strip() for row in rows]  # whole on a row of its own, to be copied and clicked
    rows = wrapped("- The port authority will review every claim filed since the court opened in 2014. "
                   "(source 2) [4][7]", 40, 2)
    assert rows[-1].endswith("(source 2) [4][7]") and not rows[-1].strip().startswith("(source")
    # a line that fits is left as it is, and so is any line without a width
    assert wrapped("- Short point. [1]", 40, 2) == ["- Short point. [1]"]
    assert wrapped("x " * 60, None) == ["x " * 60]


def test_cli_text_wraps_at_80_off_a_terminal(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from summarizer.cli import app

    article = tmp_path / "court.txt"
    article.write_text(COURT, encoding="utf-8")
    result = CliRunner().invoke(app, ["brief", str(article), "--format", "text"], env={"COLUMNS": ""})
    assert result.exit_code == 0, result.output
    assert all(cells(row) <= 80 for row in result.output.splitlines())
    assert any(cells(row) > 70 for row in result.output.splitlines())  # filled, not folded short


# --- rule `anchored_definite_description` ------------------------------------------------------------------------


def test_rule_anchored_definite_description() -> None:
    assert not opens_with_definite_description("The nation's smallest federal court is ten years old.")
    assert not opens_with_definite_description("The world\u2019s largest ship docked on Monday.")
    # the nut paragraph opens the note, not the article's closing line about one man's case (the
    # lead, a scene, ranks below both; "The court's work ..." points back)
    document = parse_document(COURT)
    nut, closing = 3, len(document.sentences) - 1
    assert document.sentences[nut].text.startswith("The nation's")
    assert document.sentences[closing].text.startswith("As for")
    units = [(n,) for n in range(len(document.sentences))]
    assert _lead_first(document, units, [4, nut, closing, 0])[0] == nut


def test_rule_anchored_definite_description_near_variant_a_pointing_back_nut_is_passed_over() -> None:
    document = parse_document(COURT.replace("The nation's smallest federal court", "The small federal court"))
    units = [(n,) for n in range(len(document.sentences))]
    assert _lead_first(document, units, [4, 3, len(document.sentences) - 1, 0])[0] != 3


def test_rule_anchored_definite_description_near_variant_pointing_back_stays() -> None:
    assert opens_with_definite_description("The court's work is little noticed.")
    assert opens_with_definite_description("The nationwide strike ended on Monday.")
    assert opens_with_definite_description("The nations met in Geneva.")


# --- rule `interview_scene_is_no_point` ------------------------------------------------------------------------

HOULA = (
    "Witness fears more killing in the valley\n\n"
    "A witness to the attack on the valley town, which left 40 people dead, says he fears the killing will "
    "go on unless other countries act.\n\n"
    "\"We are farmers, not soldiers,\" Omar Haddad told CNN by telephone.\n\n"
    "The government has denied any part in the attack, which it blames on armed gangs.\n\n"
    "As he spoke to CNN, a siren wailed from the police station nearby.\n\n"
    "Haddad said food and medicine were running low in the town.\n\n"
    "Several countries have called their ambassadors home in protest at the killings."
)


def test_rule_interview_scene_is_no_point() -> None:
    document = parse_document(HOULA)
    scene = next(n for n, s in enumerate(document.sentences) if s.text.startswith("As he spoke"))
    assert interview_scenes(document) == {scene}
    assert not any(text.startswith("As he spoke") for text in _note_points(HOULA, "houla.txt"))
    document = parse_document("Talks\n\nWhile she was talking with reporters, a crowd gathered at the gate.")
    assert interview_scenes(document) == {0}


def test_rule_interview_scene_is_no_point_near_variants_stay() -> None:
    for text in ("As he spoke to CNN, he said the army had shelled the town again.",  # his claim
                 "As Assad spoke to parliament, protesters filled the square outside.",  # named
                 "As he walked to the car, a crowd gathered at the gate.",  # no talk
                 "When police spoke to the driver, they found a gun in the car."):  # not a pronoun
        document = parse_document(f"Title\n\n{text}")
        assert interview_scenes(document) == frozenset(), text


# --- rule `modifier_after_a_place_and_region` ----------------------------------------------------------------------


def test_rule_modifier_after_a_place_and_region() -> None:
    from summarizer.cleanup import dateline_length

    text = "Gao, Mali International support for the troops fighting in the north grew on Monday."
    assert text[dateline_length(text):].startswith("International support")
    text = "Killeen, Texas Surviving soldiers and their families spoke in court on Tuesday."
    assert text[dateline_length(text):].startswith("Surviving soldiers")
    # a later sentence keeps its words: only the first body sentence opens on a dateline
    assert dateline_length("Gao, Mali International support grew on Monday.", opens_body=False) == 0


def test_rule_modifier_after_a_place_and_region_near_variants_stay() -> None:
    from summarizer.cleanup import dateline_length

    for text in ("Paris, France Telecom executives met the unions on Monday.",  # a name: no such ending
                 "Paris, France International said on Monday that it would hire.",  # a verb after it
                 "Meanwhile, Mali International support grew on Monday.",  # no place
                 "Lawrence, Kansas Surviving Members met on Monday."):  # a name in capitals after it
        assert dateline_length(text) == 0, text


# --- rule `run_on_is_no_key_point` ---------------------------------------------------------------------------------


def test_rule_run_on_is_no_key_point() -> None:
    from summarizer.brief import MAX_POINT_WORDS, is_run_on

    run_on = ("The founder of the Harbour Garden Trust, a charity dedicated to teaching children about the plants "
              "of the coast through walks and classes, as Ellis highlights and recreates both the beauty and the use "
              "of the old shore gardens with care and with skill, she also questions the stories told about them "
              "for many years and for many more to come.")
    assert len(run_on.split()) > MAX_POINT_WORDS and is_run_on(run_on)
    article = ("Gardener opens a shore garden\n\n"
               "Gardening is more than a pastime in the work of the teacher and gardener Mary Ellis.\n\n"
               f"{run_on}\n\n"
               "Ellis opens her new shore garden at Harbour Point to the public this weekend.\n\n"
               "The garden holds more than two hundred plants that grow only on the coast.\n\n"
               "Children from four schools helped to plant it over the summer.\n\n"
               "Entry is free, and the garden will stay open until the end of October.")
    assert not any(text.startswith("The founder of the Harbour") for text in _note_points(article, "garden.txt"))


def test_rule_run_on_is_no_key_point_near_variant_long_bottom_line_stays() -> None:
    from summarizer.brief import is_run_on

    assert not is_run_on("The garden holds more than two hundred plants that grow only on the coast.")
    long_lead = ("The city council voted on Tuesday night to close three branch libraries, two swimming pools and "
                 "a community hall from next spring, to sell the land of two of them and to move the staff to "
                 "other council jobs, saving four million pounds over the next three years after its grant "
                 "from the government fell for the fifth year in a row.")
    article = (f"Council closes libraries\n\n{long_lead}\n\n"
               "The libraries lend about 90,000 books a year between them.\n\n"
               "Council leader Anne Brook said the budget left no other choice.\n\n"
               "Volunteers have offered to run one of the branches without pay.")
    assert is_run_on(long_lead) and _note_points(article, "council.txt")[0] == long_lead


# --- rule `possessive_event_needs_its_telling` ---------------------------------------------------------------------

MUSEUM = (
    "Shipping firm gives the museum $5M for a painting\n\n"
    "For over a year, the City Museum has tried to buy a 17th-century harbour painting for its collection.\n\n"
    "Now, the museum is receiving help in the form of 5 million dollars from Norland Shipping, the firm led by "
    "the shipowner Carl Norland.\n\n"
    "Norland's donation will cover half of the price of the painting, which sold at auction for ten million "
    "dollars last spring.\n\n"
    "The museum will show the painting in its main hall while it raises the rest of the money from the public.\n\n"
    "The museum has asked the public for two million dollars, and other firms will give the rest.\n\n"
    "The painting shows the harbour on a winter morning, with ships frozen into the ice.\n\n"
    "It has been in private hands for more than two hundred years."
)


def test_rule_possessive_event_needs_its_telling_kinds() -> None:
    from summarizer.brief import _Introductions

    document = parse_document(MUSEUM)
    introductions = _Introductions([document], [], [None])
    donation = next(n for n, s in enumerate(document.sentences) if s.text.startswith("Norland's donation"))
    assert introductions.needed(0, donation, []) == (0, donation - 1)


def test_rule_possessive_event_needs_its_telling_near_variant_a_told_act_stays() -> None:
    from summarizer.brief import _Introductions

    # the act with its own complement tells itself; a noun of no act is no act told before
    for opening in ("Norland's donation of 5 million dollars will cover half of the price.",
                    "Norland's ships will carry the painting to the museum."):
        document = parse_document(MUSEUM.replace(
            "Norland's donation will cover half of the price of the painting, which sold at auction for ten "
            "million dollars last spring.", opening))
        introductions = _Introductions([document], [], [None])
        number = next(n for n, s in enumerate(document.sentences) if s.text.startswith("Norland's"))
        assert introductions.needed(0, number, []) is None, opening


# --- rule `citation_is_the_sentence_number` ----------------------------------------------------------------------


def test_rule_citation_is_the_sentence_number() -> None:
    from summarizer.render.brief import brief_markdown, citation_labels

    note = make_brief([Article(HOULA, "houla.txt")])
    labels = citation_labels(note)
    # every citation the views show is its sentence's number from 1, as summarize and claims show it
    assert all(labels[ref.number] == f"[{ref.sentence + 1}]" for ref in note.references)
    for shown in (brief_text(note), brief_markdown(note)):
        for point in (note.bottom_line, *note.key_points):
            assert point is not None
            ref = note.references[point.citations[0] - 1]
            assert f"{point.text} [{ref.sentence + 1}]" in shown
    # over several sources the source's number leads: sentence 3 of source 2 is [2:3]
    pair = make_brief([Article(HOULA, "houla.txt"), Article(COURT, "court.txt")])
    assert all(citation_labels(pair)[ref.number] == f"[{ref.source}:{ref.sentence + 1}]" for ref in pair.references)


def test_rule_citation_is_the_sentence_number_near_variant_json_keeps_reference_numbers() -> None:
    note = make_brief([Article(HOULA, "houla.txt")])
    data = json.loads(brief_json(note))
    numbers = [n for point in (data["bottom_line"], *data["key_points"]) for n in point["citations"]]
    # JSON: citations are numbers of references (from 1, in the note's order), sentence from 0
    assert set(numbers) <= {r["number"] for r in data["references"]}
    assert all(data["references"][n - 1]["number"] == n for n in numbers)
    assert data["references"][0]["sentence"] == 0
