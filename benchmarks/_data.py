"""The shared evaluation data under ../shared/data, read the same way by
every benchmark.

Each data set becomes a list of `Article`: the text we feed the summariser
(exactly what a user would give it), the references, and how long a summary
each comparison asks for. Nothing here is copied into the repository.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"

# name -> file, relative to DATA.
DEV_SETS: dict[str, str] = {
    "cnn-corpus": "cnn-corpus/dev.jsonl",
    "cnndm-frank": "cnndm-frank/dev.jsonl",
    "bbc": "bbc-news-summary/dev.jsonl",
}
# A set as one block of text: the body without its headline, paragraph
# breaks joined by a space, as CNN/DailyMail is distributed (FRANK) and as
# pasted text often comes. "cnn-corpus-flat" is the FRANK-like proxy that
# weights for such text are tuned on, so that FRANK's 75 articles stay a check.
FLAT_SETS: dict[str, str] = {"cnn-corpus-flat": "cnn-corpus", "bbc-flat": "bbc"}
LINE_BREAKS = re.compile(r"\s*\n\s*")


@dataclass(frozen=True, slots=True)
class Article:
    """One evaluation article.

    `text` is the input as a reader would have it: for CNN-Corpus the
    headline, a blank line and the body (the corpus keeps the headline apart);
    FRANK has no headline; BBC files start with theirs. `body_offset` is where
    the corpus's own text starts inside `text`, so the corpus's sentence spans
    can be compared with ours. `gold_spans` are the spans (into `text`) of the
    human extractive gold sentences, when the set has them.
    """

    id: str
    text: str
    highlights: tuple[str, ...] = ()
    reference: tuple[str, ...] = ()
    gold: tuple[str, ...] = ()
    gold_spans: tuple[tuple[int, int], ...] = ()
    title: str | None = None
    body_offset: int = 0
    extra: dict[str, object] = field(default_factory=dict)


# The dev web pages (saved HTML) and their URLs, for the brief check.
WEB_PAGES = DATA / "webpages"


@dataclass(frozen=True, slots=True)
class WebPage:
    path: Path
    url: str


def load_pages(limit: int | None = None) -> list[WebPage]:
    """The first `limit` dev web pages (all when None), in dev.jsonl order."""
    index = WEB_PAGES / "dev.jsonl"
    if not index.is_file():
        return []
    return [WebPage(WEB_PAGES / "pages" / row["file"], row["url"]) for row in _lines(index, limit)]


def data_path(name: str) -> Path:
    return DATA / DEV_SETS[FLAT_SETS.get(name, name)]


def available(name: str) -> bool:
    return data_path(name).is_file()


def _lines(path: Path, limit: int | None) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for count, line in enumerate(handle):
            if limit is not None and count >= limit:
                return
            yield json.loads(line)


def load(name: str, limit: int | None = None) -> list[Article]:
    """The first `limit` articles of a dev set (all when None); a set of
    FLAT_SETS as one block of text (`flattened`)."""
    if name in FLAT_SETS:
        return [flattened(article) for article in load(FLAT_SETS[name], limit)]
    path = data_path(name)
    if name == "cnn-corpus":
        return [_cnn_corpus(row) for row in _lines(path, limit)]
    if name == "cnndm-frank":
        return [Article(id=row["id"], text=row["text"], highlights=tuple(row["highlights"]))
                for row in _lines(path, limit)]
    if name == "bbc":
        return [Article(id=row["id"], text=row["text"], title=row["title"],
                        reference=tuple(s.strip() for s in row["summary_sentences"]))
                for row in _lines(path, limit)]
    raise ValueError(f"unknown data set {name!r}")


def _cnn_corpus(row: dict) -> Article:
    prefix = row["title"].strip() + "\n\n"
    spans = row["sentence_spans"]
    gold_ids = row["extractive_gold_ids"]
    return Article(
        id=row["id"],
        text=prefix + row["text"],
        highlights=tuple(row["highlights"]),
        gold=tuple(row["extractive_gold"]),
        gold_spans=tuple((spans[i][0] + len(prefix), spans[i][1] + len(prefix)) for i in gold_ids),
        title=row["title"],
        body_offset=len(prefix),
    )


def flattened(article: Article) -> Article:
    """`article` as one block of text: its body without the headline (the
    corpus's title, or the first line of a BBC file), every line break a
    space. The references stay; the gold's spans do not (they index the
    original text)."""
    if article.title is None:
        body = article.text
    elif article.body_offset:
        body = article.text[article.body_offset:]
    else:
        first, _, rest = article.text.partition("\n")
        body = rest if first.strip() == article.title.strip() else article.text
    return Article(id=article.id, text=LINE_BREAKS.sub(" ", body).strip(), highlights=article.highlights,
                   reference=article.reference, gold=article.gold)


def long_document(count: int = 50) -> str:
    """`count` CNN-Corpus dev articles joined into one text (about 1,500
    sentences for 50), paragraphs kept."""
    return "\n\n".join(row["text"] for row in _lines(data_path("cnn-corpus"), count))


def print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A Markdown table: the first column left-aligned, the others right."""
    lines = [list(header), *[list(r) for r in rows]]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for number, line in enumerate(lines):
        print("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w)
                                for i, (c, w) in enumerate(zip(line, widths, strict=True))) + " |")
        if number == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
