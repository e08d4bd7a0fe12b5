"""People and organisations an article mentions, with counts.

No model, and no name finder of its own: names come from the claim tagger's
names layer (summarizer.claims.names), and different forms of one name
("Jens Stoltenberg", "Stoltenberg", "Mr. Stoltenberg") are merged as the
claim speakers are (summarizer.claims.speakers), so the brief's mentions and
its speakers agree. A name after a title or with a known first name is a
person; an acronym or a name with an organisation word ("Congress",
"Ministry") is an organisation; a single word counts only for the fuller
name it shortens.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from summarizer.claims.names import ACRONYM, find_names, organisation_words
from summarizer.claims.speakers import Entity, SpeakerIndex
from summarizer.claims.text import find_quotes, sentence_views, tokenize
from summarizer.model import ORGANISATION, OTHER, PERSON, Mention, MentionKind


def name_runs(sentence: str) -> list[tuple[str, bool]]:
    """The names in one sentence, each with whether a title preceded it
    ("Ukrainian Foreign Minister Dmytro Kuleba" -> ("Dmytro Kuleba", True))."""
    return [(name.text, name.title is not None) for name in find_names(tokenize(sentence, 0, len(sentence)))]


def find_mentions(sentences: Iterable[str], speakers: Sequence[str] = ()) -> list[Mention]:
    """Names in `sentences`, most mentioned first; `speakers` are people."""
    pieces = list(sentences)
    text = "\n\n".join(pieces)
    quotes = find_quotes(text)
    index = SpeakerIndex()
    counts: dict[int, int] = {}
    entities: dict[int, Entity] = {}
    start = 0
    for number, piece in enumerate(pieces):
        for view in sentence_views(text, number, start, start + len(piece), quotes, number):
            index.read_sentence(view)
            for _, entity in index.names:
                counts[id(entity)] = counts.get(id(entity), 0) + 1
                entities[id(entity)] = entity
        start += len(piece) + 2
    people = {name for name in speakers if name}
    mentions: dict[str, Mention] = {}
    for key, entity in entities.items():
        words = entity.name.split()
        kind = _kind(entity, people)
        if len(words) == 1 and kind != ORGANISATION and entity.name not in people:
            continue  # a single word alone: a place, or a surname never given in full
        known = mentions.get(entity.name)
        mentions[entity.name] = Mention(entity.name, kind, counts[key] + (known.count if known else 0))
    for name in people:
        mentions.setdefault(name, Mention(name, PERSON, 1))
    return sorted(mentions.values(), key=lambda m: (-m.count, m.name))


def _kind(entity: Entity, people: set[str]) -> MentionKind:
    if entity.name in people or entity.kind == PERSON:
        return PERSON
    # by its words only: "the United States" is a place, though people are not "the X"
    if ACRONYM.match(entity.name) or any(w.lower() in organisation_words() for w in entity.name.split()):
        return ORGANISATION
    return OTHER
