"""The news ranker: the project's default method.

Each sentence gets a handful of components, each a named function over the
document that returns one value in [0, 1] per sentence:

- `lead_position`     early sentences carry the news (1 for the first, 1/(1 + i/4) after)
- `paragraph_start`   the first sentence of a paragraph opens a new point
- `centrality`        LexRank-style: a PageRank over the TF-IDF cosine graph
- `headline_overlap`  share of the headline's content words that the sentence repeats
- `entity_density`    capitalised names inside the sentence, per word
- `number_density`    figures (digits) per word
- `speaker_claim`     a quotation or a speech cue ("said", "according to")
- `length_fit`        full sentences of a summary's typical length, not fragments or run-ons
- `first_sentence`    1 for the first body sentence: a correction to `lead_position`,
                      which alone rates the opening line above what it usually carries
- `attributed_statement`  the claim tagger found a statement by a named speaker with a
                      role ("the alliance's Secretary General, Jens Stoltenberg") made
                      with an assertive or directive cue ("emphasized", "urged")
- `direct_quote`      the claim tagger found a direct quotation: colour more than news
- `forward_centrality`  PacSum's directed centrality: similarity to the sentences
                      after it (a point the article goes on to develop)

None of the last four needs paragraphs or a headline, so that pasted text
and CNN/DailyMail as distributed rank on more than position and centrality.

The score is a weighted sum of the components (weights in `WEIGHTS`, tuned on
the dev sets only). Selection then avoids repeats (maximal marginal
relevance over the same cosine graph); under a word budget it opens with
the lead (rule `lead_first_within_words`), then takes the best choices that
still fit. Either way a sentence
comes with the sentences it needs to be read (summarizer.summarizers.
standalone: "He said ..." with the sentence naming him, a quotation over
several sentences whole), or not at all; a photo caption run into the text
(rule `picture_caption`: "Rodgers (left) hasn't ...") only when nothing else
is left.

The similarity graph (summarizer.summarizers.graph) holds only the pairs of
sentences that share a word, within blocks of a bounded number of sentences;
selection looks only at the neighbours of what it takes. Ranking time grows
linearly with the text, whatever it repeats.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from summarizer.claim_cache import document_claims
from summarizer.model import Document
from summarizer.nlp.words import LETTER, content_words, count_words, stem, stop_words, tokenize_words
from summarizer.rules import alternation, load_word_set, load_word_sets
from summarizer.summarizers.base import Length, Ranker
from summarizer.summarizers.graph import (
    SparseRows,
    centrality,
    forward_centrality,
    similarity_graph,
    term_matrix,
)
from summarizer.summarizers.standalone import (
    MAX_UNIT,
    framing_sentences,
    interviewer_lead_ins,
    is_open_question,
    picture_captions,
    run_in_headings,
    sentence_units,
    speakerless_quotations,
    unasked_answers,
    unintroduced_surnames,
    verbless_fragments,
)

if TYPE_CHECKING:
    from summarizer.claims.model import Claim


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each component counts, and how strongly selection avoids
    repeating itself (`redundancy`: 0 ignores overlap, 1 only avoids it)."""

    lead_position: float
    paragraph_start: float
    centrality: float
    headline_overlap: float
    entity_density: float
    number_density: float
    speaker_claim: float
    length_fit: float
    first_sentence: float
    attributed_statement: float
    direct_quote: float
    forward_centrality: float
    redundancy: float

    def component_weights(self) -> dict[str, float]:
        """Each component's weight by name (the redundancy threshold is no component)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "redundancy"}


# Tuned on the dev sets only (benchmarks/tune_news.py: coordinate ascent on
# half of CNN-Corpus dev with FRANK and BBC in the objective, checked on the
# other half), with selection by units. Entity density and speaker cues did
# not help (any weight above or below 0 lowered ROUGE), nor did a penalty for
# direct quotes: they stay visible in --explain but do not count. The
# attributed statement weighs little (0.05: ROUGE barely moves either way),
# enough to decide between sentences that score alike. Forward centrality
# counts 0: on CNN-Corpus dev as one block of text (no paragraphs, no
# headline: the FRANK-like proxy, `tune_news.py --flatten`) a weight of 0.6
# gained only +0.29 / +0.14 R-1 on the two halves and lost about 1 on BBC as
# one block; with paragraphs it did not help (-0.20 / +0.05). Weights for
# such text learnt from the human extractive gold (benchmarks/
# learn_weights.py) gained on both proxy halves only where BBC as one block
# lost 1 to 3. README, "Text without paragraphs or a headline", lists what
# else was tried.
WEIGHTS = Weights(
    lead_position=1.0,
    paragraph_start=1.0,
    centrality=1.0,
    headline_overlap=0.4,
    entity_density=0.0,
    number_density=0.1,
    speaker_claim=0.0,
    length_fit=0.7,
    first_sentence=-0.3,
    attributed_statement=0.05,
    direct_quote=0.0,
    forward_centrality=0.0,
    redundancy=0.5,
)

COMPONENTS: tuple[str, ...] = tuple(WEIGHTS.component_weights())

# lead_position halves by this many sentences.
LEAD_HALF_LIFE = 4.0
# length_fit: sentences shorter than SHORT_WORDS rise linearly to 1; longer
# than LONG_WORDS fall as LONG_WORDS / words.
SHORT_WORDS = 10
LONG_WORDS = 30
# Two sentences this similar (cosine) are repeats: never both picked.
DUPLICATE_SIMILARITY = 0.5
# Double quotation marks, or a single one opening a quotation (a closing
# single mark is indistinguishable from a plural possessive: "analysts'").
QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]|(?:^|\s)['\u2018]\w")
DIGIT = re.compile(r"\d")
# Cue classes (rules/cues.txt) of a statement that makes news.
STATEMENT_CUE_CLASSES = frozenset({"assertive", "directive"})


@dataclass(frozen=True, slots=True)
class NewsAnalysis:
    """Everything the ranker worked out about a document, as plain data."""

    components: dict[str, np.ndarray]
    weights: Weights
    scores: np.ndarray
    similarity: SparseRows
    units: tuple[tuple[int, ...], ...]  # what each sentence must be shown with
    # photo captions (rule picture_caption) and quotations with no speaker beside them (rule
    # quotation_without_speaker): taken only as a last resort
    captions: frozenset[int] = frozenset()
    # the run-in headings among them (rule subhead_set_as_a_sentence), which a brief reads too
    headings: frozenset[int] = frozenset()


# --- the components --------------------------------------------------------


def lead_position(document: Document) -> np.ndarray:
    """1 for the first body sentence, halving every LEAD_HALF_LIFE sentences
    as a hyperbola: 1 / (1 + i / LEAD_HALF_LIFE)."""
    return 1.0 / (1.0 + np.arange(len(document.sentences)) / LEAD_HALF_LIFE)


def paragraph_start(document: Document) -> np.ndarray:
    """1 for a sentence that opens a paragraph of several sentences or
    follows one, else 0. A text without paragraph breaks gets 0 throughout.
    Rule `writer_announcement_opens_the_news`: a writer's announcement in
    the lead ("today we are announcing ...") counts as a paragraph's start."""
    if len(document.paragraphs) <= 1:
        return np.zeros(len(document.sentences))
    opens = np.zeros(len(document.sentences))
    for paragraph in document.paragraphs:
        opens[paragraph.sentences[0]] = 1.0
    for number, sentence in enumerate(document.sentences[:_writer_announcement()[1]]):
        if is_writer_announcement(sentence.text):
            opens[number] = 1.0
    return opens


