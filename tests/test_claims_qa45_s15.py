"""QA round 45 fixes, session 15 (qa45-fix-s15): clear-wrong speakers and
content. Each rule has a sentence of its kind and a near variant that must
stay as it was."""

from __future__ import annotations

from tests.claim_helpers import described, only


# --- rule `joined_cue_keeps_its_speaker` (speakers.py; QA round 45, 403 s2) ---------------------
def test_second_he_of_a_joined_cue_is_the_first_cues_speaker() -> None:
    text = ("Mark Giuliano spoke Wednesday about Maj. Nidal Hasan. But he added he did not think Hasan "
            "was the reason and he said an interview may not have helped.")
    assert [(speaker, cue) for speaker, cue, _ in described(text)] == [
        ("Mark Giuliano", "add"), ("Mark Giuliano", "say")]


def test_he_joined_after_a_named_first_speaker_is_that_speaker() -> None:
    text = ("Mark Giuliano spoke Wednesday about Maj. Nidal Hasan. Giuliano said Hasan was the reason "
            "and he added an interview may not have helped.")
    assert [speaker for speaker, _, _ in described(text)] == ["Mark Giuliano", "Mark Giuliano"]


def test_he_joined_after_a_first_speaker_of_the_other_gender_stays_as_it_was() -> None:
    # "she" cannot be "he": the pronoun rules decide, as before (the one man named there)
    text = ("Mary Smith spoke Wednesday. She said Maj. Nidal Hasan was the reason and he added an "
            "interview may not have helped.")
    assert [speaker for speaker, _, _ in described(text)] == ["Mary Smith", "Nidal Hasan"]


def test_he_joined_after_a_participles_object_source_follows_no_one() -> None:
    # the participle's source is the object "Sanders", no subject: "he said" is Rendell, as before
    text = ('Former Pennsylvania governor Ed Rendell praised Sanders for what he has accomplished, '
            'calling it "an incredible feat" - but he said the time is coming when Sanders will have '
            'to tone down his attacks.')
    assert [speaker for speaker, _, _ in described(text)][-1] == "Ed Rendell"


# --- rule `document_noun_after_the_and_a_name` (cues.py; QA round 45, 403 s26) -------------------
def test_report_after_the_and_a_name_is_the_document_not_a_verb() -> None:
    # no claim: "identified" is no cue, and "report" is the document's noun, no speech verb of "The Webster"
    assert described("The Webster report on the Fort Hood shooting identified numerous problems.") == []


def test_report_after_the_and_a_name_still_speaks_as_a_source_and_a_verb_stays() -> None:
    assert described("The Webster report said the bureau failed.") == [
        ("The Webster report", "say", "the bureau failed")]
    assert described("Webster reported on the shooting that the bureau failed.") == [
        ("Webster", "report", "the bureau failed")]


# --- rule `described_name_after_a_determiner` (rules.py; QA round 45, 415 s1) ---------------------
def test_adverb_and_adjective_before_a_name_leave_the_name_as_the_speaker() -> None:
    for text, speaker in (
            ("A clearly irritated Obama interrupted his speech, saying the law was clear.", "Obama"),
            ("A visibly angry Barack Obama interrupted his speech, saying the law was clear.", "Barack Obama")):
        assert [s for s, _, _ in described(text)] == [speaker], text


def test_described_person_without_a_name_or_nouns_before_a_name_stay_as_they_were() -> None:
    assert [s for s, _, _ in described(
        "A clearly irritated official interrupted his speech, saying the law was clear.")] == [
        "A clearly irritated official"]
    assert [s for s, _, _ in described(
        "The former Texas governor interrupted his speech, saying the law was clear.")] == [
        "The former Texas governor"]


# --- rule `hearer_and_circumstance_is_no_content`, with "via" and "by" (rules.py; QA round 45, 904 s9)
def test_medium_after_the_hearer_is_no_content_after_a_mixed_quotation() -> None:
    text = ('If he qualifies, "he would be free to run," Yannis Nikolaou, communications manager for '
            'the IAAF, told CNN via e-mail.')
    assert described(text) == [("Yannis Nikolaou", "tell", 'If he qualifies, "he would be free to run,"')]


def test_medium_after_a_plain_clause_and_said_via_leave_the_clause_as_the_claim() -> None:
    assert described("The plan failed, Smith told CNN by phone.") == [("Smith", "tell", "The plan failed")]
    assert described("The plan failed, Smith said via Twitter.") == [("Smith", "say", "The plan failed")]


def test_told_via_e_mail_that_keeps_its_clause() -> None:
    assert described("Yannis Nikolaou told CNN via e-mail that he would be free to run.") == [
        ("Yannis Nikolaou", "tell", "he would be free to run")]


# --- rule `role_shared_by_another_named_person` (speakers.py; QA round 45, 458 s12) ---------------
def test_the_lawyer_is_unresolved_when_an_attorney_is_named_too() -> None:
    text = ("Attorney Okorie Okorocha, who filed the lawsuit last week, dropped one client Tuesday. "
            'Travolta lawyer Martin Singer called the charges "ridiculous." '
            "Okorocha apologized last Friday for putting the wrong date in the lawsuit. "
            'The lawyer insisted in a CNN interview Tuesday that he would "mop up" in the courtroom.')
    assert [(speaker, cue) for speaker, cue, _ in described(text)] == [
        ("Martin Singer", "call"), ("The lawyer", "insist")]


def test_the_lawyer_is_the_one_lawyer_beside_an_attorney_general() -> None:
    for text in ("Travolta lawyer Martin Singer called the charges ridiculous. The lawyer said the case would fail.",
                 "Attorney General Eric Holder spoke Monday. Travolta lawyer Martin Singer called the charges "
                 "ridiculous. The lawyer said the case would fail."):
        assert [speaker for speaker, _, _ in described(text)] == ["Martin Singer", "Martin Singer"], text


# --- Rule `option_modal_in_a_relative_is_no_hedge` (polarity.py; QA round 45, 458 s1) -------------
def test_may_wish_in_a_relative_is_no_hedge() -> None:
    claim = only('"We are conferring with him regarding the next steps, which he may wish to take," Allred said.')
    assert claim.speaker == "Allred" and not claim.hedged


def test_may_wish_as_the_claims_own_verb_and_a_relative_that_may_regret_stay_hedged() -> None:
    assert only("Allred said he may wish to take the next steps.").hedged
    assert only('"We are conferring with him regarding the next steps, which he may regret," Allred said.').hedged


# --- Rule `permission_in_a_ruling_is_no_hedge` (polarity.py; QA round 45, 904 s4) ----------------
def test_may_after_a_person_in_a_ruling_grants_leave() -> None:
    for text in ("Judge Bert Bam ruled that he may travel abroad.",
                 "Judge Bert Bam ruled that Pistorius may travel abroad."):
        assert not only(text).hedged, text


def test_may_have_a_things_could_and_a_said_stay_hedged() -> None:
    for text in ("Judge Bert Bam ruled that the evidence may have been tainted.",
                 "Judge Bert Bam ruled that Ohio's practices could remove some eligible voters.",
                 "Judge Bert Bam said that he may travel abroad."):
        assert only(text).hedged, text
