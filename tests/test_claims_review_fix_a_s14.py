"""Review s14 fixes: wrong speakers from the session's resolution rules
(fuller_name_names_the_earlier_claims, gender_by_own_pronoun,
family_name_first). Each rule has the reviewer's wrong case (invented
sentences) and a near variant it must still name."""

from __future__ import annotations

from summarizer import extract_claims


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text)]


# --- rule `fuller_name_names_the_earlier_claims`: a relative's full name takes no earlier claim ---------


def test_a_fuller_name_beside_a_kin_word_leaves_the_earlier_claims() -> None:
    assert _speakers(
        "Clinton said the deal was bad for workers. Her campaign released a statement on Monday. "
        "Chelsea Clinton said her mother would keep fighting."
    ) == ["Clinton", "Chelsea Clinton"]
    assert _speakers("Obama said the deal was good. Michelle Obama said her husband was tired.") == [
        "Obama", "Michelle Obama"]
    assert _speakers(
        "Trump said the wall would be built. Aides declined to comment. Melania Trump said her husband was tired."
    )[0] == "Trump"


def test_a_fuller_name_of_the_other_gender_leaves_the_earlier_claims() -> None:
    # the short name's own "he" ("Trump said he ...") against a woman's first name
    assert _speakers(
        "Trump said he would build the wall. Aides declined to comment. Melania Trump said the rally went well."
    )[0] == "Trump"


def test_a_fuller_name_of_the_same_gender_still_names_the_earlier_claims() -> None:
    assert _speakers(
        "Trump said he would build the wall. Aides declined to comment. Donald Trump said it would be paid for."
    ) == ["Donald Trump", "Aides", "Donald Trump"]
    assert _speakers(
        "Gov. Cuomo said the state was ready for the storm. Andrew Cuomo also said schools would reopen on Monday."
    ) == ["Andrew Cuomo", "Andrew Cuomo"]
