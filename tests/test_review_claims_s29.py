"""Claims faults found in a review of the s29 claims rules, on sentences
written for the review: each is a test of the narrowed rule (or of the
behaviour left once a rule was taken out), beside the rule's own example."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize

from .claim_helpers import as_shown, described, only


# Rule `writers_correction_is_no_content`: the writer's correction is cut only when it ends the
# sentence after the cue; a source after it ("..., the report said") is the one reporting it
def test_correction_reported_by_a_tail_source_stays_whole() -> None:
    text = ("The company said the leak was small, although it eventually turned out to be the largest "
            "in the state's history, the report said.")
    assert as_shown(text) == [("the report", "said", "The company said the leak was small, although it "
                               "eventually turned out to be the largest in the state's history")]
    text = "The mayor said crime had fallen, but it turned out that it had risen, the audit found."
    assert as_shown(text) == [("the audit", "found",
                               "The mayor said crime had fallen, but it turned out that it had risen")]


def test_correction_ending_the_sentence_is_still_cut() -> None:
    assert as_shown("Gina Finocchiaro said the final grade was an 84, although it actually turned out "
                    "to be 82.") == [("Gina Finocchiaro", "said", "the final grade was an 84")]
    assert as_shown("Jones said the vote was close, though the result turned out to be a landslide.") == [
        ("Jones", "said", "the vote was close")]
    assert [c.content for c in extract_claims('"It was 84, though it turned out to be 82," she said.')] == [
        '"It was 84, though it turned out to be 82,"']


# The rule witnessed_scene_could_is_no_hedge was taken out: "could see X -ing" after a past cue is
# as often a forecast as a past perception, and the claim cannot tell which; it stays hedged
def test_could_see_after_a_past_cue_stays_hedged() -> None:
    for text in ("Officials said they could see many people leaving the country if the war continued.",
                 "The coach said he could see us winning the title.",
                 "The senator said she could see it happening again.",
                 "At the airport, witnesses said they could see people running out."):
        assert only(text).hedged, text
    assert not only("Witnesses said they saw people running out.").hedged


# Rule `cue_after_a_power_noun_is_no_speech`: only a directive cue with no that-clause after a
# determiner and a noun of power; a power used to say something is speech
def test_power_used_to_warn_is_a_claim() -> None:
    claim = only("The president used his power to warn that sanctions would follow.")
    assert (claim.source_as_written, claim.content) == ("The president", "sanctions would follow")


def test_power_noun_example_still_gives_no_claim() -> None:
    text = ("The program employs inspectors from the Public Health Service and, even though it is a "
            "regulatory program, it only has the authority to ask the cruise line to correct its actions.")
    assert [c for c in extract_claims(text) if c.cue == "ask"] == []
    assert as_shown("The agency has no right to demand a recount.") == []


# Rule `document_not_telling_is_no_claim`: a document with an owner is the owner speaking
def test_owners_document_not_telling_is_a_negated_claim() -> None:
    claim = only("The ministry's statement did not say whether the troops would withdraw.")
    assert claim.negated and claim.content == "whether the troops would withdraw"


def test_bare_document_not_telling_is_still_no_claim() -> None:
    assert as_shown("The lawsuit does not indicate how much the couple is asking for.") == []
    assert as_shown("The statement did not say when the information would be released.") == []


# Rules `agency_by_its_initials` and `administration_is_an_agency`: every agency in view counts
def test_two_agencies_in_view_leave_the_agency_unresolved() -> None:
    text = ("The National Oceanic and Atmospheric Administration said the storm would weaken. NASA also "
            "tracked the storm. The agency said it would strengthen.")
    last = extract_claims(text)[-1]
    assert last.content == "it would strengthen" and last.speaker_kind == "unresolved", described(text)


def test_one_agency_in_view_is_still_named() -> None:
    text = ("The FDA said the drug was safe. Doctors, however, said they were worried. The agency said it "
            "would review the data.")
    assert extract_claims(text)[-1].speaker == "FDA", described(text)
    text = ("According to the Food and Drug Administration, the drug is safe. The government agency "
            "announced a new plan.")
    assert extract_claims(text)[-1].speaker == "Food and Drug Administration", described(text)


# Rule `age_after_the_opener_makes_it_a_name`: not before "and" (two people named), where it
# only moved a later "he" from one man to the other
def test_age_rule_does_not_move_he_between_two_men() -> None:
    text = 'Mohammed, 19, and his brother Ali, 22, fled Syria last year. "We had no choice," he said.'
    assert extract_claims(text)[-1].speaker != "Mohammed", described(text)


def test_age_rule_example_still_names() -> None:
    for sentence, name in (("Sayeed, 28, was born and raised in Kabul.", "Sayeed"),
                           ("Ahmed, 34, said he was afraid to go home.", "Ahmed")):
        assert name in [n.text for n in find_names(tokenize(sentence, 0, len(sentence)))], sentence
