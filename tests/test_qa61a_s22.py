"""Claims findings of QA round 61 (qa61a-s22): an inner "X said" inside what
another told, a writer's inference of a future act, a passive "was released
and ordered to", a persuaded judge's finding, a dashed gloss with its own
speaker, an attributive "unverified", a fronted "Speaking in London", the
object of a pronoun's own cue and a noun phrase cut at "and". Each rule has
a sentence of the kind fixed and a near variant that stays as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import cues, described, only


# Rule `cue_inside_an_earlier_that_clause`, its hearer (483 s19)
def test_an_inner_said_inside_what_another_told_is_not_the_sentences_attribution() -> None:
    text = ('Parker also told the Secret Service officer that when he tried to get into the photo, Brown said '
            '"I ain\'t down with that gay s--t," the report said.')
    claim = only(text)
    assert claim.speaker == "the report"
    assert claim.content.startswith("Parker also told the Secret Service officer that when he tried")
    assert 'Brown said "I ain\'t down' in claim.content


@pytest.mark.parametrize(("text", "speaker"), [
    ("He told reporters on Monday that the deal was off, Smith said.", "Smith"),
    ('When he tried to get into the photo, Brown said "I ain\'t down with that."', "Brown"),
])
def test_a_full_clause_after_the_hearers_that_or_no_outer_cue_keeps_its_speaker(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


# Rule `inferred_future_act_is_no_claim` (483 s32)
def test_a_future_act_the_writer_infers_is_no_claim_of_its_subject() -> None:
    text = ("The Los Angeles County district attorney appears in no mood to cut Brown any breaks, which suggests "
            "that prosecutors will ask for jail time for him because of the arrest early Sunday.")
    assert extract_claims(text) == [], described(text)
    assert extract_claims("The district attorney is tough, which means prosecutors will ask for jail time.") == []


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("Prosecutors will ask for jail time for him.", "Prosecutors", "ask"),
    ("The data suggests that prosecutors will ask for jail time.", "The data", "suggest"),
])
def test_a_stated_plan_or_the_inferrers_own_claim_stays(text: str, speaker: str, cue: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.cue) == (speaker, cue)


# Rule `passive_conjunct_ordered_to_do` (483 s38)
@pytest.mark.parametrize("text", [
    "He was released and ordered to report to his California probation officer within 48 hours.",
    "Brown was released and told to report to his probation officer.",
    "He was ordered to report to his probation officer.",
])
def test_the_one_ordered_to_do_something_says_nothing(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize(("text", "cue"), [
    ("The judge released him and ordered him to report to his probation officer.", "order"),
    ("He was released and vowed to fight on.", "vow"),
    ("He was arrested and told reporters he was innocent.", "tell"),
    ("He was ordered not to tell anyone the plant is closing.", "tell"),  # negated (not_to_infinitive_negates)
])
def test_an_active_order_a_vow_or_a_telling_after_a_passive_stays(text: str, cue: str) -> None:
    assert cues(text) == [cue]


# Rule `persuaded_not_to_do` (483 s11)
def test_what_a_judge_is_to_be_persuaded_not_to_find_is_no_finding() -> None:
    text = ("Beating the simple assault charge in Washington would help his lawyer persuade a Los Angeles judge "
            "not to find him in violation of probation rules, which require him to stay out of any legal trouble.")
    assert extract_claims(text) == [], described(text)


def test_a_judges_own_finding_stays() -> None:
    claim = only("A judge found him in violation of that probation in August.")
    assert (claim.speaker, claim.cue) == ("A judge", "find")


# Rule `dashed_gloss_with_its_own_speaker_is_no_content` (955 s7)
def test_a_dashed_gloss_with_its_own_speaker_is_neither_the_threat_nor_its_hedge() -> None:
    text = ("They cleared out Monday after Lukash threatened to impose a state of emergency -- a step opposition "
            "spokeswoman Lesya Orobets warned could lead to the use of military units to suppress protests.")
    threat, warning = extract_claims(text)
    assert (threat.speaker, threat.cue, threat.content) == ("Lukash", "threaten", "to impose a state of emergency")
    assert not threat.hedged
    assert (warning.speaker, warning.cue) == ("Lesya Orobets", "warn")
    assert warning.content == "a step could lead to the use of military units to suppress protests"
    assert warning.hedged


@pytest.mark.parametrize(("text", "content"), [
    ("Lukash said she would impose a state of emergency -- a step that would lead to violence.",
     "she would impose a state of emergency"),
    ("The move, Carr explained, was the result of preparation — an investment he concludes has constituted a "
     "head-start.", "The move was the result of preparation — an investment he concludes has constituted a head-start"),
])
def test_a_gloss_with_no_cue_or_with_a_pronoun_stays_as_it_was(text: str, content: str) -> None:
    assert extract_claims(text)[0].content == content


def test_a_dashed_subject_after_a_dateline_is_no_gloss() -> None:
    claim = extract_claims("WASHINGTON (AP) — A news report published Wednesday said the minister had resigned.")[0]
    assert claim.speaker == "A news report"


# Rule `unverified_description_is_no_hedge` (962 s29)
def test_unverified_stories_described_are_no_hedge() -> None:
    text = ('Vatican Secretary of State Tarcisio Bertone said it was "deplorable" that as the time for the Roman '
            'Catholic cardinals to elect a new pope approaches, a rash of "often unverified, unverifiable or '
            'completely false news stories" has appeared.')
    assert not only(text).hedged
    assert not only("Bertone said a rash of often false stories has appeared.").hedged  # "often" is no hedge


@pytest.mark.parametrize("text", [
    "Bertone said the report was unverified.",
    "Bertone said unconfirmed reports suggested the pope was ill.",
])
def test_a_claim_that_is_itself_unverified_stays_hedged(text: str) -> None:
    assert only(text).hedged


# Rule `speaking_participle_opener_is_no_subject` (962 s34)
def test_a_fronted_speaking_participle_is_no_source() -> None:
    text = ("Speaking in London on Tuesday, one of Britain's most senior Roman Catholics, the former Archbishop of "
            "Westminster, Cardinal Cormac Murphy-O'Connor, described the circumstances of O'Brien's resignation "
            'as "very sad."')
    assert only(text).speaker == "Cormac Murphy-O'Connor"
    assert only("Speaking in London on Tuesday, the archbishop, John Smith, said the plan was sad.").speaker \
        == "John Smith"


def test_a_gerund_subject_before_a_final_source_stays_the_content() -> None:
    claim = only("Speaking English is hard, he said.")
    assert claim.content == "Speaking English is hard"


# Rule `object_of_the_pronouns_cue_is_not_he` (962 s36)
O_BRIEN = (
    "Cardinal Keith O'Brien, the archbishop of Scotland, told the pope in November that he would resign "
    "effective on his 75th birthday, on March 17.\n\n"
    "Speaking in London on Tuesday, one of Britain's most senior Roman Catholics, the former Archbishop of "
    "Westminster, Cardinal Cormac Murphy-O'Connor, described the circumstances of O'Brien's resignation as "
    '"very sad."\n\n'
    "Murphy-O'Connor said that it was O'Brien's decision to step down and that he had not been forced or asked "
    "to do so. "
)


def test_the_one_a_pronoun_describes_is_not_the_pronoun() -> None:
    claims = extract_claims(O_BRIEN + 'He described O\'Brien as a "very honest man."')
    assert claims[-1].speaker == "Cormac Murphy-O'Connor"


def test_a_possessive_after_the_pronouns_cue_leaves_both_in_play() -> None:
    # Since mentions2-s22 made "Cormac" a first name, Murphy-O'Connor is known as a man and the
    # ordinary pronoun rules take him, the last speaker, as "He" (a reader does too); what this
    # test keeps is that the possessive "O'Brien's" after the cue never makes O'Brien the "He"
    claims = extract_claims(O_BRIEN + 'He described O\'Brien\'s decision as "very brave."')
    assert claims[-1].speaker == "Cormac Murphy-O'Connor"


# Rule `joined_object_of_a_noun_phrase_is_no_new_subject` (695 s15)
def test_a_noun_phrase_joined_by_and_is_no_new_speaker() -> None:
    text = ("The report said interviews with petitioners and Falun Gong practitioners revealed abuses were "
            "continuing despite the closure of the camps.")
    claim = only(text)
    assert claim.speaker == "The report"
    assert claim.content.startswith("interviews with petitioners and Falun Gong practitioners revealed")


def test_a_clause_before_and_still_ends_the_content() -> None:
    assert described("He said the prices rose and analysts revealed the plan was dead.") == [
        ("He", "say", "the prices rose"), ("analysts", "reveal", "the plan was dead")]
