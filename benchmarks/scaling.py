"""How summary time grows with the size of one input.

Prints seconds for texts of 0.5 to 5 MB, for the lead and the default (news)
ranker, and the time per MB relative to the smallest size: near 1.0 means
linear growth. Two kinds of text: the demo article's paragraphs repeated
(worst case for a similarity graph: every pair of sentences alike) and, when
../shared is present, CNN-Corpus dev articles joined.

    .venv/bin/python benchmarks/scaling.py
    .venv/bin/python benchmarks/scaling.py --splitter   # the splitter alone, adversarial shapes
    .venv/bin/python benchmarks/scaling.py --claims     # extract_claims, the same shapes

The splitter section (`splitter_scaling`) times `split_sentences` alone on
odd but real shapes beside joined CNN articles, at 16 KB to 1 MB, and prints
seconds per MB at each size and the ratio of the 1 MB figure to the 16 KB
one (at most 2 is the target). The claims section (`claims_scaling`) does the
same for `extract_claims`: splitting, parsing and tagging.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import argparse  # noqa: E402
from collections.abc import Callable  # noqa: E402

from summarizer import summarize  # noqa: E402

SIZES_MB = (0.5, 1, 2, 5)
CNN = ROOT.parent / "shared" / "data" / "cnn-corpus" / "dev.jsonl"


def repeated_demo(size: int) -> str:
    paragraphs = (ROOT / "data" / "nato-third-country-agreements.txt").read_text(encoding="utf-8").split("\n\n")
    block = "\n\n".join(paragraphs[2:9]) + "\n\n"
    return block * (size // len(block) + 1)


def joined_cnn(size: int) -> str | None:
    if not CNN.exists():
        return None
    texts, total = [], 0
    while total < size:
        with CNN.open(encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line)["text"]
                texts.append(text)
                total += len(text.encode("utf-8"))
                if total >= size:
                    break
    return "\n\n".join(texts)


# --- The splitter alone ------------------------------------------------------------

SPLITTER_SIZES = (16_000, 64_000, 256_000, 1_000_000)
SPLITTER_UNITS: dict[str, str] = {
    "titles and initials (one sentence)": "Mr. A. B. C. Smith said that Dr. D. E. Jones told Ms. F. G. Brown that ",
    "short quoted sentences": '"Yes," he said. ',
    "unmatched quote marks": '\u201cYes he said " and then \u2019 the ',
    "no punctuation at all": "the minister said that the plan would work and Smith agreed ",
    "one word per line": "minister\nsaid\nthat\nThe\nplan\n",
}


def repeated(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size].rstrip() + "."


def splitter_scaling(give_up_seconds: float = 60.0) -> None:
    """Seconds per MB of split_sentences on each shape; sizes after one that
    took longer than `give_up_seconds` are skipped (printed as -)."""
    from summarizer.nlp.splitter import split_sentences

    split_sentences("Warm up: Punkt is built on first use. Then it is timed.")
    shapes: dict[str, Callable[[int], str | None]] = {"CNN-Corpus joined": joined_cnn}
    shapes.update({name: repeated(unit) for name, unit in SPLITTER_UNITS.items()})
    sizes = " ".join(f"{size // 1000:>7} KB" for size in SPLITTER_SIZES)
    print(f"## split_sentences, seconds per MB\n{'shape':<36} {sizes}   1 MB / 16 KB")
    for name, make in shapes.items():
        if make(1000) is None:
            print(f"{name:<36} skipped: {CNN} not found")
            continue
        per_mb: list[float | None] = []
        for size in SPLITTER_SIZES:
            if per_mb and per_mb[-1] is None:
                per_mb.append(None)
                continue
            text = make(size)
            assert text is not None
            started = time.process_time()
            try:
                split_sentences(text)
            except Exception as error:  # e.g. a regex time limit
                print(f"{name}: {size // 1000} KB failed: {type(error).__name__}")
                per_mb.append(None)
                continue
            seconds = time.process_time() - started
            per_mb.append(seconds / (len(text) / 1_000_000) if seconds <= give_up_seconds else None)
        first, last = per_mb[0], per_mb[-1]
        ratio = f"{last / first:.2f}" if first and last else "-"
        cells = " ".join(f"{p:10.3f}" if p is not None else f"{'-':>10}" for p in per_mb)
        print(f"{name:<36} {cells}   {ratio}")


# --- Claims (extract_claims) ------------------------------------------------------------


def claims_scaling(give_up_seconds: float = 60.0) -> None:
    """Seconds per MB of `extract_claims` (split, parse, tag) on the issue-15
    shapes beside joined CNN articles, 16 KB to 1 MB, the ratio of the 1 MB
    figure to the 16 KB one (target at most 2), and the slowest 1 MB time
    (target at most 15 s). Sizes after one slower than `give_up_seconds` are
    skipped (printed as -)."""
    from summarizer.claims import extract_claims

    extract_claims("Warm up: Punkt is built on first use, the tagger said.")
    shapes: dict[str, Callable[[int], str | None]] = {"CNN-Corpus joined": joined_cnn}
    shapes.update({name: repeated(unit) for name, unit in SPLITTER_UNITS.items()})
    sizes = " ".join(f"{size // 1000:>7} KB" for size in SPLITTER_SIZES)
    print(f"## extract_claims, seconds per MB\n{'shape':<36} {sizes}   1 MB / 16 KB   1 MB s   claims at 1 MB")
    for name, make in shapes.items():
        if make(1000) is None:
            print(f"{name:<36} skipped: {CNN} not found")
            continue
        per_mb: list[float | None] = []
        seconds = found = 0.0
        for size in SPLITTER_SIZES:
            if per_mb and per_mb[-1] is None:
                per_mb.append(None)
                continue
            text = make(size)
            assert text is not None
            started = time.process_time()
            found = len(extract_claims(text))
            seconds = time.process_time() - started
            per_mb.append(seconds / (len(text) / 1_000_000) if seconds <= give_up_seconds else None)
        first, last = per_mb[0], per_mb[-1]
        ratio = f"{last / first:.2f}" if first and last else "-"
        cells = " ".join(f"{p:10.3f}" if p is not None else f"{'-':>10}" for p in per_mb)
        whole = f"{seconds:.1f}" if last is not None else "-"
        print(f"{name:<36} {cells}   {ratio:>12}   {whole:>7}   {int(found):>14,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--splitter", action="store_true", help="Only the splitter section.")
    parser.add_argument("--claims", action="store_true", help="Only the claims section (extract_claims).")
    args = parser.parse_args()
    if args.splitter:
        splitter_scaling()
        return
    if args.claims:
        claims_scaling()
        return
    summary_scaling()


def summary_scaling() -> None:
    kinds = {"repeated demo": repeated_demo, "CNN-Corpus joined": joined_cnn}
    print(f"{'text':<18} {'method':<8} " + " ".join(f"{mb:>6} MB" for mb in SIZES_MB) + "   s/MB vs smallest")
    for kind, make in kinds.items():
        if make(1000) is None:
            print(f"{kind:<18} skipped: {CNN} not found")
            continue
        for method in ("lead", "default"):
            seconds = []
            for mb in SIZES_MB:
                text = make(int(mb * 1_000_000))
                started = time.process_time()
                summarize(text, sentences=5, method=method)
                seconds.append(time.process_time() - started)
            per_mb = [s / mb for s, mb in zip(seconds, SIZES_MB, strict=True)]
            ratios = " ".join(f"{p / per_mb[0]:.2f}" for p in per_mb)
            print(f"{kind:<18} {method:<8} " + " ".join(f"{s:9.1f}" for s in seconds) + f"   {ratios}")


if __name__ == "__main__":
    main()
