"""Claim faults of a reader's judgement of CNN-Corpus dev articles (issue 9),
each fixed by a small named rule, with a sentence of its kind and a near
variant where the rule must not fire. The sentences are written in the manner
of the articles; none is read from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import as_written, described, only

ACCUSED = ("A defense motion accused prosecutors of trying to use the suspect's foreign birth and "
           "immigration to imply that he was \"more blameworthy\" than a native-born person.")


# Rule `infinitive_cue_of_an_attempt_is_no_claim`
def test_rule_infinitive_cue_of_an_attempt_is_no_claim() -> None:
    claim = only(ACCUSED)
    assert (claim.speaker, claim.cue) == ("A defense motion", "accuse"), described(ACCUSED)


def test_accused_content_runs_past_the_attempts_infinitive() -> None:
    claim = only(ACCUSED)
    assert claim.content.startswith("prosecutors of trying to use the suspect's foreign birth and immigration to imply")
    assert claim.content.endswith("than a native-born person")


def test_attempt_after_for_gives_no_claim() -> None:
    text = "Critics faulted the mayor for trying to use the report to suggest that crime had fallen."
    assert described(text) == []  # not "Critics suggest: crime had fallen"


def test_subjects_own_attempt_stays_its_claim() -> None:
    # rule `purpose_cue_after_an_effort_speaks`: the one who tries is the subject
    claim = only("The zoo industry has sought to reinvent itself in recent years to suggest that its work "
                 "is founded in conservation.")
    assert (claim.speaker, claim.cue) == ("The zoo industry", "suggest")


def test_infinitive_with_no_attempt_stays_a_claim() -> None:
    claim = only("Prosecutors used his birth to argue that he was guilty.")
    assert (claim.speaker, claim.cue, claim.content) == ("Prosecutors", "argue", "he was guilty")


def test_joined_clause_after_an_attempt_stays_a_claim() -> None:
    claim = only("Officials tried to calm the crowd and went on to say that the plan was safe.")
    assert (claim.cue, claim.content) == ("say", "the plan was safe")


# Rule `plural_hearer_before_a_named_subject`
def test_rule_plural_hearer_before_a_named_subject() -> None:
    text = "Zimmerman told detectives Martin began pummeling him when he approached him."
    claim = only(text)
    assert claim.content.startswith("Martin began pummeling him"), described(text)


def test_plural_hearer_before_a_time_word_is_the_hearer_alone() -> None:
    claim = only("The suspect told police Monday he had fired first.")
    assert claim.content == "he had fired first"


def test_capitalised_title_before_a_name_is_the_hearer() -> None:
    claim = only("The suspect told Detective Martin Smith that he had fired first.")
    assert claim.content == "he had fired first"


# Rule `statement_in_response_to_a_thing`
STATEMENT = ("Sugary drinks are linked to 180,000 deaths, the study found.\n\n"
             "The American Beverage Association released this statement in response to the study:.\n\n"
             "\"This abstract is more about sensationalism than science. In no way does it show that "
             "soda causes disease.\n\n\"The researchers make a huge leap.\"\n\nThe study authors disagree.")


def test_rule_statement_in_response_to_a_thing() -> None:
    found = [c for c in extract_claims(STATEMENT) if c.speaker == "American Beverage Association"]
    assert len(found) == 1, described(STATEMENT)
    assert found[0].content.startswith("\"This abstract is more about sensationalism than science.")
    assert "The researchers make a huge leap." in found[0].content


def test_statement_with_a_verb_in_its_tail_is_someone_elses() -> None:
    text = "The group released a statement Baldwin gave to the organization:\n\n\"We are done.\""
    assert [c for c in extract_claims(text) if c.speaker == "The group"] == []


def test_statement_to_a_pronoun_clause_is_no_circumstance() -> None:
    text = "The group released a statement in response to the man he met:\n\n\"We are done.\""
    assert [c for c in extract_claims(text) if c.speaker == "The group"] == []


# Rule `head_before_a_long_who_clause`
def test_rule_head_before_a_long_who_clause() -> None:
    text = "A juror who spoke to CNN's \"Anderson Cooper 360\" on Monday said she had difficulty understanding him."
    assert as_written(text) == [("A juror", "say", "she had difficulty understanding him")]


def test_who_clause_with_a_time_clause_of_its_own() -> None:
    text = ("The friend who was on the phone with Trayvon Martin when his fatal confrontation with George "
            "Zimmerman began said Monday she is upset.")
    assert as_written(text) == [("The friend", "say", "she is upset")]


def test_short_who_clause_reads_as_before() -> None:
    assert as_written("A soldier who was wounded in Iraq said the war was lost.") == [
        ("A soldier", "say", "the war was lost")]


def test_who_clause_with_a_joined_clause_of_its_own_is_not_crossed() -> None:
    text = ("Putin is the only leader who supports the regime and during the meetings President Barack Obama "
            "said the two had differing perspectives.")
    assert "Putin" not in [c.speaker for c in extract_claims(text)]


def test_copula_after_a_who_clause_is_no_cue() -> None:
    text = "A married woman who chooses not to have children is highly suspect to some."
    assert "A married woman" not in [c.speaker for c in extract_claims(text)]


# Rules `share_of_a_group_is_one_phrase` (a share in a place) and `shares_of_one_group_in_two_places`
def test_rule_shares_of_one_group_in_two_places() -> None:
    text = ("In addition, 37 % of the respondents in Boston and 35 % in Springfield believed the man should "
            "receive the death penalty.")
    assert as_written(text) == [("37 % of the respondents in Boston and 35 % in Springfield", "believe",
                                 "the man should receive the death penalty")]


def test_share_in_a_place_is_one_phrase() -> None:
    assert as_written("Some 40 % in Ohio said the economy was the top issue.") == [
        ("40 % in Ohio", "say", "the economy was the top issue")]


def test_count_joined_to_a_name_is_no_share() -> None:
    assert as_written("Smith and 35 others said the plan failed.") == [
        ("Smith and 35 others", "say", "the plan failed")]


# Rule `plural_cue_noun_after_a_preposition_is_no_cue`
def test_rule_plural_cue_noun_after_a_preposition_is_no_cue() -> None:
    text = ("Zimmerman, a neighborhood watch volunteer in Sanford, Florida, was acquitted Saturday of "
            "second-degree murder charges in Martin's death.")
    assert described(text) == []


def test_charges_as_a_verb_stays_a_claim() -> None:
    claim = only("Prosecutor Smith charges the man lied.")
    assert (claim.cue, claim.content) == ("charge", "the man lied")


def test_charges_in_a_clause_final_sentence_leave_the_attribution() -> None:
    assert described("He was jailed on federal weapons charges, police said.") == [
        ("police", "say", "He was jailed on federal weapons charges")]


# Rule `wanting_to_find_out_is_no_claim`
def test_rule_wanting_to_find_out_is_no_claim() -> None:
    text = "Researchers at Harvard wanted to find out how often people around the globe drank sugary drinks."
    assert described(text) == []


def test_wanting_to_know_whether_stays_a_question_put() -> None:
    claim = only("Nunes wants to know whether there was chatter on the channel.")
    assert (claim.speaker, claim.cue) == ("Nunes", "want")


# Rule `participle_after_a_prepositions_noun_is_a_modifier`
def test_rule_participle_after_a_prepositions_noun_is_a_modifier() -> None:
    text = "They also used evidence from studies published in medical journals that discussed sugary drinks."
    assert described(text) == []


def test_participle_after_a_people_noun_stays_to_the_subject_rules() -> None:
    claim = only("Officials in Ohio reported that the river rose.")
    assert (claim.speaker, claim.content) == ("Officials in Ohio", "the river rose")


# cues.txt: "counter" only before "that", a colon or a quotation
def test_countered_that_is_a_claim() -> None:
    claim = only("Anti-abortion supporters countered that their First Amendment rights were violated.")
    assert (claim.speaker, claim.cue, claim.content) == (
        "Anti-abortion supporters", "counter", "their First Amendment rights were violated")


def test_countering_an_attack_is_an_act() -> None:
    assert described("The army countered the attack with artillery.") == []


# Rule `hedge_in_a_noun_complement`, with an adjective after "the"
def test_fear_with_an_adjective_holds_its_own_modal() -> None:
    text = ("\"The impact is greater given the indelible fear that friends and family could have been "
            "killed or injured,\" the motion said.")
    assert not only(text).hedged


def test_modal_in_the_claims_own_clause_stays_a_hedge() -> None:
    assert only("He said there is a fear that prices could rise.").hedged


def test_running_counter_to_statements_is_no_claim() -> None:
    assert described("All ran counter to his earlier statements that the contact never occurred.") == []


def test_group_of_people_calling_for_stays_a_claim() -> None:
    claim = only("A group of rabbis called for a boycott of his speech.")
    assert (claim.speaker, claim.cue) == ("A group of rabbis", "call for")

