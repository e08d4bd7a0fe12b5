"""Real attributions the tagger missed on PolNeAR dev (issue 9, session 7
recall): a second cue that takes a quotation after a clause with its own
cue, a cue by a colon and a quotation ("commented:"), and a quoted term
after "what" ("what Gilbert called "a perception problem""). Each rule has
a sentence of the kind it fixes and a near variant that must stay as it was.

Sentences are written after real news sentences; none is read from ../shared.
"""

from __future__ import annotations

from summarizer import extract_claims

from .claim_helpers import described

# --- rule second_cue_takes_the_quotation --------------------------------------------

REPLIED = (
    "She said fathers who adopt would not be eligible for the six weeks of paid leave, and when pressed "
    'on why the plan leaves out dads, the 34-year-old mother of three replied, "It\'s meant to benefit '
    'the mother who has given birth to the child."'
)


def test_a_second_cue_with_a_quotation_is_a_claim_of_its_own() -> None:
    claims = {c.cue: c for c in extract_claims(REPLIED)}
    assert set(claims) == {"say", "reply"}, described(REPLIED)
    span = claims["reply"].speaker_span
    assert span is not None
    assert REPLIED[span.start : span.end] == "the 34-year-old mother of three"
    assert claims["reply"].content == '"It\'s meant to benefit the mother who has given birth to the child."'
    # the first claim ends before ", and when pressed ...": neither the question nor the answer is hers
    assert claims["say"].content == "fathers who adopt would not be eligible for the six weeks of paid leave"


def test_a_second_cue_after_a_dashed_aside_takes_the_quotation() -> None:
    text = (
        "When Clinton noted that Trump has occasionally not paid anything in federal income taxes \u2015 as "
        "was true for the few years his tax returns were made public \u2015 Trump boasted, \u201cThat makes "
        "me smart.\u201d"
    )
    claims = {c.cue: c for c in extract_claims(text)}
    assert set(claims) == {"note", "boast"}, described(text)
    assert claims["boast"].speaker == "Trump"
    assert claims["boast"].content == "\u201cThat makes me smart.\u201d"
    # the writer's aside between the dashes is no part of what Clinton noted
    assert claims["note"].content == "Trump has occasionally not paid anything in federal income taxes"


def test_a_crowd_member_shouting_after_a_speakers_clause_is_his_own_claim() -> None:
    text = (
        "Some in the crowd booed, and when Rubio thanked Miami and said it was great to be home, a man "
        "yelled \u201cStay there!\u201d"
    )
    assert sorted(described(text)) == [
        ("Rubio", "say", "it was great to be home"),
        ("a man", "yell", "\u201cStay there!\u201d"),
    ]


def test_a_quotation_that_goes_on_with_the_clause_stays_one_claim() -> None:
    # the quotation opens in lower case: it ends the clause before the source, whose claim it is
    text = (
        "FBI agents questioned Tsarnaev, his attorneys argue, \"despite the fact that he quickly allayed "
        'concerns about any continuing threats to public safety."'
    )
    claims = extract_claims(text)
    assert len(claims) == 1, described(text)
    assert claims[0].cue == "argue"
    assert claims[0].content.startswith("FBI agents questioned Tsarnaev")


def test_a_cue_in_a_question_put_to_the_speaker_is_no_claim_of_its_own() -> None:
    text = (
        "He said he had not seen the violent episode in Fayetteville, and when asked whether he was "
        "encouraging his supporters' fury, he said, ''I hope not.''"
    )
    cues = [c.cue for c in extract_claims(text)]
    assert "encourage" not in cues, described(text)


def test_a_claim_cut_before_a_fronted_clause_keeps_no_dangling_conjunction() -> None:
    text = (
        "She said she had no plans to yell anything about anyone, but when Trump mentioned Cruz, it just "
        "happened."
    )
    claims = [c for c in extract_claims(text) if c.cue == "say"]
    assert [c.content for c in claims] == ["she had no plans to yell anything about anyone"], described(text)


# --- cue comment (+quote +clause in cues.txt: beside a direct quotation only) ----------


def test_commented_before_a_colon_and_a_quotation_is_a_claim() -> None:
    text = (
        "While having a heated debate about the nominees, a friend commented: \"For you, immigration is "
        'the most important reason to not vote for Trump."'
    )
    assert described(text) == [
        ("a friend", "comment", '"For you, immigration is the most important reason to not vote for Trump."')
    ]


def test_commented_on_a_topic_is_no_claim() -> None:
    assert described("The senator commented on the plan at a town hall on Tuesday.") == []
    assert described("The mayor commented on the \"secret\" report at a town hall on Tuesday.") == []


# --- rule quoted_term_after_what ---------------------------------------------------


def test_a_quoted_term_after_what_is_the_named_sources_words() -> None:
    text = 'Cleveland sought the convention in the hopes of shedding what Gilbert called "a perception problem."'
    assert described(text) == [("Gilbert", "call", '"a perception problem."')]


