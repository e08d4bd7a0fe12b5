"""Attributions a reader wants that the tagger used to miss (issue 9's
detection target, session 6), each with a near variant that must give no
claim (or no second one)."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import described, only

# --- rule `attribution_after_its_quotation` ---------------------------------------


def test_attribution_in_its_own_sentence_after_the_quotation() -> None:
    text = (
        '"I think electing more women and more people who want to get things done -- that is what makes a '
        "difference. We're trying to change the environment.\" Appel told CNN."
    )
    claim = only(text)
    assert claim.rule == "attribution_after_its_quotation"
    assert claim.speaker == "Appel"
    assert claim.cue == "tell"
    assert claim.content.startswith('"I think electing') and claim.content.endswith('the environment."')


def test_attribution_after_the_quotation_with_a_time() -> None:
    text = 'The hearing ran late. "It was a long day for all of us in this room." Mr. Leahy said on Tuesday.'
    claim = only(text)
    assert claim.rule == "attribution_after_its_quotation"
    assert claim.speaker == "Leahy"
    assert claim.content == '"It was a long day for all of us in this room."'


def test_sentence_that_says_more_is_its_own_claim_not_the_quotations() -> None:
    text = '"It was a long day for all of us in this room." Trump said he would leave early.'
    assert [c[1:] for c in described(text)] == [("say", "he would leave early")]


def test_quotation_inside_a_sentence_is_not_taken() -> None:
    # the quotation is the object of "called", no sentence of its own
    text = 'He called it "a long day for all of us in this room." Trump said.'
    assert [c.rule for c in extract_claims(text)] == ["reported_speech"]  # "He called it ...", no "said" claim


def test_quote_run_stops_before_a_quotation_the_next_sentence_attributes() -> None:
    text = '"It was a long day," she said. "We are all tired now, every one of us." Trump said.'
    found = described(text)
    assert found[0][2] == '"It was a long day,"'  # not the next quotation too
    assert found[1][1:] == ("say", '"We are all tired now, every one of us."')


# --- rule `subject_before_its_phrase` ----------------------------------------------


def test_report_in_a_paper_said() -> None:
    claim = only("An earlier report in a New Hampshire paper said that Sanders had used the images of veterans.")
    assert claim.rule == "reported_speech"
    assert claim.speaker_span is not None and claim.speaker_span.text == "An earlier report"  # not "a ... paper"
    assert claim.content == "Sanders had used the images of veterans"


def test_voters_in_a_poll_said() -> None:
    claim = only("One in four voters in a New York Times poll last year said illegal immigrants should be deported.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "One in four voters"


def test_participle_after_a_prepositional_object_still_is_no_cue() -> None:
    # "published" modifies "an opinion article"; the claim is Mas's "wrote"
    claim = only("Artur Mas, in an opinion article published Wednesday in The New York Times, wrote that the vote "
                 "would go ahead.")
    assert (claim.speaker, claim.cue) == ("Artur Mas", "write")


# --- rule `time_after_the_subject` -------------------------------------------------


def test_poll_last_month_showed() -> None:
    claim = only("A Marquette Law School poll released last week showed Clinton poised to carry the state.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "A Marquette Law School poll"
    assert claim.content == "Clinton poised to carry the state"


def test_polls_there_show() -> None:
    claim = only("Polls there show Trump is trailing Ted Cruz just ahead of the vote.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Polls"


def test_a_time_leaves_a_subject_that_is_no_source_unclaimed() -> None:
    # "sales" is no source: a time between it and "showed" does not make it one
    assert described("Sales last month showed a rise of ten percent.") == []


# --- rules `plural_with_modifiers_opening_the_sentence`, `document_with_a_that_clause` ----


def test_officials_with_modifiers_and_a_who_clause() -> None:
    claim = only("Current and former officials who spoke with The Huffington Post said the organization has "
                 "become a shell of itself.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Current and former officials"
    assert claim.speaker != "The Huffington Post"


def test_study_with_a_that_clause_found() -> None:
    claim = only("A 2014 study that appeared in the British Medical Journal found that medical research "
                 "contradicted half of his advice.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "A 2014 study"
    assert claim.content == "medical research contradicted half of his advice"


def test_document_whose_that_clause_has_its_own_subject_is_not_read() -> None:
    # "that Smith wrote": an object relative, so the cue word is not the study's
    assert described("The report that Smith wrote found that the bridge was unsafe.") == []


def test_who_clause_with_a_that_clause_keeps_its_antecedent() -> None:
    # "ruled that Texas ...": the "that" opens what the judges ruled, not a clause about a document
    text = ("The judges who ruled that Texas and North Carolina could not implement their laws, for instance, "
            "said the problem was not requiring a photo ID.")
    claim = only(text)
    assert claim.speaker_span is not None and claim.speaker_span.text == "The judges"


def test_plural_with_a_who_clause_and_no_saying_cue_is_no_claim() -> None:
    text = "Most people who get themselves into the mess he did the first time would learn their lesson."
    assert described(text) == []


# --- rule `labelled_line` (in `colon_attribution`) ----------------------------------


def test_headline_opened_by_a_name_and_a_colon() -> None:
    text = "Sanders: Clinton needs to get away from all of this personality stuff.\n\nThe senator spoke in Ohio."
    claim = only(text)
    assert claim.rule == "colon_attribution"
    assert claim.speaker == "Sanders"
    assert claim.content == "Clinton needs to get away from all of this personality stuff"


def test_headline_with_a_topic_after_the_name_is_no_claim() -> None:
    assert described("Jeb Bush: Student loans and the cost of college\n\nSome big ideas do come to pass.") == []


def test_wire_column_label_is_no_speaker() -> None:
    assert described("The Latest: Trump's leaked taxes draw fire from Democrats\n\nThe story broke on Sunday.") == []


def test_labelled_line_in_the_body_is_a_section_heading() -> None:
    text = "How to make peanut sauce at home.\n\nStep Five: Stir the peanuts into the sauce until it has thickened."
    assert described(text) == []


# --- rule `statement_saying` -----------------------------------------------------


def test_tweets_saying_are_the_subjects_claim() -> None:
    text = ("Trump unleashed a series of tweets early Friday saying that rival Hillary Clinton had shown "
            "bad judgment.")
    claim = only(text)
    assert claim.rule == "participle_clause"
    assert (claim.speaker, claim.cue) == ("Trump", "say")
    assert claim.content == "rival Hillary Clinton had shown bad judgment"


def test_statement_saying_gives_the_issuer_not_the_statement() -> None:
    claim = only("The ministry has issued a statement saying the talks would resume in May.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "The ministry"


def test_letter_from_someone_else_saying_is_not_the_subjects() -> None:
    # the doctor's letter says it, not "He"
    text = 'He released a letter from his doctor Friday saying he has "extraordinarily good health" for his age.'
    assert all(c[0] != "He" for c in described(text)) and all(c.speaker_span is None or c.speaker_span.text != "He"
                                                             for c in extract_claims(text))


def test_signs_saying_are_no_claim() -> None:
    assert described("Protesters carried signs saying the war was a crime.") == []


# --- cue `ruled` (+that, rule `that_clause_content`) --------------------------------


def test_court_ruled_that() -> None:
    claim = only("The Supreme Court ruled in 2003 that universities could consider race as one factor.")
    assert (claim.speaker, claim.cue) == ("Supreme Court", "ruled")
    assert claim.content == "universities could consider race as one factor"


def test_judge_ruled_after_the_clause() -> None:
    claim = only("Sandusky will be allowed to visit with eight of his grandchildren, Cleland ruled.")
    assert claim.rule == "clause_final_attribution"
    assert claim.content == "Sandusky will be allowed to visit with eight of his grandchildren"


def test_ruled_out_and_ruled_a_place_are_no_rulings() -> None:
    assert described("Boateng had already been ruled out of Thursday's game after the draw against Germany.") == []
    text = "State media reported probes into his family members in the southwest -- three places Zhou once ruled."
    assert [c[1] for c in described(text)] == ["report"]
    assert described("Democratic rules make it difficult for anyone to gain a significant lead.") == []


# --- rule `quoted_paragraph_after_paraphrase` (quotes.py) ---------------------------


def test_quoted_paragraph_after_a_paraphrase_goes_on_in_its_speakers_words() -> None:
    text = (
        "Winfrey, who overcame economic hardship, says education can help girls from all backgrounds.\n\n"
        '"In the beginning, I think we had teachers who were like, the girls come here disadvantaged. '
        "So we've eliminated that word.\""
    )
    claim = only(text)
    assert claim.content.startswith("education can help girls")
    assert claim.content.endswith("So we've eliminated that word.\"")


def test_quoted_transcript_paragraph_is_not_the_paraphrases_speaker() -> None:
    text = (
        "Seitz-Wald said the plan grows out of a kind of childish naivete.\n\n"
        '"Chris Matthews: Seriously, seriously about this. That sounds great to me."'
    )
    assert "Matthews" not in only(text).content


def test_quotation_after_an_argument_is_left_alone() -> None:
    # after "argues" the writer may quip in quotation marks
    text = "Draper argues the states should make their own rules.\n\n\"So, uh, who wants some weed today?\""
    assert "weed" not in only(text).content


# --- rule `according_source_before_its_clause` --------------------------------------


def test_according_to_sources_who_have_seen_it() -> None:
    text = ("Sullivan wrote several of the messages, according to multiple intelligence sources who have "
            "seen the correspondence.")
    claim = only(text)
    assert claim.rule == "according_to"
    assert claim.speaker_span is not None and claim.speaker_span.text == "multiple intelligence sources"
    assert claim.content == "Sullivan wrote several of the messages"


def test_according_to_a_phrase_with_no_relative_and_a_verb_stays_unread() -> None:
    text = "According to one of the reports released by the agency in the spring of this year, the rate fell."
    assert described(text) == []


def test_according_to_calculations_by_a_named_expert() -> None:
    text = ("A living wage for a single adult in California is about $12 an hour, according to calculations "
            "by Amy Glasmeier of the Massachusetts Institute of Technology.")
    claim = only(text)
    assert claim.speaker_span is not None and claim.speaker_span.text.startswith("calculations by Amy Glasmeier")
    assert claim.content == "A living wage for a single adult in California is about $12 an hour"


# --- rule `slash_joins_a_name` ----------------------------------------------------


def test_pollsters_joined_by_a_slash_are_one_source() -> None:
    claim = only("A New York Times/CBS News poll conducted last week found that voters rated the economy as good.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "A New York Times/CBS News poll"


def test_a_slash_between_lower_case_words_joins_nothing() -> None:
    claim = only("Voters and/or officials said the count was late.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "officials"
