"""The news ranker and the brief do work that grows linearly with the text,
on any text (issue 15), and give what the straightforward algorithms give.

Checked without a clock: the work is counted (sentence pairs summed into
the similarity graph, gains worked out by selection, knapsack solutions),
on a text and on a text four times as long, and the count may grow at most
a little over four times. The graph is built in small blocks here so that
small texts already span several of them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.document import parse_document
from summarizer.reading import Article
from summarizer.summarizers import graph, news
from summarizer.summarizers.base import Length
from summarizer.summarizers.graph import SparseRows, from_entries
from summarizer.summarizers.news import DUPLICATE_SIMILARITY, MAX_UNIT, NewsRanker, select_mmr

from .work_counting import ALLOWED_RATIO, GROWTH

WORDS = ["minister", "said", "plan", "council", "road", "Smith", "agreed", "would", "the", "work", "Dr.", "Mr.",
         "A.", "B.", '"Yes,"', "he", "said.", "\u201cNo", "\u201d", "and", "then", "-", "\n", "\n\n", ".", "?"]


def reference_mmr(scores: np.ndarray, similarity: SparseRows, count: int, redundancy: float,
                  units: Sequence[tuple[int, ...]]) -> list[int]:
    """Maximal marginal relevance as first written: every gain worked out
    again for every pick (count x sentences). The specification of
    `select_mmr`."""
    n = len(scores)
    count = min(count, n)
    if count <= 0:
        return []
    low, high = float(scores.min()), float(scores.max())
    relevance = (scores - low) / (high - low) if high > low else np.ones(n)
    closest = np.zeros(n)
    available = np.ones(n, dtype=bool)
    alone = np.array([len(unit) == 1 for unit in units], dtype=bool)
    grouped = [i for i, unit in enumerate(units) if 1 < len(unit) <= MAX_UNIT]
    picked: list[int] = []
    while len(picked) < count:
        gain = (1 - redundancy) * relevance - redundancy * closest
        fresh = np.where(available & alone & (closest <= DUPLICATE_SIMILARITY), gain, -np.inf)
        best = int(np.argmax(fresh))
        best_value, adds = float(fresh[best]), [best]
        for i in grouped:
            if not available[i]:
                continue
            new = [j for j in units[i] if available[j]]
            if len(picked) + len(new) > count or any(closest[j] > DUPLICATE_SIMILARITY for j in new):
                continue
            value = float(np.mean(gain[new]))
            if value > best_value:
                best_value, adds = value, new
        if not np.isfinite(best_value):
            rest = np.where(available, gain + np.where(alone, 1.0, 0.0), -np.inf)
            adds = [int(np.argmax(rest))]
        for j in adds:
            picked.append(j)
            available[j] = False
            row = np.zeros(n)
            columns, values = similarity.row(j)
            row[columns] = values
            closest = np.maximum(closest, row)
    return sorted(picked)


@st.composite
def selection_problems(draw: st.DrawFn) -> tuple[np.ndarray, SparseRows, int, float, tuple[tuple[int, ...], ...]]:
    n = draw(st.integers(1, 25))
    # few distinct scores and similarities, so that ties and repeats happen
    scores = np.array(draw(st.lists(st.sampled_from([0.0, 0.2, 0.5, 0.5, 1.0, 1.3]), min_size=n, max_size=n)))
    pairs = draw(st.dictionaries(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)),
                                 st.sampled_from([0.1, 0.3, 0.5, 0.6, 0.9]), max_size=3 * n))
    symmetric = {}
    for (i, j), value in pairs.items():
        if i != j:
            symmetric[(i, j)] = symmetric[(j, i)] = value
    keys = sorted(symmetric)
    similarity = from_entries(np.array([i for i, _ in keys], dtype=np.int64),
                              np.array([j for _, j in keys], dtype=np.int64),
                              np.array([symmetric[k] for k in keys]), (n, n))
    reach = draw(st.lists(st.integers(0, 4), min_size=n, max_size=n))  # how far back each unit goes
    units = tuple(tuple(range(max(0, i - back), i + 1)) for i, back in enumerate(reach))
    count = draw(st.integers(0, n + 1))
    redundancy = draw(st.sampled_from([0.0, 0.5, 1.0]))
    return scores, similarity, count, redundancy, units


@settings(max_examples=300, deadline=None)
@given(selection_problems())
def test_mmr_picks_what_the_straightforward_loop_picks(problem) -> None:
    scores, similarity, count, redundancy, units = problem
    assert select_mmr(scores, similarity, count, redundancy, units) == reference_mmr(*problem)


class Work:
    """What the ranker does, counted."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.pairs = 0
        self.gains = 0
        group_pairs, gain = graph._group_pairs, news._MarginalRelevance.gain

        def counted_pairs(starts: np.ndarray, sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            left, right = group_pairs(starts, sizes)
            self.pairs += len(left)
            return left, right

        def counted_gain(selection: news._MarginalRelevance, j: int) -> float:
            self.gains += 1
            return gain(selection, j)

        monkeypatch.setattr(graph, "_group_pairs", counted_pairs)
        monkeypatch.setattr(news._MarginalRelevance, "gain", counted_gain)

    @property
    def total(self) -> int:
        return self.pairs + self.gains


def numbered(paragraph: str, copies: int) -> str:
    # each copy numbered: a paragraph printed twice word for word would be a repeat, kept out of the body
    return "\n\n".join(f"{paragraph} Item {i} follows." for i in range(copies))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=3, max_size=40).map(" ".join))
