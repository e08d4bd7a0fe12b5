"""Session 12: what the brief shows. Each rule has a case of its kind and a
near variant that stays as it was; sentences are invented after the kinds
read on real pages (twincities.com)."""

from __future__ import annotations

from summarizer.brief import _Candidate, _Introductions, _pick_points, _rarity, _stems
from summarizer.document import parse_document
from summarizer.summarizers.standalone import sentence_units

ELECTION = (
    "Lakeside elects its first nurse as mayor\n\n"
    "Lakeside appears to be the first city in the state to have elected a nurse as its mayor.\n\n"
    "Maria Lopez, 41, won with 61% of the vote in Tuesday's municipal election, defeating Tom Reed.\n\n"
    "{endorsement}\n\n"
    "The city has about 40,000 residents."
)
ENDORSED = "Outgoing Mayor Sam Hart did not seek reelection, and he endorsed Lopez."


def _introductions(text: str, title: str | None = None) -> tuple[_Introductions, int]:
    document = parse_document(text)
    people = ["Maria Lopez", "Tom Reed", "Sam Hart"]
    number = next(i for i, s in enumerate(document.sentences) if "endorsed" in s.text)
    return _Introductions([document], people, [title or document.title]), number


def _bottom_line() -> _Candidate:
    return _Candidate(((0, 0),), "", frozenset(), 10)


def test_rule_surname_needs_its_introduction() -> None:
    introductions, number = _introductions(ELECTION.format(endorsement=ENDORSED))
    assert introductions.needed(0, number, [_bottom_line()]) == (0, 1)


def test_rule_surname_needs_its_introduction_near_variants_stay() -> None:
    # a title says who; a fuller name in the headline or in a point picked before introduces them
    titled = ENDORSED.replace("endorsed Lopez", "endorsed Councillor Lopez")
    introductions, number = _introductions(ELECTION.format(endorsement=titled))
    assert introductions.needed(0, number, [_bottom_line()]) is None
    introductions, number = _introductions(ELECTION.format(endorsement=ENDORSED), "Maria Lopez elected mayor")
    assert introductions.needed(0, number, [_bottom_line()]) is None
    introductions, number = _introductions(ELECTION.format(endorsement=ENDORSED))
    introduced = _Candidate(((0, 1),), "", frozenset(), 10)
    assert introductions.needed(0, number, [_bottom_line(), introduced]) is None


def _points(endorsement: str) -> list[str]:
    document = parse_document(ELECTION.format(endorsement=endorsement))
    introductions, _ = _introductions(ELECTION.format(endorsement=endorsement))
    stems = [[_stems(s.text) for s in document.sentences]]
    # the ranker puts the endorsement second, the sentence introducing Lopez last
    scores = [[4.0, 1.0, 3.0, 2.0]]
    picked = _pick_points([document], stems, [sentence_units(document)], set(), _rarity(stems), 2, None, scores,
                          introductions)
    return [c.text for c in picked]


def test_rule_surname_needs_its_introduction_brings_the_sentence() -> None:
    points = _points(ENDORSED)
    assert points[1].startswith("Maria Lopez, 41, won"), points
    assert points[2] == ENDORSED


def test_rule_surname_needs_its_introduction_near_variant_titled_stays() -> None:
    titled = ENDORSED.replace("endorsed Lopez", "endorsed Councillor Lopez")
    points = _points(titled)
    assert points[1] == titled
    assert not any(p.startswith("Maria Lopez") for p in points[:2]), points

