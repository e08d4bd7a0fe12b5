"""Tests of the offline sentence splitter on real news text.

The real cases live in tests/splitter_cases.txt: short passages copied from
the BBC, PolNeAR, CNN-Corpus and CNN/DailyMail news corpora, each tagged with
the rule or feature it exercises. Every rule named in the splitter has at
least one of them. Invariants (offsets, paragraphs, coverage) are checked on
those passages, on synthetic texts and on generated ones.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.model import Sentence
from summarizer.nlp import splitter
from summarizer.nlp.splitter import split_sentences

HERE = Path(__file__).resolve().parent
CASES_FILE = HERE / "splitter_cases.txt"
GOLDEN_RULES_SCRIPT = HERE.parent / "benchmarks" / "golden_rules.py"
SPLITTER_MODULES = ("splitter.py", "lines.py", "punkt.py")
NEWLINE = r"(?:\r\n|\r(?!\n)|\n)"
BLANK_LINE = re.compile(rf"{NEWLINE}[ \t\f\v\u00a0]*{NEWLINE}")


@dataclass(frozen=True)
class Case:
    rule: str
    source: str
    passage: str
    expected: list[str]


def load_cases(path: Path = CASES_FILE) -> list[Case]:
    """Read the fixture: `=== rule | source`, passage, `---`, sentences."""
    cases = []
    for chunk in path.read_text(encoding="utf-8").split("\n=== ")[1:]:
        header, _, body = chunk.partition("\n")
        passage, _, expected = body.partition("\n---\n")
        rule, _, source = header.partition(" | ")
        sentences = [line.replace("\\n", "\n") for line in expected.split("\n") if line]
        cases.append(Case(rule.strip(), source.strip(), passage, sentences))
    return cases


CASES = load_cases()


def check_invariants(text: str, sentences: list[Sentence]) -> None:
    """Offsets index `text`; sentences are in order, trimmed, cover all
    non-space text (but a stray opening quote mark ending a paragraph: rule
    `stray_opening_quote`), never cross a blank line; indices and paragraphs
    count."""
    position = 0
    for number, sentence in enumerate(sentences):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.index == number
        assert sentence.text and sentence.text == sentence.text.strip()
        assert _skipped(text[position : sentence.start]) == "", "text skipped or overlap"
        assert not BLANK_LINE.search(sentence.text), "sentence crosses a blank line"
        position = sentence.end
    assert _skipped(text[position:]) == ""
    for before, after in pairwise(sentences):
        gap = text[before.end : after.start]
        expected_step = 1 if BLANK_LINE.search(gap) or "\u2029" in gap else 0
        assert after.paragraph - before.paragraph == expected_step


def _skipped(gap: str) -> str:
    """The text of a gap between sentences but a stray opening quote mark
    at its start that ends a paragraph (rule `stray_opening_quote`)."""
    stray = re.match(r"""\s+["\u201c\u2018](?=\s*$|\s*(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n))""", gap)
    return (gap[stray.end():] if stray else gap).strip()


# --- Real news cases ---------------------------------------------------------


def test_fixture_is_a_few_dozen_real_passages() -> None:
    assert len(CASES) >= 40
    assert all(case.source and case.expected for case in CASES)
    assert all(len(case.passage) < 700 for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=[f"{i:02d}-{c.rule}" for i, c in enumerate(CASES)])
def test_real_news_case(case: Case) -> None:
    sentences = split_sentences(case.passage)
    assert [s.text for s in sentences] == case.expected, case.source
    check_invariants(case.passage, sentences)


def test_every_named_rule_has_a_real_case() -> None:
    named = set(re.findall(r"`([a-z]+(?:_[a-z]+)+)`", splitter.__doc__ or ""))
    for module in SPLITTER_MODULES:
        named |= set(re.findall(r"Rule `(\w+)`", (Path(splitter.__file__).parent / module).read_text(encoding="utf-8")))
    assert len(named) >= 20
    assert named <= {case.rule for case in CASES}


