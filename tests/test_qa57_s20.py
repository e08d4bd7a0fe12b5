"""Claims grammar, negation and junk sources of QA round 57 (qa57-s20): each
fixed by a named rule, with a sentence of its kind and a near variant that
must stay as it is. The sentences are invented in the manner of the
articles; none is copied from the shared data sets."""

from __future__ import annotations

from summarizer import extract_claims

# --- rule `not_to_infinitive_negates` (polarity.py; QA 57, 988 s13: "I follow sharp instructions
# from my mother not to tell too many people I'm coming back" showed a telling, not negated)

def test_not_before_an_infinitive_cue_negates_it() -> None:
    claims = extract_claims("He was ordered not to tell anyone the plant is closing.")
    assert [(c.speaker, c.shown_cue, c.negated) for c in claims] == [("He", "was ordered not to tell", True)]
    claims = extract_claims("The mayor decided not to say whether the plant is closing.")
    assert [(c.shown_cue, c.negated) for c in claims] == [("decided not to say", True)]


def test_an_instruction_not_to_tell_is_never_shown_as_a_telling() -> None:
    claims = extract_claims("Whenever I travel home, I follow strict instructions from my father not to tell "
                            "too many people I'm coming back, and not to stay in one place for too long.")
    assert all(c.negated for c in claims if c.cue == "tell")


def test_an_infinitive_cue_without_not_stays_affirmed() -> None:
    claims = extract_claims("He decided to tell everyone the plant is closing.")
    assert [(c.shown_cue, c.negated) for c in claims] == [("decided to tell", False)]
    claims = extract_claims("He went on to say that the plant is closing.")
    assert [(c.shown_cue, c.negated) for c in claims] == [("went on to say", False)]
    claims = extract_claims("He did not say the plant is closing.")
    assert [(c.shown_cue, c.negated) for c in claims] == [("did not say", True)]


# --- rule `cue_in_a_reported_reason_is_nested` (extract.py; QA 57, 462 s23: "She said her mother
# was late on the rent ... because she wanted more space." gave the daughter "wanted: more space")

def test_a_cue_in_the_reason_of_a_reported_clause_is_no_claim_of_its_own() -> None:
    claims = extract_claims("Smith said his landlord raised the rent and tore down a wall because he wanted "
                            "more space.")
    assert [(c.speaker, c.cue) for c in claims] == [("Smith", "say")]
    claims = extract_claims("She said her brother had left the band, since he believed the tour was doomed.")
    assert [c.cue for c in claims] == ["say"]


def test_a_reason_with_no_reported_clause_before_it_keeps_its_claim() -> None:
    claims = extract_claims("The mayor resigned because she believed the council had lied.")
    assert [(c.cue, c.content) for c in claims] == [("believe", "the council had lied")]
    claims = extract_claims('"The plant closed," Smith said, because officials believed it was unsafe.')
    assert [c.cue for c in claims] == ["say", "believe"]
    claims = extract_claims("Kelly said she asked for the interview because she wanted a professional footing.")
    assert [(c.speaker, c.cue) for c in claims] == [("Kelly", "say"), ("Kelly", "want")]
    claims = extract_claims("Zuckoff said that was in part because the agency did not want the authors named.")
    assert [c.cue for c in claims] == ["say", "want"]


# --- rule `it_before_an_infinitive_is_no_source` with feelings (junk_readings.txt extraposing_verbs;
# QA 57, 988 s30: "It pains me to admit that because I cherish ..." showed the source "It pains")

def test_it_pains_me_to_admit_has_no_source() -> None:
    assert extract_claims("It pains me to admit that because I love the city, the risks seem small.") == []
    assert extract_claims("It saddens me to say the school was closed.") == []


def test_a_subject_that_pains_to_say_stays_a_source() -> None:
    claims = extract_claims("The report goes on to say the school was closed.")
    assert [c.source_as_written for c in claims] == ["The report"]


# --- rule `list_dash_is_no_word_of_the_sentence` (text.py; QA 57, 398 s25: '-- Finally, Nunes raises
# the issue of ..., saying ...' showed the source "Finally")

def test_a_list_dash_leaves_the_opening_adverb_out_of_the_source() -> None:
    text = "-- Finally, Nunes raises the issue of possible intimidation, saying the committee should act."
    assert [(c.speaker, c.cue) for c in extract_claims(text)] == [("Nunes", "say")]
    claims = extract_claims("-- Similarly, Nunes said they need a full accounting.")
    assert [(c.speaker, c.content_span.start) for c in claims] == [("Nunes", 25)]


def test_a_sentence_without_a_dash_reads_as_before() -> None:
    text = "Finally, Nunes raises the issue of possible intimidation, saying the committee should act."
    assert [(c.speaker, c.cue) for c in extract_claims(text)] == [("Nunes", "say")]


# --- rule `thing_noun_opens_a_contact_relative` (extract.py; QA 57, 988 s23: "The first thing people
# ask him is not, ..." showed the speaker "The first thing people")

def test_the_thing_people_ask_is_no_speaker() -> None:
    assert extract_claims("The first thing people ask him is not whether he was hurt but who he told.") == []


def test_people_after_the_thing_is_a_source() -> None:
    claims = extract_claims("The thing is, people say the plant is closing.")
    assert [(c.source_as_written, c.content) for c in claims] == [("people", "the plant is closing")]


# --- rule `noun_before_a_pronoun_opens_a_contact_relative` (extract.py; QA 57, 462 s1: 'Joan Rivers
# is getting the "Hollywood" funeral she wanted, ...' showed the source "funeral she")

def test_the_funeral_she_wanted_is_no_claim() -> None:
    assert extract_claims('The singer is getting the "Hollywood" funeral she wanted, "a huge showbiz affair."') == []
    assert extract_claims("The mayor got the inquiry he wanted, a full review of the police.") == []


def test_a_pronoun_subject_after_a_fronted_phrase_stays() -> None:
    claims = extract_claims("At the hearing, she said the service was lovely.")
    assert [(c.source_as_written, c.content) for c in claims] == [("she", "the service was lovely")]
