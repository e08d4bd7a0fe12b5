"""Session 19's second brief helper (brief2-s19): notes as a reader sees
them. Each rule has a sentence of the kind fixed and a near variant that
stays as it was; sentences are invented after the kinds the web tester and
QA round 53 read (wevolver.com, pamelaandersonfoundation.org,
security.googleblog.com, blog.amp.dev, lastampa.it, CNN)."""

from __future__ import annotations

from summarizer.brief import shortened
from summarizer.claims import claims_in_document
from summarizer.document import parse_document

# --- rule shown_quote_is_closed, over paragraphs --------------------------------------------------

PRINTER = (
    "Printer gets a boost\n\n"
    "The team tested the method on three printers, the university said.\n\n"
    "\u201cIt acts preemptively because it knows that the behavior of the printer is going to be ahead of time."
    "{first_end}\n\n"
    "\u201cEventually, one of the places we would want to see the algorithm applied is in the firmware \u2013 "
    "the software that runs on the printer itself,\u201d Chou said. \u201cThat way, it will be integrated with "
    "the printers, regardless of the size, the make, the brand, the price, the factory, the country, the "
    "colour, the model or the year in which the printer was built and sold to its owner.\u201d"
)


def _chou_shortened(first_end: str) -> str:
    document = parse_document(PRINTER.format(first_end=first_end))
    claim = next(c for c in claims_in_document(document) if c.speaker == "Chou")
    return shortened(claim, document).content


def test_rule_shown_quote_is_closed_once_over_paragraphs() -> None:
    # the first paragraph leaves the quotation open (it reopens the next one); the cut falls after
    # the second paragraph's closing mark: no second closing mark after the ellipsis
    shown = _chou_shortened("")
    assert shown.endswith("printer itself,\u201d \u2026")
    assert not shown.endswith("\u2026\u201d")


def test_a_cut_inside_a_quotation_is_still_closed() -> None:
    # near variant: a first paragraph long enough that the cut falls inside it
    shown = _chou_shortened(" And so the errors never pile up, however long the job runs, and the "
                            "part that comes out is the part the designer drew")
    assert shown.endswith("\u2026\u201d")


# --- rule rebutted_view_needs_its_rebuttal -------------------------------------------------------

from summarizer.summarizers.standalone import is_rebutted_view, sentence_units  # noqa: E402

YELLOW = (
    "Protests and I\n\n"
    "The protests started when the president announced a fuel tax. {view} {answer} "
    "The tax would fall hardest on poor drivers."
)


def test_rule_rebutted_view_needs_its_rebuttal() -> None:
    assert is_rebutted_view("Lots of media see the protesters as criminals causing destruction.",
                            "I see forces of destruction on the other side.")
    assert is_rebutted_view("Some people might think that the protesters oppose good policies.",
                            "But let's not forget who emits the most carbon.")
    document = parse_document(YELLOW.format(view="Many people believe the protesters are vandals.",
                                            answer="However, most marches were peaceful."))
    assert sentence_units(document)[1] == (1, 2)  # the view is shown with its answer or not at all


def test_a_view_nothing_answers_stands_alone() -> None:
    # near variants: nothing sets a view against it; no verb of a view; a report ("said")
    assert not is_rebutted_view("Many believe the plant will close.", "The mayor declined to comment.")
    assert not is_rebutted_view("Some 40 people were hurt.", "But none died.")
    assert not is_rebutted_view("Some residents said they saw smoke.", "But police found no fire.")
    document = parse_document(YELLOW.format(view="Many people believe the protesters are vandals.",
                                            answer="Police made 40 arrests."))
    assert sentence_units(document)[1] == (1,)


# --- rule writer_announcement_opens_the_news -----------------------------------------------------

from summarizer.summarizers.news import is_writer_announcement, paragraph_start  # noqa: E402

SAFE = (
    "Safer browsing now available\n\n"
    "Threats on the web keep growing. Phishing sites rotate domains quickly. {third}\n\n"
    "Turning it on will increase protection from dangerous websites."
)


def test_rule_writer_announcement_opens_the_news() -> None:
    assert is_writer_announcement("That\u2019s why today we are announcing Safer Browsing, a new option for users.")
    assert is_writer_announcement("Today, I\u2019m proud to introduce our new app.")
    starts = paragraph_start(parse_document(SAFE.format(third="So today we are launching Safer Browsing.")))
    assert list(starts) == [1.0, 0.0, 1.0, 1.0]


def test_a_report_or_another_day_is_no_writer_announcement() -> None:
    # near variants: a report of someone else's announcement, another day, a quotation
    assert not is_writer_announcement("Today the council announced a new budget.")
    assert not is_writer_announcement("We are announcing the winners next week.")
    assert not is_writer_announcement("\u201cToday we are announcing a new plan,\u201d the CEO said.")
    starts = paragraph_start(parse_document(SAFE.format(third="The city announced a new plan today.")))
    assert list(starts) == [1.0, 0.0, 0.0, 1.0]


