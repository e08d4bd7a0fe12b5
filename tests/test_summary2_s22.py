"""Session 22 summary and brief rules (QA rounds 61 and 62): picks that name whom they speak of.
Each rule has a sentence of the kind fixed and a near variant that must stay as it is. The
sentences are written after one read of a news article; none is copied whole from the data sets."""

from __future__ import annotations

import pytest

from summarizer.brief import _lead_first, opens_on_an_unnamed_pronoun
from summarizer.document import parse_document
from summarizer.summarizers.standalone import ends_on_a_pronoun_speaker, sentence_units

# --- rule unintroduced_pronoun_is_no_bottom_line ---------------------------------------------------


@pytest.mark.parametrize(("text", "unnamed"), [
    # QA round 62, CNN-Corpus dev 487: the bottom line named no one
    ("What she didn't count on was finding him stranded by the road with his bike.", True),
    ("As soon as they landed, the rain began.", True),
    # near variants: the pronoun named later in full, an antecedent before it, a pronoun opener
    # (back_pointing_opener's), a noun subject
    ("When he took office, President Barack Obama pledged to close the prison.", False),
    ("Police say they found the car in a ditch.", False),
    ("She had been a fan since she was nine.", False),
    ("What the police found was a stolen car.", False),
])
def test_rule_unintroduced_pronoun_is_no_bottom_line(text: str, unnamed: bool) -> None:
    assert opens_on_an_unnamed_pronoun(text) is unnamed


HITCHHIKER = ("Lena Ortiz was thrilled. She had been a fan of the singer for years. "
              "What she didn't count on was finding him stranded by the road with his bike. "
              "Singer Tom Reyes had a flat tire on a ride before Saturday's show in Hershey.")


def _opening(text: str, order: list[int]) -> int:
    document = parse_document(text)
    return _lead_first(document, sentence_units(document), order)[0]


def test_rule_unintroduced_pronoun_is_no_bottom_line_in_a_note() -> None:
    # the pronoun sentence ranks first, the lead outside the best: the note opens on the named one
    assert _opening(HITCHHIKER, [2, 3, 1, 0]) == 3
    # near variant: the same sentence naming its subject opens the note
    named = HITCHHIKER.replace("What she didn't count on", "What Ortiz didn't count on", 1)
    assert _opening(named, [2, 3, 1, 0]) == 2


# --- rule pronoun_speaker_after_the_words -----------------------------------------------------------


@pytest.mark.parametrize(("text", "pronoun"), [
    # CNN-Corpus dev 827 at k = 3 and QA round 62, 515
    ("If the signals had come from the recorders, searchers would have found them, he said.", True),
    ('"We will not stand for it," said their statement.', True),
    ("The talks broke down over the budget, she added Monday.", True),
    # near variants: a named speaker, a sentence going on past the cue, the pronoun inside the clause
    ("The talks broke down over the budget, Dean said.", False),
    ("The talks broke down, he said, and the envoys left.", False),
    ("Officials said he would resign.", False),
    ("A court issued a warrant for Ken Mills, 33, in her disappearance.", False),
    ("The mayor took the oath with his wife and children, at his side.", False),
])
def test_rule_pronoun_speaker_after_the_words(text: str, pronoun: bool) -> None:
    assert ends_on_a_pronoun_speaker(text) is pronoun


def test_a_pronoun_speaker_comes_with_the_sentence_before() -> None:
    text = ("The signals are no longer believed to come from the plane.\n\n"
            "Navy official Mark Dean told reporters the search would move north.\n\n"
            "If the signals had come from the recorders, searchers would have found them, he said.\n\n"
            "The crews will now map the seabed with a submarine drone, Dean said.")
    units = sentence_units(parse_document(text))
    assert units[2] == (1, 2)
    assert units[3] == (3,)


def test_benchmark_counts_a_pronoun_speaker_picked_alone_as_dangling() -> None:
    from benchmarks.summary_quality import dangling

    texts = ["The signals are no longer believed to come from the plane.",
             "Navy official Mark Dean told reporters the search would move north.",
             "If the signals had come from the recorders, searchers would have found them, he said.",
             "The crews will map the seabed, Dean said."]
    assert dangling([0, 2], texts) == 1
    # near variants: the sentence naming him picked before it, a named speaker
    assert dangling([1, 2], texts) == 0
    assert dangling([0, 3], texts) == 0
