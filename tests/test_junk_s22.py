"""Junk left by session 21 (junk-s22; closing note s21 "Junk left", QA rounds
58-60 and the claims dump): a fear of people, a participle on a thing before
another cue's quotation, the writer's "may want to" advice, and a timeline
line whose listed source was cut to its last word. Each case has a sentence
of the kind fixed and a near variant that must stay a claim."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import cues, described, only


# Rule `fearing_people_is_no_claim` (CNN dev 117 s40; PolNeAR train wash-post "still feared the military")
@pytest.mark.parametrize("text", [
    "Some patients feared doctors or mistrusted medical advice.",
    "Yin Myint May, a doctor, was elated but still feared the military.",
    "She feared him.",
])
def test_fearing_people_is_no_claim(text: str) -> None:
    assert "fear" not in cues(text), described(text)


@pytest.mark.parametrize(("text", "content"), [
    ("Some patients feared doctors would refuse them care.", "doctors would refuse them care"),
    ("Britain and France feared the re-emergence of a German colossus in Europe.",
     "the re-emergence of a German colossus in Europe"),
    ("She feared her husband would find out.", "her husband would find out"),
])
def test_fearing_a_clause_or_an_event_stays_a_claim(text: str, content: str) -> None:
    claim = only(text)
    assert claim.cue == "fear" and claim.content == content


# Rule `participle_on_a_thing_before_a_quotation_is_no_claim` (PolNeAR train, nyt LinkedIn memo)
def test_a_memo_explaining_a_thing_before_the_main_cues_quotation_is_no_claim() -> None:
    text = ("As the LinkedIn chief executive, Jeff Weiner, put it in his memo to employees explaining the deal, "
            "''Imagine a world where we're no longer looking up at tech titans.''")
    found = extract_claims(text)
    assert [c.cue for c in found] == ["put it"], described(text)
    assert found[0].speaker == "Jeff Weiner"


@pytest.mark.parametrize(("text", "cue"), [
    # a clause after the participle
    ("Weiner sent a memo explaining that the deal would close soon, ''Imagine a world without titans.''",
     "explain"),
    # the participle of the speaker, after a comma
    ("Weiner spoke, explaining the deal, ''Imagine a world where we're no longer looking up at titans.''",
     "explain"),
    # words brought in after a phrase that is no noun phrase of its own (CNN dev 139 s14)
    ("Sen. Pat Toomey and Rep. Patrick Meehan co-signed a letter to the secretary saying in part, "
     "\"You have the ability and authority to intervene.\"", "say"),
    # a hearer, not a topic (PolNeAR train usa-today)
    ("Katie Couric spoke at the ceremony, telling the class of 2014, \"If you're too big for a small job, "
     "you're too small for a big one.\"", "tell"),
])
def test_a_participle_with_a_clause_a_speaker_or_words_stays_a_claim(text: str, cue: str) -> None:
    assert cue in cues(text), described(text)


# Rule `advice_to_want_is_the_writers` (PolNeAR train: huff-post, nyt; web: flawlessfood, instyle)
@pytest.mark.parametrize("text", [
    "Donald Trump may want to check his stats.",
    "Mrs. Clinton might want to try to deliver one.",
    "You may also want to double up on this oil so you can use it for dipping.",
    "Patients may not want to draw obvious attention to themselves.",
    # the cue inside the advice goes with it (CNN dev 161 s35)
    "With this new data, legislators may want to encourage more insurance companies to cover IVF treatments.",
])
def test_may_or_might_want_to_is_the_writers_advice(text: str) -> None:
    assert extract_claims(text) == [], described(text)


@pytest.mark.parametrize("text", [
    "Donald Trump wants to check his stats.",
    "Donald Trump would want to check his stats.",
    "With this new data, legislators want to encourage more insurance companies to cover IVF treatments.",
])
def test_a_wish_told_or_a_conditional_wish_stays_a_claim(text: str) -> None:
    assert only(text).cue == "want"


# Rule `headline_list_under_a_year_label_is_one_source` (QA round 59, 639 s30)
def test_a_listed_subject_under_a_year_label_is_the_source_as_written() -> None:
    text = ("Sterling has faced suits before.\n\n2003: Tenants, nonprofit allege housing discrimination.\n\n"
            "The nonprofit Housing Rights Center sued.")
    claim = only(text)
    assert claim.speaker == "Tenants, nonprofit" and claim.speaker_kind == "unnamed"
    assert claim.speaker_span is not None and claim.speaker_span.text == "Tenants, nonprofit"


@pytest.mark.parametrize("text", [
    "2003: Still, tenants allege Sterling discriminated against them.",  # a fronted adverb
    "2003: In Texas, tenants allege Sterling discriminated against them.",  # a fronted phrase
    "Tenants, nonprofit allege Sterling discriminated against them.",  # no year label
])
def test_a_fronted_word_or_no_label_leaves_the_source_as_it_was(text: str) -> None:
    claim = only(text)
    assert claim.speaker_span is not None and "," not in claim.speaker_span.text, described(text)


# Rule `consequence_of_a_gerund_act_is_no_hedge` (rerun s20, qa56/401 s3). The session-7 test
# (test_claims_hedge_s7b.py, `backshift_is_no_hedge`) keeps "tells reporters that Berlin would sign"
# hedged: after a present cue, "would" is no reported future and whether an actor acts is left open.
# A gerund with its object as the subject is an act proposed, and "would" states what it brings.
@pytest.mark.parametrize("text", [
    '"In fact, taking a strong step toward granting relief would move us forward," the letter states.',
    '"Cutting taxes would help the economy," Smith says.',
])
def test_would_after_a_gerund_act_is_no_hedge(text: str) -> None:
    assert not only(text).hedged


@pytest.mark.parametrize("text", [
    "The minister tells reporters that Berlin would sign new orders.",  # an actor: session 7 stays
    '"Relief would move us forward," Smith states.',
    '"Cutting taxes could help the economy," Smith says.',  # a possibility
    '"Funding for the program would run out by March," Smith says.',  # a noun in -ing
    '"Nothing would change," Smith says.',
])
def test_would_after_an_actor_or_could_after_a_gerund_stays_hedged(text: str) -> None:
    assert only(text).hedged
