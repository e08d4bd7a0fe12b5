"""Rule `typed_names_first` (QA round 20: a dateline-glued "Moscow Russian" and
an untyped one-off pushed two quoted people out of the note's names)."""

from __future__ import annotations

from summarizer.brief import MENTIONS_SHOWN, shown_mentions
from summarizer.model import Mention


def test_typed_names_fill_the_list_before_other_names() -> None:
    places = [Mention(f"Place {i}", "place", 5) for i in range(MENTIONS_SHOWN - 3)]
    mentions = [Mention("Moscow Russian", "other", 8), *places, Mention("Aleksandr Borodai", "other", 1),
                Mention("Arseniy Yatsenyuk", "person", 1), Mention("Brazil", "place", 1),
                Mention("Dmitry Rogozin", "person", 1), Mention("Vladimir Putin", "person", 1)]
    shown = shown_mentions(mentions)
    assert len(shown) == MENTIONS_SHOWN
    names = [m.name for m in shown]
    # among names named once, people come first; untyped names only in the room left
    assert {"Arseniy Yatsenyuk", "Dmitry Rogozin", "Vladimir Putin"} <= set(names)
    assert "Moscow Russian" not in names and "Brazil" not in names


def test_other_names_are_listed_when_there_is_room() -> None:
    mentions = [Mention("Kalashnikov Concern", "other", 2), Mention("Jens Stoltenberg", "person", 1)]
    assert [m.name for m in shown_mentions(mentions)] == ["Jens Stoltenberg", "Kalashnikov Concern"]