# --- The list, on short synthetic sentences ---------------------------

TITLES = ["Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Gov.", "Rep.", "Prof.", "Lt.", "Col.", "Capt."]
MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


@pytest.mark.parametrize("title", TITLES)
def test_title_before_a_name_never_ends_a_sentence(title: str) -> None:
    for name in ("Smith", "Will Hurd", "No"):
        text = f"Yesterday {title} {name} arrived in London. He left today."
        assert [s.text for s in split_sentences(text)] == [
            f"Yesterday {title} {name} arrived in London.",
            "He left today.",
        ]


@pytest.mark.parametrize("month", MONTHS)
def test_abbreviated_month_before_a_day(month: str) -> None:
    text = f"The vote is on {month} 15 in Boston. Polls open early."
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "She lives near St. Paul's Cathedral in London.",
        "Acme Co. Chairman John Smith resigned on Monday.",
        "Apple Inc. Chief Executive Tim Cook spoke first.",
        "Widgets Ltd. Managing Director Jane Doe agreed.",
        "He is ranked No. 3 in the world.",
        "The Rt. Hon. John Smith said it would work.",
        "Grenada’s Prime Minister, Dr the Rt. Hon. Keith Mitchell, spoke first.",
        "The Rev. Dr. Jane Doe and the Hon. Mr. Justice Roe attended.",
        "The U.S. Federal Reserve raised rates.",
        "The U.K. Treasury said it would act.",
        "The U.N. Security Council met on Monday.",
        "The blast happened at 9 a.m. Tuesday near the station.",
        "Doors close at 11 p.m. Eastern time.",
        "Some fruits, e.g. apples and pears, are cheap.",
        "The best fruit, i.e. the mango, is sold out.",
        "Apples, pears, etc. are sold at the market.",
        "J. K. Rowling wrote the books.",
        "Former President George H. W. Bush spoke.",
        "Profits rose to $1.13bn from $1.05bn.",
        "Rates rose to 4.25% from 3.5% last year.",
        "It was the end... of an era.",
        '"We will win," he said.',
        "'We will go,' she said.",
        "\u2018We will go,\u2019 she said.",
        "\u201cWe will win,\u201d he said.",
        '"Why?" he asked.',
        '"Enough!" she shouted.',
        "'Why now?' he asked.",
    ],
)
def test_one_sentence(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Stop." She left.', ['"Stop."', "She left."]),
        ("\u201cStop.\u201d She left.", ["\u201cStop.\u201d", "She left."]),
        ("'Stop.' She left.", ["'Stop.'", "She left."]),
        ('"Why?" She left.', ['"Why?"', "She left."]),
        ("He moved to the U.S. The move paid off.", ["He moved to the U.S.", "The move paid off."]),
        ("The talks ended at 5 p.m. They resume today.", ["The talks ended at 5 p.m.", "They resume today."]),
        ("Sales rose at Acme Inc. The shares fell.", ["Sales rose at Acme Inc.", "The shares fell."]),
        ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
        ("Profits hit $1.13bn. Sales rose 4.25%.", ["Profits hit $1.13bn.", "Sales rose 4.25%."]),
        ("Is it over? Not yet! We go on.", ["Is it over?", "Not yet!", "We go on."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


# --- Edge cases ---------------------------------------------------------------


def test_empty_and_whitespace_only() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t\r\n \u00a0 ") == []


def test_no_final_punctuation() -> None:
    text = "  Markets rally as inflation cools  "
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Markets rally as inflation cools"]
    check_invariants(text, sentences)


def test_very_long_token() -> None:
    token = "x" * 20_000
    text = f"The link {token}. It broke."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [f"The link {token}.", "It broke."]
    check_invariants(text, sentences)


def test_emoji_and_right_to_left_text() -> None:
    arabic = "\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633."
    text = f"The crowd cheered \U0001f389\U0001f389. {arabic} Then it rained \u2614!"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "The crowd cheered \U0001f389\U0001f389.",
        arabic,
        "Then it rained \u2614!",
    ]
    check_invariants(text, sentences)


def test_crlf_blank_line_is_a_paragraph_break() -> None:
    text = "Ad sales boost profit\r\n\r\nProfits rose 76%. Sales fell.\r\n\r\nShares rose."
    sentences = split_sentences(text)
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("Ad sales boost profit", 0),
        ("Profits rose 76%.", 1),
        ("Sales fell.", 1),
        ("Shares rose.", 2),
    ]
    check_invariants(text, sentences)


def test_single_crlf_joins_wrapped_prose() -> None:
    text = "The minister said on Monday that the plan would be\r\nput to a vote next week. It was."
    sentences = split_sentences(text)
    assert len(sentences) == 2
    assert sentences[0].paragraph == sentences[1].paragraph == 0
    check_invariants(text, sentences)


def test_blank_line_ends_a_sentence_without_punctuation() -> None:
    text = "He said that the plan\n\n  \nwould fail. Then he left."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["He said that the plan", "would fail.", "Then he left."]
    check_invariants(text, sentences)


# --- Invariants on synthetic and generated text --------------------------------

SYNTHETIC = [
    "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76% to "
    '$1.13bn (\u00a3600m).\n\n\n  The firm said... nothing. "Why?" he asked.\n',
    "HEADLINE WITHOUT STOP\nFirst line of a story that is long enough to be prose, and it goes on.\n"
    " - item one\n - item two.\n\n1. They fight bloat.\n\n2\nA second list item.",
    "\u201cWe\u2019ll see,\u201d she said.\r\n\r\n\u2018Fine,\u2019 he replied. (He left.) \u2014 and then?",
    "Mr. Smith met Dr. Jones at 10 a.m. on Jan. 5 in Washington, D.C. The U.S. Senate met later.",
    "\"They asked me, 'Who did you help?' \" the dentist said. \". . . And then?\" ''Yes.'' !! ?",
    '\n\n\n...\n\n.\n\n"\n\n',
]


@pytest.mark.parametrize("text", SYNTHETIC)
def test_invariants_on_synthetic_text(text: str) -> None:
    check_invariants(text, split_sentences(text))


def test_invariants_on_every_fixture_passage_joined() -> None:
    # Whether a text is hard-wrapped is told from the whole text, so the
    # hard-wrapped passages are left out of a text of many kinds of lines.
    cases = [case for case in CASES if case.rule != "hard_wrap"]
    text = "\n\n".join(case.passage for case in cases)
    sentences = split_sentences(text)
    check_invariants(text, sentences)
    assert len(sentences) == sum(len(case.expected) for case in cases)


PIECES = st.sampled_from(
    [
        "Mr.",
        "Dr.",
        "U.S.",
        "No.",
        "1.",
        "a.m.",
        "etc.",
        "J.",
        "H.W.",
        "Inc.",
        "The",
        "the",
        "he",
        "said",
        "Smith",
        "iPhone",
        "$1.13bn",
        "4.25%",
        "3.5",
        "...",
        "\u2026",
        ".",
        "?",
        "!",
        "!!",
        '"',
        "'",
        "\u201c",
        "\u201d",
        "\u2018",
        "\u2019",
        "(",
        ")",
        ",",
        "\u2014",
        "--",
        "-",
        "\U0001f389",
        "\u0642\u0627\u0644",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\r\n\r\n",
        "\t",
        "\u00a0",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map(" ".join))
def test_invariants_on_generated_text(text: str) -> None:
    check_invariants(text, split_sentences(text))


# --- Golden Rules benchmark ----------------------------------------------------


def test_every_golden_rule_passes_but_those_named_not_for_news() -> None:
    spec = importlib.util.spec_from_file_location("golden_rules", GOLDEN_RULES_SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert [number for number, *_ in module.GOLDEN_RULES] == list(range(1, 53))
    failing = {number for number, *_ in module.run()}
    assert failing == set(module.NOT_FOR_NEWS)
