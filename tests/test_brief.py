import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.brief import is_near_duplicate, make_brief
from summarizer.cli import app
from summarizer.document import parse_document
from summarizer.errors import InputError
from summarizer.reading import Article
from summarizer.render.brief import brief_markdown

from .conftest import DEMO

GOLDEN = Path(__file__).parent / "golden" / "nato-brief.md"
CITATION = re.compile(r"\[(\d+)\]")

# Two reports of the same story: the agency sentence appears in both, and
# the speaker is named in full in one and by surname in the other. Sentences
# adapted from the PolNeAR corpus (Politico, 2016).
AGENCY = "The Senate voted 52 to 48 on Tuesday to confirm the nominee after a lengthy debate."
FIRST = (
    "Senate confirms nominee\n\n"
    f"{AGENCY} Senate Majority Leader Mitch McConnell said the vote was \"a victory for the rule of law.\" "
    "Democrats had tried to delay the vote for weeks.\n\n"
    "The nominee is expected to be sworn in on Friday, officials said."
)
SECOND = (
    "Nominee clears the Senate\n\n"
    "Protesters gathered outside the Capitol as senators arrived in the morning. "
    f"{AGENCY} McConnell said the chamber had \"done its duty.\"\n\n"
    "Critics warned that the confirmation could deepen divisions in Congress."
)


def test_demo_markdown_matches_the_golden_file() -> None:
    markdown = brief_markdown(make_brief([DEMO])).replace(str(DEMO), "data/nato-third-country-agreements.txt")
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(markdown, encoding="utf-8")
    assert markdown == GOLDEN.read_text(encoding="utf-8")


def test_demo_brief_content(demo_text: str) -> None:
    note = make_brief([DEMO])
    assert note.bottom_line is not None
    speakers = {group.speaker: group for group in note.speakers}
    # The Secretary General's statements are kept; Kuleba's hedged claim is
    # a key point's sentence, so it is not listed again (rule claim_given_as_point).
    assert set(speakers) == {"Jens Stoltenberg"}
    assert [c.cue for c in speakers["Jens Stoltenberg"].claims] == ["outlined", "emphasized", "urged"]
    assert any("Dmytro Kuleba signaled" in p.text for p in note.key_points)
    assert note.uncertain == ()
    body = [p.text for p in (note.bottom_line, *note.key_points)]
    for banned in ("Previous Article", "Leave a Comment", "Taxation rules", "NATO Seeks Expanded"):
        assert not any(banned in text for text in body)
    assert note.words_in == 368 and note.words_out <= note.words_in / 2
    # rule `more_claims_counts_honestly` (session 11): the claim given as a key point is one more
    assert note.sources[0].claims_left_out == 1


def test_every_citation_resolves_to_a_sentence_quoted_verbatim(demo_text: str) -> None:
    note = make_brief([DEMO])
    references = {ref.number: ref for ref in note.references}
    markdown = brief_markdown(note)
    # (session 19, rule `citation_is_the_sentence_number`: the note shows each citation as its
    # sentence's number from 1, the JSON's reference sentence + 1)
    assert set(int(n) for n in CITATION.findall(markdown)) == {ref.sentence + 1 for ref in references.values()}
    assert note.bottom_line is not None
    for point in (note.bottom_line, *note.key_points):
        for number in point.citations:
            ref = references[number]
            assert demo_text[ref.start : ref.end] == ref.text == point.text
            assert point.text in markdown
    for group in note.speakers:
        for claim in group.claims:
            for number in claim.citations:
                ref = references[number]
                assert demo_text[ref.start : ref.end] == ref.text
                assert claim.content in ref.text  # the claim is quoted from the sentence it cites


def test_same_sentence_in_two_articles_is_cited_once_with_both_sources() -> None:
    note = make_brief([Article(FIRST, "first.txt"), Article(SECOND, "second.txt")], points=5)
    assert note.bottom_line is not None
    points = [p for p in (note.bottom_line, *note.key_points) if p.text == AGENCY]
    assert len(points) == 1
    sources = {ref.source for ref in note.references if ref.number in points[0].citations}
    assert sources == {1, 2}
    markdown = brief_markdown(note)
    assert markdown.count(AGENCY) == 1


