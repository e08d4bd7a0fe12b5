"""Briefing-note rules of session 29: cut openings shown as written, "But" before a person's name,
answers on the same matter, bare refusals capped, possessed agents' leads."""

from __future__ import annotations

import pytest

from summarizer.brief import (
    _bare_refusals,
    _gather_claims,
    _rarity,
    _stems,
    bare_opener_length,
    is_hook_lead,
    make_brief,
    opens_a_persons_name,
    shown_from,
    without_bare_opener,
    without_link_phrase,
)
from summarizer.claim_cache import document_claims
from summarizer.document import parse_document
from summarizer.model import Brief
from summarizer.reading import Article
from tests.brief_helpers import MEETING, answers_added

# --- rule cut_opening_shown_verbatim ---------------------------------------------------------------

STORM = ("Storm spares the coast\n\n"
         "{lead}\n\n"
         "Hurricane Ana had been expected to reach the coast as a category three storm on Tuesday night.\n\n"
         "About 20,000 people left their homes along the shore, officials said.\n\n"
         "Schools in three counties will stay closed on Wednesday.")


def _note(text: str) -> Brief:
    return make_brief([Article(text=text, source="article.txt")])


def _shown_and_cited(note: Brief) -> tuple[str, str]:
    assert note.bottom_line is not None
    return note.bottom_line.text, note.references[note.bottom_line.citations[0] - 1].text


def test_a_bottom_line_cut_after_but_shows_the_articles_letters() -> None:
    lead = "But the storm weakened over cold water on Tuesday and reached the coast as heavy rain."
    text = STORM.format(lead=lead)
    shown, cited = _shown_and_cited(_note(text))
    assert shown == "\u2026 the storm weakened over cold water on Tuesday and reached the coast as heavy rain."
    assert shown.removeprefix("\u2026 ") == cited and cited in text


def test_a_bottom_line_with_nothing_cut_has_no_ellipsis() -> None:
    # near variant: the same lead without its "But"
    lead = "The storm weakened over cold water on Tuesday and reached the coast as heavy rain."
    assert _shown_and_cited(_note(STORM.format(lead=lead))) == (lead, lead)


@pytest.mark.parametrize(("text", "cut", "shown"), [
    ("In addition, frequent flyers get the lounges.", 13, "\u2026 frequent flyers get the lounges."),
    # a capital or a spelling of its own needs no mark: what is shown opens as the article writes it
    ("In addition, Delta flyers get the lounges.", 13, "Delta flyers get the lounges."),
    ("Separately, eBay will cut 500 jobs.", 12, "eBay will cut 500 jobs."),
    ("Separately, de Blasio said no.", 12, "de Blasio said no."),
    ("The mayor resigned.", 0, "The mayor resigned."),
])
def test_shown_from_keeps_every_letter(text: str, cut: int, shown: str) -> None:
    assert shown_from(text, cut) == shown
    assert shown.removeprefix("\u2026 ") == text[cut:]


def test_a_link_phrase_is_cut_as_written() -> None:
    assert without_link_phrase("In related news, the mayor resigned.") == "\u2026 the mayor resigned."
    assert without_link_phrase("In related news, Mayor Tom Hall resigned.") == "Mayor Tom Hall resigned."


# --- rule opener_before_a_person_is_cut --------------------------------------------------------------


def test_but_before_a_persons_name_is_cut() -> None:
    text = "But Obama said the talks would go on."
    assert bare_opener_length(text, {"Barack Obama"}) == len("But ")
    assert without_bare_opener(text, {"Barack Obama"}) == "Obama said the talks would go on."
    assert without_bare_opener("And Smith's lawyers said no.", {"John Smith"}) == "Smith's lawyers said no."


@pytest.mark.parametrize("text", [
    "And Then There Were None opened on Broadway.",
    "And Obama Came Home opened on Broadway.",  # a title that holds the name
    "But Obama said the talks would go on.",  # (with nobody the article names as a person)
])
def test_but_before_a_capital_that_is_no_persons_name_stays(text: str) -> None:
    people = set() if text.startswith("But Obama") else {"Barack Obama"}
    assert bare_opener_length(text, people) == 0


def test_a_persons_name_is_the_whole_run_of_capitals() -> None:
    assert opens_a_persons_name("Obama said so.", {"Barack Obama"})
    assert opens_a_persons_name("Barack Obama said so.", {"Barack Obama"})
    assert not opens_a_persons_name("Barack said so.", {"Barack Obama"})  # a first name alone is no surname
    assert not opens_a_persons_name("Then There Were None", {"Barack Obama"})


