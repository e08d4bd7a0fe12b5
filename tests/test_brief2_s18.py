"""Briefs, session 18, second wave: the rules this wave adds to the note (brief.py) and the tests of
their kind, each with a near variant that must stay as it was. The sentences are invented; none is
copied from the shared data sets."""

from __future__ import annotations

from summarizer.brief import SHORT_NOTE_SHARE, SHORT_PAGE_WORDS, WORDS_OUT_SHARE, make_brief
from summarizer.model import Brief
from summarizer.reading import Article

# --- rule `short_note_lists_every_claim` (brief.py) ---------------------------------------------------------------

CLINIC = (
    "Town clinic asks for help after its van breaks down\n\n"
    "The free dental clinic of Millbrook has asked residents for donations after its mobile van broke down last "
    "week.\n\n"
    "The van takes two dentists to the villages of the valley each Saturday, and repairs will cost about 4,000 "
    "dollars.\n\n"
    "\u201cThe van is how we reach the people who cannot come to town, and without it they wait,\u201d said clinic "
    "director Maria Lopez.\n\n"
    "The clinic has treated about 900 patients since it opened in 2019, most of them children and older people.\n\n"
    "Lopez said the clinic had asked the county for a grant but had heard nothing back.\n\n"
    "\u201cMaybe a garage out there can help us with the engine,\u201d Lopez said.{more}"
)
HEDGED = "\u201cMaybe a garage out there can help us with the engine,\u201d"


def _clinic(more: str = "") -> Brief:
    return make_brief([Article(CLINIC.format(more=more), source="clinic.txt")])


def test_rule_short_note_lists_every_claim() -> None:
    # the points and two claims took half the words in; the only hedged claim was in a "1 more claim" line
    note = _clinic()
    assert note.words_in <= SHORT_PAGE_WORDS
    assert [c.content for c in note.uncertain] == [HEDGED]
    assert WORDS_OUT_SHARE * note.words_in < note.words_out <= SHORT_NOTE_SHARE * note.words_in
    shown = [c.content for g in note.speakers for c in g.claims]
    assert len(shown) == 2 and shown[1].startswith("the clinic had asked the county")


def test_rule_short_note_lists_every_claim_near_variant_all_or_none() -> None:
    # one more claim, too long to show whole: not every claim fits, so the note keeps its half of the
    # words in and its choice by rank, and claims stay left out (which ones follows the rank: since
    # bottom_line_names_its_source, s24, the lead is the bottom line and the hedged claim is shown; since
    # claim_above_a_key_point_first, Lopez's van quote, ranked above the key point on the 900 patients,
    # takes its place)
    note = _clinic("\n\n\u201cWe have written to the county twice. We have called the grant office every week since "
                   "March. We have sent them the repair quote, the list of villages and the number of patients we "
                   "saw last year. We are still waiting for an answer, and every Saturday without the van is a "
                   "Saturday of pain for someone,\u201d Lopez said.")
    shown = [c for g in note.speakers for c in g.claims] + list(note.uncertain)
    assert len(shown) == 3 and not any(c.content.startswith("\u201cWe have written") for c in shown)
    assert note.words_out <= WORDS_OUT_SHARE * note.words_in
    assert note.sources[0].claims_left_out >= 1


# --- rule `framing_is_no_point`, a series rubric (rules/framing_sentences.txt) ---------------------------------


def test_rule_series_rubric_is_framing() -> None:
    from summarizer.summarizers.standalone import is_framing

    # web tester s18 (newrepublic.com): a series' greeting was the note's first key point
    assert is_framing("Welcome to the Summer of Floods, our look back at a season that left three towns under "
                      "water and a county without a bridge.")
    assert is_framing("Welcome to Market Week, this paper's weekly column on what the traders of the valley sell.")
    # near variants: a place welcomed and described, and a greeting with no feature named, stay news
    assert not is_framing("Welcome to Hull, the city that hopes to win the title of culture capital again.")
    assert not is_framing("Welcome to the Summer of Floods, as residents of the valley now call it.")


# --- rule `class_the_cue_says_is_not_repeated` (render/claims.py) ------------------------------------------------


def test_rule_class_the_cue_says_is_not_repeated() -> None:
    from summarizer import extract_claims
    from summarizer.render.claims import claims_markdown, cue_label

    (claim,) = extract_claims("Greece also reported 31 new cases per 100,000 people, up from 12 a week before.")
    assert claim.cue_class == "report" and cue_label(claim) == "reported"
    assert "**reported** (indirect, sentence 1)" in claims_markdown([claim])
    # near variants: a cue of the same class in other words, and a cue of another class, keep the class
    (claim,) = extract_claims("Figures from the health agency revealed a rise in cases in Greece.")
    assert cue_label(claim) == "revealed (report)"
    (claim,) = extract_claims("Mayor Ann Hill said the bridge would open in May.")
    assert cue_label(claim) == "said (neutral)"
    # ... and a source shown before the cue whose word opens on the class's name keeps it
    (claim,) = extract_claims("The reporter said the bridge would open in May.")
    assert cue_label(claim).endswith("said (neutral)")
