"""Session 15, claims 2 (claims2-s15): fuller names, joint sources, pronouns
after a named speaker. Each rule has a sentence of its kind (invented, or a
short real one) and a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests import claim_helpers

# --- rule `short_name_stays_apart_from_a_namesake` (claims-s15 left: "Romney said ... Ann Romney
# said ... Romney added ..." gave the third claim to Ann Romney)


@pytest.mark.parametrize(("text", "speakers"), [
    ("Romney said the economy was weak. Ann Romney said the campaign was going well. "
     "Romney added that taxes would fall.", ["Romney", "Ann Romney", "Romney"]),
    # her own "she" is no evidence of what the surname alone was
    ("Romney said the economy was weak. Ann Romney said she was proud of the campaign. "
     "Romney added that taxes would fall.", ["Romney", "Ann Romney", "Romney"]),
    ("Trump said he would build the wall. Melania Trump said she was proud. Trump added that taxes would fall.",
     ["Trump", "Melania Trump", "Trump"]),
    ("Obama said the economy was strong. First lady Michelle Obama said the garden was growing. "
     "Obama added that taxes would fall.", ["Obama", "Michelle Obama", "Obama"]),
])
def test_a_surname_alone_stays_apart_from_a_namesake(text: str, speakers: list[str]) -> None:
    assert claim_helpers.speakers(text) == speakers


def test_a_he_after_the_surname_alone_is_not_the_namesake() -> None:
    claims = extract_claims("Romney said the economy was weak. Ann Romney said the campaign was going well. "
                            "Romney added that taxes would fall. He said the polls were wrong.")
    assert claims[3].speaker != "Ann Romney"


@pytest.mark.parametrize(("text", "speakers"), [
    # the surname's own gender is the fuller name's
    ("Mr. Romney said the economy was weak. Mitt Romney said the campaign was going well. "
     "Romney added that taxes would fall.", ["Mitt Romney", "Mitt Romney", "Mitt Romney"]),
    # an office the fuller name comes with: the writer introduces the person the article is about
    ("Romney said the economy was weak. Former Gov. Mitt Romney said the campaign was going well. "
     "Romney added that taxes would fall.", ["Romney", "Mitt Romney", "Mitt Romney"]),
    # the surname alone only as a modifier before the fuller name: no one of its own
    ("A Romney aide said the economy was weak. Mitt Romney said the campaign was going well. "
     "Romney added that taxes would fall.", ["A Romney aide", "Mitt Romney", "Mitt Romney"]),
    # full name first, as news writes it
    ("Mitt Romney said the economy was weak. Romney added that taxes would fall.", ["Mitt Romney", "Mitt Romney"]),
])
def test_a_surname_shown_to_be_the_fuller_name_still_takes_it(text: str, speakers: list[str]) -> None:
    assert claim_helpers.speakers(text) == speakers


# --- rules `bare_role_after_a_final_source_is_the_sources` and `participle_after_a_final_source_is_the_sources`
# (QA round 45, 604 s15 and s18: the source's description glued onto the claim after "according to X,")


@pytest.mark.parametrize(("text", "content"), [
    ("Howard remained hospitalized Monday, according to Randall Samborn, spokesman for the U.S. Attorney's "
     "Office in Chicago.", "Howard remained hospitalized Monday"),
    ("The officer was facing a transfer to Hawaii, according to an affidavit filed in U.S. district court in "
     "Illinois, obtained by CNN affiliate WLS.", "The officer was facing a transfer to Hawaii"),
    # near variants that stay as they were
    ("Howard remained hospitalized Monday, according to Randall Samborn, a spokesman for the office.",
     "Howard remained hospitalized Monday"),
])
def test_the_sources_description_after_according_to_is_no_content(text: str, content: str) -> None:
    (claim,) = extract_claims(text)
    assert claim.content == content


def test_a_clause_after_according_to_x_is_still_content() -> None:
    (claim,) = extract_claims("According to the report, spokesmen for the agency denied the charges.")
    assert claim.content == "spokesmen for the agency denied the charges"
