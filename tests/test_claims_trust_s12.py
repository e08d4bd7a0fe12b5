"""Wrong speakers and junk left open after session 11 (session 12), each with
a sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described, only

# --- rule `place_before_a_title` (names.py), a qualifier before the place ---------------------


def test_a_qualifier_before_a_place_and_a_title_opening_the_sentence_keeps_the_role() -> None:
    claim = only("Former New York Mayor Rudy Giuliani said the election was stolen.")
    assert (claim.speaker, claim.role) == ("Rudy Giuliani", "Former New York Mayor")


def test_a_place_or_a_qualifier_alone_before_a_title_stays_as_it_was() -> None:
    claim = only("New York Mayor Rudy Giuliani said the election was stolen.")
    assert (claim.speaker, claim.role) == ("Rudy Giuliani", "New York Mayor")
    claim = only("Former Mayor Rudy Giuliani said the election was stolen.")
    assert (claim.speaker, claim.role) == ("Rudy Giuliani", "Former Mayor")
    claim = only("In Texas Governor Greg Abbott said the border was closed.")
    assert (claim.speaker, claim.role) == ("Greg Abbott", "Governor")


# --- rule `possessive_business_name` (names.py, claim_grammar.txt businesses_named_for_an_owner) ---


def test_a_possessive_business_name_is_an_organisation_not_a_person_called_by_its_last_word() -> None:
    claim = only("Casey's Bar have said they'll be closing in-house service after tonight.")
    assert (claim.speaker, claim.speaker_kind) == ("Casey's Bar", "organisation")
    claim = only("Joe's Pub said the show was cancelled.")
    assert (claim.speaker, claim.speaker_kind) == ("Joe's Pub", "organisation")


def test_a_business_word_alone_makes_no_organisation() -> None:
    from summarizer.claims.names import ORGANISATION, find_names
    from summarizer.claims.text import tokenize

    text = "The new Touch Bar replaces the keys, as staff at Casey's Bar found."
    kinds = {name.text: name.kind for name in find_names(tokenize(text, 0, len(text)))}
    assert kinds["Casey's Bar"] == ORGANISATION and kinds["Touch Bar"] != ORGANISATION


def test_a_possessive_before_a_lower_case_word_or_a_name_stays_as_it_was() -> None:
    claim = only("Casey's bar manager said the show was cancelled.")
    assert (claim.speaker, claim.speaker_kind) == ("Casey's bar manager", "unnamed")
    claim = only("Casey's Bar is closing. The owner, Joe Casey, said the staff would be paid.")
    assert (claim.speaker, claim.speaker_kind) == ("Joe Casey", "person")


# --- rule `name_before_its_appositive_is_the_subject` (rules.py) -------------------------------


def test_a_name_before_its_appositive_is_the_subject_of_a_joined_cue() -> None:
    claim = only("Dean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying he would "
                 "never diagnose someone through television.")
    assert (claim.speaker, claim.speaker_kind) == ("Dean", "person")
    claim = only("Sanders, a senator from Vermont, appeared on MSNBC and said the plan would fail.")
    assert claim.speaker == "Sanders"


def test_a_fronted_word_before_a_description_stays_as_it_was() -> None:
    claim = only("Meanwhile, a medical doctor appeared on MSNBC, saying he would never diagnose anyone.")
    assert (claim.speaker, claim.speaker_kind) == ("a medical doctor", "unnamed")
    claim = only("Today, a medical doctor, who spoke to CNN, appeared on MSNBC, saying the virus was spreading.")
    assert claim.speaker == "a medical doctor"


# --- rule `office_replaces_a_courtesy_title` (speakers.py) ------------------------------------


def test_an_office_named_later_replaces_a_courtesy_title_learnt_first() -> None:
    claims = extract_claims("Mr. Ryan said the bill would pass. Speaker Paul D. Ryan, the nation's "
                            "highest-ranking Republican, on Tuesday called the remarks racist. "
                            "Mr. Ryan said he would vote for the bill.")
    assert [(c.speaker, c.role) for c in claims][1:] == [("Paul D. Ryan", "Speaker"), ("Paul D. Ryan", "Speaker")]


def test_an_office_named_first_and_a_credential_stay_as_they_were() -> None:
    claims = extract_claims("Speaker Paul Ryan met donors. Mr. Ryan said the bill would pass.")
    assert [(c.speaker, c.role) for c in claims] == [("Paul Ryan", "Speaker")]
    claims = extract_claims("Dr. Ryan said the bill would pass. Speaker Paul D. Ryan called the remarks racist.")
    assert [c.role for c in claims] == ["Dr.", "Dr."]


# --- rule `relative_verb_ends_the_source` (rules.py) -------------------------------------------


def test_according_to_inside_a_relative_leaves_the_relatives_verb_to_the_claim() -> None:
    claim = only("The plan, which according to officials costs $2 million, was approved on Monday.")
    assert (claim.speaker, claim.content) == ("officials", "The plan, which costs $2 million")
    claim = only("Smith, who according to court papers owns three houses, was arrested.")
    assert claim.content == "Smith, who owns three houses"


def test_according_to_inside_a_relative_with_its_verb_after_the_source_stays_as_it_was() -> None:
    claim = only("The plan, which according to officials will cost $2 million, was approved on Monday.")
    assert (claim.speaker, claim.content) == ("officials", "The plan, which will cost $2 million")
    claim = only("The plan costs $2 million, according to officials.")
    assert (claim.speaker, claim.content) == ("officials", "The plan costs $2 million")


# --- rules `statement_saying_to_an_addressee` (rules.py) and `statement_saying_is_the_claim`
# with a comma (extract.py) ------------------------------------------------------------------------


def test_a_letter_to_someone_saying_x_is_the_writers_one_claim_x() -> None:
    assert described("Smith wrote a letter to the governor saying the prison was unsafe.") == [
        ("Smith", "say", "the prison was unsafe")]
    assert described("Smith wrote a letter to the governor, saying the prison was unsafe.") == [
        ("Smith", "say", "the prison was unsafe")]


def test_a_letter_with_no_saying_or_a_claim_before_the_comma_stays_as_it_was() -> None:
    assert described("Smith wrote a letter to the governor about the prison.") == [
        ("Smith", "write", "a letter to the governor about the prison")]
    assert described("Smith told reporters the letter was fake, saying the prison was unsafe.") == [
        ("Smith", "tell", "the letter was fake"), ("Smith", "say", "the prison was unsafe")]


# --- rules `state_between_commas_inside_a_body` (rules.py) and
# `state_between_commas_names_one_body` (speakers.py) ---------------------------------------------


def test_a_body_with_its_state_between_commas_is_one_speaker() -> None:
    claim = only("Carl Carter reported his wife missing that same Thursday, according to the Pulaski County, "
                 "Arkansas, Sheriff's Office.")
    assert (claim.speaker, claim.speaker_kind) == ("Pulaski County, Arkansas, Sheriff's Office", "organisation")
    assert claim.content == "Carl Carter reported his wife missing that same Thursday"
    claim = only("Carl Carter reported his wife missing, according to Pulaski County, Arkansas, officials.")
    assert (claim.speaker, claim.speaker_kind) == ("Pulaski County, Arkansas, officials", "unnamed")
    assert claim.content == "Carl Carter reported his wife missing"


def test_a_body_with_no_state_between_commas_stays_as_it_was() -> None:
    claim = only("Carl Carter reported his wife missing, according to the Pulaski County Sheriff's Office.")
    assert (claim.speaker, claim.speaker_kind) == ("Pulaski County Sheriff's Office", "organisation")


# --- rule `shared_surname_folds_into_no_one` (brief.py) ----------------------------------------

TRUMPS = ("Trump family takes the stage in Cleveland\n\n"
          "{first} arrived in Cleveland on Monday for the convention. His daughter Ivanka Trump will "
          "introduce him on Thursday night.\n\n"
          "Ivanka Trump said her father would be a great president for working families.\n\n"
          "Trump said the country needed a strong leader, and he added that the economy would grow fast.\n\n"
          "Ivanka Trump told reporters she had helped write the speech.\n\n"
          "Trump told the crowd that the border would be secured within a year.\n\n"
          "Delegates said the mood in the hall was upbeat.")


def _who_said_what(text: str) -> dict[str, list[str | None]]:
    from summarizer.brief import make_brief
    from summarizer.reading import Article

    brief = make_brief([Article(text, source="t")], points=0)
    return {group.speaker: [claim.speaker for claim in group.claims] for group in brief.speakers}


def test_a_surname_two_people_share_is_never_folded_into_the_one_who_spoke_in_full() -> None:
    claims = extract_claims(TRUMPS.format(first="Donald Trump"))
    assert [c.speaker for c in claims if c.cue == "tell"] == ["Ivanka Trump", "Trump"]
    groups = _who_said_what(TRUMPS.format(first="Donald Trump"))
    assert "Trump" in groups and all(speaker == "Ivanka Trump" for speaker in groups.get("Ivanka Trump", []))
    assert "Donald Trump" not in groups


def test_a_surname_only_one_person_has_still_folds_into_the_full_name() -> None:
    groups = _who_said_what(TRUMPS.format(first="The candidate").replace("Ivanka Trump", "Ivanka Trump"))
    assert "Trump" not in groups and "Ivanka Trump" in groups


# --- act_readings.txt "ask: question questions" (rule `act_object_is_no_claim`) ---------------


def test_asking_a_question_named_by_a_noun_is_no_claim() -> None:
    assert described("Yes - a few people have asked this question.") == []
    assert described("Boyle asked a question about the budget.") == []


def test_writing_something_down_is_no_claim() -> None:
    assert described("Officers ask questions and write down his responses.") == []


def test_asking_whether_or_the_question_itself_stays_a_claim() -> None:
    assert described("Boyle asked whether the budget would pass.") == [
        ("Boyle", "ask", "whether the budget would pass")]
    assert [c.content for c in extract_claims(
        "Boyle asked the question everyone was thinking: would the budget pass?")] == [
        "the question everyone was thinking: would the budget pass?"]


# --- junk.py ---------------------------------------------------------------------------------


# Rule `inference_of_a_possessed_thing_is_the_writers`


def test_an_inference_participle_after_a_possessed_thing_is_the_writers() -> None:
    assert described("El Niño's impacts, expected to persist until at least April 2024, are typically felt "
                     "the year after its formation, indicating that 2024 may set new temperature records.") == []
    assert described("Ryan's language was careful, showing respect to the FBI.") == []


def test_an_inference_participle_after_possessed_people_or_a_plain_subject_stays() -> None:
    claim = only("Trump's aides met on Monday, suggesting that the campaign would change course.")
    assert claim.speaker == "Trump's aides"
    claim = only("The minister's statement was released on Monday, indicating that prices would rise.")
    assert (claim.cue, claim.content) == ("indicate", "prices would rise")


# --- organisation_descriptions.txt "pub/bar/...: ..." and rule `venue_description_keeps_its_place`
# (speakers.py) -----------------------------------------------------------------------------------


def test_a_venue_described_by_a_noun_is_the_one_venue_named_before() -> None:
    claim = only("Murphy's Bar on Albert Quay will close on Monday.\n\nThe bar said it would reopen in three weeks.")
    assert (claim.speaker, claim.speaker_kind) == ("Murphy's Bar", "organisation")
    claim = only("The Rathcormac Inn will close on Monday.\n\nThe venue said it would reopen in three weeks.")
    assert claim.speaker == "Rathcormac Inn"


def test_a_venue_description_with_a_place_or_two_venues_stays_unresolved() -> None:
    claim = only("Murphy's Bar on Albert Quay will close on Monday.\n\n"
                 "The Albert Quay spot said it would reopen in three weeks.")
    assert (claim.speaker, claim.speaker_kind) == ("The Albert Quay spot", "unresolved")
    claim = only("Murphy's Bar and Casey's Pub will close on Monday.\n\nThe pub said it would reopen in three weeks.")
    assert claim.speaker_kind == "unresolved"
    claim = only("The Idle Hour, a pub on Albert Quay, will close on Monday.\n\n"
                 "The pub said it would reopen in three weeks.")
    assert claim.speaker_kind == "unresolved"


# Rule `showing_someone_a_thing_is_an_act`
def test_showing_someone_a_thing_is_an_act() -> None:
    assert described("Innovations in spacecraft by NASA are showing us some of the best images of the sun "
                     "we've ever seen.") == []
    assert described("He showed me the route for a clandestine mission that he planned.") == []


def test_showing_someone_that_something_is_so_stays_a_claim() -> None:
    assert [c.speaker for c in extract_claims("The research showed us that the plan failed.")] == ["The research"]
    assert [c.speaker for c in extract_claims("The research showed us some of the plans had failed.")] == [
        "The research"]
    assert [c.speaker for c in extract_claims("Polls show the race is tied.")] == ["Polls"]