def test_ranking_work_grows_linearly(monkeypatch: pytest.MonkeyPatch, paragraph: str) -> None:
    monkeypatch.setattr(graph, "GRAPH_BLOCK", 12)
    monkeypatch.setattr(graph, "KEPT_NEIGHBOURS", 4)
    counts = []
    for copies in (12, 12 * GROWTH):
        document = parse_document(numbered(paragraph, copies))
        work = Work(monkeypatch)
        ranker = NewsRanker()
        ranker.select(document, ranker.score(document), Length())
        counts.append(work.total + len(document.sentences))
    assert counts[1] <= ALLOWED_RATIO * counts[0]


def test_a_text_of_one_sentence_repeated_is_ranked_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every sentence like every other: the densest graph there is.
    monkeypatch.setattr(graph, "GRAPH_BLOCK", 20)
    counts = []
    for copies in (40, 40 * GROWTH):
        document = parse_document("".join(f"The minister said the plan would work. Item {i}.\n" for i in range(copies)))
        work = Work(monkeypatch)
        ranker = NewsRanker()
        ranker.select(document, ranker.score(document), Length())
        counts.append(work.total)
    assert counts[1] <= ALLOWED_RATIO * counts[0]


def test_a_word_budget_on_a_text_that_repeats_itself_is_ranked_in_linear_work(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # One word a line: hundreds of sentences that repeat each other.
    monkeypatch.setattr(graph, "GRAPH_BLOCK", 20)
    counts = []
    for copies in (50, 50 * GROWTH):
        document = parse_document("minister\nsaid\nthat\nThe\nplan\n" * copies)
        work = Work(monkeypatch)
        ranker = NewsRanker()
        ranker.select(document, ranker.score(document), Length(words=40))
        counts.append(work.total + len(document.sentences))
    assert counts[1] <= ALLOWED_RATIO * counts[0]
    document = parse_document("minister\nsaid\nthat\nThe\nplan\n" * 100)
    ranker = NewsRanker()
    picked = ranker.select(document, ranker.score(document), Length(words=40))
    similarity = ranker.analyse(document).similarity
    assert sum(len(document.sentences[i].text.split()) for i in picked) <= 40
    assert all(similarity[i, j] <= DUPLICATE_SIMILARITY for i in picked for j in picked)
    assert picked


def test_claims_are_tagged_once_per_document_for_a_brief(monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.claims
    from summarizer.brief import make_brief

    tagged = []
    tag = summarizer.claims.claims_in_document

    def counted(document, **options):
        tagged.append(document)
        return tag(document, **options)

    monkeypatch.setattr(summarizer.claims, "claims_in_document", counted)
    texts = [f"Minister Anna Berg said on Monday that road {i} would reopen. \"It will be safe,\" she said. "
             f"The council agreed to pay for the repairs of road {i}." for i in range(6)]
    note = make_brief([Article(text, "text") for text in texts])
    assert len(tagged) == len(texts)  # the ranker and the list of claims share one tagging
    assert note.speakers


def test_a_claim_told_hundreds_of_times_is_listed_once_citing_every_telling() -> None:
    # A transcript pasted as one paragraph: the retellings are gathered in
    # one claim (in time linear in them: benchmarks/scaling.py --commands).
    from summarizer.brief import make_brief

    text = "Minister Anna Berg spoke to reporters on Monday about the new road plan. " + " ".join(
        ['"We will finish the road," Berg said.'] * 200)
    # The lead opens the note: a telling as the bottom line would give the claim already
    # (brief rule claim_given_as_point, session 8), and it would not be listed.
    note = make_brief([Article(text, "text")], method="lead")
    [group] = note.speakers
    assert group.speaker == "Anna Berg"
    [claim] = group.claims
    assert len(claim.citations) == 200 == len(set(claim.citations))


def test_past_one_block_the_nearest_of_equally_similar_neighbours_stay() -> None:
    block = np.ones((9, 9))
    np.fill_diagonal(block, 0.0)
    graph._keep_strongest(block, 2)
    assert [sorted(np.flatnonzero(row).tolist()) for row in block][:3] == [[1, 2], [0, 2], [1, 3]]
    assert sorted(np.flatnonzero(block[8]).tolist()) == [6, 7]
