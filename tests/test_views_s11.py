"""Small view faults from the reader tests (session 11): QA round 36 Part B
and the web tester's session 11. Each rule with a case of its kind and a
near variant that must stay as it was."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from summarizer import extract_claims
from summarizer.brief import make_brief
from summarizer.claims.model import Claim
from summarizer.model import UNRESOLVED, Brief
from summarizer.reading import Article
from summarizer.render.brief import STDIN_HINT, left_out_commands, left_out_lines
from summarizer.render.claims import TEXT_COLUMNS, by_speaker, claims_text, cue_words

DEMO = Path(__file__).resolve().parent.parent / "data" / "nato-third-country-agreements.txt"


def a_claim(**changes: object) -> Claim:
    claim = extract_claims('"We will go on," Jens Stoltenberg said on Monday.')[0]
    return replace(claim, **changes)  # type: ignore[arg-type]


# --- rule `one_heading_for_no_speaker` ------------------------------------------------------------


def test_claims_with_no_source_and_unresolved_ones_share_one_heading() -> None:
    groups = by_speaker([a_claim(speaker=None, speaker_span=None, speaker_kind="unresolved"),
                         a_claim(speaker="she", speaker_kind="unresolved")])
    assert [label for label, _ in groups] == [UNRESOLVED]


def test_a_named_speaker_keeps_a_heading_of_its_own() -> None:
    groups = by_speaker([a_claim(), a_claim(speaker=None, speaker_span=None, speaker_kind="unresolved")])
    assert [label for label, _ in groups] == ["Jens Stoltenberg", UNRESOLVED]


# --- rule `source_as_written_is_quoted` -------------------------------------------------------------


def test_the_source_as_written_stands_apart_from_the_cue() -> None:
    assert cue_words(a_claim(speaker=None, speaker_kind="unresolved")) == "\u201cJens Stoltenberg\u201d said"


def test_a_resolved_speaker_shows_the_cue_alone() -> None:
    assert cue_words(a_claim()) == "said"


# --- rule `one_field_one_thing` (TSV) ------------------------------------------------------------------


def test_the_tsv_has_negated_and_source_columns_and_a_cue_alone() -> None:
    rows = [line.split("\t") for line in claims_text([
        a_claim(negated=True, shown_cue="did not say"),
        a_claim(speaker=None, speaker_kind="unresolved")]).splitlines()]
    assert rows[0] == list(TEXT_COLUMNS)
    first, unresolved = (dict(zip(rows[0], row, strict=True)) for row in rows[1:])
    assert first["negated"] == "negated" and first["cue"] == "did not say" and first["source"] == ""
    # the JSON's speaker (none here) and its kind: rule `text_row_carries_the_json` (session 16)
    assert unresolved["cue"] == "said" and unresolved["speaker"] == "" and unresolved["speaker_kind"] == "unresolved"


def test_a_plain_claim_row_has_empty_negated_and_source() -> None:
    row = dict(zip(TEXT_COLUMNS, claims_text([a_claim()]).splitlines()[1].split("\t"), strict=True))
    assert row["negated"] == "" and row["source"] == "" and row["speaker"] == "Jens Stoltenberg"


# --- rule `stdin_is_read_once` --------------------------------------------------------------------------


def _brief_with_more(name: str) -> Brief:
    brief = make_brief([Article(DEMO.read_text(encoding="utf-8"), source=name)])
    return replace(brief, sources=tuple(replace(s, claims_left_out=2) for s in brief.sources))


def test_a_note_read_from_stdin_says_to_give_the_input_again() -> None:
    brief = _brief_with_more("-")
    assert left_out_lines(brief)[0].endswith(STDIN_HINT)
    assert "claims -" not in left_out_commands(brief)[0][1]


def test_a_note_read_from_a_file_gives_the_command() -> None:
    brief = _brief_with_more("page.html")
    assert left_out_commands(brief)[0][1] == "summarizer claims page.html"


# --- rule `more_claims_counts_honestly` --------------------------------------------------------------------


def _shown_and_more(text: str) -> tuple[int, int, int]:
    brief = make_brief([Article(text, source="a.txt")])
    shown = sum(len(g.claims) for g in brief.speakers) + len(brief.uncertain)
    return len(extract_claims(text)), shown, sum(s.claims_left_out for s in brief.sources)


def test_shown_claims_and_more_add_up_to_every_claim() -> None:
    tagged, shown, more = _shown_and_more(DEMO.read_text(encoding="utf-8"))
    assert shown + more == tagged


def test_a_note_that_lists_every_claim_has_no_more() -> None:
    text = ("The ministry opened a new school in the capital on Monday.\n\n"
            '"It is a good day," Minister Anna Berg said.')
    tagged, shown, more = _shown_and_more(text)
    assert shown + more == tagged and more == tagged - shown


# --- rule `one_description_one_group` ----------------------------------------------------------------


def test_a_description_again_in_other_capitals_or_as_the_noun_is_one_group() -> None:
    groups = by_speaker([a_claim(speaker="his family", speaker_kind="unnamed"),
                         a_claim(speaker="His family", speaker_kind="unnamed"),
                         a_claim(speaker="A homeland security official", speaker_kind="unnamed"),
                         a_claim(speaker="the official", speaker_kind="unnamed")])
    assert [(label, len(claims)) for label, claims in groups] == [("his family", 2),
                                                                 ("A homeland security official", 2)]


def test_the_noun_after_two_descriptions_stays_apart() -> None:
    groups = by_speaker([a_claim(speaker="a police official", speaker_kind="unnamed"),
                         a_claim(speaker="a State Department official", speaker_kind="unnamed"),
                         a_claim(speaker="the official", speaker_kind="unnamed")])
    assert len(groups) == 3


# --- rule `publisher_is_no_source` with a house word "News" ("JIS News") -----------------------


def test_the_site_name_with_news_is_the_publisher() -> None:
    from summarizer.pagemeta import is_publisher, site_keys
    keys = site_keys("jis.gov.jm", "https://jis.gov.jm/a-story/")
    assert is_publisher("JIS News", keys)


def test_another_name_with_news_is_no_publisher() -> None:
    from summarizer.pagemeta import is_publisher, site_keys
    keys = site_keys("jis.gov.jm", "https://jis.gov.jm/a-story/")
    assert not is_publisher("Jamaica News", keys) and not is_publisher("Jamaica", keys)
