"""Wrong claims of QA round 30 (held out), each a named rule with a sentence
of its kind and a near variant that must stay as it is."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described

# --- rule `pronoun_of_the_other_gender` (QA 30, 490 [17]: "Her lack ... helped, he said" -> Lauryn Hill)

LAWYER = ("Lauryn Hill told the judge that she planned to pay her taxes. Hill's lawyer, Nathan Hochman, told "
          "CNN that Hill has fully paid her taxes. \"I think the judge gave a fair and reasonable sentence,\" "
          "Hochman said. ")


def test_he_is_not_the_woman_her_pointed_to_in_the_same_sentence() -> None:
    claims = extract_claims(LAWYER + "Her lack of a prior criminal record and the fact that she has six minor "
                                     "children helped, he said.")
    assert claims[-1].content.startswith("Her lack of a prior criminal record")
    assert claims[-1].speaker == "Nathan Hochman"


def test_she_after_her_in_the_same_sentence_is_still_her() -> None:
    claims = extract_claims(LAWYER + "Her lack of a prior criminal record helped, she said.")
    assert claims[-1].content == "Her lack of a prior criminal record helped"
    assert claims[-1].speaker != "Nathan Hochman"


# --- rule `gender_by_honorific` (QA 30, 490 [18]: "Ms. Hill" inside Hochman's quote; Hill's gender unknown)


def test_an_honorific_inside_a_quotation_gives_the_person_her_gender() -> None:
    text = ('"Ms. Hill has paid every cent," a lawyer said. Lauryn Hill told the judge that she planned to pay. '
            'The sentence was fair, he said.')
    claim = extract_claims(text)[-1]
    assert (claim.speaker, claim.speaker_kind) == ("he", "unresolved")


def test_she_still_finds_the_person_the_honorific_names() -> None:
    text = ('"Ms. Hill has paid every cent," a lawyer said. Lauryn Hill told the judge that she planned to pay. '
            'The sentence was fair, she said.')
    assert described(text)[-1] == ("Lauryn Hill", "say", "The sentence was fair")


def test_a_surname_written_with_both_honorifics_gives_no_gender() -> None:
    text = ('"Mr. Hill said one thing and Mrs. Hill another," a lawyer said. Lauryn Hill told the judge that she '
            'planned to pay. The sentence was fair, she said.')
    assert described(text)[-1] == ("Lauryn Hill", "say", "The sentence was fair")



def test_an_honorific_for_a_surname_two_people_share_gives_no_gender() -> None:
    text = ('Lauryn Hill told the judge that she planned to pay. Her husband, Joe Hill, was not in court. '
            '"Mr. Hill has paid every cent," a lawyer said. The sentence was fair, Lauryn Hill said. It came too '
            'late, she said.')
    assert described(text)[-1] == ("Lauryn Hill", "say", "It came too late")

# --- rule `noun_cue_before_a_relative` (QA 30, 791 [25]: "a future Palestinian state that would coexist")


def test_a_cue_noun_before_its_relative_clause_is_no_cue() -> None:
    assert described("But it would help create contiguous borders for a future Palestinian state that would "
                     "coexist next to a Jewish state.") == []


def test_a_plural_subject_before_state_that_keeps_the_verb() -> None:
    assert described("Officials state that the border would reopen soon.") == [
        ("Officials", "state", "the border would reopen soon")]
    # qa64a-s23 (rule `that_before_a_modal_is_the_subject`): the demonstrative "that" is the content's subject
    assert described("The ministers state that would be a mistake.") == [
        ("The ministers", "state", "that would be a mistake")]


# --- rule `cue_ends_a_fronted_condition` (QA 30, 777 [19]: "If she refuses, the Italian government could ...")


def test_a_cue_that_ends_a_fronted_condition_claims_nothing() -> None:
    assert described("If she refuses, the Italian government could appeal to the U.S. government for her "
                     "extradition.") == []
    assert described("If she agrees, the talks could begin next week.") == []


def test_a_condition_with_its_own_final_source_stays() -> None:
    assert described("If she refuses to testify, the case could collapse, prosecutors said.") == [
        ("prosecutors", "say", "If she refuses to testify, the case could collapse")]
    assert described("Officials said that if Iran agrees, sanctions could be lifted.") == [
        ("Officials", "say", "if Iran agrees, sanctions could be lifted")]


def test_a_quotation_after_a_fronted_cue_stays() -> None:
    assert described('When he said, "I do," the crowd cheered.') == [("he", "say", '"I do,"')]


# --- rule `party_tag_is_no_subject` (QA 30, 412 [1]: speaker "D-Virginia")


def test_a_party_tag_before_a_relative_clause_is_no_speaker() -> None:
    claim = extract_claims(
        "As the Pentagon launched a barrage of airstrikes into Syria late Monday, Sen. Tim Kaine, D-Virginia, who "
        "was an early backer of President Obama's first presidential campaign and his hand-picked chairman to run "
        "the Democratic National Committee, says he is concerned about presidential military action into Syria "
        "without congressional authorization.")[-1]
    assert (claim.speaker, claim.cue) == ("Tim Kaine", "say")


def test_a_party_tag_before_an_appositive_is_no_speaker() -> None:
    assert described("Sen. Lindsay Graham, R-South Carolina, who chairs the committee, says he is concerned.")[0][0] \
        == "Lindsay Graham"
    assert described("Sen. Tim Kaine, D-Virginia, the chairman of the committee, says he is concerned.")[0][0] \
        == "Tim Kaine"


def test_an_abbreviated_party_tag_still_gives_the_name() -> None:
    assert described("Rep. Mike Rogers, R-Mich., who chairs the committee, said the strikes were needed.") == [
        ("Mike Rogers", "say", "the strikes were needed")]


# --- rule `participle_inside_a_claims_subject` (QA 30, 783 [37]: "referring to" inside what others say)


def test_a_gloss_inside_the_claims_subject_is_no_cue() -> None:
    assert described(
        "Others say Hu's camp, known as the Communist Youth League (CYL) faction, referring to the youth "
        "organization that Hu headed for years, will dominate the new leadership.") == [
        ("Others", "say", "Hu's camp, known as the Communist Youth League (CYL) faction, referring to the youth "
                          "organization that Hu headed for years, will dominate the new leadership")]


def test_a_participle_after_the_main_clause_stays_a_cue() -> None:
    assert described('The senator criticized the plan, referring to it as a "disaster."') == [
        ("The senator", "refer to", 'it as a "disaster."')]


# --- rule `region_of_the_venue_is_no_content` (QA 30, 791 [2]: "... Palestinians and Israel Jordan")


def test_the_region_after_the_venue_is_no_second_part() -> None:
    claim = extract_claims(
        'An agreement has been reached that "establishes a basis for resuming direct final status negotiations '
        'between" Palestinians and Israel, U.S. Secretary of State John Kerry said in Amman, Jordan.')[0]
    assert claim.speaker == "John Kerry"
    assert claim.content.endswith("between\" Palestinians and Israel")
    assert described("The talks will resume next week, Kerry said in Amman, Jordan.") == [
        ("Kerry", "say", "The talks will resume next week")]


def test_a_clause_after_the_venue_is_still_the_claim() -> None:
    assert described("Kerry said in Amman, the talks will resume.") == [("Kerry", "say", "the talks will resume")]


# --- rule `name_after_a_final_source_is_the_sources` (QA 30, 791 [8]: "... in Washington Wafa, which quoted")


def test_the_sources_name_and_relative_are_no_part_of_the_claim() -> None:
    assert described(
        "Talks could begin soon in Washington, according to the official Palestinian Authority news agency, Wafa, "
        "which quoted the authority's spokesman, Nabil abu Rudaineh.") == [
        ("the official Palestinian Authority news agency", "according to", "Talks could begin soon in Washington")]
    # since resolve-s27 the name apposed to the source names it (`name_apposed_to_a_final_source_is_its_name`)
    assert described("Talks could begin soon in Washington, according to the official news agency, Wafa.") == [
        ("Wafa", "according to", "Talks could begin soon in Washington")]


def test_a_source_after_according_to_without_a_name_keeps_its_relative_apart() -> None:
    assert described("Talks could begin soon, according to Amnesty International, which considers her a prisoner "
                     "of conscience.") == [("Amnesty International", "according to", "Talks could begin soon")]


# --- rule `passive_subject_across_an_aside` (QA 30, 783 [15]: "was said to have smashed" without "Ling Gu")


def test_a_passive_claim_keeps_its_subject_before_an_aside() -> None:
    claim = extract_claims(
        "In the early morning on March 18, Ling's son, Ling Gu, 23, was said to have smashed a black Ferrari into "
        "a concrete-wall on the side of Beijing's Fourth Ring Road while driving at high speed.")[0]
    assert (claim.cue, claim.speaker_kind) == ("say", "unresolved")
    # as written since session 23 (rule `raised_infinitive_keeps_its_verb`; QA round 65)
    assert claim.content.startswith("Ling Gu, 23, was said to have smashed a black Ferrari")


def test_a_passive_with_its_agent_after_an_aside_stays_no_claim() -> None:
    assert described("Mr. Bush, the former governor of Florida, had been soundly rejected by an electorate he no "
                     "longer recognized.") == []


# --- rule `second_participle_is_the_writers` (QA 30, 525 [15]: "... and telephoning Palmer personally")


def test_a_second_participle_after_the_claim_is_the_writers() -> None:
    assert described(
        "On March 18, Woods withdrew from the Arnold Palmer Invitational, explaining that neither the back spasms "
        "nor pain had subsided and telephoning Palmer personally to apologize for his absence.") == [
        ("Woods", "explain", "neither the back spasms nor pain had subsided")]


def test_a_participle_its_own_auxiliary_carries_stays_in_the_claim() -> None:
    assert described("The chief executive spoke on Monday, saying the company was growing fast and hiring "
                     "workers.") == [("The chief executive", "say", "the company was growing fast and hiring workers")]


# --- rule `hearers_relative_before_that` (QA 30, 490 [1]: "told the judge who sentenced her to prison that ...")


def test_the_hearers_relative_clause_is_no_part_of_the_claim() -> None:
    assert described("Lauryn Hill told the judge who sentenced her to prison that she planned to pay her taxes; it "
                     "was just a question of when.") == [("Lauryn Hill", "tell", "she planned to pay her taxes")]


def test_a_hearers_relative_before_a_quotation_still_ends_at_its_comma() -> None:
    assert described('Hill told the mayors who gathered in Indianapolis, "no one should pay."') == [
        ("Hill", "tell", '"no one should pay."')]


# --- rule `name_after_an_inverted_description` (QA 30, 654 [17]: "wrote the report's author, Adam Forman" unresolved)


def test_the_name_after_an_inverted_description_is_the_speaker() -> None:
    claim = extract_claims(
        '"The average age of New York City\'s 6,400 miles of sewage mains is approximately 84 years, for example," '
        "wrote the report's author, Adam Forman.")[0]
    assert (claim.speaker, claim.speaker_kind, claim.cue) == ("Adam Forman", "person", "write")


def test_a_day_after_an_inverted_description_is_no_name() -> None:
    claim = extract_claims('"The mains are old," said the company\'s spokesman, Tuesday.')[0]
    assert claim.speaker == "the company's spokesman"
    assert claim.speaker_kind == "unresolved"
