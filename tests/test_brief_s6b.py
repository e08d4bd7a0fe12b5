"""Session 6 phase 2: the Mentioned list (names from subheads, negating
adverbs, rule `kin_word_marks_a_person`) and the brief's rule
`cut_source_is_left_out`."""

from __future__ import annotations

import pytest

from summarizer.brief import make_brief
from summarizer.mentions import find_mentions
from summarizer.model import OTHER, PERSON, Brief, source_is_cut
from summarizer.reading import Article


def _kinds(sentences: list[str], headlines: list[str] | None = None) -> dict[str, str]:
    return {m.name: m.kind for m in find_mentions(sentences, headlines=headlines or [])}


SANDERS = [
    "Warren leads in Iowa, followed by Sanders and Biden.",
    "Officials there are not rushing to endorse Sanders.",
    "The polls suggest that is a good thing for Sanders.",
]


def test_subhead_gives_the_full_name_of_a_surname() -> None:
    kinds = _kinds(SANDERS, ["1. Iowa's political classes aren't excited about Biden or Bernie Sanders"])
    assert kinds.get("Bernie Sanders") == PERSON
    assert "Sanders" not in kinds


def test_surname_without_a_fuller_name_is_not_listed() -> None:
    # session 15 (rule `repeated_one_word_name_is_listed`, web test s15 K2): a word named three times
    # is listed, but under "Other names": without a fuller name the list still guesses no person
    assert _kinds(SANDERS, ["Iowa's classes are not excited"]).get("Sanders", OTHER) == OTHER


def test_negating_adverb_opens_no_name() -> None:
    kinds = _kinds(["The districts that President Trump won in 2016 are few.",
                    "For good measure, Never Trump Republicans have not backed a candidate."])
    assert "Never Trump" not in kinds


KNOX = [
    "The jury acquitted Knox and her ex-boyfriend, Raffaele Sollecito, in 2011.",
    "Prosecutors argued that Meredith Kercher was killed in a game.",
    "They were convicted in 2009 of murder in Kercher's death.",
]


def test_kin_word_marks_a_person() -> None:
    kinds = _kinds(KNOX)
    assert kinds.get("Raffaele Sollecito") == PERSON
    assert kinds.get("Meredith Kercher") == PERSON


def test_name_without_a_kin_word_stays_other() -> None:
    kinds = _kinds(["The jury acquitted Knox and Raffaele Sollecito in 2011.",
                    "Prosecutors argued that Meredith Kercher was right."])
    assert kinds.get("Raffaele Sollecito") == OTHER
    assert kinds.get("Meredith Kercher") == OTHER


# --- rule `cut_source_is_left_out` ---------------------------------------------------------------------------

TENURE = (
    "Judge strikes down teacher tenure laws\n\n"
    "A California judge struck down the state's teacher tenure laws on Tuesday.\n\n"
    "Nine students filed the lawsuit with help from the nonprofit Students Matter.\n\n"
    "The case drew national attention from parents, school boards and teachers across the country, and "
    "lawmakers in several other states have watched the trial closely since it opened in January.\n\n"
    "Tenure is granted to California teachers after less than two years on the job, one of the shortest "
    "periods in the nation, and a dismissal can take years and cost a district hundreds of thousands of dollars.\n\n"
    "The ruling will not take effect until the appeals are over, which could take several years.\n\n"
    "The plaintiffs alleged that tenure is granted too quickly, giving \"grossly ineffective teachers\" lifetime "
    "job protection, and asserted that dismissal laws are so costly and bureaucratic that districts remain stuck "
    "with bad teachers.\n\n"
    "The California Teachers Association said it was \"disappointed\" by the decision.\n\n"
    "The union said there is nothing unconstitutional about the laws.\n"
)


def _lines(brief: Brief) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.cue) for group in brief.speakers for c in group.claims]


def test_source_cut_to_a_determiner_is_left_out() -> None:
    from summarizer.claims import extract_claims

    tagged = {(c.source_as_written, c.cue_text) for c in extract_claims(TENURE)}
    brief = make_brief([Article(TENURE, source="tenure.txt")], points=0)
    shown = _lines(brief)
    if ("The", "asserted") in tagged:  # the tagger cuts "The plaintiffs" short today
        assert ("The", "asserted") not in shown
    assert ("The union", "said") in shown  # a source with a noun stays


@pytest.mark.parametrize(("source", "cut"), [("The", True), ("their", True), ("The union", False),
                                             ("Their lawyers", False), (None, False)])
def test_lone_determiner_is_a_cut_source(source: str | None, cut: bool) -> None:
    assert source_is_cut(source) is cut


# --- rule `road_word_alone_is_no_name` ------------------------------------------------------------------------

def _counts(sentences: list[str]) -> dict[str, int]:
    return {m.name: m.count for m in find_mentions(sentences)}


def test_road_word_alone_counts_for_no_road() -> None:
    counts = _counts(["A car was southbound on 1600E Road near 400N Road when a deer entered the roadway.",
                      "A van was eastbound on 1100N Road when a deer jumped onto the road.",
                      "A truck was southbound on Township Road 1950E at about 311N in Pana."])
    assert "Road" not in counts
    # mentions2 s26: "Township Road" before its code "1950E" is a piece of the road's name, no place
    # (rule `road_before_a_code_is_no_mention`)
    assert "Township Road" not in counts


def test_named_road_still_counts() -> None:
    counts = _counts(["Police closed Oxford Road on Monday after the crash.",
                      "Oxford Road reopened on Tuesday morning, police said."])
    assert counts.get("Oxford Road") == 2