@cache
def _writer_announcement() -> tuple[re.Pattern[str], int, re.Pattern[str]]:
    sets = load_word_sets("writer_announcements")
    gap = int(next(iter(sets["gap"])))
    announcing = re.compile(rf"\b{alternation(sets['writer'])}(?:['\u2019][a-z]+)?(?:\s+[\w'\u2019]+){{0,{gap}}}?\s+"
                            rf"{alternation(sets['announces'])}\b", re.IGNORECASE)
    when = re.compile(rf"\b{alternation(sets['when'])}\b", re.IGNORECASE)
    return announcing, int(next(iter(sets["lead"]))), when


def is_writer_announcement(text: str) -> bool:
    """Rule `writer_announcement_opens_the_news` (rules/writer_announcements.txt;
    web tester s19, security.googleblog.com: "... That's why today we are
    announcing Enhanced Safe Browsing protection in Chrome, ..." was left
    out of summary and brief): the writer ("we", "I") announces something
    today, in no quotation. Not "Today the council announced ..." (a
    report), nor an announcement of another day."""
    announcing, _, when = _writer_announcement()
    if any(mark in text for mark in '"\u201c\u201d'):
        return False
    return bool(announcing.search(text)) and bool(when.search(text))


def sentence_words(document: Document) -> list[list[str]]:
    """The words of each sentence, as `tokenize_words` finds them."""
    return [tokenize_words(s.text) for s in document.sentences]