def test_a_speaker_named_in_two_articles_is_one_speaker() -> None:
    # points=0: the bottom line alone, so that the claims are not key points
    note = make_brief([Article(FIRST, "first.txt"), Article(SECOND, "second.txt")], points=0)
    names = [group.speaker for group in note.speakers if group.named]
    assert names.count("Mitch McConnell") == 1
    assert "McConnell" not in names
    group = next(g for g in note.speakers if g.speaker == "Mitch McConnell")
    cited_sources = {ref.source for ref in note.references for c in group.claims if ref.number in c.citations}
    assert cited_sources == {1, 2}


def test_rule_near_duplicate() -> None:
    def stems(text: str) -> frozenset[str]:
        from summarizer.brief import _stems

        return _stems(text)

    edited = "The Senate voted 52-48 on Tuesday to confirm the nominee after lengthy debate."
    assert is_near_duplicate(stems(AGENCY), stems(edited))
    assert not is_near_duplicate(stems(AGENCY), stems("Democrats had tried to delay the vote for weeks."))


def test_points_and_words_limits() -> None:
    note = make_brief([DEMO], points=1)
    assert len(note.key_points) == 1
    note = make_brief([DEMO], words=60)
    used = sum(len(p.text.split()) for p in (note.bottom_line, *note.key_points) if p)
    assert used <= 60
    with pytest.raises(ValueError, match="only one"):
        make_brief([DEMO], points=2, words=50)


def test_inputs_are_articles_or_where_to_read_them(tmp_path: Path) -> None:
    # A string is a path (or URL, or -), never the article text: a typo is an
    # error, not a note whose bottom line is the file name.
    with pytest.raises(InputError, match=r"^typo-missing\.txt: no such file$"):
        make_brief(["typo-missing.txt"])
    # An article's text passed where a path belongs is too long for a file
    # name: still one line naming the input, never an OSError.
    with pytest.raises(InputError, match=r"^NATO members are .*: cannot read \(File name too long\)$"):
        make_brief(["NATO members are examining ways to broaden existing pacts. " * 40])
    copy = tmp_path / "nato.txt"
    copy.write_text(DEMO.read_text(encoding="utf-8"), encoding="utf-8")
    from_path, from_string = make_brief([copy]), make_brief([str(copy)])
    from_article = make_brief([Article(DEMO.read_text(encoding="utf-8"), str(copy))])
    assert from_path == from_string
    assert from_article.bottom_line == from_path.bottom_line
    assert from_path.bottom_line is not None and "NATO" in from_path.bottom_line.text


def test_key_points_are_in_article_order() -> None:
    note = make_brief([DEMO])
    document = parse_document(DEMO.read_text(encoding="utf-8"))
    # (a point may be shown from after a link phrase: rule `link_phrase_not_shown`)
    order = [next(s.index for s in document.sentences if s.text.endswith(p.text[1:])) for p in note.key_points]
    assert order == sorted(order)


def test_cli_markdown_when_piped_and_json_by_suffix(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["brief", str(DEMO)])
    assert result.exit_code == 0
    assert result.stdout.startswith("# Briefing note: NATO Seeks Expanded")
    target = tmp_path / "note.json"
    result = runner.invoke(app, ["brief", str(DEMO), "-o", str(target)])
    assert result.exit_code == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["bottom_line"]["citations"] == [1]
    assert {s["speaker"] for s in data["speakers"]} == {"Jens Stoltenberg"}
    assert [s["claims_left_out"] for s in data["sources"]] == [1]  # the claim given as a key point


