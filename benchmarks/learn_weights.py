"""Weights for text without paragraphs or a headline, learnt from the human
extractive gold instead of climbed on ROUGE (tune_news.py's coordinate ascent).

CNN-Corpus dev as one block of text (the FRANK-like proxy,
benchmarks._data.flattened) keeps each article's human extractive gold: the
sentences annotators chose as covering the highlights. Per sentence this
script takes the news ranker's components (the real `news.analyse`, claim
tagger included) and a few transforms (`position_transforms`, `other_transforms`),
and as label whether the sentence is in the gold (`--label gold`) or in a
greedy ROUGE oracle against the highlights (`--label oracle`). It fits a
small linear model in numpy (`--model pairwise`: RankNet's logistic loss
over gold-minus-other differences within an article; `--model logistic`:
L2 logistic regression over sentences) on half A of the proxy (even
positions) and scores ROUGE on half B with the real selection (units, MMR),
then the other way round. Beside it: the same halves with the shipped
weights (`news.WEIGHTS`, which on such text are the flat profile: paragraph
starts and headline are 0 there), ROUGE-1 recall and tokens picked (a gain
that comes only from shorter picks is ROUGE F1's, not the reader's), and
BBC as one block, held-out half.

Everything a choice needs is chosen on the training half alone: the MMR
redundancy (unless `--redundancy`), the L2 strength (`--l2`, a list), and
`--shares`: BBC as one block in the fit beside the proxy (its references
are sentences of the article, an extractive gold too), each BBC sentence
counting `share`; the share kept is the one with the best proxy ROUGE-1
whose BBC ROUGE-1 on the training half falls at most BBC_SLACK below the
shipped weights'. `--prior` penalises the change from the shipped weights
instead of the weights.

Result (issue 11, README "Text without paragraphs or a headline"): learnt
on the proxy alone the weights beat the shipped ones on both halves, but
BBC as one block falls by 1.5 to 3 ROUGE-1 (it rewards centrality over
position: centrality alone scores 75.9 there, the lead 64.2); with BBC in
the fit, or the shipped weights as prior, the gain on one half is gone.
Nothing was shipped. CNN/DM-FRANK is never read here.

ROUGE is tune_news's fast re-implementation (no LCS), good for comparing
weights; benchmarks/summary_quality.py gives the real figures. Test splits
are never read.

Usage:
  .venv/bin/python benchmarks/learn_weights.py [--limit N] [--label gold|oracle]
      [--model pairwise|logistic] [--features a,b,...] [--shares 0,0.1,0.3]
      [--l2 0.001,0.01] [--prior] [--redundancy R] [--cache FILE]
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._data import DATA, Article, available, load
from benchmarks.tune_news import rouge_1_2, tokens
from summarizer.model import Document

# The proxy to learn on and BBC as one block to check against; never FRANK.
SETS = ("cnn-corpus-flat", "bbc-flat")
REFERENCE = {"cnn-corpus-flat": "highlights", "bbc-flat": "reference"}
REDUNDANCY_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
# A sentence of ours is in the gold when it shares this share of its
# characters with a gold sentence (the two splitters differ a little).
GOLD_OVERLAP = 0.5
# L2 penalty per training example (pair or sentence).
L2 = 1e-3
# BBC as one block may fall this much ROUGE-1 below the shipped weights.
BBC_SLACK = 0.3
# The components fit by default: the ranker's that need no paragraphs or
# headline, and the position transforms.
FEATURES = ("lead_position", "centrality", "entity_density", "number_density", "speaker_claim", "length_fit",
            "first_sentence", "attributed_statement", "direct_quote", "forward_centrality",
            "position_h1", "position_h2", "position_h8", "position_h16")
# Hyperbolic position priors 1 / (1 + i / h) with these half-lives beside
# the ranker's own (h = 4).
HALF_LIVES = (1, 2, 8, 16)


def gold_labels(text: str, document: Document, gold: Sequence[str]) -> np.ndarray:
    """1 for each of our sentences that covers most of a gold sentence or is
    mostly inside one, else 0."""
    spans = []
    for sentence in gold:
        at = text.find(sentence.strip())
        if at >= 0:
            spans.append((at, at + len(sentence.strip())))
    labels = np.zeros(len(document.sentences))
    for i, s in enumerate(document.sentences):
        for start, end in spans:
            shared = max(0, min(end, s.end) - max(start, s.start))
            if shared >= GOLD_OVERLAP * min(end - start, s.end - s.start):
                labels[i] = 1.0
    return labels


def oracle_labels(sentence_tokens: Sequence[list[str]], reference: list[str], k: int = 3) -> np.ndarray:
    """The greedy ROUGE-1 + ROUGE-2 oracle against the reference: up to k
    sentences, each added while it raises the score."""
    picked: list[int] = []
    best = 0.0
    for _ in range(k):
        choice = None
        for i in range(len(sentence_tokens)):
            if i in picked:
                continue
            r1, r2 = rouge_1_2([t for j in sorted([*picked, i]) for t in sentence_tokens[j]], reference)
            if r1 + r2 > best:
                best, choice = r1 + r2, i
        if choice is None:
            break
        picked.append(choice)
    labels = np.zeros(len(sentence_tokens))
    labels[picked] = 1.0
    return labels


def article_features(job: tuple[str, Article]) -> dict | None:
    """Every component of one article's sentences, its labels and references."""
    from summarizer.document import parse_document
    from summarizer.summarizers.news import analyse

    set_name, article = job
    document = parse_document(article.text)
    if not document.sentences:
        return None
    analysis = analyse(document)
    sentence_tokens = [tokens(s.text) for s in document.sentences]
    texts = article.highlights if REFERENCE[set_name] == "highlights" else article.reference
    k = 3 if REFERENCE[set_name] == "highlights" else len(article.reference)
    reference = [t for r in texts for t in tokens(r)]
    components = {name: np.asarray(values, dtype=float) for name, values in analysis.components.items()}
    components.update(position_transforms(document))
    components.update(other_transforms(document))
    return {
        "components": components,
        "similarity": analysis.similarity,
        "units": analysis.units,
        "captions": analysis.captions,
        "tokens": sentence_tokens,
        "reference": (reference, k),
        # BBC's references are sentences of the article: an extractive gold too.
        "gold": gold_labels(article.text, document, article.gold or article.reference)
        if article.gold or article.reference else None,
        "oracle": oracle_labels(sentence_tokens, [t for r in article.highlights for t in tokens(r)])
        if article.highlights else None,
    }


