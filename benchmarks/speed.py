"""Speed: ms per article on CNN-Corpus dev, and one long document.

1. Every CNN-Corpus dev article through parse_document and the ranker
   (default, lead, sumy LexRank and TextRank): ms per article.
2. A long document: 50 CNN-Corpus dev articles joined (about 1,600
   sentences), parsed once; the default ranker beside sumy LexRank and
   TextRank on the same sentences, as ratios measured in the same run.
3. How ranking time grows: documents of 10 to 100 joined articles, the
   number of sentence pairs that share a word (what the sparse similarity
   graph holds) against all pairs, and the time per thousand sharing pairs.
4. The sentence splitter beside pySBD (when installed) on every CNN-Corpus
   dev article, in the same run: ms per article and the ratio.

Usage:
  .venv/bin/python benchmarks/speed.py [--limit N] [--articles 50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._data import DATA, available, load, long_document, print_table
from summarizer.model import Document

PER_ARTICLE_METHODS = ("default", "lead", "lexrank", "textrank")
GROWTH_SIZES = (10, 25, 50, 100)


def timed(work: Callable[[], object], repeat: int = 1) -> float:
    """Best wall time of `repeat` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def rank(document: Document, method: str) -> Callable[[], object]:
    from summarizer.summarizers.base import Length
    from summarizer.summary import summarize_document

    return lambda: summarize_document(document, Length(), method)


def per_article(limit: int | None) -> None:
    from summarizer.document import parse_document

    articles = load("cnn-corpus", limit)
    started = time.perf_counter()
    documents = [parse_document(a.text) for a in articles]
    parse_ms = 1000 * (time.perf_counter() - started) / len(articles)
    print(f"\n## Per article: CNN-Corpus dev, {len(articles)} articles "
          f"(avg {sum(len(d.sentences) for d in documents) / len(documents):.1f} sentences)")
    rows = []
    for method in PER_ARTICLE_METHODS:
        seconds = timed(lambda m=method: [rank(d, m)() for d in documents])  # type: ignore[misc]
        rank_ms = 1000 * seconds / len(documents)
        rows.append([method, f"{parse_ms:.2f}", f"{rank_ms:.2f}", f"{parse_ms + rank_ms:.2f}"])
    print_table(["method", "parse ms", "rank + select ms", "total ms/article"], rows)
    claims_vs_summary(documents)


def claims_vs_summary(documents: Sequence[Document], repeat: int = 5) -> None:
    """Claims for an article beside its default summary, both on the parsed
    document, in the same run (issue 9: at most 1.0x). The two are timed in
    turn, `repeat` times each, so that a machine shared with other work slows
    both alike; the best time of each and the ratio of the medians are shown."""
    from statistics import median

    from summarizer.claims import claims_in_document

    summaries: list[float] = []
    claims: list[float] = []
    for _ in range(repeat):
        summaries.append(timed(lambda: [rank(d, "default")() for d in documents]))
        claims.append(timed(lambda: [claims_in_document(d) for d in documents]))
    n = len(documents)
    summary, claim = min(summaries), min(claims)
    print(f"\nclaims (claims_in_document): {1000 * claim / n:.2f} ms/article; default summary (rank + select): "
          f"{1000 * summary / n:.2f} ms/article; claims / summary = {claim / summary:.2f}x "
          f"(best of {repeat} each; ratio of medians {median(claims) / median(summaries):.2f}x)")


def long_run(count: int, repeat: int) -> None:
    from summarizer.document import parse_document

    text = long_document(count)
    parse_s = timed(lambda: parse_document(text), repeat)
    document = parse_document(text)
    n = len(document.sentences)
    print(f"\n## Long document: {count} CNN-Corpus dev articles joined, {n} sentences, "
          f"{len(text.split()):,} words")
    ours = timed(rank(document, "default"), repeat)
    rows = [["parse_document (splitter + headlines)", f"{1000 * parse_s:.0f}", ""],
            ["default (news ranker)", f"{1000 * ours:.0f}", "1.0x"]]
    for method in ("lexrank", "textrank"):
        seconds = timed(rank(document, method))
        rows.append([f"sumy {method}", f"{1000 * seconds:.0f}", f"{seconds / ours:.1f}x"])
    print_table(["step", "ms", "time / ours"], rows)
    print(f"ours is {float(rows[2][2][:-1]):.0f}x faster than sumy LexRank, {float(rows[3][2][:-1]):.0f}x than "
          f"TextRank; parsing takes {parse_s / ours:.1f}x our ranking time.")


def growth(repeat: int) -> None:
    from summarizer.document import parse_document
    from summarizer.summarizers.news import sentence_terms, sentence_words, similarity_graph, term_matrix

    print("\n## Growth of ranking time (default ranker) with the sentence pairs that share a word")
    rows = []
    for count in GROWTH_SIZES:
        document = parse_document(long_document(count))
        n = len(document.sentences)
        sharing = similarity_graph(term_matrix(sentence_terms(sentence_words(document)))).nnz // 2
        seconds = timed(rank(document, "default"), repeat)
        rows.append([str(count), str(n), f"{sharing:,}", f"{n * (n - 1) // 2:,}", f"{1000 * seconds:.0f}",
                     f"{1e6 * seconds / max(sharing, 1):.2f}", f"{1000 * seconds / n:.2f}"])
    print_table(["articles", "sentences", "sharing pairs", "all pairs", "ms", "ms / 1k sharing pairs",
                 "ms / sentence"], rows)


def splitter_vs_pysbd(limit: int | None, repeat: int) -> None:
    from summarizer.nlp.splitter import split_sentences

    texts = [a.text for a in load("cnn-corpus", limit)]
    print(f"\n## Sentence splitter: {len(texts)} CNN-Corpus dev articles")
    ours = timed(lambda: [split_sentences(t) for t in texts], repeat)
    rows = [["ours (split_sentences)", f"{1000 * ours / len(texts):.2f}", "1.0x"]]
    try:
        import pysbd
    except ImportError:
        print("pySBD not installed (pip install pysbd); only ours is timed.")
    else:
        segmenter = pysbd.Segmenter(language="en", clean=False)
        theirs = timed(lambda: [segmenter.segment(t) for t in texts], repeat)
        rows.append(["pySBD 0.3 (English, clean=False)", f"{1000 * theirs / len(texts):.2f}", f"{theirs / ours:.1f}x"])
    print_table(["splitter", "ms / article", "time / ours"], rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles for the per-article run.")
    parser.add_argument("--articles", type=int, default=50, help="Articles joined into the long document.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs of our ranker; the best is kept.")
    parser.add_argument("--skip-growth", action="store_true", help="Leave out the growth table.")
    parser.add_argument("--splitter-only", action="store_true", help="Only the splitter beside pySBD.")
    args = parser.parse_args(argv)
    if not available("cnn-corpus"):
        print(f"speed: no CNN-Corpus dev data under {DATA}; skipping.")
        return 0
    if args.splitter_only:
        splitter_vs_pysbd(args.limit, args.repeat)
        return 0
    per_article(args.limit)
    long_run(args.articles, args.repeat)
    if not args.skip_growth:
        growth(args.repeat)
    splitter_vs_pysbd(args.limit, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
