"""What a reader of the brief and the summary meets: a key point's "she" that
another woman's point would claim, a pronoun shown as a hedged claim's
speaker, one quotation shown as two summary items. Sentences are invented
after the kinds read in reader round J (a feature on a tattoo shop, a
communications chief leaving a studio)."""

from __future__ import annotations

from summarizer.brief import _Candidate, _PronounPoints
from summarizer.document import parse_document
from summarizer.model import BriefClaim, ScoredSentence, Summary
from summarizer.render.brief import NOT_RESOLVED, plain_claim_line, unresolved_said_so
from summarizer.render.summary import quotation_rows, summary_markdown, summary_text

SHOP = (
    "Ann Reed opened a bakery in Lakeside last spring.\n\n"
    "Tom Hale sold the oven to the new owner at half its price.\n\n"
    "Reed had worked in a bank for ten years.\n\n"
    "The bank closed its branch in May.\n\n"
    "While working at the bank, she met Paul Stone, a pastry chef.\n\n"
    "Long before Reed baked for a living, she ran the bank's call center."
)
PEOPLE = ["Ann Reed", "Tom Hale", "Paul Stone"]


def _points(document_text: str, *numbers: int) -> list[_Candidate]:
    document = parse_document(document_text)
    return [_Candidate(((0, n),), document.sentences[n].text, frozenset(), 1) for n in numbers]


def _pronoun_points() -> _PronounPoints:
    return _PronounPoints([parse_document(SHOP)], PEOPLE)


# --- rule `pronoun_point_follows_its_person` -----------------------------------------------------------------------


def test_rule_pronoun_point_follows_its_person() -> None:
    rule = _pronoun_points()
    assert rule.leans_on_a_person(0, 4)  # "While working at the bank, she met Paul Stone, ..."
    # after the point on Tom Hale, "she" would read as him (Reed is named in between, in sentence 3)
    assert not rule.keep_their_persons(_points(SHOP, 0, 1), (0, 4))
    # a point that would come between "she" and the point naming her is passed over too
    assert not rule.keep_their_persons(_points(SHOP, 0, 2, 4), (0, 3))


def test_rule_pronoun_point_follows_its_person_near_variant_stays() -> None:
    rule = _pronoun_points()
    # after the point naming Reed last before it ("The bank closed ..." names no one): as in the article
    assert rule.keep_their_persons(_points(SHOP, 0, 2), (0, 4))
    # after the lead on Ann Reed: "Reed had worked ..." is the last to name anyone before "she", Reed too
    assert rule.keep_their_persons(_points(SHOP, 0), (0, 4))
    # a sentence naming her before its "she" leans on no point; "The bank ..." has no pronoun subject
    assert not rule.leans_on_a_person(0, 5)
    assert rule.keep_their_persons(_points(SHOP, 0, 1), (0, 5))
    assert not rule.leans_on_a_person(0, 3)
    assert rule.keep_their_persons(_points(SHOP, 0, 1), (0, 3))
    # the note's first pick is the bottom line, which has rules of its own
    assert rule.keep_their_persons([], (0, 4))


# --- rule `unresolved_speaker_said_so_when_hedged` -----------------------------------------------------------------


def _hedged(speaker: str | None, kind: str) -> BriefClaim:
    return BriefClaim(speaker, None, "hoping", "belief", "it would feel welcoming to everybody", "indirect",
                      True, (13,), kind)  # type: ignore[arg-type]


def test_rule_unresolved_speaker_said_so_when_hedged() -> None:
    line = plain_claim_line(unresolved_said_so(_hedged("It", "unresolved")), True)
    assert line.startswith(f"\u201cIt\u201d {NOT_RESOLVED} hoping (hedged): it would feel welcoming")
    assert not line.startswith("It hoping")


def test_rule_unresolved_speaker_said_so_when_hedged_near_variant_stays() -> None:
    for speaker, kind in (("Malissa Booth", "person"), ("officials", "unnamed")):
        claim = _hedged(speaker, kind)
        assert unresolved_said_so(claim) == claim
        assert plain_claim_line(unresolved_said_so(claim), True).startswith(f"{speaker} hoping (hedged)")
    assert unresolved_said_so(_hedged(None, "unresolved")) == _hedged(None, "unresolved")  # "No source given"


# --- rule `open_quotation_is_one_row` ------------------------------------------------------------------------------

QUOTED = (
    "Ann Reed is leaving her post at the studio after five years.",
    "Reed told Variety: \u201cI\u2019m going to take some time to figure out what\u2019s next.",
    "I don\u2019t have any set ideas.\u201d",
    "Her last day is April 1.",
)


def _summary(*numbers: int) -> Summary:
    sentences = tuple(ScoredSentence(n, 0, 0, QUOTED[n], 1.0) for n in numbers)
    return Summary("Reed leaves", "default", sentences, len(QUOTED), 40, 30)


def test_rule_open_quotation_is_one_row() -> None:
    summary = _summary(0, 1, 2, 3)
    assert [[s.index for s in row] for row in quotation_rows(summary.sentences)] == [[0], [1, 2], [3]]
    markdown = summary_markdown(summary)
    assert "figure out what\u2019s next. I don\u2019t have any set ideas.\u201d (sentences 2\u20133)" in markdown
    assert "\n- I don\u2019t have" not in markdown
    assert summary_text(summary).count("\n") == 4  # the text stays one sentence a line, for scripts


def test_rule_open_quotation_is_one_row_near_variant_stays() -> None:
    # a quotation closed in its sentence, and an open one whose next sentence is not picked: rows of their own
    assert [[s.index for s in row] for row in quotation_rows(_summary(0, 2, 3).sentences)] == [[0], [2], [3]]
    assert [[s.index for s in row] for row in quotation_rows(_summary(1, 3).sentences)] == [[1], [3]]
    assert "(sentence 1)" in summary_markdown(_summary(0, 3))