# --- rules pleasantry_is_no_point, bare_reply_is_no_point (rules/framing_sentences.txt) --------

import pytest  # noqa: E402

from summarizer.summarizers.standalone import is_framing  # noqa: E402


@pytest.mark.parametrize(("sentence", "framing"), [
    ("Thanks for joining us!", True),
    ("Thanks so much for joining us today, Rick!", True),
    ("More to come. Watch this space!", False),  # two sentences as one text: the rule reads one
    ("Watch this space!", True),
    ("Admit it: Ever since your first face scrub, you have fought your dead skin cells.", True),
    ("Rick: Exactly.", True),
    ("Marissa Halpert: Yes!", True),
    # near variants: news that opens with the same words
    ("Thanks to the rain, the fire died down.", False),
    ("Thanks for joining us, he told the 4,000 fans before his first hit of the night.", False),
    ("Stay tuned for the verdict on Monday.", False),
    ("Officials refused to admit it: the dam was weak.", False),
    ("Rick: Exactly the opposite happened.", False),
    ("Yes, the plant will close.", False),
])
def test_rules_pleasantry_and_bare_reply_are_no_point(sentence: str, framing: bool) -> None:
    assert is_framing(sentence) is framing


# --- rule warning_shown_once (cli/common.py) -----------------------------------------------------

from pathlib import Path  # noqa: E402

from .conftest import run_command  # noqa: E402

ITALIAN = ("Il governo ha annunciato martedì una serie di misure per sostenere le imprese colpite dalla crisi. "
           "Secondo il ministro, gli aiuti saranno versati nelle prossime settimane e riguardano soprattutto "
           "le piccole imprese della ristorazione, che hanno perso una grande parte del loro fatturato da marzo.")


def test_rule_warning_shown_once_in_the_rich_view(tmp_path: Path) -> None:
    italian = tmp_path / "it.txt"
    italian.write_text(ITALIAN + "\n", encoding="utf-8")
    for command in ("summarize", "claims", "brief"):
        result = run_command(command, str(italian), "-f", "rich")
        assert result.returncode == 0
        assert "Italian" in result.stdout and "Italian" not in result.stderr, command


def test_a_view_without_notes_leaves_the_warning_on_stderr(tmp_path: Path) -> None:
    # near variants: the text view and --explain show no notes; a file keeps them, and stderr says so too
    italian = tmp_path / "it.txt"
    italian.write_text(ITALIAN + "\n", encoding="utf-8")
    assert "Italian" in run_command("summarize", str(italian), "-f", "text").stderr
    assert "Italian" in run_command("summarize", str(italian), "-f", "rich", "--explain").stderr
    assert "Italian" in run_command("brief", str(italian), "-o", str(tmp_path / "note.md")).stderr


# --- rule more_claims_counts_apart (render/brief.py) ---------------------------------------------

from summarizer.model import BriefSource  # noqa: E402
from summarizer.render.brief import more_claims  # noqa: E402


def _source(left_out: int, in_points: int) -> BriefSource:
    return BriefSource(number=1, name="page.html", title="T", date=None, url=None, words=500,
                       claims_left_out=left_out, claims_in_points=in_points)


def test_rule_more_claims_counts_apart() -> None:
    assert more_claims(_source(2, 1)) == "1 more claim, and 1 given above as a point; all claims"
    assert more_claims(_source(5, 2)) == "3 more claims, and 2 given above as points; all claims"
    # near variants: none given as points, or all of them
    assert more_claims(_source(3, 0)) == "3 more claims"
    assert more_claims(_source(1, 1)) == "1 other claim is given above; all claims"


# --- rule point_part_not_repeated (brief.py) -----------------------------------------------------

from summarizer.brief import _gather_claims, _without_part_in_points  # noqa: E402

REED = ("Three women freed from London house\n\n"
        "Three women are being cared for by a charity after leaving a London house, police said on Thursday.\n\n"
        "Each case is different, with this latest being the most extreme one that Reed said she had ever heard "
        "about. \"I assume it will take many years for the victims in this case to recover, although we do not "
        "know the full details. It's a complete one-off.\"\n\n"
        "Neighbours said they had never seen the women leave the house.")


def _reed() -> tuple:
    document = parse_document(REED)
    gathered = _gather_claims([document], [claims_in_document(document)], {})
    return document, next(g for g in gathered if g.speaker == "Reed")


def test_rule_point_part_not_repeated() -> None:
    document, reed = _reed()
    assert reed.claim.content.startswith("she had ever heard about")
    point = next(n for n, s in enumerate(document.sentences) if s.text.startswith("Each case"))
    listed = _without_part_in_points(reed, frozenset({(0, point)}), [document])
    assert listed.claim.content.startswith("\"I assume")
    assert document.text[listed.claim.content_span.start:].startswith("\"I assume")  # offsets index the text


def test_a_claim_whose_first_part_is_no_point_stays_whole() -> None:
    # near variant: the points show another sentence
    document, reed = _reed()
    assert _without_part_in_points(reed, frozenset({(0, 0)}), [document]) is reed
