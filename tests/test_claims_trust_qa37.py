"""Clear-wrong kinds of QA round 37 (session 11), each with a sentence of
its kind and a near variant that must stay as it was."""

from __future__ import annotations

from tests.claim_helpers import described

# --- "he/she said" to the wrong person ------------------------------------------------------


def test_a_name_inside_a_dash_aside_is_not_he() -> None:
    # Rule `name_inside_a_dash_aside`
    text = ("Okorie Okarocha, the plaintiff's lawyer, said the suit was strong. Instead of changing the "
            "date on the filing to January 15 -- the day John Doe later decided was when it happened -- "
            "Okarocha decided to withdraw the allegation. Otherwise, it would have hampered the case, he said.")
    assert described(text)[-1] == ("Okorie Okarocha", "say", "Otherwise, it would have hampered the case")


def test_a_name_as_the_subject_outside_dashes_stays_a_candidate() -> None:
    text = ("Okorie Okarocha, the plaintiff's lawyer, said the suit was strong. Instead of changing the "
            "date on the filing, John Doe decided to withdraw the allegation. Otherwise, it would have "
            "hampered the case, he said.")
    assert described(text)[-1] == ("he", "say", "Otherwise, it would have hampered the case")
    # an apposition right after the opening dash is the subject itself
    assert described("John Smith -- the mayor -- announced the plan on Monday. It would help the city, "
                     "he said.")[-1] == ("John Smith", "say", "It would help the city")


def test_the_speaker_of_a_joined_clause_goes_on_speaking() -> None:
    # Rule `speaker_of_the_joined_clause`
    text = ("Coach Gordon Tietjens said the team was ready. His father Eddie was a rugby player in Japan "
            "for six years and Akira Ioane revealed that's where his first name comes from. "
            '"With dad playing in Japan, it felt right," he said.')
    assert described(text)[-1] == ("Akira Ioane", "say", '"With dad playing in Japan, it felt right,"')


def test_a_subject_with_no_speaker_beside_it_stays_unresolved() -> None:
    text = ("Coach Gordon Tietjens said the team was ready. His father Eddie was a rugby player in Japan "
            'for six years. "With dad playing in Japan, it felt right," he said.')
    assert described(text)[-1] == ("he", "say", '"With dad playing in Japan, it felt right,"')


def test_a_bare_surname_subject_is_nearer_than_an_older_name() -> None:
    # Rule `surname_alone_is_the_person`: two Colvins, so "Colvin" stands alone, and "she" is not
    # the man named two sentences before
    text = ("Marie Colvin worked for The Sunday Times. Her mother, Rosemarie Colvin, said aid workers were "
            "trying to reach the city. She was killed alongside French journalist Remi Ochlik. The day "
            'before she was killed, Colvin had given interviews to CNN. "The baby\'s death was just '
            'heartbreaking," she told CNN.')
    assert described(text)[-1] == ("Colvin", "tell", '"The baby\'s death was just heartbreaking,"')


def test_a_surname_that_only_modifies_is_no_speaker() -> None:
    text = ("Marie Colvin worked for The Sunday Times. Her mother, Rosemarie Colvin, said aid workers were "
            "trying to reach the city. She was killed alongside French journalist Remi Ochlik. The day "
            'before, a Colvin admirer had given interviews to CNN. "The baby\'s death was just '
            'heartbreaking," she told CNN.')
    assert described(text)[-1][0] != "Colvin"


def test_another_described_realtor_who_spoke_last_is_she() -> None:
    # Rule `unnamed_person_spoke_last`, which now knows a realtor is a person (source_nouns.txt)
    text = ('"I have been a Realtor for 36 years," wrote Patricia Manos. Another Realtor emphasized how '
            'she never shows a home alone. "Partner up with an agent," she wrote.')
    assert described(text)[-1] == ("she", "write", '"Partner up with an agent,"')


def test_a_named_realtor_who_spoke_last_stays_she() -> None:
    text = ('"I have been a Realtor for 36 years," wrote Patricia Manos. She never shows a home alone. '
            '"Partner up with an agent," she wrote.')
    assert described(text)[-1] == ("Patricia Manos", "write", '"Partner up with an agent,"')


