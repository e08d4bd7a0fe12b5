"""Session 18 (mentions-s18): the names a brief lists under "Mentioned"."""

from __future__ import annotations

from summarizer.brief import MENTIONS_SHOWN, make_brief, mentions_left_out, shown_mentions
from summarizer.model import Mention
from summarizer.reading import Article
from summarizer.render.brief import mention_lines

# --- rule `most_named_of_each_kind` (brief.shown_mentions) ---------------------------------------------------


def _many_people_and(other: Mention) -> list[Mention]:
    # more people named once than the people's room holds, and one name of another kind
    return [*(Mention(f"Person{n} Smith", "person", 1) for n in range(MENTIONS_SHOWN["person"] + 3)), other]


def test_rule_most_named_of_each_kind() -> None:
    # web tester s18, phillyvoice: "Al Horford" (2), typed "Other names", was left out for people named once
    shown = shown_mentions(_many_people_and(Mention("Al Horford", "other", 2)))
    assert Mention("Al Horford", "other", 2) in shown
    assert sum(m.kind == "person" for m in shown) == MENTIONS_SHOWN["person"]
    # newrepublic: the organisations named get a line of their own beside many places and people
    mentions = [*_many_people_and(Mention("Congress", "organisation", 2)),
                *(Mention(f"Place{n}", "place", 4) for n in range(12))]
    assert Mention("Congress", "organisation", 2) in shown_mentions(mentions)


def test_rule_most_named_of_each_kind_near_variant_stays() -> None:
    # a kind's own names still compete by count: the least named of a kind past its room stay out
    mentions = [*(Mention(f"Place{n}", "place", 3) for n in range(MENTIONS_SHOWN["place"])),
                Mention("Thailand", "place", 2)]
    assert Mention("Thailand", "place", 2) not in shown_mentions(mentions)


# --- rule `speaker_first_among_equals` (brief.shown_mentions) ------------------------------------------------


def _people(count_of_bush: int) -> list[Mention]:
    # newrepublic: speakers named once each beside George H.W. Bush and the merely named
    once = [Mention(f"Speaker{n} Jones", "person", 1) for n in range(MENTIONS_SHOWN["person"])]
    return [*once, Mention("George H.W. Bush", "person", count_of_bush), Mention("Anna Merely", "person", 1)]


def test_rule_speaker_first_among_equals() -> None:
    speakers = frozenset(f"Speaker{n} Jones" for n in range(MENTIONS_SHOWN["person"]))
    shown = shown_mentions(_people(3), speakers)
    assert Mention("George H.W. Bush", "person", 3) in shown  # named more often than any speaker
    assert Mention("Anna Merely", "person", 1) not in shown  # the speakers named as often come first
    # a person quoted in any claim comes before the merely named too
    shown = shown_mentions(_people(3), quoted=frozenset({"Anna Merely"}))
    assert Mention("Anna Merely", "person", 1) in shown


def test_rule_speaker_first_among_equals_near_variant_stays() -> None:
    # no speakers: names named as often keep the order of their names
    shown = shown_mentions(_people(1))
    assert [m.name for m in shown][:2] == ["Anna Merely", "George H.W. Bush"]


# --- rule `left_out_names_are_counted` (brief.mentions_left_out, render mention_lines) ---------------------


def test_rule_left_out_names_are_counted() -> None:
    mentions = _many_people_and(Mention("Congress", "organisation", 2))
    shown = shown_mentions(mentions)
    assert mentions_left_out(mentions, shown) == (("person", 3),)
    text = " ".join(f"{n} Smith said the vote was close." for n in
                    ("Anna", "Bert", "Carl", "Dora", "Emil", "Fred", "Gina", "Hugo", "Ivan", "Jana"))
    brief = make_brief([Article(source="t.txt", text=text)])
    left_out = dict(brief.mentions_left_out)
    assert left_out["person"] == 10 - MENTIONS_SHOWN["person"]
    assert dict(mention_lines(brief))["People"].endswith(f" and {left_out['person']} more")
    assert brief.to_dict()["mentions_left_out"] == {"person": left_out["person"]}


def test_rule_left_out_names_are_counted_near_variant_stays() -> None:
    # a list with room for every name says nothing more
    brief = make_brief([Article(source="t.txt", text="Anna Smith said the vote was close. Bert Jones agreed.")])
    assert brief.mentions_left_out == ()
    assert not any(names.endswith("more") for _, names in mention_lines(brief))
    assert brief.to_dict()["mentions_left_out"] == {}