def test_cli_rich_view() -> None:
    result = CliRunner().invoke(app, ["brief", str(DEMO), "--format", "rich"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    for section in ("Bottom line", "Key points", "Who said what", "Mentioned"):
        assert section in result.stdout
    assert "emphasized" in result.stdout


def test_cli_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["brief", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr
    result = runner.invoke(app, ["brief", "-", "-"], input="Some text.")
    assert result.exit_code == 2
    assert "only once" in result.stderr


def test_cli_word_budget_too_small_is_an_error() -> None:
    result = CliRunner().invoke(app, ["brief", str(DEMO), "--words", "1"])
    assert result.exit_code == 2
    assert "no sentence fits in 1 words" in result.stderr


def test_cli_reads_a_source_named_twice_once() -> None:
    result = CliRunner().invoke(app, ["brief", str(DEMO), str(DEMO), "-f", "json"])
    assert result.exit_code == 0
    assert "given more than once" in result.stderr
    assert len(json.loads(result.stdout)["sources"]) == 1


def test_cli_unwritable_output_is_a_one_line_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file.txt"
    blocked.write_text("not a folder")
    result = CliRunner().invoke(app, ["brief", str(DEMO), "-o", str(blocked / "note.md")])
    assert result.exit_code == 2
    assert str(blocked / "note.md") in result.stderr
    assert "Traceback" not in result.stderr


# --- issue 11: briefs that never cite wrong ---------------------------------

# A quote reprinted by a second outlet, and a short sentence of one source
# that sits inside a long sentence of the other (after a CBS and a Politico
# report, 2020; reworded).
REPORT_A = (
    "White House races to close a deal\n\n"
    "White House chief of staff Mark Meadows said the talks would continue through the weekend. "
    'Meadows told reporters that "we still have more time to get a deal done before the election." '
    "Senate leaders were not in the room.\n\n"
    "Markets rose on hopes of a stimulus package."
)
REPORT_B = (
    "Stimulus talks go on\n\n"
    'Meadows told reporters that "we still have more time to get a deal done before the election." '
    'An aide added: "We still have more time. '
    'Nobody is walking away from the table."\n\n'
    "House Speaker Nancy Pelosi said on Friday that the two sides had narrowed their differences on testing."
)


def _citation_sources(note, citations) -> set[int]:
    references = {ref.number: ref for ref in note.references}
    return {references[n].source for n in citations}


def test_rule_near_duplicate_needs_similarity_both_ways() -> None:
    from summarizer.brief import _stems

    short = _stems("We still have more time.")
    long = _stems('Meadows told reporters that "we still have more time to get a deal done before the election."')
    assert short <= long  # contained...
    assert not is_near_duplicate(short, long)  # ...but no reprint
    assert not is_near_duplicate(long, short)


def test_a_claim_in_two_sources_is_one_claim_with_two_citations() -> None:
    # (rule `central_source_leads`: the first of two sources gives the bottom line; with report B
    # first, its lead, the reprinted quotation, is the bottom line, citing both sources)
    note = make_brief([Article(REPORT_B, "b.txt"), Article(REPORT_A, "a.txt")])
    assert note.bottom_line is not None and "get a deal done" in note.bottom_line.text
    assert _citation_sources(note, note.bottom_line.citations) == {1, 2}
    note = make_brief([Article(REPORT_A + "\n\nStocks in Asia were mixed on Friday.", "a.txt"),
                       Article(REPORT_B, "b.txt")])
    quoted = [c for g in note.speakers for c in g.claims if "get a deal done" in c.content]
    assert len(quoted) == 1
    assert quoted[0].speaker == "Mark Meadows"
    assert _citation_sources(note, quoted[0].citations) == {1, 2}


def test_every_citation_carries_its_point_across_sources() -> None:
    from summarizer.brief import _stems

    note = make_brief([Article(REPORT_A, "a.txt"), Article(REPORT_B, "b.txt")], points=6)
    references = {ref.number: ref for ref in note.references}
    points = [(p.text, p.citations) for p in (note.bottom_line, *note.key_points) if p]
    points += [(c.content, c.citations) for g in note.speakers for c in g.claims]
    for text, citations in points:
        assert citations
        # Consecutive sentences of a source cited together (the aide's
        # quotation over two sentences) are read together.
        passages: list[list] = []
        for ref in sorted((references[n] for n in citations), key=lambda r: (r.source, r.sentence)):
            if passages and passages[-1][-1].source == ref.source and passages[-1][-1].sentence == ref.sentence - 1:
                passages[-1].append(ref)
            else:
                passages.append([ref])
        for passage in passages:
            point, cited = _stems(text), _stems(" ".join(ref.text for ref in passage))
            assert len(point & cited) >= 0.8 * len(point), (text, [ref.text for ref in passage])


def test_no_key_point_only_repeats_a_listed_claim(demo_text: str) -> None:
    note = make_brief([DEMO])
    document = parse_document(demo_text)
    statements = {document.sentences[i].text for i in (1, 3, 6)}  # Stoltenberg outlined, emphasized, urged
    said = [c.content for g in note.speakers for c in g.claims if g.speaker == "Jens Stoltenberg"]
    assert len(said) == 3  # listed under Who said what...
    assert not statements & {p.text for p in note.key_points}  # ...and not again as key points


def test_key_points_stand_on_their_own() -> None:
    text = ("Police arrested a 34-year-old man on Sunday after a fire at the city's oldest church. "
            "He was charged with arson and will appear in court on Monday. "
            "The church, built in 1120, lost its roof. Firefighters worked through the night.")
    note = make_brief([Article(text, "fire.txt")], points=3)
    assert all(not p.text.startswith("He ") for p in (note.bottom_line, *note.key_points) if p)


def test_words_out_never_exceed_words_in() -> None:
    text = 'Mayor Anne Hidalgo said on Monday that "we will rebuild the cathedral within five years."'
    note = make_brief([Article(text, "short.txt")])
    assert note.words_out <= note.words_in
    for source in (DEMO,):
        note = make_brief([source], points=20)
        assert note.words_out <= note.words_in


def test_an_unresolved_speaker_is_not_shown_as_a_named_one() -> None:
    # "He" right after the lead, which the note cites (rule `antecedent_is_no_unresolved_claim`: a
    # lone pronoun whose sentence before the note leaves out is not listed at all)
    text = ("The fire started before dawn in the old town.\n\n"
            "He said the church was insured against fire and storm damage.\n\n"
            "Firefighters from three towns worked through the night to save the nave and the tower.\n\n"
            "The roof of the nave fell in shortly after four in the morning, and the bells were lost.\n\n"
            "The church was built in 1120 and drew thousands of visitors to the town every summer.")
    note = make_brief([Article(text, "fire.txt")], points=0)
    groups = {g.speaker: g for g in note.speakers}
    assert "He" not in groups
    assert not groups["Speaker not resolved"].named


def test_text_fragment_link() -> None:
    from summarizer.brief import text_fragment_link

    link = text_fragment_link("https://example.com/news/story#top",
                              "Stoltenberg emphasized that increasing defense production is crucial, "
                              "said the 64-year-old, citing Kyiv's needs & costs.")
    assert link == ("https://example.com/news/story#:~:text=Stoltenberg%20emphasized%20that%20increasing,"
                    "Kyiv%27s%20needs%20%26%20costs.")
    short = text_fragment_link("https://example.com/a", "\u201cWe still have more time, a long-term plan.\u201d")
    assert short == "https://example.com/a#:~:text=We%20still%20have%20more%20time%2C%20a%20long%2Dterm%20plan."


def test_markdown_citations_of_a_web_source_open_the_page_at_the_sentence() -> None:
    web = Article(REPORT_A, "https://news.example.com/talks", kind="html", url="https://news.example.com/talks")
    note = make_brief([web, Article(REPORT_B, "b.txt")])
    markdown = brief_markdown(note)
    references = markdown[markdown.index("## References"):].splitlines()[2:]
    web_lines = [line for line in references if "source 1" in line]
    file_lines = [line for line in references if "b.txt" in line]
    assert web_lines and file_lines
    for line in web_lines:
        assert re.fullmatch(r"\[1:(\d+)\] \[source 1, sentence \1\]"
                            r"\(https://news\.example\.com/talks#:~:text=\S+\)", line)
    for line in file_lines:  # (session 19: citations "[2:5]", sentence 5 of source 2)
        assert re.fullmatch(r"\[2:(\d+)\] b\.txt, sentence \1 \(characters \d+–\d+\)", line)


def test_the_reprint_index_finds_what_comparing_every_pair_finds() -> None:
    from summarizer.brief import _rarity, _ReprintIndex, _stems

    sentences = [s.text for text in (FIRST, SECOND, REPORT_A, REPORT_B) for s in parse_document(text).sentences]
    sentences += [AGENCY.replace("lengthy", "long"), "We still have more time.", "Nobody is walking away."]
    stems = [_stems(s) for s in sentences]
    index = _ReprintIndex(_rarity([stems]))
    for i, item in enumerate(stems):
        assert index.find(item) == [j for j in range(i) if is_near_duplicate(stems[j], item)]
        index.add(item)


# A council story with many attributed claims (written for the test).
COUNCIL = (
    "Council approves new budget\n\n"
    "The city council approved a budget of 40 million dollars on Monday after a long debate about roads.\n\n"
    "Mayor Ana Ruiz said the budget would repair every bridge in the city by the end of next year.\n\n"
    "Councillor Tom Berg said the plan ignored the needs of small shops in the old town.\n\n"
    "Council treasurer Lena Park said the city had saved money by refinancing its older loans.\n\n"
    "Ruiz said the parks department would hire twelve new workers before the summer.\n\n"
    "Berg said he would ask the council to vote again on the parking fees in March.\n\n"
    "Park said the reserve fund now held enough money for three months of spending.\n\n"
    "Residents said the meeting ran past midnight and many of them left before the vote.\n\n"
    "The budget takes effect on the first day of July, the council said."
)


def test_rule_words_out_within_half_words_in() -> None:
    note = make_brief([Article(COUNCIL, "council.txt")])
    assert note.words_out <= note.words_in / 2
    listed = sum(len(g.claims) for g in note.speakers) + len(note.uncertain)
    left_out = note.sources[0].claims_left_out
    assert listed >= 1 and left_out >= 1
    assert f"*{left_out} more claim{'s' if left_out > 1 else ''}: `summarizer claims council.txt`*" in (
        brief_markdown(note))
    # The points limit cannot make the note longer than half its source.
    assert make_brief([Article(COUNCIL, "council.txt")], points=20).words_out <= note.words_in / 2


def test_claims_given_as_points_are_not_listed_again() -> None:
    note = make_brief([Article(COUNCIL, "council.txt")])
    given = {n for p in (note.bottom_line, *note.key_points) if p for n in p.citations}
    claims = [c for g in note.speakers for c in g.claims] + list(note.uncertain)
    assert not any(set(c.citations) <= given for c in claims)


def test_a_hedged_claim_is_shown_once() -> None:
    text = ("The storm reached the coast on Tuesday and closed every school in the county for two days.\n\n"
            "Forecasters watched the river all night as the water rose past the old mill and the bridge.\n\n"
            "Hundreds of families left their homes in the low streets near the harbour before dark.\n\n"
            "The army sent trucks and boats to the villages along the river valley on Wednesday morning.\n\n"
            "Governor Ana Ruiz said the flood might reach the harbour by Friday.\n\n"
            "Mayor Tom Berg said the bridge may stay closed until the spring.")
    note = make_brief([Article(text, "storm.txt")], points=0)
    assert note.uncertain and all(c.hedged for c in note.uncertain)
    assert all(not c.hedged for g in note.speakers for c in g.claims)
    markdown = brief_markdown(note)
    for claim in note.uncertain:
        assert markdown.count(claim.content) == 1


def test_rule_short_note_caps_a_long_source(monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.brief as brief_module

    uncapped = make_brief([Article(COUNCIL, "council.txt")])
    cap = uncapped.words_out // 2  # a source long enough that half its words pass the cap
    monkeypatch.setattr(brief_module, "MAX_WORDS_OUT_PER_SOURCE", cap)
    note = make_brief([Article(COUNCIL, "council.txt")])
    assert note.bottom_line is not None
    assert note.words_out <= max(cap, len(note.bottom_line.text.split()))
    assert note.sources[0].claims_left_out > uncapped.sources[0].claims_left_out


def test_rule_source_of_an_unnamed_claim() -> None:
    first = ("Storm closes schools\n\nThe storm closed every school in the county on Tuesday.\n\n"
             "Officials said the schools would reopen on Friday.\n\nThe river rose past the old mill overnight.")
    second = ("Council passes budget\n\nThe council passed its budget on Monday after a long debate.\n\n"
              "Officials said the new bus lanes would open in the spring.\n\nThe vote was six to three.")
    note = make_brief([Article(first, "storm.txt"), Article(second, "budget.txt")], points=0)
    unnamed = [c for g in note.speakers if not g.named for c in g.claims]
    assert sorted(c.sources for c in unnamed) == [(1,), (2,)]
    # (session 20, rule `citation_names_its_source`: the citation "[2:2]" says the source, no "(source 2)")
    assert "[2:2]" in brief_markdown(note) and "(source 2)" not in brief_markdown(note)
    single = make_brief([Article(first, "storm.txt")], points=0)
    assert all(not c.sources for g in single.speakers for c in g.claims)  # one article: no label
