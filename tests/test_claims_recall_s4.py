"""Claims a reader needs that the tagger used to miss (issue 9's detection
target), each with a negative of the same shape that must stay unclaimed."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described, only

# --- rule `statement_after_colon` -------------------------------------------------

def test_statement_issued_before_a_colon_is_the_subjects_claim() -> None:
    text = (
        "U.S. Rep. Jeff Miller of Florida, chairman of the House Veterans Affairs Committee, issued this "
        "statement late Monday:\n\n"
        '"For nearly a year, we have been pleading with top department leaders to take immediate steps.\n\n'
        '"In response, we\'ve received disturbing silence from the White House."'
    )
    claim = only(text)
    assert claim.rule == "statement_after_colon"
    assert claim.speaker == "Jeff Miller"  # rule `of_inside_a_title`: not "Florida"
    assert claim.cue_text == "issued this statement"
    assert claim.content.startswith('"For nearly a year')
    assert claim.content.endswith('from the White House."')  # the quoted paragraphs that go on


def test_statement_quoted_after_a_colon_mid_sentence() -> None:
    text = (
        "The issue was deliberated by the center's muftis, who released the following statement: "
        '"It is not permissible to travel to Mars and never to return. The chances of dying are higher than living."'
    )
    claim = only(text)
    assert claim.rule == "statement_after_colon"
    assert claim.content.startswith('"It is not permissible') and claim.content.endswith('than living."')


def test_statement_in_the_writers_words_is_no_claim() -> None:
    # no quotation after the colon: what follows is the writer's summary
    assert described("The ministry issued a statement on Tuesday: the talks will resume in May.") == []


def test_statement_whose_quotation_has_its_own_attribution_is_not_taken_twice() -> None:
    text = (
        "Responding to the call, the VA issued a statement late Monday:\n\n"
        '"Secretary Shinseki has dedicated his life to his fellow veterans," said a VA statement by Drew Brookie.'
    )
    assert [c.rule for c in extract_claims(text)] == ["inverted_attribution"]


# --- rule `colon_with_a_stray_stop` -----------------------------------------------

def test_colon_glued_to_a_stop_still_introduces_the_quotation() -> None:
    text = (
        "Brookie's statement, released by the VA late Monday, read:.\n\n"
        '"The Department of Veterans Affairs takes any allegations about patient care very seriously."'
    )
    claim = only(text)
    assert claim.rule == "colon_introduces_content"
    assert claim.content.startswith('"The Department of Veterans Affairs')


def test_stop_after_a_colon_with_nothing_quoted_is_no_claim() -> None:
    assert described("Brookie's statement read:.\n\nThe hospital closed in May.") == []


# --- rule `of_inside_a_title` (speakers) ----------------------------------------------

def test_titled_name_of_a_place_is_the_person() -> None:
    assert only("Rep. Jeff Miller of Florida said the VA had failed veterans.").speaker == "Jeff Miller"
    assert only("The Secretary of State said the talks had failed.").speaker != "State"


def test_title_after_of_keeps_the_name() -> None:
    text = "It reinforces the argument of Rep. Alexandria Ocasio-Cortez, who has suggested that the caucus is divided."
    assert only(text).speaker == "Alexandria Ocasio-Cortez"


# --- rule `subject_with_a_who_clause` ---------------------------------------------------

def test_speaker_described_by_a_who_clause_is_the_person_described() -> None:
    text = (
        '"My son was raised up in a loving home," the woman who identified herself as his mother '
        "said in a Facebook posting Sunday."
    )
    claim = only(text)
    assert (claim.speaker_span.text if claim.speaker_span else None) == "the woman"
    assert claim.content == '"My son was raised up in a loving home,"'
    officials = only("Officials who spoke to Reuters said the talks had failed.").speaker_span
    assert officials is not None and officials.text == "Officials"


def test_object_of_a_who_clause_is_never_the_speaker() -> None:
    # "he" opens a clause of its own: no antecedent taken across it
    claims = extract_claims("The woman who he said was his mother told reporters the plan failed.")
    assert all(c.speaker_span is None or c.speaker_span.text != "The woman" for c in claims)


# --- rule `quotation_after_paraphrase` --------------------------------------------------

RECORD = (
    "Jacobs is planning a family reunion in New York. The current record is 4,514, he said. "
    '"I\'m shooting for at least 5,000 at my family reunion."'
)


def test_quoted_sentence_after_a_paraphrase_goes_on_in_the_same_voice() -> None:
    claim = only(RECORD)
    assert claim.content == (
        'The current record is 4,514 \u2026 "I\'m shooting for at least 5,000 at my family reunion."'
    )


def test_quotation_in_a_new_paragraph_or_after_an_accusation_stays_apart() -> None:
    apart = RECORD.replace(' "I\'m', '\n\n"I\'m')
    assert only(apart).content == "The current record is 4,514"
    accused = 'Smith accused Jones of lying about the budget. "I have never lied about the numbers."'
    assert only(accused).content == "Jones of lying about the budget"


# --- rules `clause_final_present_cue`, `inverted_clause_cue` (cues) --------------------

def test_clause_final_states_after_a_comma_and_a_document() -> None:
    claim = only("Hispanic adolescents received less punishment for their drug use, the report states.")
    assert (claim.speaker_span.text if claim.speaker_span else None) == "the report"
    assert claim.content == "Hispanic adolescents received less punishment for their drug use"


def test_member_states_is_no_cue() -> None:
    assert described("The proposal has the support of all the member states.") == []


def test_clause_cue_before_its_source_after_a_quotation() -> None:
    text = '"The committee has learned of scheduling manipulation," stated a letter signed by Rep. Mike Coffman.'
    claim = only(text)
    assert claim.rule == "inverted_attribution" and claim.cue == "state"
    assert claim.content == '"The committee has learned of scheduling manipulation,"'


# --- rule `quote_cue_after_a_quotation_across_sentences` -------------------------------------

def test_quote_cue_takes_a_quotation_that_opens_a_sentence_earlier() -> None:
    text = (
        '"Don\'t you eat beef? If you stop eating beef, then we\'ll stop eating dog meat," yells one man '
        "frustrated with the media in the open market."
    )
    claim = only(text)
    assert claim.cue == "yell" and claim.content.startswith('"Don\'t you eat beef?')


def test_quote_cue_without_a_quotation_stays_unclaimed() -> None:
    assert described("The crowd yells one name again and again.") == []


# --- "the station", "reported Reuters", rule `inverted_source_is_no_phrase` -----------------

def test_station_and_inverted_report_are_sources() -> None:
    station = only("He escaped only to be arrested 12 hours later, the station reported.")
    assert station.speaker_span is not None and station.speaker_span.text == "the station"
    reuters = only('This is "roughly the same advantage she has held all month," reported Reuters.')
    assert reuters.speaker == "Reuters" and reuters.rule == "inverted_attribution"


def test_participle_with_a_phrase_is_no_inverted_source() -> None:
    assert described("The findings, reported in the journal Nature, show a rise in sea levels.") == []


# --- rules `source_known_for_a_quoted_work`, `quantity_of_people_subject` -------------------

def test_inverted_source_known_for_a_quoted_work() -> None:
    text = (
        '"A.J. Jacobs is my cousin, and we are probably cousins," said Daniel Radcliffe of "Harry Potter" '
        "fame in a video for Jacobs' project."
    )
    claim = only(text)
    assert claim.speaker == "Daniel Radcliffe"
    assert claim.content == '"A.J. Jacobs is my cousin, and we are probably cousins,"'


def test_quoted_work_without_fame_is_no_source() -> None:
    text = '"We are cousins," said Daniel Radcliffe of "Harry Potter" and his friends at the party.'
    assert all(c.speaker_span is None or "Harry Potter" not in c.speaker_span.text for c in extract_claims(text))


def test_quantity_of_people_is_the_participles_subject() -> None:
    claim = only("Many scholars contest the shroud's authenticity, saying it dates to the Middle Ages.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Many scholars"
    assert claim.content == "it dates to the Middle Ages"


def test_quantity_of_things_is_no_subject() -> None:
    assert described("Many buildings collapsed in the storm, leaving roads blocked.") == []


# --- rule `fronted_participle` ------------------------------------------------------------

def test_fronted_participle_is_the_main_subjects_claim() -> None:
    text = (
        'After saying her right foot was "so swollen I could barely get my shoe on," she was '
        '"whisked off to Bethesda Naval Hospital" for tests.'
    )
    claim = only(text)
    assert claim.rule == "fronted_participle"
    assert claim.speaker_span is not None and claim.speaker_span.text == "she"
    assert claim.content == 'her right foot was "so swollen I could barely get my shoe on,"'
    claiming = [c for c in extract_claims("Claiming the vote was rigged, Trump told Fox it was unfair.")
                if c.rule == "fronted_participle"]
    assert [(c.speaker, c.content) for c in claiming] == [("Trump", "the vote was rigged")]


def test_fronted_participle_with_nothing_claimed_is_no_claim() -> None:
    assert described("Saying goodbye to the crowd, the singer left the stage.") == []
    assert [c.rule for c in extract_claims("While saying little about the deal, officials in Kiev met.")] == []


def test_fronted_participle_with_a_noun_phrase_is_an_act() -> None:
    claims = extract_claims("Appearing gaunt after months in jail, Berndt pleaded no contest to the charges.")
    assert [c.rule for c in claims if c.rule == "fronted_participle"] == []


# --- rule `quoted_title_ends_an_aside` ---------------------------------------------------------

def test_quoted_title_closing_an_aside_keeps_the_subject() -> None:
    text = (
        'Giulio Fanti, a professor at Padua University and co-author of the book "The Mystery of the Shroud," '
        'said the app will be "very useful" to the scientific community.'
    )
    claim = only(text)
    assert claim.speaker == "Giulio Fanti"
    assert claim.content == 'the app will be "very useful" to the scientific community'


def test_quoted_clause_before_the_cue_stays_the_claim() -> None:
    claim = only('"We will not back down from this fight," Warren said.')
    assert claim.content == '"We will not back down from this fight,"'


def test_quotation_inside_a_clause_or_a_lower_case_quote_is_no_title_aside() -> None:
    promote = (
        'But to give you the tenor of the interview, Trump went on to promote "Celebrity Apprentice," '
        "note that he had just bought the Old Post Office building."
    )
    assert all(c.speaker != "Celebrity Apprentice" for c in extract_claims(promote))
    surrogate = (
        'The campaign, through surrogates (like aide David Plouffe, who called Trump "a psychopath" on Sunday), '
        "has repeatedly emphasized that the biggest threats are the insults."
    )
    assert all(not (c.cue == "emphasize" and c.speaker == "David Plouffe") for c in extract_claims(surrogate))


def test_quotation_inside_a_dashed_aside_keeps_the_subject() -> None:
    text = (
        'A representative for the brand - a business pitched as "the ultimate destination for Women Who Work" - '
        "noted that the company offers new mothers eight weeks of paid leave."
    )
    claim = only(text)
    assert claim.speaker_span is not None and claim.speaker_span.text == "A representative for the brand"


def test_statement_someone_else_gave_is_not_the_publishers() -> None:
    text = (
        "GLAAD, an advocacy group, published a statement Baldwin gave to the organization: "
        '"My attack had nothing to do with anyone\'s sexual orientation."'
    )
    assert [c.rule for c in extract_claims(text) if c.rule == "statement_after_colon"] == []
    told = only('The ministry released a statement to CNN on Tuesday: "We regret the delay."')
    assert told.rule == "statement_after_colon" and told.content == '"We regret the delay."'


def test_what_heading_before_a_colon_is_no_claim() -> None:
    # rule `what_heading_is_no_claim`: the writer's heading over a list
    assert described("What Hamas wants:.\n\n1. The destruction of Israel.") == []
