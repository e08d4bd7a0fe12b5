"""Junk claims (QA rounds 17-19, held-out CNN articles): the writer's own
lines, acts and fragments shown as "who said what". Each rule added to
summarizer.claims.junk (JUNK_RULES, WRITERS_LINE_RULES) has a sentence of the
kind it drops and one that must stay a claim."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import described, only


# Rule `writers_first_person_is_no_claim`: "I"/"we" outside any quotation is the writer
@pytest.mark.parametrize("text", [
    "I think the new owners will shut the service down within a year.",
    "I don't think the merger will survive the regulators.",
    "We know the engineers will move to the new campus next spring.",
    "I wonder if the city is ready for another storm season.",
    "Will the plan work? I hope not.",
    "I'm not just talking about small changes in how the office is run.",
])
def test_the_writers_own_line_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_a_first_person_quotation_is_the_speakers() -> None:
    claim = only('"I think the bill will pass," she said.')
    assert (claim.speaker_span is not None and claim.speaker_span.text, claim.cue) == ("she", "say")


def test_an_interview_answer_keeps_its_first_person() -> None:
    text = ("Interview with a novelist.\n\n"
            "Marsh: I think the first draft is always a mess, and I rewrite it many times.\n\n"
            "Marsh: I believe a novel has to surprise its own writer.\n")
    cues = [c.cue for c in extract_claims(text)]
    assert "think" in cues and "believe" in cues, described(text)


def test_a_quotation_running_over_paragraphs_keeps_its_first_person() -> None:
    text = ('The mayor spoke for an hour. "The budget is tight this year.\n\n'
            '"I think we can still open the new library by the summer," she said.\n')
    assert [c.cue for c in extract_claims(text)] == ["say"], described(text)
    # a paragraph that opens with a quote mark is a quotation even when its marks go astray
    text = ('The coach named her favourite books.\n\n'
            '" \'Run Fast\' is a classic. When I train runners, I suggest they keep it by the bed."\n')
    assert [c.cue for c in extract_claims(text)] == ["suggest"], described(text)


def test_a_sentence_closing_a_quotation_keeps_its_first_person() -> None:
    # the quotation opened a paragraph earlier; this paragraph lost its opening mark
    text = ("The mayor spoke to reporters for an hour.\n\n"
            'I don\'t believe the rivals will succeed. They never have."\n')
    assert "believe" in [c.cue for c in extract_claims(text)], described(text)


def test_an_answer_after_a_question_paragraph_keeps_its_first_person() -> None:
    text = ("Meet the painter Ana Ruiz.\n\nDid you go to art school?\n\n"
            "Yes, in Chicago. Honestly, I believed I had to attend art school to be taken seriously.\n")
    assert [c.cue for c in extract_claims(text)] == ["believe"], described(text)


def test_the_writer_quoting_words_spoken_keeps_them() -> None:
    assert only('"We will not pay," I told the minister.').cue == "tell"


# Rule `anyone_could_is_no_source`: "any"/"anyone" with a modal is nobody who spoke
def test_anyone_could_is_no_source() -> None:
    text = "Any visitor can tell you the old harbour is the prettiest part of town."
    assert extract_claims(text) == [], described(text)
    assert only("Anyone who saw the crash said the driver was speeding.").cue == "say"


# Rule `writers_question_is_no_claim`: the writer's question asks, it claims nothing
@pytest.mark.parametrize("text", [
    "Maybe the company wants to try the market again?",
    "Does the minister think voters will forgive him?",
    "Don't you find it hard to trust the new figures?",
])
def test_the_writers_question_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_a_quoted_question_and_a_claim_ending_in_one_stay() -> None:
    assert only('"Why should we pay for it?" the mayor asked.').cue == "ask"
    assert only("The mayor said the city would pay for what, exactly?").cue == "say"


# Rule `passive_naming_is_no_claim`: the subject of "is called" is named, it does not speak
def test_a_passive_naming_is_no_claim() -> None:
    text = "It's called Riverside and the new district is the city's pride."
    assert extract_claims(text) == [], described(text)
    assert only("Critics called the plan a disaster.").cue == "call"


# Rule `graded_participle_is_an_adjective`: "the most informed readers"
def test_a_graded_participle_is_no_cue() -> None:
    text = "Even the most informed readers of the report missed the change."
    assert extract_claims(text) == [], described(text)
    assert only("Most agreed that the report was late.").cue == "agree"
    assert [c.cue for c in extract_claims("Rights groups widely condemned the decision as unlawful.")] == ["condemn"]


# Rule `particle_or_time_is_no_content`: a content of a preposition or a time alone
@pytest.mark.parametrize("text", [
    "There is much the engineers are still learning from.",
    "Writing over the weekend, the critic Tom Reyes observed that the show had lost its way.",
    "He thought of the days when the mill was still open.",
])
def test_a_particle_or_a_time_is_no_content(text: str) -> None:
    claims = extract_claims(text)
    assert all(c.content.lower() not in ("from", "the weekend", "of the days") for c in claims), described(text)


def test_a_topic_after_the_particle_stays() -> None:
    assert only("The critic Tom Reyes observed that the show had lost its way.").cue == "observe"
    # session 18: "She has written about the war for a decade." names a topic only (rule
    # `writing_about_a_topic_is_no_claim`, tests/test_claims_junk_s18.py); a question after the particle stays
    assert only("She has written about how the war ended for a decade.").cue == "write"


# Rule `calling_someone_is_an_act`: a phone call to a named person says nothing
def test_calling_someone_is_an_act() -> None:
    text = "At 9:40 p.m. Stevens calls deputy mission chief Greg Hart at the embassy."
    assert extract_claims(text) == [], described(text)
    assert only("Stevens called Hart a liar.").cue == "call"
    assert only('The senator called Hart "a disgrace to the office."').cue == "call"
    # rule `particle_belongs_to_its_verb` (test_claim_faults_s32.py): "out" is the verb's, never the claim's
    assert all(not c.content.startswith("out ") for c in extract_claims("The senator called out Hart for his remarks."))


# Rule `fragment_is_no_source` (extended): "Now" and "please" are no speakers
def test_now_and_please_are_no_speakers() -> None:
    text = "Now learning the routes is one thing; driving them at night is another."
    assert extract_claims(text) == [], described(text)
    text = "Before you vote, please ask yourself that question."
    assert extract_claims(text) == [], described(text)


# Rule `act_object_is_no_claim` (act_readings.txt, QA rounds 17-19)
@pytest.mark.parametrize("text", [
    "Dozens of armed men charge the main gate of the compound.",
    "The governor echoed the mayor's sentiments.",
    "The board in most cases denies most requests for extensions.",
    "The region may find solace in the fact that tourism is recovering.",
    "The president learned from the experience.",
    "She called into a local radio program on Friday.",
])
def test_more_acts_on_a_thing_are_no_claims(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_an_act_followed_by_a_participle_clause_keeps_the_clause() -> None:
    # the ruling is the judge's claim, and "prosecutors showing" never surfaces from inside it
    text = ("Judge Ross denied that request Monday, ruling that prosecutors did not present any evidence "
            "showing that the defendant had tried to flee.")
    assert [(c.speaker, c.cue) for c in extract_claims(text)] == [("Ross", "deny")], described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Prosecutors charged that the firm had hidden its losses.", "charge"),
    ("The governor echoed the mayor's call for calm, saying the city must heal.", "say"),
    ("The ministry denied the allegations.", "deny"),
    ("The study found the wall would not hold.", "find"),
    ("She learned from aides that the vote had been delayed.", "learn"),
])
def test_the_same_cues_with_a_statement_stay(text: str, cue: str) -> None:
    assert cue in [c.cue for c in extract_claims(text)], described(text)


# Rule `seeming_inclined_is_no_claim`: how inclined a subject looks is the writer's reading
@pytest.mark.parametrize("text", [
    "The rebel group doesn't seem eager to attack the capital.",
    "Despite the warnings, the alliance appears increasingly unwilling to intervene.",
])
def test_seeming_inclined_is_no_claim(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_seeming_with_a_cue_or_a_plain_adjective_stays() -> None:
    # "The senator appeared somewhat uneasy" is the writer's reading since session 9 (rule
    # `seeming_state_is_the_writers`); a look before a clause stays
    assert only("Obama appeared set to veto the bill.").cue == "appear"
    assert "suggest" in [c.cue for c in extract_claims("The minister seemed to suggest that the talks had failed.")]


# Rule `participle_after_be_before_a_comma_is_an_adjective`: "the talk is promising, ..."
def test_an_ing_adjective_before_a_comma_is_no_cue() -> None:
    text = "Whilst the plan is promising, the town still lacks the money to build it."
    assert extract_claims(text) == [], described(text)
    assert only("The governor is promising to cut taxes.").cue == "promise"


def test_a_verdict_is_an_act() -> None:
    text = "The country's top court found the former minister guilty of fraud."
    assert extract_claims(text) == [], described(text)
    assert only("The court found that the former minister had lied.").cue == "find"


# Rule `reduced_relative_is_no_claim`: a participle right after its noun modifies it
@pytest.mark.parametrize("text", [
    "A previously secret memo found at the rebel camp sets out a detailed plan for the spring.",
    "A letter written to the governor in March by a senior aide was never answered.",
])
def test_a_reduced_relative_is_no_cue(text: str) -> None:
    assert [c for c in extract_claims(text) if c.cue in ("find", "write")] == [], described(text)


def test_a_past_tense_with_a_place_or_that_stays() -> None:
    assert only("The study found in 2019 that the river was polluted.").cue == "find"
    assert only("Lee declared in the spin room that it was time to unite.").cue == "declare"


def test_the_place_of_a_participle_is_no_source() -> None:
    # Rule `fragment_is_no_source`: "at the rebel camp" never speaks
    text = "Other memos found at the rebel camp suggest the plan was shared with a second group."
    assert [c.speaker_span.text for c in extract_claims(text) if c.speaker_span] in ([], ["Other memos"])


def test_a_feeling_is_no_claim() -> None:
    text = "Sergeant Hale felt no remorse."
    assert extract_claims(text) == [], described(text)
    assert only("Sergeant Hale felt the order was unfair.").cue == "feel"


# QA round 20 (held-out CNN)
# Rule `capitalised_cue_is_a_name`: "the landmark Mitchell Report on steroid use"
def test_a_capitalised_cue_inside_a_sentence_is_a_name() -> None:
    text = "In 2009, the state oversight committee released the landmark Hartley Report on doping in amateur cycling."
    assert extract_claims(text) == [], described(text)
    assert only("Senator Hartley reported on Monday that the doping had spread.").cue == "report"


# Rule `adding_to_something_is_an_act`: "added Madeira and the Azores to the list"
def test_adding_a_thing_to_something_is_an_act() -> None:
    text = "The minister added Crete and Rhodes to the list of safe destinations."
    assert extract_claims(text) == [], described(text)
    assert only("The minister added that the list would grow next week.").cue == "add"


# Rule `finding_someone_doing_is_an_act`: a discovery, not a finding
def test_finding_someone_doing_something_is_an_act() -> None:
    text = "She went out to check the garden and found her brother holding the injured dog."
    assert [c for c in extract_claims(text) if c.cue == "find"] == [], described(text)
    assert only("The April survey found Lopez leading Ortiz by seven points.").cue == "find"


# Rule `particle_or_time_is_no_content` (a circumstance after "deny", "testify")
@pytest.mark.parametrize("text", [
    "The mayor's brother denied that in his testimony.",
    "The two doctors gave depositions, but never testified at the trial last year.",
])
def test_a_circumstance_after_a_denial_is_no_content(text: str) -> None:
    claims = extract_claims(text)
    assert [c for c in claims if c.cue in ("deny", "testify")] == [], described(text)


def test_a_denial_with_its_words_stays() -> None:
    assert only("The mayor's brother denied in court that he had taken the money.").cue == "deny"


@pytest.mark.parametrize("text", [
    "Garcia held serve to claim the set and then cruised through the fifth.",
    "Talks between the two neighbours showed no sign of easing on Thursday.",
])
def test_sports_and_signs_are_acts(text: str) -> None:
    assert [c for c in extract_claims(text) if c.cue in ("claim", "show")] == [], described(text)


# Rule `cue_noun_before_its_verb_is_no_cue`: "Republican support was more solid"
@pytest.mark.parametrize("text", [
    "Among older voters, Democratic support was more solid than in the spring.",
    "Health worries have dogged the senator since her fall in March.",
])
def test_a_cue_noun_before_its_verb_is_no_cue(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_a_free_relative_before_the_verb_is_no_claim() -> None:
    # claims-s18 item 1 (rule subject_gap_without_its_antecedent_is_no_claim): "is a pattern of overreach"
    # has no subject but "what" itself; the claim, shown, would lack what it is about
    assert extract_claims("The ruling rebukes what Republicans say is a pattern of overreach.") == []


# Rule `naming_is_no_claim` (extract.py): a name with a number in it is still a name
def test_a_name_with_a_number_is_no_claim() -> None:
    text = "The delays are exaggerated, says the spokesman for the city's organizing committee, called Lima 2027."
    assert [c.cue for c in extract_claims(text)] == ["say"], described(text)
    assert only("Critics called the 2027 budget a disaster.").cue == "call"
