"""The news ranker's sentence graph, in numpy alone: TF-IDF term weights,
the cosine similarity of sentences that share a term, PageRank over it, and
each sentence's similarity to the sentences after it (forward centrality).

The graph is stored as compressed rows (the neighbours of sentence i are
`indices[indptr[i]:indptr[i + 1]]`, ascending, with their similarities in
`data`), so memory and time grow with the pairs of sentences that share a
term, not with the square of the sentences. Those pairs are counted within
blocks of GRAPH_BLOCK consecutive sentences: a text longer than one block
(a corpus pasted as one text, a transcript) keeps each sentence's
KEPT_NEIGHBOURS most similar ones in its block, so time and memory grow
linearly whatever the text repeats. An article shorter than one block (all
news) gets the whole graph.

numpy only: scipy.sparse did this before, and importing it cost a third of
a second at every start.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

# Inputs longer than one block are compared block by block, keeping each
# sentence's strongest neighbours. A block is far longer than any news
# article (CNN-Corpus: 82 sentences at most) and short enough that a block
# whose sentences all share a word stays cheap.
GRAPH_BLOCK = 400
KEPT_NEIGHBOURS = 50
# Similarities closer than this count as equal when the strongest are kept.
TIE_SCALE = 1e-9
# Sentence pairs summed at one time while a block is built: bounds memory
# when many sentences share many terms (a paragraph printed hundreds of times).
PAIRS_AT_ONCE = 1_000_000
# PageRank damping and iterations for centrality.
DAMPING = 0.85
ITERATIONS = 30


@dataclass(frozen=True, slots=True)
class SparseRows:
    """A matrix stored by rows: row i's columns are
    `indices[indptr[i]:indptr[i + 1]]` (ascending), its values the same
    slice of `data`. Used for sentences x terms and sentences x sentences."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    shape: tuple[int, int]

    @property
    def nnz(self) -> int:
        """How many values are stored."""
        return len(self.data)

    def row_numbers(self) -> np.ndarray:
        """The row of every stored value."""
        return np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))

    def row(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """Columns and values of row `i`."""
        start, end = self.indptr[i], self.indptr[i + 1]
        return self.indices[start:end], self.data[start:end]

    def __getitem__(self, key: tuple[int, int]) -> float:
        columns, values = self.row(key[0])
        at = int(np.searchsorted(columns, key[1]))
        return float(values[at]) if at < len(columns) and columns[at] == key[1] else 0.0

    def nonzero(self) -> tuple[np.ndarray, np.ndarray]:
        """(rows, columns) of the stored values, as numpy's `nonzero` gives them."""
        return self.row_numbers(), self.indices

    def row_sums(self) -> np.ndarray:
        """The sum of each row's values."""
        return np.bincount(self.row_numbers(), weights=self.data, minlength=self.shape[0])


def from_entries(rows: np.ndarray, columns: np.ndarray, values: np.ndarray, shape: tuple[int, int]) -> SparseRows:
    """Rows from (row, column, value) entries already sorted by row, then column."""
    indptr = np.zeros(shape[0] + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=shape[0]), out=indptr[1:])
    return SparseRows(indptr, np.asarray(columns, dtype=np.int64), np.asarray(values, dtype=float), shape)


def term_matrix(terms: Sequence[Sequence[str]]) -> SparseRows:
    """Sentences x terms, TF-IDF weighted (IDF over the document's
    sentences), each row of unit length. Terms are numbered in order of
    first use."""
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for row, words in enumerate(terms):
        for word in words:
            rows.append(row)
            cols.append(vocabulary.setdefault(word, len(vocabulary)))
    n, size = len(terms), max(len(vocabulary), 1)
    keys, counts = np.unique(np.asarray(rows, dtype=np.int64) * size + np.asarray(cols, dtype=np.int64),
                             return_counts=True)
    entry_rows, entry_cols = keys // size, keys % size
    frequency = np.bincount(entry_cols, minlength=len(vocabulary))
    idf = np.log((n + 1) / (frequency + 0.5))
    weighted = counts * idf[entry_cols]
    norms = np.sqrt(np.bincount(entry_rows, weights=weighted * weighted, minlength=n))
    norms[norms == 0] = 1.0
    return from_entries(entry_rows, entry_cols, (1.0 / norms)[entry_rows] * weighted, (n, len(vocabulary)))


def similarity_graph(matrix: SparseRows) -> SparseRows:
    """Cosine similarity of every pair of sentences that share a term,
    without self-loops: one entry per such pair.

    Past GRAPH_BLOCK sentences, only pairs within a block of that many
    consecutive sentences count, each sentence keeping its KEPT_NEIGHBOURS
    most similar ones."""
    n = matrix.shape[0]
    rows, cols, values = [], [], []
    for start in range(0, n, GRAPH_BLOCK):
        end = min(n, start + GRAPH_BLOCK)
        block = _block_similarity(matrix, start, end)
        if n > GRAPH_BLOCK:
            _keep_strongest(block, KEPT_NEIGHBOURS)
        block_rows, block_cols = np.nonzero(block)
        rows.append(block_rows + start)
        cols.append(block_cols + start)
        values.append(block[block_rows, block_cols])
    if not rows:
        return from_entries(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0), (0, 0))
    return from_entries(np.concatenate(rows), np.concatenate(cols), np.concatenate(values), (n, n))