def test_a_quoted_term_after_what_is_only_the_quotation() -> None:
    text = (
        "In 2009, under what Mr. Hedge called ''the prior economy model,'' the country club, a private course "
        "300 miles north of here, charged an initiation fee of $50,000."
    )
    calls = [c for c in extract_claims(text) if c.cue == "call"]
    assert [c.content for c in calls] == ["''the prior economy model,''"], described(text)


def test_an_unquoted_term_after_what_stays_no_claim() -> None:
    text = "Students are angry about what Duncan calls the blaming and shaming of teachers."
    assert [c for c in extract_claims(text) if c.cue == "call"] == []


def test_a_pronoun_before_a_quoted_term_after_what_stays_no_claim() -> None:
    # "he" may mean Mr. Ryan or Mr. Trump, whose name stands nearer: no guess
    text = (
        "Speaker Paul D. Ryan, who was reluctant to endorse Mr. Trump, was more direct in his remarks over "
        "the party's rift - what he called ''our arguments this year.''"
    )
    assert [c for c in extract_claims(text) if c.cue == "call"] == [], described(text)


# --- rule writing_that_says ----------------------------------------------------------


def test_a_letter_that_says_is_the_source_not_the_one_who_released_it() -> None:
    text = (
        "He released a letter from his doctor Friday afternoon that says he has \u201cextraordinarily good "
        "health\u201d for a 63-year-old."
    )
    claims = [c for c in extract_claims(text) if c.cue == "say"]
    assert len(claims) == 1, described(text)
    assert claims[0].rule == "writing_that_says"
    assert claims[0].speaker_span is not None
    assert claims[0].speaker_span.text == "a letter from his doctor"
    assert claims[0].speaker != "He"
    assert claims[0].content == "he has \u201cextraordinarily good health\u201d for a 63-year-old"


def test_a_message_that_said_a_quotation_is_a_claim() -> None:
    text = (
        "The listing was replaced at mid-morning Thursday by a message that said, \"Sorry, but the item you "
        'have requested is no longer in the system."'
    )
    claim = [c for c in extract_claims(text) if c.rule == "writing_that_says"]
    assert [(c.speaker_span.text if c.speaker_span else None, c.content) for c in claim] == [
        ("a message", '"Sorry, but the item you have requested is no longer in the system."')
    ]


def test_a_writing_in_the_subject_claims_only_its_clause() -> None:
    claims = [c for c in extract_claims("The report that said the plan would fail was leaked.") if c.cue == "say"]
    assert [c.content for c in claims] == ["the plan would fail"]


def test_a_writing_that_reads_like_something_is_no_claim() -> None:
    assert described("The company sent customers a note that read like an apology.") == []


# --- rule noun_with_a_quoting_participle ---------------------------------------------


def test_footage_of_someone_asking_gives_her_the_quotation() -> None:
    text = "The ad uses footage of Hillary Clinton asking, \u201cWhy aren\u2019t I 50 points ahead?\u201d"
    claims = [c for c in extract_claims(text) if c.cue == "ask"]
    assert [(c.speaker, c.rule) for c in claims] == [("Hillary Clinton", "noun_with_a_quoting_participle")]
    assert claims[0].content == "\u201cWhy aren\u2019t I 50 points ahead?\u201d"


def test_a_sign_saying_is_the_source_not_the_one_holding_it() -> None:
    text = 'Lori Bernstein held up a sign saying "Jews Against Trump - Because We\'ve Seen This Before."'
    claims = extract_claims(text)
    assert [(c.speaker_span.text if c.speaker_span else None, c.cue) for c in claims] == [("a sign", "say")]


def test_one_of_her_ads_asking_is_the_ads_claim() -> None:
    text = (
        "Kloppenburg tried to tie Bradley to Walker, with one of her ads asking, \u201cIs Rebecca Bradley "
        "independent enough to serve on the Supreme Court?\u201d"
    )
    claims = [c for c in extract_claims(text) if c.cue == "ask"]
    assert [c.speaker_span.text if c.speaker_span else None for c in claims] == ["one of her ads"]


def test_a_name_in_object_position_before_saying_is_no_source() -> None:
    # the participle may be the subject's: no guess that Clinton said it
    text = 'Trump spoke to Clinton saying, "You are a liar."'
    assert all(c.speaker != "Clinton" for c in extract_claims(text)), described(text)


def test_a_statement_saying_stays_the_subjects_claim() -> None:
    text = (
        'After hearing from him, the foreign ministers released a statement saying, "The EU is seriously '
        'concerned about the potential use of chemical weapons in Syria."'
    )
    claims = [c for c in extract_claims(text) if c.cue == "say"]
    assert [c.rule for c in claims] == ["participle_clause"], described(text)
    assert claims[0].speaker_span is not None and claims[0].speaker_span.text == "the foreign ministers"
