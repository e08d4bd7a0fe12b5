"""Claims of reader round 69b (qa69b-s26): each finding fixed by a named rule,
with a sentence of its kind and a near variant that must stay as it is. The
sentences are written in the manner of the articles; none is read from the
shared data sets."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import as_shown


# Rule `two_word_adverb_in_the_verb_group` (grammar.py; CNN dev 741 s18) and the cue "anticipate"
# (cues.txt): "so far" is no source, and a forecast after ", but" is its own speaker's claim
def test_rule_two_word_adverb_in_the_verb_group() -> None:
    assert as_shown("The agency has so far confirmed that 12 people died.") == [
        ("The agency", "confirmed", "12 people died")]
    assert as_shown("The mission has so far confirmed the existence of 167 planets, but Cordey anticipates the "
                  "telescope will likely discover thousands more.") == [
        ("The mission", "confirmed", "the existence of 167 planets"),
        ("Cordey", "anticipates", "the telescope will likely discover thousands more")]


def test_rule_two_word_adverb_near_variants_stay() -> None:
    # "so far" after the cue is no part of the verb group: the reading is as it was
    assert as_shown("So far, the agency has confirmed that 12 people died.") == [
        ("the agency", "confirmed", "12 people died")]
    # "anticipate" with a bare noun phrase or as a modifier is no claim (+clausal)
    assert as_shown("The company anticipates strong demand for the phone.") == []
    assert as_shown("The anticipated launch was delayed.") == []


# Rule `gerund_subject_of_a_content_is_no_cue` (cues.py; CNN dev 969 s3, s21)
def test_rule_gerund_subject_of_a_content_is_no_cue() -> None:
    assert as_shown("Experts say finding the particle would rank as one of the top achievements.") == [
        ("Experts", "say", "finding the particle would rank as one of the top achievements")]
    assert as_shown("Kane added that finding evidence of the boson would be a wonderful success.") == [
        ("Kane", "added", "finding evidence of the boson would be a wonderful success")]


def test_rule_gerund_subject_near_variant_stays() -> None:
    # the gerund has its own "that" clause: it is the cue of a denial, as before
    claims = extract_claims("The minister denied saying that the plan would fail.")
    assert [c.shown_cue for c in claims] != ["denied"] or claims == []
    assert as_shown("The Reuters report said rates would rise.") == [("The Reuters report", "said", "rates would rise")]


# Rule `dash_summing_up_what_was_said_is_the_writers` (grammar.py; CNN dev 969 s3)
def test_rule_dash_summing_up_what_was_said_is_the_writers() -> None:
    assert as_shown("The minister said taxes would rise -- a claim disputed by the opposition.") == [
        ("The minister", "said", "taxes would rise")]
    assert as_shown("Experts say the find would rank among the top achievements -- a view proved on Tuesday "
                  "when the two men won the prize.") == [
        ("Experts", "say", "the find would rank among the top achievements")]


def test_rule_dash_summing_up_near_variant_stays() -> None:
    # a person described between dashes is inside the reported clause
    assert as_shown("Police said the suspect -- a man arrested Tuesday -- would appear in court.") == [
        ("Police", "said", "the suspect -- a man arrested Tuesday -- would appear in court")]


# Rule `counted_time_ago_before_that_is_no_content` (grammar.py; CNN dev 969 s3)
def test_rule_counted_time_ago_before_that_is_no_content() -> None:
    assert as_shown("He predicted almost 50 years ago that the particle existed.") == [
        ("He", "predicted", "the particle existed")]
    assert as_shown("She said more than a decade ago that the plan had failed.") == [
        ("She", "said", "the plan had failed")]


def test_rule_counted_time_ago_near_variant_stays() -> None:
    # no "ago": the count is what was said
    assert as_shown("She said two years was too long.") == [("She", "said", "two years was too long")]


# Rule `irregular_past_resumes_the_main_clause` (grammar.py; CNN dev 969 s3)
# Rule `relative_in_an_apposition_ends_content` (rules.py; CNN dev 969 s3)
def test_rule_relative_clause_ends_before_an_irregular_past() -> None:
    assert as_shown("Higgs, who said the particle existed, won the prize.") == [
        ("Higgs", "said", "the particle existed")]
    assert as_shown("Englert and Higgs, the two physicists who predicted in 1964 that the particle existed, won "
                  "the prize.") == [("the two physicists", "predicted", "the particle existed")]


def test_rule_relative_clause_near_variant_stays() -> None:
    # no comma sets the noun off: a restrictive relative, read as before
    assert as_shown("Residents who said the water was dirty, complained again.") == [
        ("Residents", "said", "the water was dirty, complained again")]


# Rule `that_clause_after_an_inverted_source_goes_on` (rules.py; CNN dev 969 s31)
def test_rule_that_clause_after_an_inverted_source_goes_on() -> None:
    assert as_shown("It means, says Archer, that scientists are only able to observe remnants.") == [
        ("Archer", "says", "It means that scientists are only able to observe remnants")]


def test_rule_that_clause_after_an_inverted_source_near_variants_stay() -> None:
    assert as_shown("It means, says Archer.") == [("Archer", "says", "It means")]
    # a noun before the source, and a relative "that" after it: not a pronoun and its verb
    assert as_shown("The result, says Archer, that we saw was odd.") == [("Archer", "says", "The result")]


# Rule `participle_after_a_prepositional_object_needs_a_speaking_head` (rules.py; CNN dev 969 s28)
def test_rule_participle_after_a_prepositional_object_needs_a_speaking_head() -> None:
    assert as_shown("Scientists search for a signal in the data suggesting the existence of the boson.") == []


def test_rule_participle_after_a_prepositional_object_near_variants_stay() -> None:
    assert as_shown("A statement from the ministry saying the plan had failed was released.") == [
        ("A statement from the ministry", "saying", "the plan had failed")]
    # the phrase is the verb's circumstance, not a noun's: "in a statement" after "said"
    assert ("a statement", "announcing", "the decision") in as_shown(
        '"We respect the games," the embassy said in a statement announcing the decision.')


# Rule `explanation_by_no_one_is_no_claim` (junk.py; CNN dev 969 s5, s11)
def test_rule_explanation_by_no_one_is_no_claim() -> None:
    assert as_shown("But the theory crucially fails to explain how particles actually get their mass.") == []
    assert as_shown("It is part of a theory first proposed by Higgs in the 1960s to explain how particles obtain "
                  "mass.") == []


def test_rule_explanation_by_no_one_near_variants_stay() -> None:
    assert as_shown("The minister failed to explain how the plan would work.") == [
        ("The minister", "failed to explain", "how the plan would work")]
    assert as_shown("The study explains why prices rose.") == [("The study", "explains", "why prices rose")]
    assert as_shown("Smith explained why he resigned.") == [("Smith", "explained", "why he resigned")]


# Rule `finding_someone_to_act_is_an_act` (junk.py; CNN dev 678 s17)
# Rule `telling_about_a_pronoun_is_no_claim` (junk.py; CNN dev 678 s17)
def test_rule_finding_someone_to_act_and_telling_about_a_pronoun() -> None:
    assert as_shown("Ayele went to every health center in the area, telling doctors about him, until she found "
                  "one to admit and treat him.") == []


def test_rule_finding_someone_to_act_near_variants_stay() -> None:
    assert as_shown("Researchers found the drug to be safe.") == [("Researchers", "found", "the drug to be safe")]
    assert as_shown("The prosecutor found no proof to substantiate her allegations.") == [
        ("The prosecutor", "found", "no proof to substantiate her allegations")]
    assert as_shown("A survey found close to one-third of rookies were smokers.") == [
        ("A survey", "found", "close to one-third of rookies were smokers")]
    assert as_shown("Ayele tells me about a family of eight in which the father was sick.") == [
        ("Ayele", "tells", "about a family of eight in which the father was sick")]


# Rule `opening_adverb_after_a_conjunction_leaves_the_source` (grammar.py; CNN dev 678 s36)
def test_rule_opening_adverb_after_a_conjunction_leaves_the_source() -> None:
    assert as_shown("But yet everyone I met said it was their moral obligation.") == [
        ("everyone I met", "said", "it was their moral obligation")]


def test_rule_opening_adverb_after_a_conjunction_near_variant_stays() -> None:
    assert as_shown("But everyone I met said it was their duty.") == [("everyone I met", "said", "it was their duty")]


# What "anticipate" and "so far" brought in (PolNeAR train):
# Rule `belief_cue_before_a_comma_has_no_object` (junk.py)
# Rule `assuring_someone_of_a_thing_is_an_act` (junk.py)
# Rule `object_pronoun_opens_no_clause` (grammar.py)
def test_rules_that_keep_the_new_readings_clean() -> None:
    assert as_shown("Eagerly anticipated, sometimes fraught and often awkward, the banter has become a staple.") == []
    assert as_shown("Her wins in six states so far assure her of at least 318 delegates.") == []
    assert as_shown("Aides prepare for them, the candidate anticipates them and his crowds are told how to act.") == []
    assert [c.shown_cue for c in extract_claims("Anticipating blowback, McAuliffe remarked that he had consulted "
                                                "the attorney general.")] == ["remarked"]


def test_rules_that_keep_the_new_readings_clean_near_variants_stay() -> None:
    assert as_shown("She hoped, perhaps naively, that the talks would work.") == [
        ("She", "hoped", "the talks would work")]
    assert as_shown("France feared, above all, the prospect of direct intervention.") == [
        ("France", "feared", "above all, the prospect of direct intervention")]
    assert [c.shown_cue for c in extract_claims("His leverage, they believe, isn't going anywhere.")] == ["believe"]
    assert as_shown("He assured voters that taxes would not rise.") == [("He", "assured", "taxes would not rise")]
    assert as_shown("Officials anticipated the storm would make landfall Friday.") == [
        ("Officials", "anticipated", "the storm would make landfall Friday")]