PEACE = ("Obama presses on with Mideast talks\n\n"
         "{lead}\n\n"
         "President Barack Obama met Israeli Prime Minister Benjamin Netanyahu at the White House on Monday.\n\n"
         "The two leaders will meet again in Jerusalem in the spring, officials said.")


def test_a_bottom_line_opening_on_but_and_a_named_person() -> None:
    shown, cited = _shown_and_cited(_note(PEACE.format(
        lead="But Obama said the talks with Israel would go on despite the attack on the border town.")))
    assert shown == cited == "Obama said the talks with Israel would go on despite the attack on the border town."


def test_a_bottom_line_opening_on_but_and_a_title_stays_whole() -> None:
    # near variant: the capital after "But" is no one the article names
    lead = "But Congress said the talks with Israel would go on despite the attack on the border town."
    assert _shown_and_cited(_note(PEACE.format(lead=lead))) == (lead, lead)


# --- rule answer_shares_the_matter -------------------------------------------------------------------

def test_one_word_in_common_is_no_answer() -> None:
    text = MEETING.format(shown="Obama said he had discussed trade and security with Netanyahu.",
                          answer="Netanyahu said security at the hospital would be tight on Friday.")
    assert answers_added(text, "Barack Obama") == []


def test_two_words_of_the_matter_in_common_are_an_answer() -> None:
    # near variant: Netanyahu speaks of the trade and the security Obama's claim is about
    text = MEETING.format(shown="Obama said he had discussed trade and security with Netanyahu.",
                          answer="Netanyahu said security and trade would top the agenda in May.")
    assert answers_added(text, "Barack Obama") == ["Benjamin Netanyahu"]


def test_an_answering_cue_with_a_word_of_the_matter_is_an_answer() -> None:
    text = MEETING.format(shown="Obama said Netanyahu had blocked the aid convoy to Gaza.",
                          answer="Netanyahu rejected the claim about the convoy.")
    assert answers_added(text, "Barack Obama") == ["Benjamin Netanyahu"]


def test_an_answering_cue_alone_is_no_answer() -> None:
    # near variant: Netanyahu rejects something the claim does not speak of
    text = MEETING.format(shown="Obama said Netanyahu had blocked the aid convoy to Gaza.",
                          answer="Netanyahu rejected the new budget plan of his finance minister.")
    assert answers_added(text, "Barack Obama") == []


# --- rule bare_refusals_capped -----------------------------------------------------------------------

COURT = ("Judge jails former mayor\n\n"
         "A judge sent former mayor Tom Hall to prison for five years on Monday for taking bribes.\n\n"
         "{refusals}\n\n"
         "Hall was mayor for eight years.")


def _refusals(text: str) -> list[str | None]:
    document = parse_document(text)
    stems = [[_stems(s.text) for s in document.sentences]]
    gathered = _gather_claims([document], [document_claims(document)], _rarity(stems))
    ranks = [list(range(len(document.sentences)))]
    return [g.speaker for g in _bare_refusals(gathered, [], ranks)]


def test_bare_refusals_are_capped() -> None:
    refusals = _refusals(COURT.format(refusals=(
        "Hall's lawyer, Ann Reed, declined to comment. Police spokesman Tim Cole declined to comment. "
        "City spokeswoman Jane Fox declined to comment. Prosecutor Mark Dunn declined to comment.")))
    assert refusals == ["Ann Reed", "Tim Cole"]


def test_refusals_within_the_cap_are_all_kept() -> None:
    # near variant: two refusals, both kept
    refusals = _refusals(COURT.format(refusals=(
        "Hall's lawyer, Ann Reed, declined to comment. Police spokesman Tim Cole declined to comment.")))
    assert refusals == ["Ann Reed", "Tim Cole"]


# --- rule possessed_agent_lead_is_news ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "hook"), [
    ("His lawyers filed an appeal against the verdict.", False),
    ("Her spokesman said she would not run again.", False),
    # near variants: a thing of his own, a bare pronoun
    ('His name means "bright light" in Japanese.', True),
    ("She couldn't take her eyes off the woman across the street.", True),
    # review s29: family, friends and doctors act for no one; such a lead is a feature's hook
    ("His family had waited six years for this day.", True),
    ("Her friends called her the quiet one.", True),
    ("His doctors gave him six months to live.", True),
])
def test_a_possessed_agents_lead_is_no_hook(text: str, hook: bool) -> None:
    assert is_hook_lead(text) is hook
