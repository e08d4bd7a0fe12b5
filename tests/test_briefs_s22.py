"""Session 22 summary and brief rules (QA round 60), each with a sentence of
its kind and a near variant that must stay as it is."""

from __future__ import annotations

import pytest

from summarizer.document import parse_document
from summarizer.summarizers.standalone import (
    is_outlet_series_tag,
    run_in_headings,
)

# --- rule outlet_series_tag_is_no_point ----------------------------------------------------------


@pytest.mark.parametrize(("sentence", "tag"), [
    # QA round 60, CNN-Corpus dev 425: the summary and the brief took the series tag
    ("CNN's ongoing look at health care for veterans.", True),
    ("The New York Times' coverage of the war in Ukraine.", True),
    # near variants: a reporter's credit (a name after the possessive), a verb, someone else's
    # possessive, a question, a longer sentence
    ("CNN's Jake Tapper contributed to this report.", False),
    ("CNN's reporting prompted an inquiry by the inspector general.", False),
    ("Obama's ongoing look at health care for veterans.", False),
    ("CNN's ongoing look at health care for veterans?", False),
    ("CNN's ongoing look at health care for veterans in Phoenix, in Fort Collins and in Texas.", False),
])
def test_rule_outlet_series_tag_is_no_point(sentence: str, tag: bool) -> None:
    assert is_outlet_series_tag(sentence) is tag


def test_a_series_tag_is_a_heading_only_as_a_paragraph_of_its_own() -> None:
    text = ("VA chief urged to resign\n\n"
            "Two veterans groups on Monday called for the resignation of the VA secretary.\n\n"
            "CNN's ongoing look at health care for veterans.\n\n"
            "CNN has been reporting on delays in care for six months. "
            "CNN's full coverage of the Phoenix clinic.")
    document = parse_document(text)
    texts = [s.text for s in document.sentences]
    alone, inside = texts.index("CNN's ongoing look at health care for veterans."), len(texts) - 1
    assert texts[inside] == "CNN's full coverage of the Phoenix clinic."
    assert is_outlet_series_tag(texts[inside])
    assert alone in run_in_headings(document)
    assert inside not in run_in_headings(document)
