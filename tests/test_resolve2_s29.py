"""Speakers a reader would name but the tagger left unresolved (second review
of the unresolved claims, s29): each fixed by a named rule, with a sentence of
its kind and a near variant that must stay as it is. The sentences are
written in the manner of the articles; none is read from the shared data
sets."""

from __future__ import annotations

from summarizer import extract_claims


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(c.source_as_written, c.speaker_kind) for c in extract_claims(text)]


def _speaker_names(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.speaker_kind) for c in extract_claims(text)]


CRASH_LEAD = ("SAN FRANCISCO (CNN) -- A passenger jet crash-landed at the airport on Saturday.\n\n"
              "Danielle Wells also saw the plane go down. \"I cannot stop crying,\" she said on Twitter. ")


# Rule `numbered_name_is_no_one` (speakers.py, claim_grammar.txt numbered_name_ends): "Flight 214",
# "Route 66" name a thing, so they stand between no woman and her "she"
def test_rule_numbered_name_is_no_one() -> None:
    text = CRASH_LEAD + ("Kristina Stapchuck saw the crash from a window seat on another plane. "
                         "She saw Flight 214 rock back and forth. Other parts came off. "
                         "\"It all happened so suddenly,\" she said.")
    assert _speaker_names(text)[-1] == ("Kristina Stapchuck", "person")


def test_rule_numbered_name_is_no_one_near_variants_stay() -> None:
    # a full name of unknown kind named since may be the woman meant
    text = CRASH_LEAD + ("Kristina Stapchuck saw the crash from a window seat on another plane. "
                         "She saw Jordan Ellery rock back and forth. Other parts came off. "
                         "\"It all happened so suddenly,\" she said.")
    assert _speakers(text)[-1] == ("she", "unresolved")
    # no woman named after Danielle Wells but before the flight: "she" is still hers, as before
    text = CRASH_LEAD + "She saw Flight 214 rock back and forth. \"It all happened so suddenly,\" she said."
    assert _speaker_names(text)[-1] == ("Danielle Wells", "person")