def sentence_terms(words: Sequence[Sequence[str]]) -> list[list[str]]:
    """Stemmed content words (no stop words, letters in them) of each sentence."""
    stops = stop_words()
    return [[stem(w) for w in (t.lower() for t in tokens) if w not in stops and LETTER.search(w)]
            for tokens in words]


def headline_overlap(document: Document, terms: Sequence[Sequence[str]]) -> np.ndarray:
    """Share of the headlines' content words (stemmed) that each sentence
    repeats; 0 throughout when the text has no headline."""
    headline = {stem(w) for h in document.headlines for w in content_words(h.text)}
    if not headline:
        return np.zeros(len(terms))
    return np.array([len(headline.intersection(words)) / len(headline) for words in terms])


def _capitalised_names(tokens: Sequence[str]) -> int:
    """Capitalised words after the first that are not stop words ("Kerry",
    "NATO"; not "The" after a colon)."""
    stops = stop_words()
    return sum(1 for t in tokens[1:] if t[0].isupper() and t.lower() not in stops)


def entity_density(words: Sequence[Sequence[str]]) -> np.ndarray:
    """Capitalised names per word, capped at 1 for one name in three words."""
    return np.array([min(1.0, 3 * _capitalised_names(tokens) / len(tokens)) if tokens else 0.0
                     for tokens in words])


def number_density(words: Sequence[Sequence[str]]) -> np.ndarray:
    """Figures per word, capped at 1 for one figure in five words."""
    return np.array([min(1.0, 5 * sum(1 for t in tokens if DIGIT.search(t)) / len(tokens)) if tokens else 0.0
                     for tokens in words])


def speaker_claim(document: Document, words: Sequence[Sequence[str]]) -> np.ndarray:
    """1 for a sentence that quotes someone or carries a speech cue ("said",
    "according to"), else 0. A quick cue check, not the claim tagger."""
    cues = load_word_set("ranker_speech_cues")
    return np.array([
        1.0 if QUOTE_MARKS.search(s.text) or not cues.isdisjoint(t.lower() for t in tokens) else 0.0
        for s, tokens in zip(document.sentences, words, strict=True)
    ])


def first_sentence(document: Document) -> np.ndarray:
    """1 for the first body sentence, else 0."""
    values = np.zeros(len(document.sentences))
    values[:1] = 1.0
    return values


def attributed_statement(document: Document, claims: Sequence[Claim]) -> np.ndarray:
    """1 for a sentence holding a claim whose speaker is a named person
    with a role, made with an assertive or directive cue ("Secretary General Jens
    Stoltenberg emphasized that ...", "the minister urged ..."), else 0."""
    values = np.zeros(len(document.sentences))
    for claim in claims:
        if claim.role and claim.speaker_kind == "person" and claim.cue_class in STATEMENT_CUE_CLASSES:
            values[claim.sentence] = 1.0
    return values


