"""Hedges, junk and content scope of reader round 64 (qa64a-s23): each fixed
by a named rule, with a sentence of its kind and a near variant that must
stay as it is. The sentences are written in the manner of the articles; none
is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import as_shown_and_hedged


# Rule `conceded_cue_before_a_rebuttal` (rules.py, polarity.py; QA64 373 s1)
def test_rule_conceded_cue_before_a_rebuttal() -> None:
    assert as_shown_and_hedged("President Obama may have promised Americans that they can keep their insurance if they "
                               "like it, but that's not the case in at least three states.") == [
        # the hearer "Americans" is no content (claims-s24, rule `promised_people_are_no_content`)
        ("Obama", "promised", "they can keep their insurance if they like it", False)]
    assert as_shown_and_hedged("Smith might have said the plan was sound, but the figures are worse.")[0][2:] == (
        "the plan was sound", False)


def test_rule_conceded_cue_near_variants_stay() -> None:
    # no "but": "may have promised" leaves open whether he did
    assert as_shown_and_hedged("President Obama may have promised Americans that they can keep their insurance.") == [
        ("Obama", "promised", "they can keep their insurance", True)]
    # no "may have": the clause after ", but" stays as it was
    assert as_shown_and_hedged("Obama promised Americans that they can keep their insurance, but that's not the case "
                               "in three states.")[0][2] == (
        "they can keep their insurance, but that's not the case in three states")


# Rule `modal_in_a_known_fact_clause_is_no_hedge` (polarity.py; QA64 424 s39, 660 s9, 376 s23)
def test_rule_modal_in_a_known_fact_clause_is_no_hedge() -> None:
    assert [c.hedged for c in extract_claims(
        "Barfield and LaCroix said they are thrilled to be able to marry, and they are mindful that their "
        "simple ceremony could hold meaning for other couples.")] == [False]
    assert [c.hedged for c in extract_claims(
        "Carter told CNN that prison allowed him to come to the realization that his destiny might lie in "
        "fighting for justice.")] == [False]
    assert [c.hedged for c in extract_claims(
        "They argue they should not continue to have the burden of showing that any voting changes would "
        "not burden minorities.")] == [False]


def test_rule_modal_in_a_known_fact_clause_near_variants_stay_hedged() -> None:
    assert [c.hedged for c in extract_claims("Barfield said their simple ceremony could hold meaning for "
                                             "other couples.")] == [True]
    assert [c.hedged for c in extract_claims("They argue that any voting changes would not burden "
                                             "minorities.")] == [True]


# Rule `that_before_a_modal_is_the_subject` (grammar.py; QA64 555 s31)
def test_rule_that_before_a_modal_is_the_subject() -> None:
    assert as_shown_and_hedged("But she fears that could leave out older family members.") == [
        ("she", "fears", "that could leave out older family members", True)]
    assert as_shown_and_hedged("Analysts say that has never happened before.") == [
        ("Analysts", "say", "that has never happened before", False)]


def test_rule_that_before_a_modal_near_variants_stay() -> None:
    # a complementiser before a noun subject is dropped as before
    assert as_shown_and_hedged("But she fears that the plan could leave out older family members.") == [
        ("she", "fears", "the plan could leave out older family members", True)]
    # after a noun, "that" opens a relative clause: no claim's subject
    assert all(not c.content.startswith("that") for c in extract_claims(
        "The senator is sticking to his message, hoping to avoid any misstep that could undermine his lead."))


# Rule `quotation_stops_at_a_paragraph_with_its_own_attribution` (quotes.py; QA64 505 s22-s23)
def test_rule_quotation_stops_at_a_paragraph_with_its_own_attribution() -> None:
    text = ('Coach Norv Turner, who worked with him in Miami, said "no one had more character than Junior.\n\n'
            '"He brought passion to the game that was unmatched," Turner said. "His commitment to charitable '
            'causes was inspiring."\n')
    assert [c.content for c in extract_claims(text)] == [
        '"no one had more character than Junior.',
        '"He brought passion to the game that was unmatched," \u2026 "His commitment to charitable causes '
        'was inspiring."']


def test_rule_quotation_stops_at_a_paragraph_near_variant_stays() -> None:
    # one paragraph, one attribution: the whole quotation is the speaker's
    text = 'Turner said: "No one had more character. He brought passion to the game."\n'
    assert [c.content for c in extract_claims(text)] == [
        '"No one had more character. He brought passion to the game."']


# Rule `anonymity_is_no_claim`, the subjunctive request (grammar.py ANONYMITY; QA64 550 s3)
def test_rule_anonymity_is_no_claim_name_not_be_used() -> None:
    assert [c.shown_cue for c in extract_claims(
        '"I catch happy hours with people," explained the woman, who asked that her last name not be '
        'used.')] == ["explained"]


def test_rule_anonymity_name_not_be_used_near_variant_stays() -> None:
    assert as_shown_and_hedged("The woman asked that the lawsuit not be used against her.") == [
        ("The woman", "asked", "the lawsuit not be used against her", False)]


# Rule `responding_to_a_thing_alone_is_no_claim`, "only to the ones who ..." (junk.py; QA64 550 s1)
def test_rule_responding_only_to_the_ones_who() -> None:
    assert extract_claims("Malia checks the app on her phone, sorting through messages and responding only "
                          "to the ones who don't seem creepy.") == []


def test_rule_responding_to_people_who_said_near_variant_stays() -> None:
    assert as_shown_and_hedged("He responded to critics who said the plan failed.") == [
        ("He", "responded", "to critics who said the plan failed", False)]


# Rule `refusing_an_act_is_no_claim`, a time before "to" (junk.py; QA64 418 s1)
def test_rule_refusing_an_act_with_a_time_before_to() -> None:
    assert extract_claims("The Supreme Court refused Monday to reconsider one of its most controversial "
                          "decisions.") == []


def test_rule_refusing_to_say_with_a_time_near_variant_stays() -> None:
    assert [c.shown_cue for c in extract_claims(
        "The Supreme Court refused Monday to say whether it would hear the case.")] == ["refused"]


# Rule `act_object_is_no_claim` (act_readings.txt write: opinion, reject: amendment, post: @from;
# QA64 418 s13, 424 s26, 555 s13)
def test_rule_act_object_is_no_claim_qa64() -> None:
    assert extract_claims("Justice Stephen Breyer wrote the dissenting opinion, joined by Justices Ruth "
                          "Bader Ginsburg and Elena Kagan.") == []
    assert extract_claims("The couple lives in Minnesota, where voters rejected a constitutional amendment "
                          "to ban gay marriage.") == []
    assert extract_claims("They'll make sure your guests all use the same hashtag while posting from their "
                          "phones during the ceremony.") == []


def test_rule_act_object_qa64_near_variants_stay() -> None:
    assert as_shown_and_hedged("Breyer wrote that he disagreed with the decision.") == [
        ("Breyer", "wrote", "he disagreed with the decision", False)]
    assert as_shown_and_hedged("The Senate rejected the notion that the amendment would ban marriage.")[0][1:3] == (
        "rejected", "the notion that the amendment would ban marriage")
    assert [c.shown_cue for c in extract_claims("She posted on Facebook that she was safe.")] == ["posted"]


# Rule `cue_noun_as_a_verbs_object_is_no_cue` (junk.py; QA64 550 s31, 424 s3)
def test_rule_cue_noun_as_a_verbs_object_is_no_cue() -> None:
    assert extract_claims("As with going to a bar and talking to the first stranger you find with decent "
                          "hair, people should use caution.") == []
    assert extract_claims("The pair exchanged vows on a cold but sunny morning at the tribe's "
                          "headquarters.") == []


def test_rule_cue_noun_as_a_verbs_object_near_variants_stay() -> None:
    assert as_shown_and_hedged("They vow to fight on.") == [("They", "vow", "to fight on", False)]
    assert as_shown_and_hedged("Officials caution that the storm may strengthen.") == [
        ("Officials", "caution", "the storm may strengthen", True)]


# Rule `software_is_no_speaker` (junk.py; QA64 550 s21, s22)
def test_rule_software_is_no_speaker() -> None:
    assert extract_claims("The app recommends potential dates by using data users provide.") == []
    assert extract_claims("It is like seeing what the algorithm has to say about your chances.") == []


def test_rule_software_is_no_speaker_near_variants_stay() -> None:
    assert as_shown_and_hedged("The app's maker says the data is safe.") == [
        ("The app's maker", "says", "the data is safe", False)]
    assert as_shown_and_hedged("Apple said the app broke its rules.") \
        == [("Apple", "said", "the app broke its rules", False)]


# Rule `finding_after_a_modal_is_no_claim` (junk.py; QA64 373 s12, 550 s21)
def test_rule_finding_after_a_modal_is_no_claim() -> None:
    assert extract_claims("Indeed, some people may find the new plans cost more.") == []
    assert extract_claims("Users can find people nearby who are on the service.") == []


def test_rule_finding_after_a_modal_near_variant_stays() -> None:
    assert as_shown_and_hedged("Investigators found that the plane was overloaded.") == [
        ("Investigators", "found", "the plane was overloaded", False)]
