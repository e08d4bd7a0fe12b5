"""Session 12, second brief round: what a note over several articles and a
short article's note show. Each rule has a case of its kind and a near
variant that stays as it was; the sentences are invented after the kinds
read on real pages (two Jamaican police stories, web tester s12)."""

from __future__ import annotations

import dataclasses
import io

from rich.console import Console

from summarizer.brief import (
    _group_by_speaker,
    _pick_points,
    _rarity,
    _sentences_shown,
    _stems,
    make_brief,
    shortened,
)
from summarizer.claim_cache import document_claims
from summarizer.document import parse_document
from summarizer.model import Brief, BriefClaim
from summarizer.reading import Article
from summarizer.render.brief import BriefView, brief_markdown, brief_text
from summarizer.summarizers.standalone import opens_by_pointing_back, sentence_units

CRASH = (
    "Two killed in Clarendon crash\n\n"
    "The police have released the names of the two people killed in a crash in Osborne Store on Tuesday.\n\n"
    "Heather Grant, 33, and Nigel Ambersley, 40, died at the scene, the police said.\n\n"
    "The crash happened about 1 p.m. near the town square.\n\n"
    "All five victims were taken to a hospital in May Pen.\n\n"
    "The other three were admitted in a stable condition."
)
HEDGED_LEAD = ("A female police inspector had to seek medical attention on Friday after she was reportedly hit "
               "in the head with a stone by another woman.")
ASSAULT = (
    "Woman attacks inspector at police station\n\n"
    "{lead}\n\n"
    "The dramatic incident took place in front of the Spanish Town Police Station.\n\n"
    "Police have since launched a search for the woman, who fled after the incident.\n\n"
    "{later}\n\n"
    "The inspector was treated at hospital and released later that evening."
)
BOY = "A little boy was seen walking across the entrance of the station without an adult."


# (rule `central_source_leads`, session 13: of two sources the first given gives the bottom line; the
# crash story, given first and made the longer, does so whether length or order decides)
CRASH_LONGER = (CRASH + "\n\nSuperintendent Ann Ruiz said the road between Osborne Store and May Pen was closed for "
                "more than three hours on Tuesday afternoon while investigators worked at the scene.")


def _views(note: Brief) -> list[str]:
    console = Console(width=80, record=True, file=io.StringIO(), force_terminal=False)
    console.print(BriefView(note), crop=False)
    return [brief_text(note), brief_markdown(note), console.export_text()]


def _two(lead: str, later: str) -> Brief:
    return make_brief([Article(CRASH_LONGER, "crash.txt"),
                       Article(ASSAULT.format(lead=lead, later=later), "assault.txt")])


def test_rule_each_source_opens_its_points() -> None:
    # the second story's lead says "reportedly": it was only a hedged claim, and that story's points
    # began "The dramatic incident took place ..."
    note = _two(HEDGED_LEAD, BOY)
    # (session 15, rule `each_source_has_a_key_point`: the crash story's own key point comes first)
    assert [p.text for p in note.key_points if p.sources == (2,)][:1] == [HEDGED_LEAD]
    assert not any(HEDGED_LEAD.split(" after ")[0] in c.content for c in note.uncertain)


def _picked(repeated: set[tuple[int, int]], attributed: frozenset[tuple[int, int]] = frozenset()) -> list[str]:
    texts = [CRASH_LONGER, ASSAULT.format(lead=HEDGED_LEAD, later=BOY)]
    documents = [parse_document(text) for text in texts]
    stems = [[_stems(s.text) for s in d.sentences] for d in documents]
    scores = [[float(len(d.sentences) - i) for i in range(len(d.sentences))] for d in documents]  # in order
    picked = _pick_points(documents, stems, [sentence_units(d) for d in documents], repeated, _rarity(stems), 9,
                          None, scores, None, attributed)
    return [c.text for c in picked]


def test_rule_each_source_opens_its_points_near_variant_stays() -> None:
    # a sentence a listed claim gives, that does not open its story, is still left to the claims
    assert HEDGED_LEAD in _picked({(1, 0)})
    assert BOY in _picked(set())
    assert BOY not in _picked({(1, 3)})
    # nor does a lead a named speaker's plain claim gives ("Meadows told reporters that ..."): it is
    # listed under its speaker
    assert HEDGED_LEAD not in _picked({(1, 0)}, frozenset({(1, 0)}))


def test_rule_point_says_its_source() -> None:
    note = _two(HEDGED_LEAD, BOY)
    assert note.bottom_line is not None and note.bottom_line.sources == (1,)
    # (session 15, rule `each_source_has_a_key_point`: the crash story gives a key point too)
    # (brief s32, rule `bottom_line_draws_on_every_source`: the second story's lead, a point on its own,
    # comes first after the bottom line; the other points keep source order)
    assert [p.sources for p in note.key_points] == [(2,), (1,)] + [(2,)] * (len(note.key_points) - 2)
    for shown in _views(note):
        flat = " ".join(shown.split())
        # (session 19, rule `citation_is_the_sentence_number`: over several sources a citation is
        # the source's number and the sentence's, "[1:3]" sentence 3 of source 1)
        # (session 20, rule `citation_names_its_source`: "[1:3]" says the source; no "(source 1)")
        assert "near the town square. [1:3]" in flat, shown
        assert "[2:1]" in flat and "(source" not in flat, shown
        assert "Osborne Store on Tuesday. [1:1]" in flat, shown
    assert note.to_dict()["key_points"][0]["sources"] == (2,)  # in JSON too