def direct_quote(document: Document, claims: Sequence[Claim]) -> np.ndarray:
    """1 for a sentence holding a direct quotation the claim tagger
    attributes (quotation marks around the claim), else 0."""
    values = np.zeros(len(document.sentences))
    for claim in claims:
        if claim.kind == "direct":
            values[claim.sentence] = 1.0
    return values


def length_fit(words: Sequence[Sequence[str]]) -> np.ndarray:
    """1 for a sentence of SHORT_WORDS to LONG_WORDS words; fragments score
    less in proportion, run-ons LONG_WORDS / words."""
    counts = np.array([sum(1 for t in tokens if LETTER.search(t)) for tokens in words], dtype=float)
    short = np.minimum(1.0, counts / SHORT_WORDS)
    long = np.minimum(1.0, LONG_WORDS / np.maximum(counts, 1.0))
    return short * long


# --- the ranker ------------------------------------------------------------


def analyse(document: Document, weights: Weights = WEIGHTS) -> NewsAnalysis:
    """All components, the similarity graph and the final scores."""
    claims = document_claims(document)  # tagged once: brief and batch list the same claims
    words = sentence_words(document)
    terms = sentence_terms(words)
    similarity = similarity_graph(term_matrix(terms))
    components = {
        "lead_position": lead_position(document),
        "paragraph_start": paragraph_start(document),
        "centrality": centrality(similarity),
        "headline_overlap": headline_overlap(document, terms),
        "entity_density": entity_density(words),
        "number_density": number_density(words),
        "speaker_claim": speaker_claim(document, words),
        "length_fit": length_fit(words),
        "first_sentence": first_sentence(document),
        "attributed_statement": attributed_statement(document, claims),
        "direct_quote": direct_quote(document, claims),
        "forward_centrality": forward_centrality(similarity),
    }
    component_weights = weights.component_weights()
    scores = sum((component_weights[name] * values for name, values in components.items()),
                 np.zeros(len(document.sentences)))
    # rules `quotation_without_speaker` and `interviewer_lead_in`: someone's words with no speaker
    # beside them, and an interviewer's lead-in to a question, like a photo caption, are taken only
    # as a last resort
    # (rule `framing_is_no_point`: nor is a sentence that announces what follows or labels an aside;
    # rule `subhead_set_as_a_sentence`: nor a section heading given a stop; rule
    # `answer_needs_its_question`: nor an "Answer: ..." lead whose question is above the body)
    headings = run_in_headings(document)
    # (rule `verbless_fragment_is_no_point`: nor a fragment with no verb inside a paragraph, "Same thing.";
    # rule `unintroduced_surname_is_no_pick`: nor a speaker by a surname the text never wrote before)
    last_resort = (picture_captions(document) | speakerless_quotations(document) | interviewer_lead_ins(document)
                   | framing_sentences(document) | headings | unasked_answers(document)
                   | verbless_fragments(document) | unintroduced_surnames(document, claims))
    # (rules `surname_subject_needs_its_introduction` and `that_time_points_back`: a pick whose
    # subject is a surname alone, or that says "that year", comes with the sentence it needs)
    units = sentence_units(document, summary_picks=True)
    return NewsAnalysis(components, weights, scores, similarity, units, last_resort, headings)


