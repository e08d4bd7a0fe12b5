"""Briefs, session 17: what a short note lists. Each rule has a case of its kind and a near variant
that stays; the sentences are invented after the kinds read on news pages."""

from __future__ import annotations

from summarizer.brief import SHORT_NOTE_SHARE, WORDS_OUT_SHARE, make_brief
from summarizer.cleanup import PARAGRAPH, Block, PageFacts, rule_for
from summarizer.model import Brief
from summarizer.pagemeta import without_status_label
from summarizer.reading import Article

# --- rule `short_note_lists_a_claim` (brief.py) -------------------------------------------------------------------

HIKERS = ("Two hikers rescued on Mount Kern\n\n"
          "Rescuers on Sunday brought two hikers down from Mount Kern after a cold night in the snow near the "
          "summit.\n\n"
          "The two hikers, a woman of 29 and a man of 31, had set out from the village of Alden on Saturday "
          "morning.\n\n"
          "A helicopter crew spotted the hikers on a ledge below the summit of Mount Kern early on Sunday.\n\n"
          "Both hikers were taken to a hospital in Alden where doctors treated them for the cold.\n\n"
          "{claim}")
SERVICE = "The Kern Mountain Rescue Service said the pair {verb} left the marked trail in thick fog{more}."
LONG_TAIL = (" on the ridge above the lake and then walked on for hours in the dark, without a map, a lamp or any "
             "food, until the helicopter crew found them")


def _note(claim: str) -> Brief:
    return make_brief([Article(HIKERS.format(claim=claim), source="hikers.txt")])


def _points(note: Brief) -> list[str]:
    return [p.text for p in (note.bottom_line, *note.key_points) if p]


def test_rule_short_note_lists_a_claim() -> None:
    # the bottom line and key point took half the words in: the service's claim is listed past that half,
    # and the points stay as they were
    note = _note(SERVICE.format(verb="had", more=""))
    assert [(g.speaker, [c.content for c in g.claims]) for g in note.speakers] == [
        ("Kern Mountain Rescue Service", ["the pair had left the marked trail in thick fog"])]
    assert WORDS_OUT_SHARE * note.words_in < note.words_out <= SHORT_NOTE_SHARE * note.words_in
    unresolved = _note("He said the pair had left the marked trail in thick fog.")
    assert _points(note) == _points(unresolved)


def test_rule_short_note_lists_a_claim_near_variant_a_speaker_kept_as_written_stays_out() -> None:
    # "He" with no one the note names before it: the note still lists no claim
    note = _note("He said the pair had left the marked trail in thick fog.")
    assert not note.speakers and not note.uncertain
    assert note.words_out <= WORDS_OUT_SHARE * note.words_in


def test_rule_short_note_lists_a_claim_near_variant_not_past_its_share() -> None:
    # a claim that would take the note past SHORT_NOTE_SHARE of the words in stays out
    note = _note(SERVICE.format(verb="had", more=LONG_TAIL))
    assert not note.speakers and not note.uncertain
    assert note.words_out <= WORDS_OUT_SHARE * note.words_in


def test_rule_short_note_lists_a_claim_hedged_one_under_its_heading() -> None:
    # failing a plain claim, a hedged one, listed where every hedged claim is
    note = _note(SERVICE.format(verb="may have", more=""))
    assert not note.speakers
    assert [(c.speaker, c.content, c.hedged) for c in note.uncertain] == [
        ("Kern Mountain Rescue Service", "the pair may have left the marked trail in thick fog", True)]


# --- cleanup rules `signup_notice` (rules/cleanup.txt) and `site_greeting` (cleanup.py) ---------------------------

POINTS_GUY = PageFacts(site="The Points Guy")


def test_rule_signup_notice() -> None:
    for line in ("Sign-up Successful!", "Thanks for signing up!", "You\u2019re subscribed!"):
        assert rule_for(Block(PARAGRAPH, line)) == "signup_notice", line


def test_rule_signup_notice_near_variant_stays() -> None:
    for line in ("Thanks for signing up, she told the volunteers at the door.",
                 "\u201cThank you for subscribing,\u201d the letter began.",
                 "The sign-up was successful in every county."):
        assert rule_for(Block(PARAGRAPH, line)) is None, line


def test_rule_site_greeting() -> None:
    assert rule_for(Block(PARAGRAPH, "Welcome to The Points Guy!"), POINTS_GUY) == "site_greeting"
    assert rule_for(Block(PARAGRAPH, "Thanks for visiting The Points Guy."), POINTS_GUY) == "site_greeting"


def test_rule_site_greeting_near_variant_stays() -> None:
    # another place or site, a sentence that goes on, or no site known
    for line in ("Welcome to Chicago!", "Welcome to The Points Guy, where the editors test every card we review."):
        assert rule_for(Block(PARAGRAPH, line), POINTS_GUY) is None, line
    assert rule_for(Block(PARAGRAPH, "Welcome to The Points Guy!")) is None


# --- rule `status_label_is_no_headline` (pagemeta.py) --------------------------------------------------------------


def test_rule_status_label_is_no_headline() -> None:
    assert without_status_label("Update | Deceased Clarendon crash victims identified") \
        == "Deceased Clarendon crash victims identified"
    assert without_status_label("BREAKING NEWS - Storm closes the port") == "Storm closes the port"


def test_rule_status_label_is_no_headline_near_variant_stays() -> None:
    for title in ("Update on the talks | Both sides meet again", "Update", "Gaza | Update",
                  "Breaking Bad star opens a cafe"):
        assert without_status_label(title) == title


# --- rule `short_note_shows_its_quote_whole` (brief.py) -----------------------------------------------------------

RACE = ("Lee wins the city race again\n\n"
        "Ana Lee won the city marathon on Sunday for the second year in a row, the first runner to do so.\n\n"
        "Lee, 31, finished in two hours and nine minutes, four minutes ahead of the runner in second place.\n\n"
        "The race drew more than twelve thousand runners from forty countries to the city streets.\n\n"
        "\u201cThis is the second time I have won this race. What I learned the first time is that a win is only a "
        "step. It is not the end of anything{more},\u201d Lee told reporters after the race.")


def _race_quote(more: str) -> tuple[Brief, str]:
    note = make_brief([Article(RACE.format(more=more), source="race.txt")])
    return note, next(c.content for g in note.speakers for c in g.claims)


def test_rule_short_note_shows_its_quote_whole() -> None:
    # cut to its first sentence, the quote lost what "It" is; the short note shows it whole past half its words
    note, shown = _race_quote("")
    assert shown.startswith("\u201cThis is the second time") and "It is not the end of anything" in shown
    assert "\u2026" not in shown
    assert WORDS_OUT_SHARE * note.words_in < note.words_out <= SHORT_NOTE_SHARE * note.words_in


def test_rule_short_note_shows_its_quote_whole_near_variant_stays_cut() -> None:
    # a quote that would take the note past SHORT_NOTE_SHARE is still cut to the words left
    note, shown = _race_quote(", and next year I will run it faster than ever")
    assert shown == "\u201cThis is the second time I have won this race. \u2026\u201d"
    assert note.words_out <= WORDS_OUT_SHARE * note.words_in
