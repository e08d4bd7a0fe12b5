"""The sentence splitter measured three ways, beside pySBD in the same run.

1. The English "Golden Rules": the public test set of the pragmatic_segmenter
   project for sentence boundary detection, 52 numbered short texts, each
   with the sentences a splitter should return. They are written down below
   as data, numbered as published. Sentences are compared with runs of
   whitespace made one space: pragmatic_segmenter's own answers to the
   newline rules (41-43) are cleaned text, while ours index the original.
2. Messy text: every article hard-wrapped paragraph by paragraph
   (`textwrap.fill` at 60 and 72 columns), the demo and CNN-Corpus dev. An
   article counts when its sentences equal the unwrapped ones, and when its
   summary (title and sentences, default method and length) is the same.
   Compared with whitespace removed: textwrap also breaks lines after a
   hyphen ("Third-\\nCountry"), so that only the boundaries are compared.
3. CNN-Corpus dev segmentation: the corpus's own sentence boundaries inside
   paragraphs (a new sentence that is not the first of its paragraph)
   against ours and pySBD's: boundaries both have, wrong splits (a boundary
   the corpus does not have) and missed splits.

    .venv/bin/python benchmarks/golden_rules.py [--limit N] [--skip-pysbd]

pySBD (`pip install pysbd`, in the bench extra) is skipped when absent, and
the data sections skip when ../shared is absent.

Rules left failing on purpose, with the reason, are in `NOT_FOR_NEWS`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._data import available, data_path  # noqa: E402
from summarizer.nlp.splitter import split_sentences  # noqa: E402

DEMO = ROOT / "data" / "nato-third-country-agreements.txt"
WRAP_WIDTHS = (60, 72)

# (number, name, text, expected sentences), as published.
GOLDEN_RULES: list[tuple[int, str, str, list[str]]] = [
    (1, "Simple period to end sentence", "Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]),
    (
        2,
        "Question mark to end sentence",
        "What is your name? My name is Jonas.",
        ["What is your name?", "My name is Jonas."],
    ),
    (3, "Exclamation point to end sentence", "There it is! I found it.", ["There it is!", "I found it."]),
    (4, "One letter upper case abbreviations", "My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
    (5, "One letter lower case abbreviations", "Please turn to p. 55.", ["Please turn to p. 55."]),
    (
        6,
        "Two letter lower case abbreviations in the middle of a sentence",
        "Were Jane and co. at the party?",
        ["Were Jane and co. at the party?"],
    ),
    (
        7,
        "Two letter upper case abbreviations in the middle of a sentence",
        "They closed the deal with Pitt, Briggs & Co. at noon.",
        ["They closed the deal with Pitt, Briggs & Co. at noon."],
    ),
    (
        8,
        "Two letter lower case abbreviations at the end of a sentence",
        "Let's ask Jane and co. They should know.",
        ["Let's ask Jane and co.", "They should know."],
    ),
    (
        9,
        "Two letter upper case abbreviations at the end of a sentence",
        "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
        ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."],
    ),
    (10, "Two letter (prepositive) abbreviations", "I can see Mt. Fuji from here.", ["I can see Mt. Fuji from here."]),
    (
        11,
        "Two letter (prepositive & postpositive) abbreviations",
        "St. Michael's Church is on 5th st. near the light.",
        ["St. Michael's Church is on 5th st. near the light."],
    ),
    (12, "Possesive two letter abbreviations", "That is JFK Jr.'s book.", ["That is JFK Jr.'s book."]),
    (
        13,
        "Multi-period abbreviations in the middle of a sentence",
        "I visited the U.S.A. last year.",
        ["I visited the U.S.A. last year."],
    ),
    (
        14,
        "Multi-period abbreviations at the end of a sentence",
        "I live in the E.U. How about you?",
        ["I live in the E.U.", "How about you?"],
    ),
    (
        15,
        "U.S. as sentence boundary",
        "I live in the U.S. How about you?",
        ["I live in the U.S.", "How about you?"],
    ),
    (
        16,
        "U.S. as non sentence boundary with next word capitalized",
        "I work for the U.S. Government in Virginia.",
        ["I work for the U.S. Government in Virginia."],
    ),
    (
        17,
        "U.S. as non sentence boundary",
        "I have lived in the U.S. for 20 years.",
        ["I have lived in the U.S. for 20 years."],
    ),
    (
        18,
        "A.M. / P.M. as non sentence boundary and sentence boundary",
        "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
        ["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."],
    ),
    (19, "Number as non sentence boundary", "She has $100.00 in her bag.", ["She has $100.00 in her bag."]),
    (
        20,
        "Number as sentence boundary",
        "She has $100.00. It is in her bag.",
        ["She has $100.00.", "It is in her bag."],
    ),
    (
        21,
        "Parenthetical inside sentence",
        "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
        ["He teaches science (He previously worked for 5 years as an engineer.) at the local University."],
    ),
    (
        22,
        "Email addresses",
        "Her email is Jane.Doe@example.com. I sent her an email.",
        ["Her email is Jane.Doe@example.com.", "I sent her an email."],
    ),
    (
        23,
        "Web addresses",
        "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
        ["The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."],
    ),
    (
        24,
        "Single quotations inside sentence",
        "She turned to him, 'This is great.' she said.",
        ["She turned to him, 'This is great.' she said."],
    ),
    (
        25,
        "Double quotations inside sentence",
        'She turned to him, "This is great." she said.',
        ['She turned to him, "This is great." she said.'],
    ),
    (
        26,
        "Double quotations at the end of a sentence",
        'She turned to him, "This is great." She held the book out to show him.',
        ['She turned to him, "This is great."', "She held the book out to show him."],
    ),
    (27, "Double punctuation (exclamation point)", "Hello!! Long time no see.", ["Hello!!", "Long time no see."]),
    (28, "Double punctuation (question mark)", "Hello?? Who is there?", ["Hello??", "Who is there?"]),
    (
        29,
        "Double punctuation (exclamation point / question mark)",
        "Hello!? Is that you?",
        ["Hello!?", "Is that you?"],
    ),
    (
        30,
        "Double punctuation (question mark / exclamation point)",
        "Hello?! Is that you?",
        ["Hello?!", "Is that you?"],
    ),
    (
        31,
        "List (period followed by parens and no period to end item)",
        "1.) The first item 2.) The second item",
        ["1.) The first item", "2.) The second item"],
    ),
    (
        32,
        "List (period followed by parens and period to end item)",
        "1.) The first item. 2.) The second item.",
        ["1.) The first item.", "2.) The second item."],
    ),
    (
        33,
        "List (parens and no period to end item)",
        "1) The first item 2) The second item",
        ["1) The first item", "2) The second item"],
    ),
    (
        34,
        "List (parens and period to end item)",
        "1) The first item. 2) The second item.",
        ["1) The first item.", "2) The second item."],
    ),
    (
        35,
        "List (period to mark list and no period to end item)",
        "1. The first item 2. The second item",
        ["1. The first item", "2. The second item"],
    ),
    (
        36,
        "List (period to mark list and period to end item)",
        "1. The first item. 2. The second item.",
        ["1. The first item.", "2. The second item."],
    ),
    (
        37,
        "List with bullet",
        "• 9. The first item • 10. The second item",
        ["• 9. The first item", "• 10. The second item"],
    ),
    (
        38,
        "List with hypthen",
        "⁃9. The first item ⁃10. The second item",
        ["⁃9. The first item", "⁃10. The second item"],
    ),
    (
        39,
        "Alphabetical list",
        "a. The first item b. The second item c. The third list item",
        ["a. The first item", "b. The second item", "c. The third list item"],
    ),
    (
        40,
        "No whitespace in between sentences",
        "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.",
        ["Hello world.", "Today is Tuesday.", "Mr. Smith went to the store and bought 1,000.", "That is a lot."],
    ),
    (
        41,
        "Errant newlines in the middle of sentences (PDF)",
        "This is a sentence\ncut off in the middle because pdf.",
        ["This is a sentence cut off in the middle because pdf."],
    ),
    (
        42,
        "Errant newlines in the middle of sentences",
        "It was a cold \nnight in the city.",
        ["It was a cold night in the city."],
    ),
    (
        43,
        "Lower case list separated by newline",
        "features\ncontact manager\nevents, activities\n",
        ["features", "contact manager", "events, activities"],
    ),
    (
        44,
        "Geo Coordinates",
        "You can find it at N°. 1026.253.553. That is where the treasure is.",
        ["You can find it at N°. 1026.253.553.", "That is where the treasure is."],
    ),
    (
        45,
        "Named entities with an exclamation point",
        "She works at Yahoo! in the accounting department.",
        ["She works at Yahoo! in the accounting department."],
    ),
    (
        46,
        "I as a sentence boundary and I as an abbreviation",
        "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
        ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"],
    ),
    (
        47,
        "Ellipsis at end of quotation",
        "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
        ["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"],
    ),
    (
        48,
        "Ellipsis with square brackets",
        '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).',
        ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).'],
    ),
    (
        49,
        "Ellipsis as sentence boundary (standard ellipsis rules)",
        "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission "
        "with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a "
        "period . . . . Next sentence.",
        [
            "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission "
            "with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with "
            "a period . . . .",
            "Next sentence.",
        ],
    ),
    (
        50,
        "Ellipsis as sentence boundary (non-standard ellipsis rules)",
        "I never meant that.... She left the store.",
        ["I never meant that....", "She left the store."],
    ),
    (
        51,
        "Ellipsis as non sentence boundary",
        "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
        ["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."],
    ),
    (
        52,
        "4-dot ellipsis",
        "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting "
        "compounds. . . . The practice was not abandoned. . . .",
        [
            "One further habit which was somewhat weakened . . . was that of combining words into "
            "self-interpreting compounds.",
            ". . . The practice was not abandoned. . . .",
        ],
    ),
]

# Rule number -> why the splitter is meant to fail it on news. Empty: every
# rule passes.
NOT_FOR_NEWS: dict[int, str] = {}

Splitter = Callable[[str], list[str]]


def ours(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)]


def pysbd_splitter() -> Splitter | None:
    """pySBD as published (English, no cleaning, so segments are the text's own), or None."""
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: [segment.strip() for segment in segmenter.segment(text) if segment.strip()]


def one_space(text: str) -> str:
    return " ".join(text.split())


def run(split: Splitter = ours) -> list[tuple[int, str, list[str], list[str]]]:
    """The failing rules as (number, name, expected, got)."""
    failures = []
    for number, name, text, expected in GOLDEN_RULES:
        got = split(text)
        if [one_space(s) for s in got] != [one_space(s) for s in expected]:
            failures.append((number, name, expected, got))
    return failures


def golden_rules(pysbd: Splitter | None) -> None:
    print(f"## Golden Rules (English), {len(GOLDEN_RULES)} rules")
    failures = run(ours)
    print(f"ours:  {len(GOLDEN_RULES) - len(failures)}/{len(GOLDEN_RULES)} pass")
    if pysbd is not None:
        theirs = run(pysbd)
        print(f"pySBD: {len(GOLDEN_RULES) - len(theirs)}/{len(GOLDEN_RULES)} pass "
              f"(fails {', '.join(str(number) for number, *_ in theirs) or 'none'})")
    for number, name, expected, got in failures:
        reason = f"  (left failing: {NOT_FOR_NEWS[number]})" if number in NOT_FOR_NEWS else ""
        print(f"\nFAIL {number}. {name}{reason}\n  expected: {expected}\n  got:      {got}")


# --- Messy text: hard-wrapped articles -------------------------------------------


def hard_wrapped(text: str, width: int) -> str:
    """`text` with each paragraph (between blank lines) filled to `width` columns."""
    return "\n\n".join(textwrap.fill(paragraph, width) for paragraph in re.split(r"\n[ \t]*\n", text))


def _squeezed(text: str) -> str:
    return "".join(text.split())


def sentence_key(text: str) -> list[str]:
    return [_squeezed(sentence.text) for sentence in split_sentences(text)]


def summary_key(text: str) -> tuple[str, list[tuple[int, str]]]:
    from summarizer import summarize

    summary = summarize(text)
    return _squeezed(summary.title or ""), [(s.index, _squeezed(s.text)) for s in summary.sentences]


def messy_text(articles: Sequence[tuple[str, str]], label: str, show: int = 3) -> None:
    """Share of `articles` (id, text) whose wrapped copies split and summarise as the original."""
    for width in WRAP_WIDTHS:
        same_sentences = same_summaries = 0
        examples: list[str] = []
        for article_id, text in articles:
            wrapped = hard_wrapped(text, width)
            sentences_equal = sentence_key(text) == sentence_key(wrapped)
            summaries_equal = summary_key(text) == summary_key(wrapped)
            same_sentences += sentences_equal
            same_summaries += summaries_equal
            if not (sentences_equal and summaries_equal) and len(examples) < show:
                examples.append(article_id)
        n = len(articles)
        print(f"| {label} | {width} | {n} | {same_sentences} ({100 * same_sentences / n:.1f}%) "
              f"| {same_summaries} ({100 * same_summaries / n:.1f}%) |")
        for article_id in examples:
            print(f"|   differs: {article_id} | | | | |")


def messy_section(limit: int | None) -> None:
    print("\n## Messy text: hard-wrapped copies (textwrap.fill, paragraph by paragraph)")
    print("| text | columns | articles | same sentences | same summary |")
    print("|---|---|---|---|---|")
    messy_text([("demo", DEMO.read_text(encoding="utf-8"))], "demo")
    if not available("cnn-corpus"):
        print("CNN-Corpus dev not found; skipped.")
        return
    from benchmarks._data import load

    messy_text([(a.id, a.text) for a in load("cnn-corpus", limit)], "CNN-Corpus dev")


# --- CNN-Corpus segmentation ---------------------------------------------------------


def _boundaries(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    """Starts of sentences that are not the first of their paragraph."""
    starts = set()
    previous_end = None
    for start, end in spans:
        if previous_end is not None and "\n\n" not in text[previous_end:start]:
            starts.add(start)
        previous_end = end
    return starts


def _located(text: str, segments: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets of pySBD's segments, found in order in `text`."""
    spans, position = [], 0
    for segment in segments:
        start = text.find(segment, position)
        if start < 0:
            continue
        spans.append((start, start + len(segment)))
        position = start + len(segment)
    return spans


def segmentation_section(limit: int | None, pysbd: Splitter | None) -> None:
    if not available("cnn-corpus"):
        print("\nCNN-Corpus dev not found; segmentation skipped.")
        return
    with data_path("cnn-corpus").open(encoding="utf-8") as lines:
        rows = [json.loads(line) for number, line in enumerate(lines) if limit is None or number < limit]
    splitters: dict[str, Callable[[str], list[tuple[int, int]]]] = {
        "ours": lambda text: [(s.start, s.end) for s in split_sentences(text)]}
    if pysbd is not None:
        splitters["pySBD"] = lambda text: _located(text, pysbd(text))
    corpus = [_boundaries(row["text"], row["sentence_spans"]) for row in rows]
    total = sum(len(b) for b in corpus)
    print(f"\n## CNN-Corpus dev segmentation: {len(rows)} articles, {total} sentence boundaries inside paragraphs")
    print("| splitter | boundaries | agree | wrong splits | missed splits |")
    print("|---|---|---|---|---|")
    for name, split in splitters.items():
        found = agree = 0
        for row, expected in zip(rows, corpus, strict=True):
            boundaries = _boundaries(row["text"], split(row["text"]))
            found += len(boundaries)
            agree += len(boundaries & expected)
        print(f"| {name} | {found} | {agree} | {found - agree} | {total - agree} |")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="Only the first N CNN-Corpus dev articles.")
    parser.add_argument("--skip-pysbd", action="store_true", help="Leave pySBD out.")
    parser.add_argument("--rules-only", action="store_true", help="Only the Golden Rules.")
    args = parser.parse_args(argv)
    pysbd = None if args.skip_pysbd else pysbd_splitter()
    if pysbd is None and not args.skip_pysbd:
        print("pySBD not installed (pip install pysbd); its column is skipped.\n")
    golden_rules(pysbd)
    if not args.rules_only:
        messy_section(args.limit)
        segmentation_section(args.limit, pysbd)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