def select_mmr(
    scores: np.ndarray,
    similarity: SparseRows,
    count: int,
    redundancy: float,
    units: Sequence[tuple[int, ...]] | None = None,
    captions: frozenset[int] = frozenset(),
) -> list[int]:
    """Maximal marginal relevance: repeatedly take the sentence with the best
    gain, (1 - redundancy) * score - redundancy * (its highest similarity to
    a sentence already taken), scores scaled to [0, 1], never a repeat
    (cosine above DUPLICATE_SIMILARITY) while others remain. In article order.

    With `units` (standalone.sentence_units), a sentence comes with the
    sentences it needs: its gain is the mean gain of the sentences it adds,
    and it is taken only when they all fit in `count` and none is a repeat;
    a unit longer than MAX_UNIT is never taken. Only when nothing else is
    left (a text of pronouns, say) does a sentence come without them: the
    count asked for is kept.

    `captions` (rule `picture_caption`: sentences that point at a picture
    the reader does not have) are taken, alone, only as that last resort;
    so is a unit that holds one.

    Among equal gains the earliest sentence wins. Gains only change for the
    neighbours of what is taken, so they are kept in heaps and recomputed
    for those alone: time grows with the graph, not with count x sentences."""
    n = len(scores)
    count = min(count, n)
    if count <= 0:
        return []
    selection = _selection(scores, similarity, redundancy, units, captions)
    while len(selection.picked) < count:
        selection.take(selection.best(count - len(selection.picked)))
    return sorted(selection.picked)


def _selection(
    scores: np.ndarray, similarity: SparseRows, redundancy: float, units: Sequence[tuple[int, ...]] | None,
    captions: frozenset[int] = frozenset(),
) -> _MarginalRelevance:
    """An MMR selection over `scores` scaled to [0, 1], each sentence its own
    unit unless `units` says otherwise, `captions` only as a last resort."""
    n = len(scores)
    low, high = float(scores.min()), float(scores.max())
    relevance = (scores - low) / (high - low) if high > low else np.ones(n)
    return _MarginalRelevance(relevance.tolist(), similarity, redundancy,
                              units if units is not None else tuple((i,) for i in range(n)), captions)


