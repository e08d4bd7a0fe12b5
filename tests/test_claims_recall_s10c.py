"""Issue 9, recall round 3 (session 10): a cue that is one of a list of
predicates whose first verb is no cue, each rule with a sentence of its kind
and a near variant that must stay as it was. Sentences are invented or
shortened."""

from __future__ import annotations

from tests.claim_helpers import described

# --- rule `listed_predicate_shares_the_subject` -----------------------------------------------


def test_a_listed_predicate_after_a_comma_shares_the_subject() -> None:
    assert described("Trump further summed up Clinton as \u201cterrible,\u201d denounced her record as secretary "
                     "of state and said she should not be allowed to run.") == [
        ("Trump", "denounce", "her record as secretary of state"),
        ("Trump", "say", "she should not be allowed to run")]
    assert described("She urged the administration to join a coalition in Libya, proposed that more forces be "
                     "left in Iraq, and pushed to arm the rebels.") == [
        ("She", "urge", "the administration to join a coalition in Libya"),
        ("She", "propose", "more forces be left in Iraq")]


def test_no_list_or_another_clauses_list_stays_as_it_was() -> None:
    # the list may be the man's: no claim of the police's from it
    assert ("Police", "threaten", "the clerk") not in described(
        "Police said a man entered the store, threatened the clerk and demanded cash.")
    # a modifier of the noun before the comma, no list
    assert described("Officials said the plan, approved in May and signed in June, would cut taxes.") == [
        ("Officials", "say", "the plan, approved in May and signed in June, would cut taxes")]
    # the comma closes another clause's subject: Huckabee proposed it, not Jindal
    claims = described("Gov. Bobby Jindal signed an order, while Mike Huckabee, the former governor, "
                       "proposed we leave.")
    assert [c for c in claims if c[1] == "propose"] == [("Mike Huckabee", "propose", "we leave")]
    # an inverted source after the comma is the cue's own
    assert [c[0] for c in described("Obama warned Xi not to move on the shoal or invoke an air zone, said an "
                                    "American official who was briefed and spoke anonymously.")
            if c[1] == "say"] == ["an American official"]
    # an act on a thing
    assert described("Facebook found the posting, reported it to the F.B.I., and removed it on Thursday.") == []


def test_a_listed_claim_ends_before_the_next_item_but_not_at_an_aside() -> None:
    claims = described("Clinton attacked Trump, saying he would appoint judges, and reminded the audience of "
                       "comments Trump made \u2014 and later walked back \u2014 that women should be punished.")
    assert ("Clinton", "remind", "the audience of comments Trump made \u2014 and later walked back \u2014 that "
            "women should be punished") in claims


# --- rules `as_the_source_put_it` and `verb_with_its_it_is_no_noun` ---------------------------


def test_as_the_source_put_it_attributes_the_other_clause() -> None:
    assert described("As the minister put it, the talks are dead.") == [
        ("the minister", "put it", "the talks are dead")]
    assert described("The talks are dead, as the minister put it.") == [
        ("the minister", "put it", "The talks are dead")]
    assert described("As Ms. Simonyan put it in a statement to a reporter in July, RT is \u201cproviding a "
                     "perspective.\u201d") == [("Simonyan", "put it", "RT is \u201cproviding a perspective.\u201d")]


def test_put_without_a_source_in_an_as_clause_stays_no_claim() -> None:
    assert described("She left as he put it down.") == []
    assert described("He stayed calm as expected.") == []
    # "put it" as a verb with its "it", but no "as" clause and nothing said: no claim
    assert described("The coach put it on the table.") == []


# --- source noun `respondents` (source_nouns.txt) ----------------------------------------------


def test_a_share_of_respondents_is_a_source_after_a_dash() -> None:
    claims = described("The predictability of the responses -- 37 percent of respondents think corruption is the "
                       "biggest challenge, 23 percent think its rising inequality -- paints a truer picture.")
    assert claims[0] == ("37 percent of respondents", "think", "corruption is the biggest challenge")
    assert described("The top issue, respondents said, is the economy.")[0][0] == "respondents"


def test_respondents_reached_by_a_poll_say_nothing() -> None:
    assert described("The survey reached 500 respondents in May.") == []


# --- rule `clause_final_cue_after_its_source` --------------------------------------------------


def test_a_document_read_after_its_quotation() -> None:
    assert described("\u201cIf she wants to be president, Clinton should come to Louisiana,\u201d the editorial "
                     "read.") == [("the editorial", "read", "\u201cIf she wants to be president, Clinton should "
                                   "come to Louisiana,\u201d")]


def test_a_bare_form_after_a_modifier_stays_a_noun() -> None:
    assert described("It is done, the final say.") == []
