"""Rule `typed_names_first` (QA round 20: a dateline-glued "Moscow Russian" and
an untyped one-off pushed two quoted people out of the note's names); since
session 18 each kind has its own room (rule `most_named_of_each_kind`), and
the kinds' order only breaks ties of count."""

from __future__ import annotations

from summarizer.brief import MENTIONS_SHOWN, shown_mentions
from summarizer.model import Mention


def test_other_names_take_no_room_of_people() -> None:
    places = [Mention(f"Place {i}", "place", 5) for i in range(MENTIONS_SHOWN["place"] + 2)]
    mentions = [Mention("Moscow Russian", "other", 8), *places, Mention("Aleksandr Borodai", "other", 1),
                Mention("Arseniy Yatsenyuk", "person", 1), Mention("Brazil", "place", 1),
                Mention("Dmitry Rogozin", "person", 1), Mention("Vladimir Putin", "person", 1)]
    names = [m.name for m in shown_mentions(mentions)]
    assert {"Arseniy Yatsenyuk", "Dmitry Rogozin", "Vladimir Putin"} <= set(names)
    assert "Brazil" not in names  # the places' room is full of places named five times


def test_other_names_are_listed_when_there_is_room() -> None:
    mentions = [Mention("Kalashnikov Concern", "other", 2), Mention("Jens Stoltenberg", "person", 1)]
    assert [m.name for m in shown_mentions(mentions)] == ["Kalashnikov Concern", "Jens Stoltenberg"]
    # named as often, a person comes first
    mentions = [Mention("Kalashnikov Concern", "other", 1), Mention("Jens Stoltenberg", "person", 1)]
    assert [m.name for m in shown_mentions(mentions)] == ["Jens Stoltenberg", "Kalashnikov Concern"]
