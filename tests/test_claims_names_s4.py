"""Names seen wrong in the claims of political news: a place after a titled
name taken as the speaker ("asked Sen. Maria Cantwell of Washington" gave
"Washington"), and "Neither ... nor" glued to a name for the whole article
("Neither Donald J. Trump" said) or dropped from a denial."""

from __future__ import annotations

import pytest

from tests.claim_helpers import only


@pytest.mark.parametrize("speaker", ["Sen. Maria Cantwell of Washington", "Rep. Charles B. Rangel of New York"])
def test_a_place_after_a_titled_name_is_no_speaker(speaker: str) -> None:
    # Rule `of_inside_a_title`: the "of" is the title's only inside the title
    claim = only(f'"Do you want them at a convention?" asked {speaker}, who is willing to entertain reforms.')
    assert claim.speaker == speaker.split(" ", 1)[1].rsplit(" of ", 1)[0]


def test_an_of_inside_a_title_stays_in_the_title() -> None:
    claim = only("The money is gone, said Secretary of State John Kerry.")
    assert (claim.speaker, claim.role) == ("John Kerry", "Secretary of State")


def test_neither_is_no_part_of_a_name() -> None:
    from summarizer import extract_claims

    claims = extract_claims("Neither Donald J. Trump nor Senator Ted Cruz said they would drop out. "
                            "Mr. Trump said he was winning.")
    assert "Neither" not in " ".join(c.speaker or "" for c in claims)
    assert claims[-1].speaker == "Donald J. Trump"


@pytest.mark.parametrize(("text", "negated"), [
    ("Neither Warren nor Clinton said the deal was done.", True),
    ("Clinton said neither Warren nor Sanders would win.", False),
])
def test_a_neither_nor_subject_negates_the_cue(text: str, negated: bool) -> None:
    # Rule `neither_subject_negates`
    claim = only(text)
    assert claim.negated is negated
    if negated:
        assert claim.cue_text == "Neither Warren nor Clinton said"


def test_a_neither_subject_ends_at_its_own_verb() -> None:
    claim = only("Neither John Kasich nor Mario Rubio has won a state and Cruz strongly suggested they should "
                 "drop out.")
    assert (claim.speaker, claim.negated) == ("Cruz", False)


def test_a_body_of_a_named_person_is_not_the_body_named_before() -> None:
    # Rule `body_of_a_name_is_its_own`
    from summarizer import extract_claims

    claims = extract_claims("The Yanukovych government collapsed in February. When the government of "
                            "Petro O. Poroshenko said elections were due, Mr. Manafort rallied.")
    assert [c.speaker for c in claims if c.cue == "say"] == ["the government of Petro O. Poroshenko"]
    assert claims[-1].speaker_kind == "unresolved"


def test_a_possessor_before_the_pronoun_keeps_an_older_person_out() -> None:
    # Rule `possessor_before_the_pronoun`: "he" may be Sanders; not the Obama named before
    from summarizer import extract_claims

    claims = extract_claims("Most presidents, including President Obama, have supported trade treaties.\n\n"
                            "Suu Kyi's fate is still unclear, but she said at a news conference that she would "
                            "lead the government.")
    assert claims[-1].speaker_kind == "unresolved"


def test_a_possessor_inside_a_clause_final_claim_is_the_claims() -> None:
    from summarizer import extract_claims

    claims = extract_claims("Khairat el-Shater, the Brotherhood deputy leader, said the loan is a problem. The top "
                            "priority is to ease sectarian tensions, which built under Mubarak's regime, he said.")
    assert claims[-1].speaker == "Khairat el-Shater"
