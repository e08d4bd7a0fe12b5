"""Speaker resolution, session 24 (QA round 65 and the open list of session
23): pronoun speakers a reader names without doubt. Each rule with a
sentence built like the article's and near variants that must stay as
they were (a pronoun stays unresolved when in doubt)."""

from __future__ import annotations

from tests.claim_helpers import speakers_and_kinds


def _last(text: str) -> tuple[str | None, str]:
    return speakers_and_kinds(text)[-1]


# --- gender_by_the_next_sentence_pronoun (987 s3-s7: Tymoshenko, a first name no list holds) --------

FREED = ("With her braid, Oksana Dovzhenko is back in politics.\n\n"
         "Dovzhenko, 53, was freed from prison Saturday{after}.\n\n"
         "{opening} at the square.\n\n"
         '"Today we won," she said.')


def test_she_opening_the_sentence_after_the_lone_name_gives_its_gender() -> None:
    text = FREED.format(after="", opening="Dressed in black, she later emerged")
    assert _last(text) == ("Oksana Dovzhenko", "person")


def test_lone_name_beside_another_gives_no_gender() -> None:
    text = FREED.format(after=" and met Petrenko", opening="Dressed in black, she later emerged")
    assert _last(text) == ("she", "unresolved")


def test_object_pronoun_after_the_lone_name_gives_no_gender() -> None:
    text = FREED.format(after="", opening="Police found her")
    assert _last(text) == ("she", "unresolved")


def test_pronoun_after_a_name_in_its_own_sentence_gives_no_gender() -> None:
    text = FREED.format(after="", opening="Dressed in black, Petrenko and she emerged")
    assert _last(text) == ("she", "unresolved")


# --- spoken_of_by_the_speaker_is_no_newcomer (987 s7-s9: "she said, referring to ... Yanukovych") ---

REFERRING = ("Maria Lopez was freed on Saturday.\n\n"
             '"Today, the country has finished with this dictator," she said, {after}.\n\n'
             "She then passed on a message.\n\n"
             '"There will be no country but the one you want," she said.')


def test_person_the_speaker_referred_to_is_no_newer_subject() -> None:
    text = REFERRING.format(after="referring to ousted President Viktor Ramos")
    assert speakers_and_kinds(text) == [("Maria Lopez", "person"), ("Maria Lopez", "person")]


def test_person_the_speaker_spoke_about_is_no_newer_subject() -> None:
    text = REFERRING.format(after="speaking about the jailed opposition leader Anna Ramos")
    assert _last(text) == ("Maria Lopez", "person")


def test_subject_of_a_clause_joined_to_the_speakers_stays_a_newer_subject() -> None:
    text = REFERRING.format(after="and Anna Ramos agreed")
    assert _last(text) == ("she", "unresolved")


# --- epithet_is_the_one_person_in_view (720 s1-s5: "The double amputee sprinter ... He admits") -----

ON_TRIAL = ("Oscar Pistorius is depressed, the doctors who evaluated him concluded.\n\n"
            "The conclusions are a slam-dunk for the defense, {expert} said.\n\n"
            "The double amputee {noun} is on trial for killing {relative} in his home last year.\n\n"
            "He admits killing her but says he mistook her for a burglar.")


def _on_trial(expert: str = "CNN legal expert Kelly Phelps", noun: str = "sprinter",
              relative: str = "his girlfriend Reeva Steenkamp") -> list[tuple[str | None, str]]:
    return speakers_and_kinds(ON_TRIAL.format(expert=expert, noun=noun, relative=relative))[-2:]


def test_epithet_before_the_pronoun_is_the_person_the_article_opened_with() -> None:
    assert _on_trial() == [("Oscar Pistorius", "person")] * 2


def test_part_in_the_event_is_no_epithet() -> None:
    assert _on_trial(noun="victim") == [("He", "unresolved")] * 2


def test_second_person_of_no_other_role_keeps_the_epithet_open() -> None:
    assert _on_trial(expert="Kelly Phelps") == [("He", "unresolved")] * 2


def test_person_not_named_as_a_relative_keeps_the_epithet_open() -> None:
    assert _on_trial(relative="Mark Lee") == [("He", "unresolved")] * 2


def test_full_name_of_unknown_gender_not_named_as_a_relative_keeps_the_epithet_open() -> None:
    assert _on_trial(relative="Reeva Steenkamp") == [("He", "unresolved")] * 2


# --- gender_by_own_possessive_after_the_cue (PolNeAR train usa-today 2016-06-07 s10-s11) ----------

BOYCOTT = ("Donald Trump spoke in Iowa on Monday.\n\n"
           "Rashad Robinson, Color of Change's executive director, {cue} group will continue to press "
           "companies to boycott the gathering to protest Trump's rhetoric.\n\n"
           "He noted that the party's last three nominees all plan to skip the event.")


def test_own_possessive_opening_the_reported_clause_gives_the_speaker_his_gender() -> None:
    assert _last(BOYCOTT.format(cue="said his")) == ("Rashad Robinson", "person")


def test_reported_clause_without_a_possessive_gives_no_gender() -> None:
    assert _last(BOYCOTT.format(cue="said the")) == ("He", "unresolved")


def test_own_possessive_of_the_other_gender_is_no_he() -> None:
    # she is not "He"; who is (Trump, the one man named) is rule `pronoun`'s, as before
    assert _last(BOYCOTT.format(cue="said her"))[0] != "Rashad Robinson"


def test_possessive_after_a_verb_of_telling_is_the_hearers() -> None:
    assert _last(BOYCOTT.format(cue="told his")) == ("He", "unresolved")


def test_speaker_named_after_a_preposition_in_his_own_sentence_still_opens_it() -> None:
    # 783 s26-s27: the speaker's own "According to Cheng" is no one spoken of; Xi stays no newcomer
    text = ("Vice President Xi Jinping is expected to take over as leader this year.\n\n"
            '"It casts a negative light on corruption among party members," said Joseph Cheng, a professor '
            "at the City University of Hong Kong.\n\n"
            "Li, analysts say, may have been a compromise choice.\n\n"
            "According to Cheng, Xi has been smart to avoid clashes with the current leaders.\n\n"
            '"What Xi needs to do now is to keep a clean slate," he explained.')
    assert _last(text) == ("Joseph Cheng", "person")


def test_pronoun_that_speaks_gives_no_gender_to_the_lone_name_before() -> None:
    # the gender would come from the claim it then names (tests/test_names2_s21.py, Igarashi)
    text = "With her braid, Oksana Dovzhenko is back.\n\nDovzhenko, 53, was freed Saturday.\n\nShe said it was unfair."
    assert _last(text) == ("She", "unresolved")