def test_rule_point_says_its_source_near_variant_stays() -> None:
    # a note over one article names no source
    note = make_brief([Article(CRASH, "crash.txt")])
    assert note.bottom_line is not None and note.bottom_line.sources == ()
    for shown in _views(note):
        assert "(source" not in shown


def test_rule_left_out_says_why() -> None:
    # gleaner: "No claim listed here; the 1 found does not fit this note whole" read as a fault
    note = dataclasses.replace(make_brief([Article(CRASH, "crash.txt")]), speakers=(), uncertain=())
    note = dataclasses.replace(note, sources=tuple(dataclasses.replace(s, claims_left_out=1, claims_in_points=0)
                                                   for s in note.sources))
    for shown in _views(note):
        flat = " ".join(shown.split())
        assert "No claim listed here; the 1 found is left out to keep this note short:" in flat, shown
        assert "fit this note" not in flat


def test_rule_left_out_says_why_near_variant_stays() -> None:
    # a note that lists a claim still says how many more there are
    listed = BriefClaim(speaker="Ana Ruiz", role=None, cue="said", cue_class="neutral", content="the road is closed",
                        kind="indirect", hedged=False, citations=(1,), speaker_kind="person")
    note = make_brief([Article(CRASH, "crash.txt")])
    note = dataclasses.replace(note, speakers=_group_by_speaker([listed]), sources=tuple(
        dataclasses.replace(s, claims_left_out=1, claims_in_points=0) for s in note.sources))
    for shown in _views(note):
        assert "1 more claim:" in shown and "keep this note short" not in shown


def test_rule_as_mentioned_points_back() -> None:
    # phillyvoice.com: the key point "As we mentioned, the biggest reason ..." leaned on what it mentioned
    assert opens_by_pointing_back("As we mentioned, the biggest reason the team won was its defence.")
    assert opens_by_pointing_back("As mentioned above, the plan failed.")
    assert opens_by_pointing_back('"As I said, we will not go back," she told reporters.')


def test_rule_as_mentioned_points_back_near_variants_stay() -> None:
    # a source named with "as noted by", and "as" of time or reason, stand alone
    assert not opens_by_pointing_back("As noted by the agency, prices rose for a third month.")
    assert not opens_by_pointing_back("As prices rose, the bank raised its rate.")
    assert not opens_by_pointing_back("As we see it, the plan failed.")


QUOTED = (
    "Nurse elected mayor\n\n"
    "Maria Lopez won the election on Tuesday.\n\n"
    "{quote}\n\n"
    "The city has about 40,000 residents."
)
LONG_QUOTE = ("“This is the second time I am making history in this city of forty thousand people. "
              "What I learned the first time is that this is only a milestone on a long road for all of us here. "
              "It is not the destination,” Lopez told the local paper.")


def _cut_cites(quote: str) -> tuple[str, tuple[int, ...]]:
    document = parse_document(QUOTED.format(quote=quote))
    claim = document_claims(document)[0]
    shown = shortened(claim, document, 20)
    return shown.content, _sentences_shown([s.start for s in document.sentences], shown)


def test_rule_cut_quote_cites_what_it_shows() -> None:
    # twincities.com: a quote cut to its first sentence cited all three ([4][5][6]); it cites the one shown
    content, cited = _cut_cites(LONG_QUOTE)
    assert content.endswith("forty thousand people. …”")
    assert cited == (1,)


def test_rule_cut_quote_cites_what_it_shows_near_variants_stay() -> None:
    # the cue before the quotation, in the sentence shown; or right after the sentence shown, where
    # it names the speaker: cited as before
    quote = "Lopez told the local paper: " + LONG_QUOTE.replace(",” Lopez told the local paper.", ".”")
    content, cited = _cut_cites(quote)
    assert content.endswith("forty thousand people. …”")
    assert cited == (1,)
    two = LONG_QUOTE.replace("What I learned the first time is that this is only a milestone on a long road for "
                             "all of us here. ", "").replace(
        "It is not the destination,", "It is not the destination, and it was never meant to be one for the many "
        "people who voted for change,")
    content, cited = _cut_cites(two)
    assert content.endswith("forty thousand people. …”")
    assert cited == (1, 2)


CAPTIONED = (
    "Chefs urge ban on cheap imports\n\n"
    "A group of chefs and charities today urged the Prime Minister to block cheap food imports after the trade "
    "talks.\n\n"
    "In an open letter, famous chefs and trainers call on the Prime Minister not to trade away the standards of "
    "British farms.\n\n"
    "The letter was signed by forty groups, among them the Soil Association and two farming unions.\n\n"
    "Trainer Joe Wicks has also called on the Prime Minister not to trade away the standards of British farms"
    "{stop} He joined the campaign last week.\n\n"
    "Ministers say the existing rules already protect shoppers from unsafe products.\n\n"
    "A vote on the plans is expected in Parliament within the next fortnight.\n\n"
    "The trade talks with the United States resume in Washington next month after a break of six weeks.\n\n"
    "Farmers have held protests in several cities over the last year against imports they call unfair."
)


def _listed(text: str) -> list[str | None]:
    note = make_brief([Article(text, "food.txt")])
    return [c.speaker for g in note.speakers for c in g.claims]


def test_rule_caption_is_no_point() -> None:
    # dailymail.co.uk: "Who said what" listed Joe Wicks' "called on ..." from a caption with no stop
    # of its own that restates the article's sentence, the note's key point
    assert "Trainer Joe Wicks" not in _listed(CAPTIONED.format(stop=""))


def test_rule_caption_is_no_point_near_variant_stays() -> None:
    # the same sentence with its stop is the article's own and its claim is listed
    assert "Trainer Joe Wicks" in _listed(CAPTIONED.format(stop="."))
