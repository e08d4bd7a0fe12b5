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


OPCW_LEAD = ("THE HAGUE, Netherlands (CNN) -- Inspectors will start work in Syria next week.\n\n"
             "The Organisation for the Prohibition of Chemical Weapons agreed to a faster program, "
             "it said in a statement. ")


# Rule `lone_body_goes_on_past_quiet_sentences` (speakers.py): "the organization" reaches past
# sentences that name no other body to the body that spoke last
def test_rule_lone_body_goes_on_past_quiet_sentences() -> None:
    text = OPCW_LEAD + ("Inspections in Syria will begin Tuesday. "
                        "\"The decision also calls for ambitious milestones,\" the organization said.")
    assert _speaker_names(text)[-1] == ("Organisation for the Prohibition of Chemical Weapons", "organisation")


def test_rule_lone_body_goes_on_past_quiet_sentences_near_variants_stay() -> None:
    # another body named on the way may be the one meant
    text = OPCW_LEAD + ("The Red Cross will help the inspectors in Syria. "
                        "\"The decision also calls for ambitious milestones,\" the organization said.")
    assert _speakers(text)[-1] == ("the organization", "unresolved")
    # people described in lower case on the way may be whose organization it is
    text = OPCW_LEAD + ("Local officials met the inspectors on Friday. "
                        "\"The decision also calls for ambitious milestones,\" the organization said.")
    assert _speakers(text)[-1] == ("the organization", "unresolved")
    # too far back: four quiet sentences
    text = OPCW_LEAD + ("Inspections in Syria will begin Tuesday. The work may take months. The sites are many. "
                        "The roads are poor. "
                        "\"The decision also calls for ambitious milestones,\" the organization said.")
    assert _speakers(text)[-1] == ("the organization", "unresolved")


LAW_LEAD = ("WASHINGTON (CNN) -- The President has halted some deportations.\n\n"
            "Richard A. Boswell, a law professor, said the President has broad discretion. "
            "Philip Schrag, a professor at Georgetown, said the President's position is clear. "
            "Immigration attorney Austin Gragomen said Obama \"has an obligation to enforce the law.\" ")


# Rule `chained_pronoun_is_no_hearer` (speakers.py, with `subject_since_the_speaker_may_be_he` and
# `agreement_ends_the_announcement`): the "He" that opens the sentence is not the person named as
# its hearer, so "Boswell disagreed." announces who speaks next
def test_rule_chained_pronoun_is_no_hearer() -> None:
    text = LAW_LEAD + "Boswell disagreed. He said the President can use his discretion."
    assert _speaker_names(text)[-1] == ("Richard A. Boswell", "person")


def test_rule_chained_pronoun_is_no_hearer_near_variants_stay() -> None:
    # no speech announced: Boswell, named again, or the last speaker may be "he"
    text = LAW_LEAD + "Boswell taught law at Georgetown. He said the President can use his discretion."
    assert _speakers(text)[-1] == ("He", "unresolved")
    # two people agree: which one goes on, the text does not say
    text = LAW_LEAD + "Boswell and Schrag disagreed. He said the President can use his discretion."
    assert _speakers(text)[-1] == ("He", "unresolved")


BOY_LEAD = ("ATLANTA (CNN) -- A 3-year-old boy heard sound for the first time last month.\n\n"
            "Grayson was born without a cochlear nerve. ")


# Rule `they_is_the_pair_named_just_before` (speakers.py): "They" right after a sentence that opens
# with two people named together, and names no one else who may be "they", is that pair
def test_rule_they_is_the_pair_named_just_before() -> None:
    text = BOY_LEAD + ("Len and Nicole Clamp were Grayson's foster parents when he was a newborn. "
                       "They adopted him as soon as they could, believing God had called them to care for him.")
    assert _speakers(text)[-1] == ("Len and Nicole Clamp", "unnamed")


def test_rule_they_is_the_pair_named_just_before_near_variants_stay() -> None:
    # other people in the plural there may be "they"
    text = BOY_LEAD + ("Len and Nicole Clamp met the doctors when he was a newborn. "
                       "They adopted him as soon as they could, believing God had called them to care for him.")
    assert _speakers(text)[-1] == ("They", "unresolved")
    # another person named there: "they" may be any two of them
    text = BOY_LEAD + ("Len and Nicole Clamp met Craig Buchman when he was a newborn. "
                       "They adopted him as soon as they could, believing God had called them to care for him.")
    assert _speakers(text)[-1] == ("They", "unresolved")
