"""The review of session 10's claim rules (findings F1-F8, F12): each wrong
claim the reviewer found, as a sentence of its kind, and a near variant that
must stay as it was. Sentences are the reviewer's (invented or shortened)."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described, only, speakers_and_kinds

# --- F1: rule `expected_to_is_a_forecast` (a negated "be": claim_grammar.txt negated_be) -----


def test_a_contracted_negation_of_be_before_expected_to_is_a_forecast() -> None:
    for text in ("Donald Trump isn't expected to attend.", "Donald Trump wasn\u2019t expected to attend.",
                 "Smith, a regular in recent years, isn't expected to attend.",
                 "The Republican front-runner, Donald Trump, a regular in recent years, isn't expected to attend, "
                 "though several Hollywood stars, athletes and government officials are."):
        assert described(text) == [], text


def test_a_negated_passive_with_its_agent_is_denied() -> None:
    # the contraction now reads as "be" in every passive; a passive's agent after the cue keeps the
    # negation of the verb group before it (polarity.py, rule `negated_cue`)
    for text in ("The fees are not published by the company.", "The fees aren't published by the company."):
        claim = only(text)
        assert (claim.cue, claim.negated) == ("publish", True), text
    assert not only("The fees are published by the company.").negated
    # a demonstrative alone is no content (rule `content_is_no_pronoun`)
    assert described("Buy trades carry a fee, but those aren't published by the company.") == []
    assert described("Israel disputes this.") == [("Israel", "dispute", "this")]


def test_is_not_expected_stays_a_forecast_and_a_closing_source_stays_a_claim() -> None:
    assert described("Donald Trump is not expected to attend.") == []
    claim = only("Smith isn't expected to win, analysts said.")
    assert (claim.speaker, claim.cue, claim.content) == ("analysts", "say", "Smith isn't expected to win")


# --- F2: rules `negated_cue` (negations.txt leads) and `negated_lead_is_the_act` ---------------


def test_hesitating_or_neglecting_to_speak_is_no_claim_that_was_made() -> None:
    for text in ("Reached by POLITICO, Hammond, the Indiana national committeeman, hesitated to repeat his "
                 "previous criticism of the New York mogul.",
                 "Hammond hesitated to repeat his criticism of Trump.",
                 "Hammond was reluctant to repeat his criticism of Trump.",
                 "Hammond neglected to mention the report.",
                 "Hammond forgot to mention the report."):
        claim = only(text)
        assert claim.speaker == "Hammond" and claim.negated, text


def test_not_hesitating_is_the_act_done_and_a_refusal_stays_negated() -> None:
    for text in ("Hammond did not hesitate to repeat his criticism of Trump.",
                 "Hammond never hesitated to repeat his criticism of Trump.",
                 "Hammond repeated his criticism of Trump.",
                 "Hammond went on to repeat his criticism of Trump."):
        claim = only(text)
        assert (claim.cue, claim.negated) == ("repeat", False), text
    assert only("Hammond refused to say whether he would run.").negated
    assert only("Hammond failed to mention the report.").negated


# --- F3, F6: rules `reporting_only_source_noun`, `verb_joined_to_an_infinitive_is_no_claim` ---


def test_agents_operatives_and_outlets_head_no_source_of_a_cue_word_used_otherwise() -> None:
    assert described("For News Outlets Feeling the Squeeze, It's Bend or Bust.") == []
    assert described("That's according to members of The POLITICO Caucus \u2014 a collection of strategists, "
                     "activists and operatives in the four early nominating states: Iowa, New Hampshire, South "
                     "Carolina and Nevada.") == []
    assert all(c.cue != "want" for c in extract_claims(
        "As the FBI looks to wrap up its investigation in the coming months, agents are likely to want to "
        "interview Clinton and her senior aides about the decision to use a private server."))


def test_an_agent_asked_stays_in_what_was_asked() -> None:
    claim = only("In 2009 and again in 2011, he allegedly contacted an undercover U.S. federal agent, posing as "
                 "an exporter, asking the agent to purchase radioactive sources.")
    assert claim.content == "the agent to purchase radioactive sources"


def test_agents_and_outlets_that_report_stay_sources() -> None:
    claim = only("Federal agents have said the former doctoral student planned the attack for months.")
    assert (claim.speaker, claim.speaker_kind) == ("Federal agents", "unnamed")
    claim = only("Wright is fighting extradition, a U.S. federal agent said, and his next court appearance is "
                 "in two weeks.")
    assert (claim.speaker, claim.speaker_kind) == ("a U.S. federal agent", "unnamed")
    assert only("The suspect fled, according to federal agents.").speaker == "federal agents"
    assert only("Media outlets estimate Trump needs to win 60 percent of the delegates.").speaker == "Media outlets"


def test_a_verb_joined_to_an_objects_infinitive_is_no_claim_of_the_subject() -> None:
    found = described("Usually when history is made, news outlets call upon individuals with unique understanding "
                      "of the event to interpret the significance of the milestone and explain its consequences.")
    assert all(cue != "explain" for _, cue, _ in found)
    assert described("Usually when history is made, newspapers call upon individuals to interpret the "
                     "milestone and explain its consequences.") == []


def test_a_verb_joined_after_the_subjects_own_infinitive_keeps_the_subject() -> None:
    assert ("They", "say", "it will pass") in described("They voted to approve the plan and say it will pass.")
    assert ("Smith", "say", "the plan would pass") in described(
        "Smith wanted to cut taxes and said the plan would pass.")


# --- F4: rule `which_names_a_body` (speakers.py) --------------------------------------------


def test_which_after_a_person_is_no_body() -> None:
    assert speakers_and_kinds("Trump criticized McCain, which angered veterans. McCain said he would not respond.") == [
        ("McCain", "person")]
    assert speakers_and_kinds("The senator praised Warren, which surprised many. Warren said the bill would pass.") == [
        ("Warren", "person")]
    assert speakers_and_kinds('"We will win," said Sanders, which drew cheers. Sanders said the race was close.') == [
        ("Sanders", "person"), ("Sanders", "person")]
    assert speakers_and_kinds("He thanked Jones, which was unusual. Jones said she was honoured.") \
        == [("Jones", "person")]
    assert speakers_and_kinds("Obama, which is rare, spoke first. Obama said the economy was strong. He added that "
                              "jobs were growing.") == [("Obama", "person"), ("Obama", "person")]


def test_which_after_a_body_that_speaks_stays_an_organisation() -> None:
    assert speakers_and_kinds("The deal was approved, said Boeing, which makes planes. Boeing said it would hire.") == [
        ("Boeing", "organisation"), ("Boeing", "organisation")]
    assert only("The plane landed safely, said Vantor, which makes the jet.").speaker_kind == "organisation"


# --- F5: rule `relative_clause_ends_before_a_present_cue` (grammar.py) ------------------------


def test_a_cue_form_inside_a_list_is_a_noun() -> None:
    for text, content in (
            ("The governor, who said the plan would help cities, states and towns, signed the bill.",
             "the plan would help cities, states and towns"),
            ("The senator, who said the bill would hurt farmers, states, and cities, voted no.",
             "the bill would hurt farmers, states, and cities"),
            ("The group, which said it organizes concerts, shows and festivals, cancelled the event.",
             "it organizes concerts, shows and festivals"),
            ("Smith, who says he received cards, wishes and flowers, thanked his fans.",
             "he received cards, wishes and flowers")):
        assert [c for _, _, c in described(text)] == [content], text
    assert ("The workers", "complain", "of long hours, stress and low pay") in described(
        "The workers, who complained of long hours, stress and low pay, said they would strike.")


def test_a_present_cue_after_the_relative_clause_still_resumes_the_main_clause() -> None:
    claim = only("Bill Schuette, who is defending the ban, says the law is clear.")
    assert (claim.speaker, claim.content) == ("Bill Schuette", "the law is clear")
    claim = only("The mayor, who has criticized the plan, warns that costs will rise.")
    assert (claim.cue, claim.content) == ("warn", "costs will rise")


def test_new_york_is_a_place_not_a_person() -> None:
    claim = only("Last year, New York attempted to end subsidizing the purchase of sodas, saying the benefits "
                 "were used to fuel a serious public health problem.")
    assert (claim.speaker, claim.speaker_kind) == ("New York", "organisation")


# --- F7: rules `source_before_its_aside` (no seeming cue), `act_object_is_no_claim` (a price),
# and the junk rule: Rule `document_before_its_participle_is_no_claim` -----------------------


def test_the_asides_junk_is_gone() -> None:
    assert described("Democrats, too, appeared headed for a prolonged and spirited contest.") == []
    assert described("The Marsh Landing Country Club, a private course in Ponte Vedra Beach, charged a $100,000 "
                     "initiation fee, 90 percent of it refundable upon resignation.") == []
    assert described('Maurkice Pouncey, a center for the Pittsburgh Steelers, later posted a statement, '
                     'apologizing and saying it "made light of a serious situation."') == [
        ("Maurkice Pouncey", "say", 'it "made light of a serious situation."')]
    assert all(c.cue != "argue" for c in extract_claims(
        "In video posted on social media of the scene, the young woman appears to be arguing with someone and "
        "appears to shove a man."))


def test_arguing_with_someone_and_charging_a_price_are_acts() -> None:
    assert described("In the recording, Sterling argues with Stiviano about how she posted a photo.") == []
    assert described("Coinbase charges maker-taker fees as high as 0.6%.") == []
    assert only("Smith argued with reporters that the plan would work.").content == "the plan would work"
    assert only("Prosecutors charged that the company had lied.").cue == "charge"


def test_the_asides_claims_and_plain_cues_stay() -> None:
    assert only("Smith, a former aide, charged that the company had lied.").speaker == "Smith"
    assert only("Keith Hutto, 44, described the plan as a failure.").speaker == "Keith Hutto"
    assert described("Smith posted that the plan would fail.") == [("Smith", "post", "the plan would fail")]
    assert [c for _, c, _ in described('Smith posted a message reading "Thank you Georgia, we did it."')] == ["post"]


# --- F8, T1: rule `bare_determiner_is_no_subject` with grammar's verb test --------------------


def test_a_participle_before_the_head_is_no_end_of_the_subject() -> None:
    spans = {c.speaker_span.text for c in extract_claims(
        "The newly elected mayor vowed to fight, saying the city deserved better.") if c.speaker_span is not None}
    assert spans == {"The newly elected mayor"}
    # an -ed adjective the grammar does not know stays cut as before (a bare "The" the views leave out),
    # never "The former"
    spans = {c.speaker_span.text for c in extract_claims(
        "The former embattled mayor denied the charges, saying they were political.") if c.speaker_span is not None}
    assert "The former" not in spans


def test_a_past_verb_still_ends_the_subject() -> None:
    claim = only("The team appealed the decision, saying it spent millions defending the trademark.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "The team"


# --- F12: rule `noun_cue_ending_a_list_is_no_claim` ------------------------------------------


def test_or_joins_a_singular_subject() -> None:
    assert [c for _, c, _ in described("The storm will hit on Friday, either Reuters or CNN reports.")] == ["report"]
    assert [c for _, c, _ in described("The deal is off, ABC or NBC reports.")] == ["report"]
    assert described("They were immortalized in tweets, Instagrams and Facebook posts.") == []