class _MarginalRelevance:
    """The state of `select_mmr`: what is taken, each sentence's highest
    similarity to it, and heaps of (-gain, sentence or unit, version) for
    the three kinds of choice. An entry whose version is not the current one
    is stale: it is dropped when it comes to the top."""

    def __init__(self, relevance: list[float], similarity: SparseRows, redundancy: float,
                 units: Sequence[tuple[int, ...]], captions: frozenset[int] = frozenset()) -> None:
        n = len(relevance)
        self.relevance, self.similarity, self.redundancy = relevance, similarity, redundancy
        # A unit holding a photo caption (rule picture_caption) is no choice: its
        # sentences come only as the last resort, like those of a unit too long. The
        # unit itself stays whole (rule lead_first_within_words takes the lead's unit
        # whole or not at all: a caption opening a quotation left it open).
        self.alone = [len(unit) == 1 and captions.isdisjoint(unit) for unit in units]
        self.units = units
        choices = [1 < len(unit) <= MAX_UNIT and captions.isdisjoint(unit) for unit in units]
        self.closest = [0.0] * n
        self.available = [True] * n
        self.picked: list[int] = []
        self.sentence_version = [0] * n
        self.unit_version = [0] * n
        self.units_with: list[list[int]] = [[] for _ in range(n)]  # sentence -> units (of several) it is in
        for i, unit in enumerate(units):
            if choices[i]:
                for j in unit:
                    self.units_with[j].append(i)
        # A sentence that stands alone and is no repeat; any sentence left
        # (the last resort, alone ones first); units by the sentences they add.
        self.singles = [(-self.gain(j), j, 0) for j in range(n) if self.alone[j]]
        self.rest = [(-self.gain(j) - (1.0 if self.alone[j] else 0.0), j, 0) for j in range(n)]
        self.by_size: dict[int, list[tuple[float, int, int]]] = {size: [] for size in range(1, MAX_UNIT + 1)}
        for i, unit in enumerate(units):
            if choices[i]:
                self.by_size[len(unit)].append((-self.unit_gain(unit), i, 0))
        for heap in (self.singles, self.rest, *self.by_size.values()):
            heapq.heapify(heap)

    def gain(self, j: int) -> float:
        return (1 - self.redundancy) * self.relevance[j] - self.redundancy * self.closest[j]

    def unit_gain(self, new: Sequence[int]) -> float:
        return float(np.mean(np.array([self.gain(j) for j in new])))

    @staticmethod
    def _top(heap: list[tuple[float, int, int]], versions: list[int]) -> tuple[float, int] | None:
        while heap and heap[0][2] != versions[heap[0][1]]:
            heapq.heappop(heap)
        return (heap[0][0], heap[0][1]) if heap else None

    def best(self, room: int) -> list[int]:
        """What to take next, with at most `room` sentences."""
        single = self._top(self.singles, self.sentence_version)
        tops = [top for size in range(1, min(room, MAX_UNIT) + 1)
                if (top := self._top(self.by_size[size], self.unit_version)) is not None]
        unit = min(tops, default=None)
        if unit is not None and (single is None or unit[0] < single[0]):
            return [j for j in self.units[unit[1]] if self.available[j]]
        if single is not None:
            return [single[1]]
        # Only repeats, or sentences whose units do not fit, are left:
        # the count asked for wins, a sentence that stands alone first.
        last_resort = self._top(self.rest, self.sentence_version)
        assert last_resort is not None  # count <= sentences: one is always left
        return [last_resort[1]]

    def best_whole(self, room: int, word_counts: Sequence[int]) -> list[int] | None:
        """The best sentence that stands alone, or unit of at most MAX_UNIT
        sentences, whose new sentences fit in `room` words and are no
        repeats; None when none is left. Choices that do not fit are
        dropped from their heaps: room only shrinks."""
        def fits(adds: Sequence[int]) -> bool:
            return sum(word_counts[j] for j in adds) <= room

        while True:
            single = self._top(self.singles, self.sentence_version)
            if single is not None and not fits([single[1]]):
                heapq.heappop(self.singles)
                continue
            tops = [(top, size) for size in range(1, MAX_UNIT + 1)
                    if (top := self._top(self.by_size[size], self.unit_version)) is not None]
            unit = min(tops, default=None)
            if unit is not None:
                adds = [j for j in self.units[unit[0][1]] if self.available[j]]
                if not fits(adds):
                    heapq.heappop(self.by_size[unit[1]])
                    continue
                if single is None or unit[0][0] < single[0]:
                    return adds
            return [single[1]] if single is not None else None

    def take(self, adds: Sequence[int]) -> None:
        changed = []
        for j in adds:
            self.picked.append(j)
            self.available[j] = False
            changed.append(j)
            neighbours, values = self.similarity.row(j)
            for k, value in zip(neighbours.tolist(), values.tolist(), strict=True):
                if value > self.closest[k]:
                    self.closest[k] = value
                    changed.append(k)
        for j in dict.fromkeys(changed):
            self._update_sentence(j)
        for i in dict.fromkeys(i for j in changed for i in self.units_with[j]):
            self._update_unit(i)

    def _update_sentence(self, j: int) -> None:
        self.sentence_version[j] += 1
        version = self.sentence_version[j]
        if not self.available[j]:
            return
        gain = self.gain(j)
        if self.alone[j] and self.closest[j] <= DUPLICATE_SIMILARITY:
            heapq.heappush(self.singles, (-gain, j, version))
        heapq.heappush(self.rest, (-gain - (1.0 if self.alone[j] else 0.0), j, version))

    def _update_unit(self, i: int) -> None:
        self.unit_version[i] += 1
        if not self.available[i]:
            return
        new = [j for j in self.units[i] if self.available[j]]
        if any(self.closest[j] > DUPLICATE_SIMILARITY for j in new):
            return
        heapq.heappush(self.by_size[len(new)], (-self.unit_gain(new), i, self.unit_version[i]))


