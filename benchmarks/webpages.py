"""Main text, clutter and metadata on real saved web pages.

Reads ../shared/data/webpages (119 English pages with trafilatura's own
benchmark snippets: `with` must be in the main text, `without` must not) and,
in one run:

1. scores main-text precision, recall and F1 exactly as trafilatura's
   benchmark does: a `with` snippet found in the extracted text is a true
   positive (missing: a false negative), a `without` snippet found is a false
   positive (absent: a true negative), counted over all snippets of all
   pages; matching is a substring test after whitespace normalisation. Rows:
   trafilatura's defaults, favor_precision and favor_recall (each with its
   own defaults otherwise: comments and tables in), the same with comments
   and tables out; our extraction and clean-up over other trafilatura
   options (how `sources.TRAFILATURA_OPTIONS` was chosen), ours before the
   clean-up, and ours (`read_article`: our options, then the clean-up
   stage). Every row gets the same decoded page; trafilatura's rows run
   with its benchmark's zero minimum output size, ours with its defaults.
2. counts the `without` snippets longer than 15 characters that reach what a
   reader sees: a 5-sentence summary, any claim (the sentence that holds
   it), or a brief's bottom line and key points.
3. lists the title, author and date we give for every page (`--metadata`).

Usage:
  .venv/bin/python benchmarks/webpages.py [--limit N] [--only read_article] [--misses] [--metadata]

(about 3 minutes on 2 cores for every row; `--only read_article` for ours alone)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._data import DATA
from summarizer.reading import Article

PAGES = DATA / "webpages"
SUMMARY_SENTENCES = 5
# trafilatura's benchmark counts every snippet; the reader-facing count takes
# only snippets long enough to be a sentence fragment, not a word ("Next post").
READER_SNIPPET_MIN = 15


@dataclass(frozen=True, slots=True)
class Page:
    file: str
    url: str
    data: bytes
    html: str
    with_: tuple[str, ...]
    without: tuple[str, ...]


@dataclass
class Counts:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    seconds: float = 0.0

    def add(self, text: str | None, page: Page) -> None:
        """trafilatura's `evaluate_result`: no text counts every `with` as
        missed and every `without` as rightly absent."""
        if text is None:
            self.fn += len(page.with_)
            self.tn += len(page.without)
            return
        found = normalise(text)
        for snippet in page.with_:
            if normalise(snippet) in found:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in page.without:
            if normalise(snippet) in found:
                self.fp += 1
            else:
                self.tn += 1

    def row(self, name: str, pages: int) -> str:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        accuracy = (self.tp + self.tn) / max(1, self.tp + self.tn + self.fp + self.fn)
        ms = 1000 * self.seconds / max(1, pages)
        return (f"{name:<34} {precision:>6.3f} {recall:>6.3f} {f1:>6.3f} {accuracy:>6.3f} "
                f"{self.tp:>4} {self.fn:>4} {self.fp:>4} {self.tn:>4} {ms:>7.0f}")


def normalise(text: str) -> str:
    return " ".join(text.split())


def load_pages(limit: int | None) -> list[Page]:
    from summarizer.reading import decode
    from summarizer.sources import declared_charset

    pages = []
    with (PAGES / "dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            data = (PAGES / "pages" / row["file"]).read_bytes()
            html = decode(data, row["file"], declared=declared_charset(data)).text
            pages.append(Page(row["file"], row["url"], data, html, tuple(row["with"]), tuple(row["without"])))
            if limit is not None and len(pages) >= limit:
                break
    return pages


def trafilatura_setting(**options: bool) -> Callable[[Page], str | None]:
    def run(page: Page) -> str | None:
        import trafilatura
        from trafilatura.settings import use_config

        # trafilatura's benchmark runs with no minimum output size.
        config = use_config()
        config["DEFAULT"]["MIN_OUTPUT_SIZE"] = "0"
        config["DEFAULT"]["MIN_EXTRACTED_SIZE"] = "0"
        return trafilatura.extract(page.html, config=config, **options)  # type: ignore[arg-type]

    return run


def read_page(page: Page) -> Article | None:
    """The page as `summarizer summarize PAGE.html` reads it (no URL: a saved file)."""
    from summarizer.reading import InputError, article_from_bytes

    try:
        return article_from_bytes(page.data, page.file, kind="html")
    except InputError:
        return None


def ours(page: Page) -> str | None:
    article = read_page(page)
    return article.text if article else None


def ours_with(options: dict[str, bool] | None, clean: bool = True) -> Callable[[Page], str | None]:
    """Our extraction (title line, blocks, clean-up) over other trafilatura
    options, or without the clean-up: how the options were chosen."""
    def run(page: Page) -> str | None:
        from summarizer.reading import InputError
        from summarizer.sources import extract_html

        try:
            return extract_html(page.html, name=page.file, options=options, clean=clean).text
        except InputError:
            return None

    return run


def options(**chosen: bool) -> dict[str, bool]:
    return {"favor_precision": False, "favor_recall": False, "include_tables": False, "include_comments": False,
            **chosen}


SETTINGS: dict[str, Callable[[Page], str | None]] = {
    "trafilatura defaults": trafilatura_setting(),
    "trafilatura favor_precision": trafilatura_setting(favor_precision=True),
    "trafilatura favor_recall": trafilatura_setting(favor_recall=True),
    "defaults, no comments/tables": trafilatura_setting(include_comments=False, include_tables=False),
    "favor_precision, no comments/tables": trafilatura_setting(favor_precision=True, include_comments=False,
                                                               include_tables=False),
    "favor_recall, no comments/tables": trafilatura_setting(favor_recall=True, include_comments=False,
                                                            include_tables=False),
    "ours over defaults+tables": ours_with(options(include_tables=True)),
    "ours over favor_precision+tables": ours_with(options(favor_precision=True, include_tables=True)),
    "ours over favor_recall": ours_with(options(favor_recall=True)),
    "ours over favor_recall+tables+comm.": ours_with(options(favor_recall=True, include_tables=True,
                                                             include_comments=True)),
    "ours before clean-up": ours_with(None, clean=False),
    "ours (read_article + clean-up)": ours,
}


def score(pages: list[Page], only: str | None, misses: bool) -> None:
    header = (f"{'main text':<34} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6} {'tp':>4} {'fn':>4} {'fp':>4} {'tn':>4} "
              f"{'ms/page':>7}")
    print(header)
    print("-" * len(header))
    for name, run in SETTINGS.items():
        if only and only not in name:
            continue
        counts = Counts()
        missed: list[str] = []
        for page in pages:
            started = time.perf_counter()
            text = run(page)
            counts.seconds += time.perf_counter() - started
            counts.add(text, page)
            if misses and "read_article" in name:
                found = normalise(text or "")
                missed += [f"  fn {page.file}: {s!r}" for s in page.with_ if normalise(s) not in found]
                missed += [f"  fp {page.file}: {s!r}" for s in page.without if normalise(s) in found]
        print(counts.row(name, len(pages)), flush=True)
        if missed:
            print("\n".join(missed))


def reader_clutter(pages: list[Page]) -> None:
    """`without` snippets that reach a summary, a claim or a brief."""
    from summarizer import make_brief, summarize
    from summarizer.claims.extract import claims_in_document
    from summarizer.document import parse_document

    reached: list[str] = []
    distinct: dict[str, set[tuple[str, str]]] = {"summary or claim": set(), "brief": set()}
    long_snippets = 0
    for page in pages:
        snippets = [s for s in page.without if len(s) > READER_SNIPPET_MIN]
        long_snippets += len(snippets)
        if not snippets:
            continue
        article = read_page(page)
        if article is None:
            continue
        document = parse_document(article.text)
        claims = claims_in_document(document)
        places = {
            "summary": [s.text for s in summarize(article.text, sentences=SUMMARY_SENTENCES).sentences],
            # the whole sentence that holds each claim, and its speaker
            "claim": [document.sentences[c.sentence].text for c in claims if c.sentence >= 0]
            + [c.speaker or "" for c in claims],
        }
        brief = make_brief([article])
        places["brief"] = [p.text for p in (brief.bottom_line, *brief.key_points) if p]
        for place, texts in places.items():
            joined = normalise(" \n ".join(texts))
            for snippet in snippets:
                if normalise(snippet) in joined:
                    reached.append(f"  {place:<8} {page.file}: {snippet!r}")
                    distinct["brief" if place == "brief" else "summary or claim"].add((page.file, snippet))
    print(f"\n`without` snippets longer than {READER_SNIPPET_MIN} characters (of {long_snippets}) reaching a "
          f"{SUMMARY_SENTENCES}-sentence summary or a claim's sentence: {len(distinct['summary or claim'])}; "
          f"a brief's bottom line or key points: {len(distinct['brief'])}")
    if reached:
        print("\n".join(reached))


def metadata(pages: list[Page]) -> None:
    print(f"\n{'page':<40} {'date':<10}  title / author")
    for page in pages:
        article = read_page(page)
        if article is None:
            print(f"{page.file[:40]:<40} {'':<10}  (no article text)")
            continue
        print(f"{page.file[:40]:<40} {article.date or '-':<10}  {article.title or '-'}")
        print(f"{'':<40} {'':<10}  by {article.author or '-'}"
              + (f"   [{'; '.join(article.warnings)}]" if article.warnings else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--only", default=None, help="only the settings whose name contains this")
    parser.add_argument("--misses", action="store_true", help="list our missed and unwanted snippets")
    parser.add_argument("--metadata", action="store_true", help="list title, author and date per page")
    args = parser.parse_args(argv)
    if not (PAGES / "dev.jsonl").is_file():
        print(f"skipped: {PAGES} is not here (../shared is absent)")
        return 0
    pages = load_pages(args.limit)
    print(f"{len(pages)} pages from {PAGES}\n")
    score(pages, args.only, args.misses)
    if not args.only or "read_article" in args.only or args.only == "ours":
        reader_clutter(pages)
    if args.metadata:
        metadata(pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
