"""People, organisations and places an article mentions, with counts.

No model, and no name finder of its own: names come from the claim tagger's
names layer (summarizer.claims.names), and different forms of one name
("Jens Stoltenberg", "Stoltenberg", "Mr. Stoltenberg") are merged as the
claim speakers are (summarizer.claims.speakers), so the brief's mentions and
its speakers agree. Named rules, over that layer's word lists:

- `place_is_no_person`: a name in places.txt ("Israel", "Gaza City") is a
  place, even when it is a claim's speaker ("Israel warned");
- `capitals_fold`: a name written in capitals ("GAZA", in a dateline) is
  the name written in mixed case when the text has it;
- `title_is_no_name`: title words before a name are no part of it ("BVI
  Premier Andrew Fahie" -> "Andrew Fahie"; a run up to a known first name,
  "Defendants James Lee" -> "James Lee"), and a run that ends in a title
  word names no one;
- `surname_folds_into_full_name`: a surname alone (or after titles) counts
  for the one full name that ends with it;
- `named_often_is_listed`: a single word counts only for a fuller name
  (the text's, or a headline's: "Embiid" is "Joel Embiid"), unless it is a
  place, an organisation, a speaker, or a person named at least
  OFTEN_NAMED times.

A name after a title, with a known first name, or a person speaker is a
person; an acronym or a name with an organisation word ("Congress",
"Police") is an organisation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from summarizer.claims.lexicon import titles
from summarizer.claims.names import ACRONYM, find_names, first_names, one_word_titles, organisation_words, places
from summarizer.claims.speakers import Entity, SpeakerIndex
from summarizer.claims.text import find_quotes, sentence_views, tokenize
from summarizer.model import ORGANISATION, OTHER, PERSON, PLACE, Mention, MentionKind

# Rule `named_often_is_listed`: a single word named this often is listed.
OFTEN_NAMED = 3


def name_runs(sentence: str) -> list[tuple[str, bool]]:
    """The names in one sentence, each with whether a title preceded it
    ("Ukrainian Foreign Minister Dmytro Kuleba" -> ("Dmytro Kuleba", True))."""
    return [(name.text, name.title is not None) for name in find_names(tokenize(sentence, 0, len(sentence)))]


def find_mentions(
    sentences: Iterable[str], speakers: Sequence[str] = (), bodies: Sequence[str] = (), headlines: Sequence[str] = ()
) -> list[Mention]:
    """Names in `sentences`, most mentioned first; `speakers` are people
    and `bodies` organisations (as the claim tagger resolved them);
    `headlines` are not counted but give a fuller form of a name."""
    pieces = list(sentences)
    text = "\n\n".join(pieces)
    quotes = find_quotes(text)
    index = SpeakerIndex()
    counts: dict[int, int] = {}
    entities: dict[int, Entity] = {}
    forms: dict[str, str] = {}  # lower case -> the form in mixed case, as written
    start = 0
    for number, piece in enumerate(pieces):
        for view in sentence_views(text, number, start, start + len(piece), quotes, number):
            index.read_sentence(view)
            for found_name, entity in index.names:
                counts[id(entity)] = counts.get(id(entity), 0) + 1
                entities[id(entity)] = entity
                if not found_name.text.isupper():
                    forms.setdefault(found_name.text.lower(), found_name.text)
        start += len(piece) + 2
    people = {name for name in speakers if name}
    organisations = {name for name in bodies if name}
    fuller = _headline_names(headlines)
    kinds = {entity.name: entity.kind for entity in entities.values()}
    untitled = {_without_title(name, frozenset()): kind for name, kind in kinds.items()}
    surnames = frozenset(_words(name)[-1] for name in [*fuller, *untitled]
                         if len(name.split()) > 1 and _kind(name, untitled.get(name, ""), people, set()) == PERSON)
    found: dict[str, tuple[MentionKind, int]] = {}
    for key, entity in entities.items():
        name = _without_title(_mixed_case(entity.name, forms), surnames)
        if not name:
            continue
        kind = _kind(name, entity.kind, people, organisations)
        known = found.get(name)
        found[name] = (known[0] if known else kind, counts[key] + (known[1] if known else 0))
    for speaker in people:
        name = _without_title(speaker, surnames)
        if name:
            found.setdefault(name, (_kind(name, PERSON, people, organisations), 1))
    found = _fold_surnames(found, fuller)
    mentions = [Mention(name, kind, count) for name, (kind, count) in found.items()
                if _listed(name, kind, count, people | organisations)]
    return sorted(mentions, key=lambda m: (-m.count, m.name))


def _words(name: str) -> list[str]:
    return [w.lower().strip(".,") for w in name.split()]


def is_place(name: str) -> bool:
    """Rule `place_is_no_person`: listed in places.txt."""
    return name.lower() in places()


def _mixed_case(name: str, forms: dict[str, str]) -> str:
    """Rule `capitals_fold`: "GAZA" is "Gaza" when the text writes it so."""
    return forms.get(name.lower(), name) if name.isupper() and len(name) > 1 else name


def _title_words() -> frozenset[str]:
    """One-word titles and the last word of longer ones ("premier")."""
    return one_word_titles() | frozenset(title[-1] for title in titles())


def _title_heads() -> frozenset[str]:
    """Words a title-only run can end in: one-word titles and the first
    word of longer ones ("U.S. Attorney", of "attorney general")."""
    return one_word_titles() | frozenset(title[0] for title in titles())


def _without_title(name: str, surnames: frozenset[str]) -> str:
    """Rule `title_is_no_name`: the name after the last title word in it,
    or after the words before a known first name; '' when it ends in a
    title word ("U.S. Attorney"). Bodies ("Police Chief's Office") keep
    their words; a title leaves one word only when it is a known surname."""
    words, lowered = name.split(), _words(name)
    if set(lowered) & organisation_words():
        return name
    if len(words) > 1 and lowered[-1] in _title_heads():
        return ""  # "U.S. Attorney"
    if len(words) == 1 and lowered[0].endswith("s") and lowered[0][:-1] in _title_heads():
        return ""  # "Detectives"
    cut = max((i + 1 for i, w in enumerate(lowered[:-1]) if w in _title_words()), default=0)
    first = next((i for i, w in enumerate(lowered[:-1]) if w in first_names()), None)
    if first is not None and first > cut and not any(w.endswith(".") for w in words[:first]):
        cut = first
    if len(words) - cut == 1 and lowered[-1] not in surnames:
        return name
    return " ".join(words[cut:])


def _kind(name: str, found_as: str, people: set[str], organisations: set[str]) -> MentionKind:
    lowered = _words(name)
    if is_place(name):
        return PLACE
    if name in organisations or ACRONYM.match(name) or set(lowered) & organisation_words():
        return ORGANISATION
    if name in people or found_as == PERSON or (len(lowered) > 1 and lowered[0] in first_names()):
        return PERSON
    return OTHER


def _headline_names(headlines: Sequence[str]) -> list[str]:
    return [name for headline in headlines for name, _ in name_runs(headline) if len(name.split()) > 1]


def _fold_surnames(found: dict[str, tuple[MentionKind, int]], fuller: Sequence[str]
                   ) -> dict[str, tuple[MentionKind, int]]:
    """Rule `surname_folds_into_full_name`: a one-word name that is the last
    word of exactly one person's name counts for it (a headline's name
    when the text never gives it in full)."""
    full = [name for name, (kind, _) in found.items() if kind == PERSON and len(name.split()) > 1]
    full += [name for name in fuller if name not in found and not is_place(name)]
    by_surname: dict[str, dict[str, None]] = {}
    for name in full:
        by_surname.setdefault(_words(name)[-1], {})[name] = None
    folded = dict(found)
    for name, (kind, count) in found.items():
        if len(name.split()) != 1 or kind in (PLACE, ORGANISATION):
            continue
        fits = list(by_surname.get(name.lower(), {}))
        if len(fits) == 1:
            del folded[name]
            known = folded.get(fits[0])
            folded[fits[0]] = (PERSON, count + (known[1] if known else 0))
    return folded


def _listed(name: str, kind: MentionKind, count: int, speakers: set[str]) -> bool:
    """Rule `named_often_is_listed`."""
    if len(name.split()) > 1 or kind in (ORGANISATION, PLACE) or name in speakers:
        return True
    return kind == PERSON and count >= OFTEN_NAMED