def select_lead_first(
    scores: np.ndarray,
    similarity: SparseRows,
    word_counts: Sequence[int],
    budget: int,
    redundancy: float,
    units: Sequence[tuple[int, ...]] | None = None,
    question_lead: bool = False,
    captions: frozenset[int] = frozenset(),
) -> list[int]:
    """Rule `lead_first_within_words`: under a word budget a summary opens
    with the lead (the first body sentence: in news it carries the news), or
    is the lead alone when nothing else fits beside it; then come the best
    choices of `select_mmr` that still fit, each a whole unit (a sentence
    with the sentences it needs), never a repeat. A choice that does not fit
    is passed over for the next one, so a long lead never gives way to three
    short asides, as a knapsack over the scores would have it.

    A lead that asks a question (rule `question_needs_answer` gives it the
    sentences up to its answer) is still the lead: when the question and its
    answer do not fit together, the question is taken alone, as the piece's
    own statement of what it sets out to answer ("Klein sets out to answer a
    simple question: Why was ...?"), so that no "The answer ..." is picked
    with nothing before it. A lead longer than the budget is passed over
    like any other choice. `captions` (rule `picture_caption`) other than
    the lead are never taken: a summary within a budget may stay short of
    it. The lead comes with its whole unit, a caption in it or not (session
    10's review: 'Smith (left) told reporters: "We will find them. We will
    not rest ..."' was cut after its first sentence, the quotation open).
    In article order; never exceeds the budget."""
    n = len(scores)
    if n == 0:
        return []
    selection = _selection(scores, similarity, redundancy, units, captions)
    units = selection.units
    room = budget
    lead = [j for j in units[0] if j < n]
    if sum(word_counts[j] for j in lead) > room and question_lead:
        lead = [0]
    if sum(word_counts[j] for j in lead) <= room:
        selection.take(lead)
        room -= sum(word_counts[j] for j in lead)
    while room > 0:
        adds = selection.best_whole(room, word_counts)
        if adds is None:
            break
        selection.take(adds)
        room -= sum(word_counts[j] for j in adds)
    return sorted(selection.picked)


class NewsRanker(Ranker):
    """Lead, centrality, headline and content cues, weighted; selection by
    maximal marginal relevance. See the module docstring."""

    name = "news"

    def __init__(self, weights: Weights = WEIGHTS) -> None:
        self.weights = weights
        self._last: tuple[Document, NewsAnalysis] | None = None

    def analyse(self, document: Document) -> NewsAnalysis:
        """The analysis of `document`, worked out once per document."""
        if self._last is None or self._last[0] is not document:
            self._last = (document, analyse(document, self.weights))
        return self._last[1]

    def score(self, document: Document) -> list[float]:
        """The weighted sum of the components (see the module docstring)."""
        return [float(v) for v in self.analyse(document).scores]

    def headings(self, document: Document) -> frozenset[int]:
        """The run-in headings the analysis worked out (taken as a last resort)."""
        return self.analyse(document).headings

    def components(self, document: Document) -> dict[str, list[float]]:
        """Each named component's value for every sentence, for --explain."""
        return {name: [float(v) for v in values] for name, values in self.analyse(document).components.items()}

    def component_weights(self) -> dict[str, float]:
        """The weights the score sums the components with."""
        return self.weights.component_weights()

    def select(self, document: Document, scores: Sequence[float], length: Length) -> list[int]:
        """Maximal marginal relevance, or the best set within a word budget, with no repeats and picks that stand on
        their own."""
        analysis = self.analyse(document)
        values = np.asarray(scores, dtype=float)
        if length.words is not None:
            word_counts = [count_words(s.text) for s in document.sentences]
            return select_lead_first(values, analysis.similarity, word_counts, length.words,
                                     self.weights.redundancy, analysis.units,
                                     question_lead=bool(values.size) and is_open_question(document.sentences[0].text),
                                     captions=analysis.captions)
        count = length.sentence_count(len(values))
        return select_mmr(values, analysis.similarity, count, self.weights.redundancy, analysis.units,
                          analysis.captions)
