"""Messy real text (issue 13): the issue's own examples, hard-wrapped copies
of the demo, and headlines wrapped over two lines."""

from __future__ import annotations

import re
import textwrap

import pytest

from summarizer import summarize
from summarizer.document import parse_document
from summarizer.nlp.splitter import split_sentences
from summarizer.nlp.words import tokenize_words


def sentences(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.) First step 2.) Second step", ["1.) First step", "2.) Second step"]),
        ("1) Buy milk 2) Pay rent", ["1) Buy milk", "2) Pay rent"]),
        ("1. Buy milk 2. Pay rent", ["1. Buy milk", "2. Pay rent"]),
        ("a. Buy milk b. Pay rent c. Call home", ["a. Buy milk", "b. Pay rent", "c. Call home"]),
        ("• 3. Buy milk • 4. Pay rent", ["• 3. Buy milk", "• 4. Pay rent"]),
        ("\u20437. Buy milk \u20438. Pay rent", ["\u20437. Buy milk", "\u20438. Pay rent"]),
        ("agenda\nbudget review\nstaff, hiring\n", ["agenda", "budget review", "staff, hiring"]),
        ("The talks ended at 9 P.M. Dr. Lee then left.", ["The talks ended at 9 P.M.", "Dr. Lee then left."]),
        ("At 9 P.M. Dr. Lee left.", ["At 9 P.M. Dr. Lee left."]),
        ("He lives at No. 5. The house is old.", ["He lives at No. 5.", "The house is old."]),
        ("It lies at N°. 12.34.56. The rest is sea.", ["It lies at N°. 12.34.56.", "The rest is sea."]),
        ("Sales rose.Profits fell.Mr. Ito left with 2,000.That was all.",
         ["Sales rose.", "Profits fell.", "Mr. Ito left with 2,000.", "That was all."]),
        ("Rates rose to 4.25 today.", ["Rates rose to 4.25 today."]),
        ("See example.com/News.Html for more.", ["See example.com/News.Html for more."]),
        ("Write to Jane.Doe@example.com today.", ["Write to Jane.Doe@example.com today."]),
        # Code and dotted names on real web pages (reddit.com, toptal.com, CNN-Corpus).
        ("Then call mod.Bar() and import stuff.bigstuff.Stuffometer first.",
         ["Then call mod.Bar() and import stuff.bigstuff.Stuffometer first."]),
        ("I prefer using library.ThingIWant here.", ["I prefer using library.ThingIWant here."]),
        ("She founded the site Live.Do.Grow. in 2012.", ["She founded the site Live.Do.Grow. in 2012."]),
        ("It is called Arq.Futuro and it tours.", ["It is called Arq.Futuro and it tours."]),
        ("This line was\nbroken by the converter.", ["This line was\nbroken by the converter."]),
        ("It rained \nall night.", ["It rained \nall night."]),
        ("He went . . . and came back... later.", ["He went . . . and came back... later."]),
        ("The vote ended. . . . The count began.", ["The vote ended.", ". . . The count began."]),
        ("The vote ended . . . . The count began.", ["The vote ended . . . .", "The count began."]),
    ],
)
def test_issue_examples(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def wrapped(text: str, width: int) -> str:
    return "\n\n".join(textwrap.fill(paragraph, width) for paragraph in re.split(r"\n[ \t]*\n", text))


def squeezed(texts: list[str]) -> list[str]:
    return ["".join(text.split()) for text in texts]


@pytest.mark.parametrize("width", [44, 60, 72])
def test_hard_wrapped_demo_splits_and_summarises_as_the_original(demo_text: str, width: int) -> None:
    copy = wrapped(demo_text, width)
    assert copy != demo_text
    assert squeezed(sentences(copy)) == squeezed(sentences(demo_text))
    original, rewrapped = summarize(demo_text), summarize(copy)
    assert [s.index for s in rewrapped.sentences] == [s.index for s in original.sentences]
    assert " ".join((rewrapped.title or "").split()) == original.title


def test_a_headline_wrapped_over_two_lines_is_one_title_line(demo_text: str) -> None:
    copy = wrapped(demo_text, 44)
    document = parse_document(copy)
    assert [" ".join(h.text.split()) for h in document.headlines] == [
        "NATO Seeks Expanded Third-Country Agreements to Back Ukraine",
        "NATO Considers Expanding Agreements With Third Countries to Support Ukraine",
    ]
    assert "\n" in document.headlines[1].text  # offsets still index the wrapped text
    assert document.sentences[0].text.startswith("NATO members are examining")


def test_lines_of_a_list_are_not_a_wrapped_headline() -> None:
    text = "Historic Climate Change Agreement Adopted In Paris\nThe Paris Climate Agreement Is One Huge Step\n\nIt was."
    assert sentences(text)[:2] == ["Historic Climate Change Agreement Adopted In Paris",
                                   "The Paris Climate Agreement Is One Huge Step"]


def test_a_word_broken_after_its_hyphen_is_one_word() -> None:
    assert tokenize_words("Expanded Third-\nCountry Agreements") == ["Expanded", "Third-Country", "Agreements"]
    assert tokenize_words("talks -\nthen more") == ["talks", "then", "more"]


def test_a_list_marker_then_an_ellipsis_loses_no_text() -> None:
    # Found by the generated-text invariant: "J." was dropped between "No." and "...".
    text = "No. J. ... No."
    assert "".join("".join(sentences(text)).split()) == "".join(text.split())


# --- rule `bare_first_list_number` (session 12 open list: a list's "1" written without its stop went on
# the sentence before: "for 10 minutes.. 1", and "... meal 2." took the next item's number)


def test_rule_bare_first_list_number() -> None:
    text = ("His routine includes brushing his teeth for 10 minutes.. 1 He eats rice at almost every meal "
            "2. He will only drink warm water. He says cold water is not healthy 3. He does 2,500 sit-ups a day")
    assert sentences(text) == [
        "His routine includes brushing his teeth for 10 minutes..",
        "1 He eats rice at almost every meal",
        "2. He will only drink warm water.",
        "He says cold water is not healthy",
        "3. He does 2,500 sit-ups a day",
    ]


def test_rule_bare_first_list_number_near_variant_stays() -> None:
    # a bare "1" after a stop with no "2." after it is no list: the sentences stay as they were
    assert sentences("City won 2-1. 1 Direction played at half time. Fans sang in the rain.") == [
        "City won 2-1.", "1 Direction played at half time.", "Fans sang in the rain."]
