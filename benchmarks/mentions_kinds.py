"""How the brief's "Mentioned" section types the names of real articles.

Reads ../shared/data (the 119 dev web pages, and the first CNN-Corpus dev
articles: headline, a blank line, the text) and finds each article's
mentions as `summarizer brief` does (`find_mentions` over the body's
sentences, the claim speakers as people and bodies, the title as a
headline), all of them, not only the 12 a brief shows. Prints the number of
names of each kind per set and, with `--sample N`, N typed names (person,
organisation, place) drawn with a fixed seed, each with its article and a
sentence naming it, for a reader to judge (right / wrong / should be other).

Usage:
  .venv/bin/python benchmarks/mentions_kinds.py [--cnn N] [--pages N] [--sample N] [--seed S]
      [--dump FILE.jsonl]

(about 2 minutes on 2 cores for 119 pages and 30 articles). Skips with a
message (exit 0) when ../shared/data is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._data import available, load, load_pages, print_table
from summarizer.claim_cache import document_claims
from summarizer.document import parse_document
from summarizer.errors import InputError
from summarizer.mentions import find_mentions
from summarizer.model import ORGANISATION, OTHER, PERSON, PLACE, Mention
from summarizer.reading import Article, read_article

KINDS = (PERSON, ORGANISATION, PLACE, OTHER)
TYPED = (PERSON, ORGANISATION, PLACE)


def article_mentions(article: Article) -> tuple[list[Mention], list[str]]:
    """All the mentions of one article, as the brief finds them, and its sentences."""
    document = parse_document(article.text)
    claims = document_claims(document)
    people = list(dict.fromkeys(c.speaker for c in claims if c.speaker and c.speaker_kind == "person"))
    bodies = list(dict.fromkeys(c.speaker for c in claims if c.speaker and c.speaker_kind == "organisation"))
    sentences = [s.text for s in document.sentences]
    title = article.title or document.title
    return find_mentions(sentences, people, bodies, [title] if title else []), sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cnn", type=int, default=30, help="CNN-Corpus dev rows from the first (default 30)")
    parser.add_argument("--pages", type=int, default=None, help="dev web pages from the first (default all)")
    parser.add_argument("--sample", type=int, default=0, help="typed names to print for a hand check")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--dump", type=Path, help="write every article's mentions here (JSON lines)")
    args = parser.parse_args()
    if not available("cnn-corpus") and not load_pages(1):
        print("mentions_kinds: ../shared/data is absent; skipped")
        return
    inputs: list[tuple[str, str, Article]] = []
    unread = 0
    for page in load_pages(args.pages):
        try:
            inputs.append(("web pages", page.path.name, read_article(str(page.path))))
        except InputError:  # no article text on the page: the brief refuses it too
            unread += 1
    if available("cnn-corpus"):
        for number, row in enumerate(load("cnn-corpus", args.cnn)):
            inputs.append(("cnn-corpus", f"row {number}", Article(row.text, source=row.id)))
    counts: dict[str, Counter[str]] = {}
    typed: list[tuple[str, str, Mention, str]] = []
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for set_name, name, article in inputs:
        mentions, sentences = article_mentions(article)
        counter = counts.setdefault(set_name, Counter())
        counter.update(m.kind for m in mentions)
        counter["articles"] += 1
        for mention in mentions:
            said = next((s for s in sentences if mention.name in s), "")
            if mention.kind in TYPED:
                typed.append((set_name, name, mention, said))
        if dump:
            dump.write(json.dumps({"set": set_name, "article": name,
                                   "mentions": [[m.name, m.kind, m.count] for m in mentions]}) + "\n")
    if dump:
        dump.close()
    rows = [[set_name, str(c["articles"]), *(str(c[k]) for k in KINDS), str(sum(c[k] for k in KINDS))]
            for set_name, c in counts.items()]
    print_table(["set", "articles", *KINDS, "names"], rows)
    if unread:
        print(f"({unread} web pages with no article text skipped, as the brief refuses them)")
    if args.sample:
        picked = random.Random(args.seed).sample(typed, min(args.sample, len(typed)))
        for set_name, name, mention, said in picked:
            print(f"\n{mention.kind:13} {mention.name} ({mention.count})   [{set_name}: {name}]")
            print(f"    {said[:200]}")


if __name__ == "__main__":
    main()