# --- B. non-verbs as cues --------------------------------------------------------------------


def test_a_passive_cue_is_no_inverted_attribution() -> None:
    # Rule `passive_is_no_inverted_cue`
    assert described("Pope John XXIII, who convened the council in the 1960s, will also be declared a "
                      "saint, the Vatican said.") == [
        ("Vatican", "say", "Pope John XXIII, who convened the council in the 1960s, will also be declared "
                           "a saint")]


def test_an_active_inverted_cue_stays() -> None:
    assert described('"We will win," said Smith.') == [("Smith", "say", '"We will win,"')]
    assert described("The plan, announced Smith, was dead.") == [("Smith", "announce", "The plan was dead")]


def test_a_participle_after_a_possessor_and_an_ordinal_is_an_adjective() -> None:
    # Rule `participle_is_a_modifier`, modifier_adjectives (claim_grammar.txt)
    assert described("In 2010, Pope Benedict XVI approved John Paul's first reported miracle: a French nun "
                     "cured of Parkinson's disease.") == []


def test_an_ordinal_adverb_before_a_cue_stays() -> None:
    assert described("The paper first reported the story in 2010.") == [("The paper", "report", "the story")]


# --- C. object relatives ---------------------------------------------------------------------


def test_an_object_relative_cue_claims_no_main_clause() -> None:
    # Rule `object_relative_cue_claims_no_main_clause`
    assert described("The expulsion, which President Nicolas Maduro first announced Sunday, comes after "
                     "the mayor resigned.") == []


def test_a_subject_relative_cue_stays() -> None:
    assert described("The report, which officials said was flawed, comes after the mayor resigned.") == [
        ("officials", "say", "was flawed")]


# --- D. a participle of the reported clause ------------------------------------------------


def test_a_participle_joined_to_an_act_is_the_contents() -> None:
    # Rule `participle_joined_to_an_act_is_the_contents`
    claims = described("The party said government troops had violently raided its headquarters, firing tear "
                       "gas and demanding security cameras.")
    assert [c[1] for c in claims] == ["say"]


def test_a_participle_joined_to_a_cue_stays() -> None:
    claims = described("The senator criticised the bill, calling it flawed and demanding a vote.")
    assert ("The senator", "demand", "a vote") in claims


# --- E. "according to" inside a relative clause ----------------------------------------------


def test_according_to_inside_a_relative_claims_the_relative() -> None:
    # Rule `according_to_inside_a_relative_claims_the_relative`
    assert described("Beverly Carter, who according to her employer's website has been married for 34 "
                     "years, was last seen wearing a black shirt.") == [
        ("her employer's website", "according to", "Beverly Carter, who has been married for 34 years")]


def test_a_final_according_to_claims_the_sentence() -> None:
    assert described("Beverly Carter, who has been married for 34 years, was last seen wearing a black "
                     "shirt, according to police.") == [
        ("police", "according to",
         "Beverly Carter, who has been married for 34 years, was last seen wearing a black shirt")]


# --- F. a state between commas inside a body's name ----------------------------------------


def test_a_state_between_commas_stays_inside_the_body() -> None:
    # Rule `state_between_commas_inside_a_body`
    claim = described("Carl Carter reported his wife missing on Thursday, according to the Pulaski County, "
                      "Arkansas, Sheriff's Office.")[0]
    assert claim[2] == "Carl Carter reported his wife missing on Thursday"


def test_a_state_before_lower_case_words_stays_apart() -> None:
    # session 12: people or a document after the state are the source with it (they were glued onto
    # the claim: "... on Thursday Arkansas, officials"); other words after the state stay apart
    claim = described("Carl Carter reported his wife missing on Thursday, according to Pulaski County, "
                      "Arkansas, officials.")[0]
    assert claim == ("Pulaski County, Arkansas, officials", "according to",
                     "Carl Carter reported his wife missing on Thursday")
    claim = described("Carl Carter reported his wife missing on Thursday, according to Pulaski County, "
                      "Arkansas, and the weather was bad.")[0]
    assert claim[0] != "Pulaski County, Arkansas, and the weather was bad"
