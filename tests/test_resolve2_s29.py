"""Speakers a reader would name but the tagger left unresolved (second review
of the unresolved claims, s29): each fixed by a named rule, with a sentence of
its kind and a near variant that must stay as it is. The sentences are
written in the manner of the articles; none is read from the shared data
sets."""

from __future__ import annotations

from tests.claim_helpers import sources_and_kinds, speakers_and_kinds

CRASH_LEAD = ("SAN FRANCISCO (CNN) -- A passenger jet crash-landed at the airport on Saturday.\n\n"
              "Danielle Wells also saw the plane go down. \"I cannot stop crying,\" she said on Twitter. ")


# Rule `numbered_name_is_no_one` (speakers.py, claim_grammar.txt numbered_name_ends): "Flight 214",
# "Route 66" name a thing, so they stand between no woman and her "she"
def test_rule_numbered_name_is_no_one() -> None:
    text = CRASH_LEAD + ("Kristina Stapchuck saw the crash from a window seat on another plane. "
                         "She saw Flight 214 rock back and forth. Other parts came off. "
                         "\"It all happened so suddenly,\" she said.")
    assert speakers_and_kinds(text)[-1] == ("Kristina Stapchuck", "person")


def test_rule_numbered_name_is_no_one_near_variants_stay() -> None:
    # a full name of unknown kind named since may be the woman meant
    text = CRASH_LEAD + ("Kristina Stapchuck saw the crash from a window seat on another plane. "
                         "She saw Jordan Ellery rock back and forth. Other parts came off. "
                         "\"It all happened so suddenly,\" she said.")
    assert sources_and_kinds(text)[-1] == ("she", "unresolved")
    # no woman named after Danielle Wells but before the flight: "she" is still hers, as before
    text = CRASH_LEAD + "She saw Flight 214 rock back and forth. \"It all happened so suddenly,\" she said."
    assert speakers_and_kinds(text)[-1] == ("Danielle Wells", "person")


LAW_LEAD = ("WASHINGTON (CNN) -- The President has halted some deportations.\n\n"
            "Richard A. Boswell, a law professor, said the President has broad discretion. "
            "Philip Schrag, a professor at Georgetown, said the President's position is clear. "
            "Immigration attorney Austin Gragomen said Obama \"has an obligation to enforce the law.\" ")


# Rule `chained_pronoun_is_no_hearer` (speakers.py, with `subject_since_the_speaker_may_be_he` and
# `agreement_ends_the_announcement`): the "He" that opens the sentence is not the person named as
# its hearer, so "Boswell disagreed." announces who speaks next
def test_rule_chained_pronoun_is_no_hearer() -> None:
    text = LAW_LEAD + "Boswell disagreed. He said the President can use his discretion."
    assert speakers_and_kinds(text)[-1] == ("Richard A. Boswell", "person")


def test_rule_chained_pronoun_is_no_hearer_near_variants_stay() -> None:
    # no speech announced: Boswell, named again, or the last speaker may be "he"
    text = LAW_LEAD + "Boswell taught law at Georgetown. He said the President can use his discretion."
    assert sources_and_kinds(text)[-1] == ("He", "unresolved")
    # two people agree: which one goes on, the text does not say
    text = LAW_LEAD + "Boswell and Schrag disagreed. He said the President can use his discretion."
    assert sources_and_kinds(text)[-1] == ("He", "unresolved")


# Review s29: two rules that named these speakers were taken out; whose words these are, the text
# does not tell, so they stay unresolved
def test_the_group_after_another_group_acted_stays_unresolved() -> None:
    text = ("Human Rights Watch said the strikes had killed dozens of civilians. A militia seized the town. "
            "\"We will not leave,\" the group said.")
    assert sources_and_kinds(text)[-1] == ("the group", "unresolved")


def test_they_after_a_pairs_lawyers_stays_unresolved() -> None:
    text = ("John and Mary Smith's lawyers filed a motion on Monday. "
            "They said the hospital had hidden records.")
    assert sources_and_kinds(text)[-1] == ("They", "unresolved")
