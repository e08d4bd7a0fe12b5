"""Wrong outputs a code review found in rules of this round, each narrowed:
the review's sentence now behaves right, and a near variant the rule was
written for keeps its reading. The sentences are written in the manner of the
articles; none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims import Claim
from tests.claim_helpers import sources_and_kinds

# --- "His attorney" stays as written (rule possessed_agent_is_the_one_named_with_the_job taken out) ---


def test_his_attorney_is_not_an_attorney_named_for_another_side() -> None:
    text = ("Attorney Jane Doe, who represents the city, said the contract was valid. "
            "Police arrested Tom Brown, 40, on Friday. His attorney said Brown is innocent.")
    assert sources_and_kinds(text)[-1] == ("His attorney", "unnamed")


def test_his_attorney_stays_as_written_even_when_named_as_his() -> None:
    # the rule that named him so was taken out (review s28): "an attorney for Smith", "John Smith and
    # his attorney Jane Doe" did not tell whose attorney a later "His attorney" is
    for named in ("Brown's attorney Jane Doe said he is innocent.",
                  "Jane Doe, an attorney for Brown, said he is innocent.",
                  '"He is innocent," said his attorney, Jane Doe.'):
        text = f"Police arrested Tom Brown, 40, on Friday. {named} His attorney said Brown will fight."
        assert sources_and_kinds(text)[-1] == ("His attorney", "unnamed"), named


def test_his_attorney_is_not_a_womans_attorney() -> None:
    text = ("Police arrested Tom Brown, 40, on Friday. Jane Doe, an attorney for Mary Smith, said she is "
            "innocent. His attorney said Brown will fight.")
    assert sources_and_kinds(text)[-1] == ("His attorney", "unnamed")


# --- rule described_person_named_next: the naming sentence ties the attorney to the same person --------


def test_the_other_sides_attorney_named_next_is_not_his_attorney() -> None:
    for naming in ("The prosecution disputes that account, attorney Ahmed Ali said.",
                   "The state will appeal the ruling, attorney Ahmed Ali said on behalf of the government."):
        text = f"Hosni Mubarak slipped in a prison bathroom, his attorney told CNN. {naming}"
        assert sources_and_kinds(text) == [("his attorney", "unnamed"), ("Ahmed Ali", "person")], naming


def test_an_attorney_named_next_speaking_of_the_same_man_leaves_his_attorney() -> None:
    text = ("Hosni Mubarak slipped in a prison bathroom, his attorney told CNN. "
            "Mubarak hurt his neck, attorney Ahmed Ali said.")
    assert sources_and_kinds(text) == [("his attorney", "unnamed"), ("Ahmed Ali", "person")]


# --- rule expletive_it: only adverbs before the "it" --------------------------------------------------


def test_a_source_ending_in_an_object_it_keeps_its_claim() -> None:
    claim = extract_claims("Everyone who saw it felt the attack was planned.")[0]
    assert (claim.source_as_written, claim.content) == ("Everyone who saw it", "the attack was planned")
    claim = extract_claims("Those who tried it feel the drug is safe.")[0]
    assert claim.content == "the drug is safe"


def test_it_after_a_fronted_adverb_is_still_no_source() -> None:
    assert extract_claims("Sometimes it seems that the capital is uncertain of its identity.") == []
    assert extract_claims("A year ago it seemed the deal was done.") == []
    assert extract_claims("Unfortunately it seems that the players feel their jobs come first.") == []


# --- rule cue_noun_after_a_superlative_is_no_cue: a closed list of superlatives ------------------------


def test_a_noun_in_est_is_no_superlative() -> None:
    claim = extract_claims("People at the contest claim the judges were bribed.")[0]
    assert (claim.source_as_written, claim.content) == ("People at the contest", "the judges were bribed")


def test_the_countrys_highest_order_is_still_no_cue() -> None:
    assert extract_claims("Then-President Dmitry Medvedev decorated him with the country's highest order, "
                          "the Hero of Russia.") == []


# --- rule cue_noun_joined_to_a_noun_is_no_cue: a modal before the first verb -------------------------


def test_a_verb_after_a_modal_and_its_object_keeps_the_cue() -> None:
    claim = extract_claims("The judge will read the motion and order a new trial.")[0]
    assert (claim.source_as_written, claim.content) == ("The judge", "a new trial")


def test_findings_and_order_are_still_a_pair_of_nouns() -> None:
    claim = _one_said("Attorneys for Jean Kasem said the judge's findings and order will be prepared.")
    assert claim.content == "the judge's findings and order will be prepared"


def _one_said(text: str) -> Claim:
    claims = extract_claims(text)
    assert len(claims) == 1, claims
    return claims[0]


# --- rule description_words_written_before_another_body: the name fits the noun -----------------------


def test_an_army_is_no_opposition_network() -> None:
    text = ("Government troops attacked the opposition Free Syrian Army on Sunday, state media said. "
            "CNN cannot verify the reports. Fourteen people died, the opposition network said.")
    assert sources_and_kinds(text)[-1] == ("the opposition network", "unresolved")


def test_committees_are_the_opposition_network() -> None:
    text = ("Government troops attacked the city on Sunday, the opposition Local Coordination Committees "
            "of Syria said. CNN cannot verify the reports. Fourteen people died, the opposition network said.")
    assert sources_and_kinds(text)[-1] == ("Local Coordination Committees", "organisation")
