"""The rules-file loader: every shipped file loads, and a word-set file with a
line of another shape (a git conflict marker left by a merge) is an error that
names the file and the line, not a silently empty set."""

from __future__ import annotations

from importlib import resources

import pytest

import summarizer.rules as rules
from summarizer.rules import load_rules, load_word_sets

# The files read as `name: words` sets (load_word_sets / word_set / noun_sets).
WORD_SET_FILES = (
    "act_readings", "claim_grammar", "datelines", "first_names", "genders", "heading_labels",
    "hedge_scope", "junk_readings", "kin_words", "no_names", "organisation_descriptions",
    "picture_references", "place_words", "pronoun_context", "reported_questions", "role_words",
    "same_job_words", "source_nouns",
)


def test_every_rules_file_loads() -> None:
    names = [f.name[: -len(".txt")] for f in resources.files("summarizer.rules").iterdir()
             if f.name.endswith(".txt")]
    assert names
    for name in names:
        assert load_rules(name), name


@pytest.mark.parametrize("name", WORD_SET_FILES)
def test_every_word_set_file_loads(name: str) -> None:
    sets = load_word_sets(name)
    assert sets and all(sets.values())


def _load_from(monkeypatch: pytest.MonkeyPatch, lines: list[str]) -> dict[str, frozenset[str]]:
    entries = tuple((number, line) for number, line in enumerate(lines, 1) if line)
    monkeypatch.setattr(rules, "_numbered_entries", lambda name: entries)
    return load_word_sets.__wrapped__("invented")


def test_a_set_may_run_over_several_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    sets = _load_from(monkeypatch, ["colours: Red blue", "", "shapes/forms: square", "colours: green"])
    assert sets == {"colours": {"red", "blue", "green"}, "shapes/forms": {"square"}}


@pytest.mark.parametrize("bad", ["<<<<<<< HEAD", "=======", ">>>>>>> other-branch", "colours", ": red", "colours:"])
def test_a_line_of_another_shape_is_an_error_naming_file_and_line(
        monkeypatch: pytest.MonkeyPatch, bad: str) -> None:
    with pytest.raises(ValueError, match=r"invented\.txt line 3: "):
        _load_from(monkeypatch, ["colours: red", "", bad, "shapes: square"])
