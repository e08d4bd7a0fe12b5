"""Wrong claims of QA round 24 (held out) and what the s6 trust work left,
each a named rule with a sentence of its kind and a variant that must stay
as it is."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- rule `described_subject_before_a_final_pronoun` (QA 24, 183 [15]: "The judge upheld the
# plaintiffs' arguments ... in particular," he wrote." gave "he" to Arne Duncan, quoted before)

DUNCAN = 'Duncan said the ruling was good. "It is a mandate," Duncan said.\n\n'


def test_a_final_pronoun_after_a_described_subject_is_unresolved() -> None:
    text = DUNCAN + ("The judge upheld the plaintiffs' arguments that the laws violated their rights and "
                     "caused \"the exposure of grossly ineffective teachers,\" he wrote.")
    claim = extract_claims(text)[-1]
    assert (claim.cue, claim.speaker, claim.speaker_kind) == ("write", "he", "unresolved")


def test_a_final_pronoun_after_a_thing_as_subject_still_resolves() -> None:
    text = DUNCAN + "The laws violated the students' rights to an equal education, he said."
    assert extract_claims(text)[-1].speaker == "Duncan"


def test_a_final_pronoun_after_a_person_of_another_gender_still_resolves() -> None:
    text = ("Deen answered that she had used the slur. In the interview, she gave more details. "
            "The man holding the gun was someone she knew, she said.")
    assert extract_claims(text)[-1].speaker == "Deen"


def test_a_pronoun_in_an_aside_after_a_described_subject_still_resolves() -> None:
    text = DUNCAN + "The teacher, he said, was fired for no reason at all."
    assert extract_claims(text)[-1].speaker == "Duncan"


# --- rules `cue_noun_after_a_verb` and `late_or_early_before_a_day` (QA 24, 230 [1]: "A Queens man
# who faces charges related to five firebombings ... is undergoing a psychiatric evaluation,
# authorities said late Tuesday." showed the man charging; the authorities' claim was lost)

QUEENS = ("A Queens man who faces charges related to five firebombings is undergoing a psychiatric "
          "evaluation, authorities said late Tuesday.")


def test_a_cue_noun_after_a_verb_is_no_cue_and_late_tuesday_is_no_content() -> None:
    claim = extract_claims(QUEENS)[0]
    assert len(extract_claims(QUEENS)) == 1
    assert (claim.speaker, claim.cue, claim.content) == (
        "authorities", "say",
        "A Queens man who faces charges related to five firebombings is undergoing a psychiatric evaluation")


def test_a_past_verb_before_a_cue_noun_makes_it_an_object() -> None:
    assert extract_claims("He made claims about the fund.") == []


def test_a_cue_after_a_plain_subject_stays_a_verb() -> None:
    assert [(c.speaker, c.content) for c in extract_claims("The prosecutor charges that he lied.")] == [
        ("The prosecutor", "he lied")]


def test_late_before_a_noun_stays_in_the_content() -> None:
    assert [c.content for c in extract_claims("The mayor said late payments are a problem.")] == [
        "late payments are a problem"]


# --- `writers_question_is_no_claim` fixed (QA 24, 354 [13]: 'Did Crump really believe that "Justice
# for All" had finally arrived in our nation?' showed the writer's doubt as Crump's belief)


def test_an_inverted_question_with_a_quotation_is_the_writers() -> None:
    text = 'Did Crump really believe that "Justice for All" had finally arrived in our nation?'
    assert extract_claims(text) == []


def test_a_claim_ending_in_a_question_with_a_quotation_stays() -> None:
    assert [c.content for c in extract_claims('Trump promised to "rip up" what?')] == ['to "rip up" what?']
    assert [c.speaker for c in extract_claims('Crump said "Justice for All" had arrived?')] == ["Crump"]


# --- `cue_noun_before_a_preposition` widened to an -s form before "from" (QA 24, 626 [5]: "Fast
# construction claims from Broad Group, the Changsha-based construction company ..., have elicited
# strong reactions" read "claims" as a cue)


def test_a_cue_s_form_after_a_modifier_and_before_from_is_a_noun() -> None:
    text = ("Fast construction claims from Broad Group, the company in charge of the build, have elicited "
            "strong reactions from experts.")
    assert extract_claims(text) == []


def test_a_person_before_an_s_form_and_from_keeps_the_verb() -> None:
    text = "The official says from his office that the tower is safe."
    assert [(c.speaker, c.content) for c in extract_claims(text)] == [("The official", "the tower is safe")]


# --- rule `has_someone_speaking` (QA 24, 354 [29]: "He even has police officers testifying in his
# favor that Trayvon's father ... told them ..." showed "He" (then the last quoted man) testifying)


def test_a_participle_cue_after_has_and_its_object_is_the_objects() -> None:
    text = "He even has police officers testifying in his favor that the father told them the voice was not his son."
    claim = only(text)
    assert (claim.speaker, claim.cue) == ("police officers", "testify")


def test_has_been_saying_keeps_the_subject() -> None:
    assert [c.speaker for c in extract_claims("He had been saying that the road is closed.")] == ["He"]


# --- rule `hearer_runs_to_a_colon` (QA 24, 502 [15]: 'Manuel Neuer told Bunte magazine: "Those
# players ..."' opened the content with the hearer's "magazine:")


def test_the_hearers_words_before_a_colon_are_no_content() -> None:
    text = 'Goalkeeper Manuel Neuer told Bunte magazine: "Those players who are gay should say so."'
    assert only(text).content == '"Those players who are gay should say so."'


def test_a_hearer_before_that_and_a_clause_after_a_colon_stay_as_they_were() -> None:
    assert only("Neuer told Bunte magazine that players should say so.").content == "players should say so"
    assert only("Neuer told players: stay calm.").content == "stay calm"


# --- rule `multiplier_is_no_source` (QA 24, 92 [36]: "Those who tested positive for HPV were 2.3
# times more likely to have said they suffered a stroke ..., the authors found." gave the speaker
# "3 times more")


def test_a_ratio_before_a_cue_is_no_source() -> None:
    text = ("Those who tested positive for HPV were 2.3 times more likely to have said they suffered a stroke, "
            "the authors found.")
    assert extract_claims(text) == []


def test_a_ratio_inside_an_aside_leaves_the_speaker() -> None:
    text = "Smith, who earns three times more than her rivals, said the plan is bad."
    assert [(c.speaker, c.content) for c in extract_claims(text)] == [("Smith", "the plan is bad")]


# --- rule `writers_lead_in_before_a_quotation` (QA 24, 229 [12]: 'Anderson met with the student's
# parents Tuesday afternoon and "they want you to know ...," he said.' put the writer's narration and
# Anderson's own name inside his claim)


def test_the_writers_narration_before_and_a_quotation_is_no_content() -> None:
    text = ('Scott Anderson is the superintendent. Anderson met with the parents Tuesday and "they want you '
            'to know that Emilio was a great kid," he said.')
    claim = extract_claims(text)[-1]
    assert (claim.speaker, claim.content) == ("Scott Anderson", '"they want you to know that Emilio was a great kid,"')


def test_a_clause_and_a_quotation_with_no_narration_stay_whole() -> None:
    assert only('The plan is bad and "we will fight it," he said.').content == 'The plan is bad and "we will fight it,"'


# --- rule `source_said_twice_is_one_claim` (QA 23/24, 940 [34]: "The official said that in order to
# meet international deadlines ..., the group may opt for a 'quick and dirty' program ..., the
# official said." opened the claim with "The official said that")


def test_a_source_said_twice_gives_one_claim_after_the_first_cue() -> None:
    text = ('The official said that in order to meet deadlines, the group may opt for a "quick and dirty" '
            "program that would render the weapons unusable, the official said.")
    assert only(text).content == (
        'in order to meet deadlines, the group may opt for a "quick and dirty" program that would render the '
        "weapons unusable")


def test_the_same_words_with_no_cue_after_them_stay_the_clause_final_claim() -> None:
    assert only("The official is wrong about the plan, the official said.").content == (
        "The official is wrong about the plan")


def test_another_cue_of_the_same_source_stays_inside_the_clause_final_claim() -> None:
    text = "He accused the United States of pushing the conflict, whereas Russia wants peace, he said."
    claim = extract_claims(text)[-1]
    assert claim.content.startswith("He accused the United States")
