"""Junk claims: cue words used for acts, not for anything anyone said.

"Cairo's administrative court rejected a controversial rule", "Jose found
her asleep", "election officials recounted the votes": a cue verb with a
bare noun phrase as its object reports an act unless the noun phrase is
itself a statement ("denied the allegations"). Which cues read so is data
(summarizer/rules/act_readings.txt); the rules here are named and each has
a test sentence in tests/test_claims_junk_s4.py.
"""

from __future__ import annotations

from collections.abc import Callable

from summarizer.claims.grammar import OBJECT_PRONOUNS, has_finite_verb
from summarizer.claims.lexicon import grammar, noun_sets
from summarizer.claims.rules import Frame
from summarizer.claims.text import QUOTE_MARKS, SentenceView, Token

NOUN_PHRASE_ENDS = grammar("prepositions") | grammar("subordinators") | grammar("relatives")
PHRASE_BREAKS = frozenset({",", ";", ":", "(", ")", "\u2014", "\u2013", "--", "?", "!"})
NOT_NOUN_PHRASE_OPENERS = grammar("subordinators") | grammar("prepositions") | frozenset({"to", "not", "never"})


def object_noun_phrase(view: SentenceView, frame: Frame) -> list[Token] | None:
    """The words of a bare noun phrase right after the cue, up to a
    preposition, a subordinator or punctuation ("a barrage" of "found a
    barrage of horrible messages"; "her asleep"), or None when the content
    reads as a clause ("found the vote was rigged", "asked her to leave"),
    opens with a quotation or stands before the cue."""
    if frame.clause_final or len(frame.content) != 1 or frame.cue_token < 0:
        return None
    start, end = frame.content[0]
    tokens = [t for t in view.tokens if start <= t.start and t.end <= end]
    if not tokens or view.quotes.covering(tokens[0].start) is not None or tokens[0].text in QUOTE_MARKS:
        return None
    if tokens[0].lower in NOT_NOUN_PHRASE_OPENERS or not tokens[0].is_word:
        return None
    phrase: list[Token] = []
    for k, token in enumerate(tokens):
        if token.lower == "to" and not _preposition_to(tokens[k + 1 : k + 2]):
            return None  # "asked her to leave", "wants them to go": an infinitive clause
        if token.text in PHRASE_BREAKS or token.text in QUOTE_MARKS or token.lower in NOUN_PHRASE_ENDS:
            break
        phrase.append(token)
    if not phrase or any(t.lower in VERB_AUXILIARIES for t in phrase):
        return None
    if has_finite_verb([t for t in phrase if t.lower not in ADVERB_AUXILIARIES]):
        return None  # "found the vote was rigged"; "an even bigger park" is no verb
    return [t for t in phrase if t.is_word]


def _preposition_to(after: list[Token]) -> bool:
    """"to Rebecca", "to the judge", "to them": "to" before a noun phrase."""
    if not after:
        return False
    word = after[0]
    return word.is_capitalised or word.lower in DETERMINERS or word.lower in OBJECT_PRONOUNS or word.text[0].isdigit()


DETERMINERS = grammar("determiners")
VERB_AUXILIARIES = grammar("auxiliaries")
ADVERB_AUXILIARIES = grammar("adverb_auxiliaries")


def act_readings() -> dict[str, frozenset[str]]:
    """Cue lemma -> object words that make it an act (act_readings.txt)."""
    return {lemma.replace("_", " "): words for lemma, words in noun_sets("act_readings").items()}


def act_object(view: SentenceView, frame: Frame) -> bool:
    """Rule `act_object_is_no_claim`: a cue whose object is a bare noun
    phrase headed by a thing acted on (act_readings.txt) reports an act:
    "Cairo's administrative court rejected a controversial rule Tuesday",
    "election officials recounted the votes", "Jose found her asleep".
    "The court rejected the notion that ..." and "posted a message reading
    'Thank you'" stay claims."""
    words = act_readings().get(frame.entry.lemma)
    if not words:
        return False
    start, end = frame.content[0]
    if _quotes_words(view, start, end):
        return False
    first = next((t for t in view.tokens if t.start >= start), None)
    if first is not None and first.end <= end and "@" + first.lower in words and not frame.clause_final:
        return True  # "appeared before a judge Monday", "contend with male chauvinism"
    phrase = object_noun_phrase(view, frame)
    if phrase is None:
        return False
    while len(phrase) > 1 and (phrase[-1].lower in TIME_WORDS or phrase[-1].lower in TIME_NOUNS):
        phrase = phrase[:-1]  # "rejected a controversial rule Tuesday", "conceded defeat Tuesday night"
    return phrase[-1].lower in words  # only the head: "found a positive message works better" is a clause


def _quotes_words(view: SentenceView, start: int, end: int) -> bool:
    """A quotation of some words inside start..end: what was said is given."""
    return any(len(view.text[max(s, start) : min(e, end)].split()) >= MIN_QUOTED_WORDS
               for s, e in view.quotes.inside(start, end))


TIME_WORDS = grammar("time_words")
TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "week", "month", "year", "weekend"})
MIN_QUOTED_WORDS = 3  # "reading 'Thank you Georgia'" gives the words; "known as 'Mr. Cha'" a name


JunkRule = Callable[[SentenceView, Frame], bool]

# The junk rules in the order they are tried: (name, test). Each name has a
# test sentence in tests/test_claims_junk_s4.py, and one that stays a claim.
JUNK_RULES: tuple[tuple[str, JunkRule], ...] = (
    ("act_object_is_no_claim", act_object),
)


def is_junk(view: SentenceView, frame: Frame) -> bool:
    """Whether a candidate frame is no attribution at all (JUNK_RULES)."""
    return any(test(view, frame) for _, test in JUNK_RULES)