def position_transforms(document: Document) -> dict[str, np.ndarray]:
    """Position as 1 / (1 + i / h) for each h of HALF_LIVES ("position_h8"):
    earlier or later decays than the ranker's lead_position (h = 4); none
    needs paragraphs or a headline."""
    i = np.arange(len(document.sentences))
    return {f"position_h{h}": 1.0 / (1.0 + i / h) for h in HALF_LIVES}


def other_transforms(document: Document) -> dict[str, np.ndarray]:
    """Tried and left out of FEATURES: `relative_position`, i / (n - 1)
    (0 for the first sentence, 1 for the last), and `log_length`,
    log(1 + words) / log(61) (a length prior: with the oracle label it
    learns shorter picks, which ROUGE F1 rewards and the reader does not)."""
    n = len(document.sentences)
    words = np.array([len(s.text.split()) for s in document.sentences], dtype=float)
    return {"relative_position": np.arange(n) / max(n - 1, 1), "log_length": np.log1p(words) / np.log1p(60)}


def matrix(item: dict, names: Sequence[str]) -> np.ndarray:
    """Sentences x the named components of one article."""
    return np.stack([item["components"][name] for name in names], axis=1)


def newton(design: np.ndarray, targets: np.ndarray, sample: np.ndarray, penalty: np.ndarray) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method."""
    w = np.zeros(design.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(design @ w)))
        gradient = design.T @ (sample * (p - targets)) + penalty @ w
        hessian = design.T @ (design * (sample * p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fit_logistic(items: Sequence[dict], names: Sequence[str], label: str, l2: float = L2) -> np.ndarray:
    """L2 logistic regression over sentences; the weights without the
    intercept (it does not change a ranking)."""
    usable = [item for item in items if item[label] is not None]
    x = np.vstack([matrix(item, names) for item in usable])
    y = np.concatenate([item[label] for item in usable])
    sample = np.concatenate([np.full(len(item[label]), item.get("share", 1.0)) for item in usable])
    design = np.hstack([x, np.ones((len(x), 1))])
    penalty = l2 * sample.sum() * np.eye(design.shape[1])
    penalty[-1, -1] = 0.0
    return newton(design, y, sample, penalty)[:-1]


def fit_pairwise(items: Sequence[dict], names: Sequence[str], label: str, l2: float = L2,
                 prior: np.ndarray | None = None) -> np.ndarray:
    """RankNet's loss, a logistic loss on the difference of a labelled and an
    unlabelled sentence of the same article (no intercept). With `prior`
    the weights are a multiple of it (free) plus a change (penalised by
    `l2`): the shipped weights where the data do not insist."""
    differences, shares = [], []
    for item in items:
        y = item[label]
        if y is None or y.sum() == 0 or y.sum() == len(y):
            continue
        x = matrix(item, names)
        positives, negatives = x[y == 1], x[y == 0]
        differences.append((positives[:, None, :] - negatives[None, :, :]).reshape(-1, x.shape[1]))
        shares.append(np.full(len(differences[-1]), item.get("share", 1.0)))
    d = np.vstack(differences)
    sample = np.concatenate(shares)
    both = np.vstack([d, -d])
    targets = np.concatenate([np.ones(len(d)), np.zeros(len(d))])
    sample = np.concatenate([sample, sample])
    if prior is None:
        return newton(both, targets, sample, l2 * sample.sum() * np.eye(both.shape[1]))
    design = np.hstack([both, (both @ prior)[:, None]])
    penalty = l2 * sample.sum() * np.eye(design.shape[1])
    penalty[-1, -1] = 0.0
    w = newton(design, targets, sample, penalty)
    return w[:-1] + w[-1] * prior


def fit(items: Sequence[dict], names: Sequence[str], label: str, model: str, l2: float = L2,
        prior: np.ndarray | None = None) -> np.ndarray:
    """The weights learnt on `items` (an item's "share" weighs its sentences), largest 1."""
    weights = (fit_pairwise(items, names, label, l2, prior) if model == "pairwise"
               else fit_logistic(items, names, label, l2))
    return weights / np.abs(weights).max()


def rouge(items: Sequence[dict], names: Sequence[str], weights: np.ndarray, redundancy: float) -> tuple[float, float]:
    """Mean fast ROUGE-1 and ROUGE-2 of the real selection over `items`."""
    r1, r2, _, _ = rouge_detail(items, names, weights, redundancy)
    return r1, r2


def rouge_detail(items: Sequence[dict], names: Sequence[str], weights: np.ndarray,
                 redundancy: float) -> tuple[float, float, float, float]:
    """Mean fast ROUGE-1 and ROUGE-2 F1, ROUGE-1 recall and tokens picked,
    of the real selection over `items`."""
    from collections import Counter

    from summarizer.summarizers.news import select_mmr

    total_1 = total_2 = recall = length = 0.0
    for item in items:
        reference, k = item["reference"]
        picked = select_mmr(matrix(item, names) @ weights, item["similarity"], k, redundancy, item["units"],
                            item.get("captions", frozenset()))
        picked_tokens = [t for i in picked for t in item["tokens"][i]]
        r1, r2 = rouge_1_2(picked_tokens, reference)
        total_1, total_2 = total_1 + r1, total_2 + r2
        recall += 100 * sum((Counter(picked_tokens) & Counter(reference)).values()) / max(len(reference), 1)
        length += len(picked_tokens)
    n = len(items)
    return total_1 / n, total_2 / n, recall / n, length / n


def best_redundancy(items: Sequence[dict], names: Sequence[str], weights: np.ndarray) -> float:
    """The MMR redundancy of REDUNDANCY_GRID with the best ROUGE-1 + ROUGE-2 on `items`."""
    return max(REDUNDANCY_GRID, key=lambda r: sum(rouge(items, names, weights, r)))


def learn(proxy: Sequence[dict], bbc: Sequence[dict], names: Sequence[str], label: str, model: str,
          shares: Sequence[float], shipped: np.ndarray, shipped_redundancy: float,
          fixed_redundancy: float | None = None, strengths: Sequence[float] = (L2,),
          prior: bool = False) -> tuple[np.ndarray, float, float]:
    """Weights, redundancy and BBC share learnt on a training half alone.

    For each share and L2 strength, fit on the proxy with BBC as one block
    beside it (each BBC sentence counting `share`), and choose the
    redundancy on the proxy; keep the fit with the best proxy ROUGE-1 among
    those whose BBC ROUGE-1 falls at most BBC_SLACK below the shipped
    weights' (on this half), or the best for BBC when none does."""
    bbc_floor = rouge(bbc, names, shipped, shipped_redundancy)[0] - BBC_SLACK
    fits = []
    for share, l2 in ((share, l2) for share in shares for l2 in strengths):
        items = [*proxy, *({**item, "share": share} for item in bbc)] if share else list(proxy)
        weights = fit(items, names, label, model, l2, shipped if prior else None)
        redundancy = fixed_redundancy if fixed_redundancy is not None else best_redundancy(proxy, names, weights)
        proxy_r1, bbc_r1 = rouge(proxy, names, weights, redundancy)[0], rouge(bbc, names, weights, redundancy)[0]
        print(f"  share {share:g}, l2 {l2:g}: proxy {proxy_r1:.2f}, BBC {bbc_r1:.2f} (floor {bbc_floor:.2f}), "
              f"redundancy {redundancy:g}")
        fits.append((bbc_r1 >= bbc_floor, proxy_r1 if bbc_r1 >= bbc_floor else bbc_r1, share, weights, redundancy))
    _, _, share, weights, redundancy = max(fits, key=lambda c: (c[0], c[1]))
    return weights, redundancy, share


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles of each set.")
    parser.add_argument("--label", choices=("gold", "oracle"), default="gold")
    parser.add_argument("--model", choices=("logistic", "pairwise"), default="pairwise")
    parser.add_argument("--features", default=",".join(FEATURES), help="Components to fit, comma-separated.")
    parser.add_argument("--shares", default="0",
                        help="Shares of BBC as one block in the fit to choose from, on the training half.")
    parser.add_argument("--redundancy", type=float, default=None,
                        help="MMR redundancy to use (default: chosen on the training half).")
    parser.add_argument("--l2", default=str(L2), help="L2 strengths to choose from on the training half.")
    parser.add_argument("--prior", action="store_true",
                        help="Pairwise: penalise the change from the shipped weights, not the weights.")
    parser.add_argument("--cache", default=None, help="Pickle of the features, read if there, else written.")
    args = parser.parse_args(argv)
    if not all(available(s) for s in SETS):
        print(f"learn_weights: dev data missing under {DATA}; skipping.")
        return 0
    from summarizer.summarizers.news import WEIGHTS

    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.is_file():
        data = pickle.loads(cache.read_bytes())
    else:
        data = {s: [f for f in map(article_features, [(s, a) for a in load(s, args.limit)]) if f is not None]
                for s in SETS}
        if cache is not None:
            cache.write_bytes(pickle.dumps(data))
    names = tuple(args.features.split(","))
    shares = [float(v) for v in args.shares.split(",")]
    shipped = np.array([WEIGHTS.component_weights().get(n, 0.0) for n in names])
    proxy = data["cnn-corpus-flat"]
    halves = {"A": proxy[0::2], "B": proxy[1::2]}
    bbc_halves = {"A": data["bbc-flat"][0::2], "B": data["bbc-flat"][1::2]}
    print(f"label {args.label}, model {args.model}; features: {', '.join(names)}")
    print("anchors (fast ROUGE-1, whole sets): " + "; ".join(
        f"{anchor}: proxy {rouge(proxy, (anchor,), np.ones(1), 0.0)[0]:.2f}, "
        f"BBC as one block {rouge(data['bbc-flat'], (anchor,), np.ones(1), 0.0)[0]:.2f}"
        for anchor in ("lead_position", "centrality")))
    rows = []
    for train, test in (("A", "B"), ("B", "A")):
        print(f"fit on {train}:")
        weights, redundancy, share = learn(halves[train], bbc_halves[train], names, args.label, args.model, shares,
                                           shipped, WEIGHTS.redundancy, args.redundancy,
                                           [float(v) for v in args.l2.split(",")], args.prior)
        print("  " + ", ".join(f"{n}={w:.3f}" for n, w in zip(names, weights, strict=True))
              + f", redundancy={redundancy:g}, BBC share {share:g}")
        learnt = [rouge(halves[half], names, weights, redundancy)[0] for half in (train, test)]
        base = [rouge(halves[half], names, shipped, WEIGHTS.redundancy)[0] for half in (train, test)]
        for label, w, r in (("learnt", weights, redundancy), ("shipped", shipped, WEIGHTS.redundancy)):
            _, _, recall, length = rouge_detail(halves[test], names, w, r)
            print(f"  {label} on {test}: ROUGE-1 recall {recall:.2f}, tokens picked {length:.1f}")
        bbc_learnt = rouge(bbc_halves[test], names, weights, redundancy)[0]
        bbc_base = rouge(bbc_halves[test], names, shipped, WEIGHTS.redundancy)[0]
        rows.append((train, test, learnt, base, bbc_learnt, bbc_base))
    print("\n| fit on | proxy R-1 train (shipped) | proxy R-1 held out (shipped) | gain held out | "
          "BBC as one block, held-out half, R-1 (shipped) |")
    print("|---|---|---|---|---|")
    for train, test, learnt, base, bbc_learnt, bbc_base in rows:
        print(f"| {train} | {learnt[0]:.2f} ({base[0]:.2f}) | {test}: {learnt[1]:.2f} ({base[1]:.2f}) | "
              f"{learnt[1] - base[1]:+.2f} | {bbc_learnt:.2f} ({bbc_base:.2f}) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
