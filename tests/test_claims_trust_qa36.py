"""Wrong and junk kinds of QA round 36 and the session-11 web-page test, each
with a sentence of its kind and near variants that must stay as they were."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described, only

# --- Rule `noun_cue_before_a_present_verb` ----------------------------------------------------


def test_a_cue_noun_before_its_present_verb_is_no_cue() -> None:
    assert described("The new White House report specifically links the increased frequency of extreme "
                     "weather to climate change.") == []
    assert described("The White House report links the frequency of storms to climate change.") == []


def test_a_cue_verb_after_a_plural_subject_stays() -> None:
    claim = only("Researchers report links between smoking and cancer.")
    assert (claim.speaker, claim.cue) == ("Researchers", "report")
    claim = only("The White House report says it is not too late.")
    assert (claim.speaker, claim.cue) == ("The White House report", "say")


# --- Rule `cue_verb_after_a_plural_subject` ---------------------------------------------------


def test_an_adjective_cue_form_after_a_verb_is_a_word_of_its_content() -> None:
    assert described("They worry added traffic is negatively impacting the fragile reserve.") == [
        ("They", "worry", "added traffic is negatively impacting the fragile reserve")]
    assert described("They say added costs will hurt families.") == [
        ("They", "say", "added costs will hurt families")]


def test_a_cue_after_its_subject_and_a_noun_before_a_cue_stay() -> None:
    assert described("He added traffic is hurting the reserve.") == [
        ("He", "add", "traffic is hurting the reserve")]
    claim = only("The Reuters report said the talks failed.")
    assert (claim.speaker, claim.cue) == ("The Reuters report", "say")


# --- Rule `cue_form_after_a_name_connector_is_a_name` -----------------------------------------


def test_a_name_part_after_a_connector_is_no_cue() -> None:
    assert described("Oman's ruler, Sultan Qaboos bin Said, opened the Royal Opera House Muscat in 2011.") == []


def test_a_capitalised_cue_in_a_headline_stays() -> None:
    claim = only("Clinton Says Trump Is Unfit To Lead The Country")
    assert (claim.speaker, claim.cue) == ("Clinton", "say")


# --- Rule `fronted_clause_ends_content_past_an_apposition` ------------------------------------


def test_a_fronted_clause_with_an_apposition_ends_its_claim_at_its_comma() -> None:
    claim = only("Although its architect, George Kennan, always hoped that it would be used to modify Soviet "
                 "behavior, containment in practice became part of a zero-sum struggle.")
    assert (claim.speaker, claim.cue, claim.content) == (
        "George Kennan", "hope", "it would be used to modify Soviet behavior")


def test_a_comma_that_closes_the_fronted_clause_keeps_the_main_clause_claim() -> None:
    claim = only("Although it rained on Monday, officials said the parade would go ahead.")
    assert (claim.speaker, claim.content) == ("officials", "the parade would go ahead")


# --- Rule `hypothetical_speaker_is_the_writers` -----------------------------------------------


def test_a_hypothetical_speaker_with_a_modal_is_the_writers() -> None:
    assert described("Some would say it's heartless to lecture people about our lifestyle.") == []
    assert described("Some people might say the storm was a fluke.") == []


def test_a_speaker_without_a_modal_or_with_a_noun_stays() -> None:
    assert described("Some say it's heartless to lecture people.") == [
        ("Some", "say", "it's heartless to lecture people")]
    claim = only("Some officials would say only that Cassim had been released.")
    assert (claim.speaker, claim.cue) == ("Some officials", "say")


def test_a_polite_preference_with_a_modal_stays() -> None:
    # session 11 review F4: a survey's "many would prefer" is a real preference
    claim = only("Many would also prefer not to have had to choose between the two candidates.")
    assert (claim.speaker, claim.cue, claim.hedged) == ("Many", "prefer", True)
    assert described("Some would argue that the tax is unfair.") == []


# --- Rule `conditional_wanting_is_no_claim` ---------------------------------------------------


def test_wanting_under_if_is_a_condition() -> None:
    assert described("That is what the West must do if it wants to prevent the unraveling of a European "
                     "order.") == []


def test_wanting_outside_the_condition_stays() -> None:
    assert described("The West wants to prevent the unraveling of a European order.") == [
        ("West", "want", "to prevent the unraveling of a European order")]
    claim = only("If elected, she wants to cut taxes.")
    assert (claim.speaker, claim.cue) == ("she", "want")


# --- act_readings.txt: charging a vehicle ----------------------------------------------------


def test_charging_a_vehicle_is_an_act() -> None:
    assert described("When a bull elephant took notice, he moved in to protect them, charging our vehicle in "
                     "the process.") == []


def test_charging_someone_that_stays_a_claim() -> None:
    claim = only("The senator charged that the agency had misled Congress.")
    assert (claim.speaker, claim.cue) == ("The senator", "charge")


# --- Rule `labelled_lead_in_to_a_question_is_no_claim` ----------------------------------------

INTERVIEW = ("Interview.\n\nCNN: Your photos are known for \"not glorifying\" the animals that you shoot. "
             "What does that mean to you?\n\nBoyd: The animals deserve our respect in the wild. They are wild.\n\n"
             "CNN: Have you ever had any accidents?\n\nBoyd: Photographers have been lucky so far. Then it changed.\n")


def test_a_labelled_lead_in_to_a_question_is_the_interviewer() -> None:
    assert all(claim.speaker != "CNN" for claim in extract_claims(INTERVIEW))


def test_a_labelled_answer_stays() -> None:
    assert [claim.speaker for claim in extract_claims(INTERVIEW)].count("Boyd") == 2


# --- hedges: Rule `would_say_only_is_no_hedge`, `did_say_is_past`,
# `participle_after_a_past_clause_is_past`, `hedge_adverb_before_a_participle_cue` -----------


def test_would_say_only_is_no_hedge() -> None:
    assert not only("UAE officials would say only that Cassim had been released.").hedged
    assert not only("UAE officials would only say that Cassim had been released.").hedged
    assert only("UAE officials would say that Cassim had been released.").hedged


def test_a_backshifted_would_after_did_say_or_a_past_clause_is_no_hedge() -> None:
    assert not only("The hospital did say however that limited visiting would be allowed.").hedged
    assert only("The hospital does say that limited visiting would be allowed.").hedged
    assert not only("Minister Stephen Donnelly came in for heavy criticism last night after saying the virus "
                    "would be responsible for any further deaths.").hedged
    assert only("Donnelly is under fire after saying the virus would be responsible for any further deaths.").hedged


def test_a_hedge_adverb_before_a_participle_cue_hedges_it() -> None:
    found = extract_claims('"This is a problem," the President told Roker, seemingly imploring him to use the '
                           'power of mass media.')
    assert [(c.cue, c.hedged) for c in found] == [("tell", False), ("implore", True)]
    found = extract_claims('"This is a problem," the President told Roker, imploring him to use the power of '
                           'mass media.')
    assert [(c.cue, c.hedged) for c in found] == [("tell", False), ("implore", False)]


def test_a_persons_label_before_a_question_stays() -> None:
    text = ("Transcript.\n\nWALLACE: Let's start with breaking news on the debate story tonight. What do you "
            "make of it?\n\nPENCE: Well, I think it was a great night for us.\n\nWALLACE: We have limited time "
            "tonight, sir. Will you answer?\n")
    assert "WALLACE" in [claim.speaker for claim in extract_claims(text)]


def test_a_cue_inside_a_conditional_wish_goes_with_it() -> None:
    assert described("And if you were hoping she'd say becoming the first woman to take the league by storm, "
                     "think again.") == []


# --- Rule `cue_noun_after_a_past_verb` --------------------------------------------------------


def test_a_call_backed_by_others_is_no_cue() -> None:
    assert described("The Government was defeated in the Lords last week, when peers overwhelmingly backed "
                     "calls for greater powers to block imports.") == []


def test_a_call_renewed_by_its_subject_stays() -> None:
    assert described("He renewed calls for an inquiry into the deaths.") == [
        ("He", "call for", "an inquiry into the deaths")]


# --- portfolio roles and honorifics: Rule `portfolio_words_inside_a_title`,
# Rule `courtesy_title_is_no_role` ------------------------------------------------------------


def test_a_portfolio_with_an_organisation_word_stays_in_the_role() -> None:
    claim = only("International Trade Secretary Liz Truss said the deal was good.")
    assert (claim.speaker, claim.role) == ("Liz Truss", "International Trade Secretary")


def test_a_role_description_resolves_to_its_one_named_holder() -> None:
    found = extract_claims("International Trade Secretary Liz Truss faces growing pressure. The "
                           "International Trade Secretary insists that the Government has done enough.")
    assert [(c.speaker, c.role) for c in found] == [("Liz Truss", "International Trade Secretary")]


def test_a_role_two_people_hold_stays_unresolved() -> None:
    found = extract_claims("International Trade Secretary Liz Truss faces growing pressure. International "
                           "Trade Secretary Greg Hands said the talks failed. The International Trade Secretary "
                           "insists that the Government has done enough.")
    assert [c.speaker for c in found] == ["Greg Hands", "The International Trade Secretary"]


def test_a_body_before_a_title_stays_out_of_the_role() -> None:
    claim = only("Amnesty International Secretary General Agnes Callamard said the trial was unfair.")
    assert claim.speaker == "Agnes Callamard"
    assert claim.role != "International Secretary General"


def test_an_honorific_is_no_role_nor_a_word_of_the_name() -> None:
    assert (only("The Honourable Natalio Wheatley said the deal was good.").speaker,
            only("The Honourable Natalio Wheatley said the deal was good.").role) == ("Natalio Wheatley", None)
    # session 11 review F9: "Dr" is a credential, the role when the text gives no office
    claim = only("Dr Ramona Archer-Bradshaw said the schools were safe.")
    assert (claim.speaker, claim.role) == ("Ramona Archer-Bradshaw", "Dr")


def test_a_title_of_office_stays_the_role() -> None:
    claim = only("Senator Ramona Archer said the schools were safe.")
    assert (claim.speaker, claim.role) == ("Ramona Archer", "Senator")


# --- Rule `job_before_a_first_name`, Rule `possessed_role_before_a_comma` ----------------------


def test_a_job_before_a_first_name_is_the_role() -> None:
    claim = only('"We want to thank Atlantis for this donation," says Baark Volunteer Coordinator Bonnie Young.')
    assert (claim.speaker, claim.role) == ("Bonnie Young", "Baark Volunteer Coordinator")


def test_a_name_without_a_job_before_it_stays_whole() -> None:
    claim = only("Bonnie Young said the clinic was busy.")
    assert (claim.speaker, claim.role) == ("Bonnie Young", None)


def test_a_bare_role_two_people_hold_stays_unresolved() -> None:
    text = ('"He is a typical young kid," said his attorney, Patrick Thomassey. Westmoreland County District '
            'Attorney John Peck argued against bail. "They did not foresee this coming at all," the attorney said.')
    assert [c.speaker for c in extract_claims(text)] == ["Patrick Thomassey", "John Peck", "the attorney"]


def test_a_bare_role_one_person_holds_resolves() -> None:
    text = ('"He is a typical young kid," said his attorney, Patrick Thomassey. "They did not foresee this '
            'coming at all," the attorney said.')
    assert [c.speaker for c in extract_claims(text)] == ["Patrick Thomassey", "Patrick Thomassey"]


# --- Rule `what_one_can_expect_is_the_writers` ------------------------------------------------


def test_what_one_can_expect_is_the_writers_promise() -> None:
    assert described("Participants can expect a range of activities and business industry topics from the "
                     "conference.") == []


def test_an_expectation_without_can_stays() -> None:
    assert [cue for _, cue, _ in described("Participants expect the conference to draw investors.")] == ["expect"]
    assert [cue for _, cue, _ in described("Analysts expect a recession next year.")] == ["expect"]