def _block_similarity(matrix: SparseRows, start: int, end: int) -> np.ndarray:
    """Dense cosine matrix of sentences start..end-1 (zero diagonal): the
    products of the weights of every two of them that share a term, summed,
    at most PAIRS_AT_ONCE products at a time."""
    size = end - start
    first, last = matrix.indptr[start], matrix.indptr[end]
    order = np.argsort(matrix.indices[first:last], kind="stable")  # by term, sentences ascending
    terms = matrix.indices[first:last][order]
    sentences = matrix.row_numbers()[first:last][order] - start
    weights = matrix.data[first:last][order]
    flat = np.zeros(size * size)
    for left, right in _pairs_sharing_a_term(terms):
        flat += np.bincount(sentences[left] * size + sentences[right], weights=weights[left] * weights[right],
                            minlength=size * size)
    similarity = flat.reshape(size, size)
    np.fill_diagonal(similarity, 0.0)
    return similarity


def _pairs_sharing_a_term(terms: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Every two positions of `terms` (sorted) that hold the same term, as
    two index arrays, in chunks of at most PAIRS_AT_ONCE pairs (or one
    term's pairs)."""
    if len(terms) == 0:
        return
    starts = np.flatnonzero(np.r_[True, terms[1:] != terms[:-1]])
    sizes = np.diff(np.r_[starts, len(terms)])
    shared = sizes > 1
    starts, sizes = starts[shared], sizes[shared]
    cumulative = np.cumsum(sizes * sizes)
    group = 0
    while group < len(starts):
        done = cumulative[group - 1] if group else 0
        stop = max(group + 1, int(np.searchsorted(cumulative, done + PAIRS_AT_ONCE, side="right")))
        yield _group_pairs(starts[group:stop], sizes[group:stop])
        group = stop


def _group_pairs(starts: np.ndarray, sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(left, right) for every ordered pair of positions inside each group
    of `sizes[g]` positions from `starts[g]`."""
    members = np.repeat(starts, sizes) + _counting_up(sizes)  # every position of every group
    partners = np.repeat(sizes, sizes)  # each pairs with every position of its group
    left = np.repeat(members, partners)
    right = np.repeat(np.repeat(starts, sizes), partners) + _counting_up(partners)
    return left, right


def _counting_up(sizes: np.ndarray) -> np.ndarray:
    """0, 1, ..., sizes[0]-1, 0, 1, ..., sizes[1]-1, ..."""
    total = int(sizes.sum())
    return np.arange(total) - np.repeat(np.cumsum(sizes) - sizes, sizes)


def _keep_strongest(block: np.ndarray, keep: int) -> None:
    """Zero all but each row's `keep` largest values, in place. Among equal
    values the nearest sentences stay (a transcript that repeats one line
    would otherwise keep whichever the partition met first, and the first
    sentence of each block would gather the links)."""
    size = block.shape[1]
    if size <= keep:
        return
    positions = np.arange(size)
    distance = np.abs(positions[:, None] - positions[None, :]) / size  # below 1: orders equals only
    weakest = np.argpartition(-(block - TIE_SCALE * distance), keep, axis=1)[:, keep:]
    np.put_along_axis(block, weakest, 0.0, axis=1)


def centrality(similarity: SparseRows) -> np.ndarray:
    """LexRank (continuous): PageRank over the similarity graph, by power
    iteration, scaled so that the top sentence is 1."""
    n = similarity.shape[0]
    if n == 0:
        return np.zeros(0)
    out_weight = similarity.row_sums()
    dangling = out_weight == 0
    out_weight[dangling] = 1.0
    sources = similarity.row_numbers()
    share = similarity.data / out_weight[sources]  # of each sentence's rank, what each neighbour gets
    rank = np.full(n, 1.0 / n)
    for _ in range(ITERATIONS):
        spread = np.bincount(similarity.indices, weights=share * rank[sources], minlength=n) + rank[dangling].sum() / n
        rank = (1 - DAMPING) / n + DAMPING * spread
    return rank / rank.max()


def forward_centrality(similarity: SparseRows) -> np.ndarray:
    """Directed centrality (PacSum, Zheng & Lapata 2019, "Sentence
    Centrality Revisited"): each sentence's summed similarity to the
    sentences *after* it, scaled so that the top sentence is 1. A sentence
    that later sentences take up and elaborate counts; one that only echoes
    what came before does not, where LexRank rates both alike. It needs no
    paragraphs or headline, and one pass over the graph (linear in its
    pairs). PacSum's negative weight for the similarity to earlier
    sentences did not help the news ranker (-0.5, -1 and -2 tried on
    CNN-Corpus dev as one block of text), so earlier sentences count 0."""
    n = similarity.shape[0]
    if n == 0:
        return np.zeros(0)
    rows = similarity.row_numbers()
    later = similarity.indices > rows
    degree = np.bincount(rows[later], weights=similarity.data[later], minlength=n)
    top = degree.max()
    return degree / top if top > 0 else degree
