"""Session 26's last review of the change: a near variant of a rule of the session that fired
where it must not, with its mend (rule and rules-file entry named in each test)."""

from __future__ import annotations

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize


def names(text: str) -> list[str]:
    return [n.text for n in find_names(tokenize(text, 0, len(text)))]


# --- rule `field_after_of_ends_a_title`, only after a title of public office (ministry_fields.txt
# field_titles); before-after reader at the end of session 26: CNN-Corpus dev 741 and 890 lost
# "Virgin Galactic" and "IntelCenter" from the Mentioned list ---


def test_company_after_its_head_s_title_is_named() -> None:
    assert "Virgin Galactic" in names('"We are ready," said George Whitesides, CEO of Virgin Galactic, on Monday.')
    assert "IntelCenter" in names("Ben Venzke, CEO of IntelCenter, said the group was active.")


def test_field_after_a_title_of_office_still_names_no_one() -> None:
    assert names("The Minister of Defence said the troops would stay.") == []
    assert "Railway Infrastructures" not in names("The Administrator of Railway Infrastructures resigned.")
