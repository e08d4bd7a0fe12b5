"""Rule `pronoun_after_the_hearer_opens_the_content` (a local news page:
"Tim Lee told KXAN it's a win retirees worked toward" was shown as the claim
"'s a win retirees worked toward": the content had lost its subject)."""

from __future__ import annotations

import pytest

from tests.claim_helpers import only


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_it_after_a_named_hearer_is_the_contents_subject(apostrophe: str) -> None:
    claim = only(f"Association director Tim Lee told KXAN it{apostrophe}s a win retirees worked toward for years.")
    assert claim.content.startswith(f"it{apostrophe}s a win")


def test_a_possessive_after_the_hearer_opens_the_content() -> None:
    assert only("Lee told Smith her plan would fail within a year.").content == "her plan would fail within a year"


def test_the_hearer_phrase_itself_is_unchanged() -> None:
    assert only("Lee told CNN's Jake Tapper it was over.").content == "it was over"
    assert only("Lee told reporters the vote was over.").content == "the vote was over"
