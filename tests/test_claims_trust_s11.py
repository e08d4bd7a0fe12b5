"""Wrong and junk kinds left from session 10 (session 11), each with a
sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described, only

# --- rule `joined_predicate_of_the_contents_subject` -----------------------------------------


def test_a_predicate_joined_to_a_newcomers_act_stays_in_the_claim() -> None:
    assert described("Police said a man entered the store and demanded cash.") == [
        ("Police", "say", "a man entered the store and demanded cash")]
    assert described("Police said two men robbed a bank on Main Street and demanded cash.") == [
        ("Police", "say", "two men robbed a bank on Main Street and demanded cash")]


def test_a_joined_cue_after_a_passive_or_definite_content_stays_the_speakers() -> None:
    assert described("Police said a man was arrested and said the store was closed.") == [
        ("Police", "say", "a man was arrested"), ("Police", "say", "the store was closed")]
    assert described("The mayor said the plan was flawed and demanded a review.") == [
        ("The mayor", "say", "the plan was flawed"), ("The mayor", "demand", "a review")]


def test_a_joined_cue_told_to_the_press_stays_the_speakers() -> None:
    # session 11 review F1: the police told reporters, not the woman
    assert described("Police said a woman stabbed her neighbor and told reporters they were still looking "
                     "for a motive.") == [
        ("Police", "say", "a woman stabbed her neighbor"), ("Police", "tell", "they were still looking for a motive")]
    assert [c.speaker for c in extract_claims(
        "Police said a man shot a clerk and told the Associated Press that the motive was unclear.")] == \
        ["Police", "Police"]


def test_any_number_opens_a_newcomer() -> None:
    assert described("Police said five men entered the store and demanded cash.") == [
        ("Police", "say", "five men entered the store and demanded cash")]


# --- source_nouns.txt: plural groups and bodies named by their office -----------------------


def test_a_plural_group_at_a_sentence_start_is_an_unnamed_source() -> None:
    for text, speaker in (("Refugees said they had been beaten.", "Refugees"),
                          ("Migrants said they had been beaten.", "Migrants"),
                          ("Protesters said the police fired tear gas.", "Protesters"),
                          ("CNN forecasters said the storm would strengthen.", "CNN forecasters")):
        claim = only(text)
        assert (claim.speaker, claim.speaker_kind) == (speaker, "unnamed"), text


def test_a_body_named_by_its_office_speaks() -> None:
    assert only("The coast guard said the boat sank.").speaker == "The coast guard"
    assert only("The French presidency said in a statement that the talks had failed.").speaker == \
        "The French presidency"


def test_a_named_group_and_a_mere_mention_stay_as_they_were() -> None:
    claim = only("Refugees International said the camps were full.")
    assert (claim.speaker, claim.speaker_kind) == ("Refugees International", "organisation")
    assert described("The presidency is weak, the senator said.") == [
        ("the senator", "say", "The presidency is weak")]


# --- junk rule `refusing_an_act_is_no_claim`: a cue verb read as an act ----------------------


def test_refusing_to_appear_somewhere_is_no_claim_whoever_refuses() -> None:
    assert described("The officer declined to appear on camera for fear of reprisals.") == []
    assert described("The coast guard declined to appear on camera.") == []


def test_refusing_a_cue_stays_a_negated_claim() -> None:
    claim = only("The senator refused to endorse the mayor.")
    assert (claim.speaker, claim.negated) == ("The senator", True)


# --- rule `place_before_a_title` (names.py) ---------------------------------------------------


def test_a_place_before_a_title_is_part_of_the_role() -> None:
    claim = only('"It\'s time to face the facts," said New York Mayor Michael Bloomberg in a statement.')
    assert (claim.speaker, claim.role) == ("Michael Bloomberg", "New York Mayor")
    claim = only("Texas Gov. Greg Abbott said the border was closed.")
    assert (claim.speaker, claim.role) == ("Greg Abbott", "Texas Gov.")


def test_a_place_after_a_preposition_or_before_a_leaders_title_stays_apart() -> None:
    claim = only("In Texas Governor Greg Abbott said the border was closed.")
    assert (claim.speaker, claim.role) == ("Greg Abbott", "Governor")
    claim = only("Hong Kong President Barack Obama said the talks went well.")
    assert (claim.speaker, claim.role) == ("Barack Obama", "President")


def test_a_place_after_a_participle_stays_apart() -> None:
    # session 11 review F2: Newsom touring Texas is no Texas governor
    claim = only("While touring Texas Governor Gavin Newsom said California would help.")
    assert (claim.speaker, claim.role) == ("Gavin Newsom", "Governor")
    claim = only("Visiting Ohio Senator Sherrod Brown said the plant would stay open.")
    assert (claim.speaker, claim.role) == ("Sherrod Brown", "Senator")
    # a verb inside the clause takes the person as its object: the place is the title's
    claim = only("The PAC backed Ohio Gov. John Kasich, who said he would win.")
    assert (claim.speaker, claim.role) == ("John Kasich", "Ohio Gov.")


# --- rule `document_description_points_back` (speakers.py) ----------------------------------


def test_a_definite_document_is_the_document_that_just_spoke() -> None:
    found = extract_claims('Twenty years ago, a Times article hailed Trump as "The Comeback Kid" for his success. '
                           '"Leaders honored Donald J. Trump yesterday," the article read. '
                           '"Mr. Trump has managed to erase much of his debt," it added.')
    assert [c.speaker for c in found] == ["a Times article"] * 3


def test_a_definite_document_of_another_kind_stays_as_written() -> None:
    found = extract_claims('A Times editorial hailed Trump as "The Comeback Kid". "Leaders honored him," the '
                           'article read.')
    assert [c.speaker for c in found] == ["A Times editorial", "the article"]


# --- rule `it_is_the_thing_just_named` (speakers.py) -----------------------------------------


def test_it_after_a_thing_opened_the_sentence_before_is_unresolved() -> None:
    found = extract_claims("In 2012, 3.9 million babies were born, the Centers for Disease Control reports. "
                           "This growing trend doesn't necessarily mean Americans have more trouble. "
                           "It may suggest that couples are having babies later.")
    assert [(c.speaker, c.speaker_kind) for c in found] == [
        ("Centers for Disease Control", "organisation"), ("It", "unresolved")]


def test_it_after_a_body_or_a_document_stays_resolved() -> None:
    found = extract_claims("The Centers for Disease Control reported the figures on Monday. It said couples "
                           "are having babies later.")
    assert [c.speaker for c in found] == ["Centers for Disease Control"] * 2
    found = extract_claims("The Centers for Disease Control reported the figures on Monday. This report shows "
                           "a trend. It said couples are having babies later.")
    assert [c.speaker for c in found] == ["Centers for Disease Control", "This report", "This report"]


def test_it_said_after_a_thing_is_still_the_body_before_it() -> None:
    # session 11 review F3: a thing cannot say; "It said" keeps the body
    found = extract_claims("The health ministry issued new guidance on Monday. That decision followed weeks of "
                           "pressure. It said schools would stay open.")
    assert [c.speaker for c in found] == ["The health ministry"]
    found = extract_claims("The ministry announced the plan on Monday. That move angered unions. Teachers walked "
                           "out. Three days later, it said the plan was final.")
    assert [c.speaker for c in found] == ["The ministry", "The ministry"]


# --- act_readings.txt: predicting the outcome is a track record ------------------------------


def test_predicting_the_outcome_is_no_claim() -> None:
    claim = only("Allan Lichtman, a professor who has successfully predicted the outcome of every presidential "
                 "election since 1984, said the race was close.")
    assert (claim.speaker, claim.cue) == ("Allan Lichtman", "say")


def test_predicting_a_clause_or_another_thing_stays_a_claim() -> None:
    assert described("Lichtman predicted the outcome will be close.") == [
        ("Lichtman", "predict", "the outcome will be close")]
    assert described("Sanders predicted a closer-than-expected primary.") == [
        ("Sanders", "predict", "a closer-than-expected primary")]


def test_predicting_the_outcome_of_something_in_a_clause_stays_a_claim() -> None:
    # session 11 review F6: a post-modifier before the clause's verb
    assert described("Lichtman predicted the outcome of the vote would be close.") == [
        ("Lichtman", "predict", "the outcome of the vote would be close")]
    assert described("Experts predicted the winners of the contract would be announced in May.") == [
        ("Experts", "predict", "the winners of the contract would be announced in May")]
    assert described("The court rejected a controversial rule Tuesday that would ban the group.") == []


# --- rule `named_venue_before_that` (grammar.py) ---------------------------------------------


def test_a_long_named_venue_before_that_is_no_part_of_the_claim() -> None:
    for text in ("John Smith said at the Peace and Security in Africa Summit in Paris that there will be 1,600 "
                 "troops in the country.",
                 "John Smith said at the annual meeting of the World Economic Forum in Davos, Switzerland, that "
                 "there will be 1,600 troops in the country.",
                 "John Smith said Friday at the World Economic Forum's annual meeting in Davos that there will be "
                 "1,600 troops in the country."):
        assert described(text) == [("John Smith", "say", "there will be 1,600 troops in the country")], text


def test_a_relative_a_verb_or_an_infinitive_before_that_stays_as_it_was() -> None:
    assert only("Kerry said at the Forum that was held in Davos the talks would resume.").content == \
        "that was held in Davos the talks would resume"
    assert only("Kerry said at a rally attacking Clinton that the talks would resume.").content == \
        "attacking Clinton that the talks would resume"
    assert only("Officials want to bring to the United States a plan so bold that the talks would resume.").content \
        == "to bring to the United States a plan so bold that the talks would resume"


# --- cues.txt: "call upon" is "call on" ------------------------------------------------------


def test_a_call_upon_someone_to_act_is_a_directive() -> None:
    claim = only("Some news outlets call upon individuals with unique understanding to interpret the milestone.")
    assert (claim.cue, claim.cue_class, claim.content) == (
        "call upon", "directive", "individuals with unique understanding to interpret the milestone")


def test_a_call_on_someone_stays_as_it_was() -> None:
    claim = only("Trump called on Mayor Bill de Blasio to restart surveillance.")
    assert (claim.cue, claim.content) == ("call on", "Mayor Bill de Blasio to restart surveillance")


# Rule `participle_after_a_prepositional_noun_is_a_modifier` (junk.py)
def test_a_participle_after_a_fronted_prepositional_noun_is_no_claim() -> None:
    assert described("In video posted on social media of the scene, the young woman appears to be arguing "
                     "with someone.") == []


def test_a_participle_with_a_subject_or_in_a_subordinate_clause_stays_a_claim() -> None:
    assert described("The senator posted on Facebook that the bill was dead.") == [
        ("The senator", "post", "the bill was dead")]
    claim = only("A group of rabbis called for a boycott of his speech.")
    assert (claim.speaker, claim.cue) == ("A group of rabbis", "call for")
    claim = only("The FBI had interviewed him, after being warned by the Russian government that he was a "
                 "threat.")
    # session 13, rule description_names_its_body: the body itself, shown without "the"
    assert (claim.speaker, claim.content) == ("Russian government", "he was a threat")
