"""Session 13, round 2: the Mentioned list's kinds and names (the web test's
and QA round 40's findings). Each rule has a case of its kind and a near
variant that stays as it was; sentences are invented after the kinds read on
real pages (a marketing blog, an agency's press release, an airline news
site, a celebrity story)."""

from __future__ import annotations

from summarizer.mentions import find_mentions


def kinds(sentences: list[str], speakers: list[str] | None = None) -> dict[str, str]:
    return {m.name: m.kind for m in find_mentions(sentences, speakers or [])}


# --- rule roles_joined_are_no_name -----------------------------------------------------------------

def test_rule_roles_joined_are_no_name() -> None:
    found = kinds(["Jane Porter is the Founder & Principal Consultant at Brightline, a small firm."])
    assert "Founder & Principal Consultant" not in found
    assert found["Jane Porter"] == "person"


def test_rule_roles_joined_are_no_name_near_variants_stay() -> None:
    # a firm's name joined by "&" ends in no role
    found = kinds(["The book was published by Simon & Schuster in May.",
                   "She joined Baker & McKenzie as a partner."])
    assert "Simon & Schuster" in found
    assert "Baker & McKenzie" in found


# --- rule name_written_as_a_phrase_is_no_name ------------------------------------------------------

def test_rule_name_written_as_a_phrase_is_no_name() -> None:
    found = kinds(["7. Check on 'Sleeping Accounts' before the audit.",
                   "Sleeping accounts can look worse than no account at all."])
    assert "Sleeping Accounts" not in found


def test_rule_name_written_as_a_phrase_is_no_name_near_variants_stay() -> None:
    # never written as a phrase, or only in lower case after its first word too ("a bad day"), stays
    found = kinds(["They met at the Sleeping Bear Dunes last year.",
                   "His new single, \"Bad Day,\" came out on Friday.", "It was a bad day for the band."])
    assert "Sleeping Bear Dunes" in found
    assert "Bad Day" in found


# --- rule gerund_opener_is_no_first_name ------------------------------------------------------------

def test_rule_gerund_opener_is_no_first_name() -> None:
    found = kinds(["Justin Bieber was on tour in Brazil this week.",
                   "Chasing Bieber is a popular, lucrative and dangerous sport for paparazzi.",
                   "Bieber has stayed out of criminal court."])
    assert "Chasing Bieber" not in found
    assert found["Justin Bieber"] == "person"


def test_rule_gerund_opener_is_no_first_name_near_variant_stays() -> None:
    # written inside a sentence too: a name, and kin of the person named in full
    found = kinds(["Ann Berlin wrote the lyrics.", "The songs of Irving Berlin were played.",
                   "Irving Berlin wrote the music."])
    assert found["Irving Berlin"] == "person"
