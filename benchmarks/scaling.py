"""How summary time grows with the size of one input.

Prints seconds for texts of 0.5 to 5 MB, for the lead and the default (news)
ranker, and the time per MB relative to the smallest size: near 1.0 means
linear growth. Two kinds of text: the demo article's paragraphs repeated
(worst case for a similarity graph: every pair of sentences alike) and, when
../shared is present, CNN-Corpus dev articles joined.

    .venv/bin/python benchmarks/scaling.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def main() -> None:
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
