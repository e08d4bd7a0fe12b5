"""The attributed-claim tagger: each pattern with a real news sentence.

Sentences come from PolNeAR (political news, 2016), the BBC News Summary
set and CNN, copied here so the tests never read ../shared.
"""

from __future__ import annotations

import pytest

from summarizer import Claim, extract_claims
from summarizer.claims import is_hedged
from summarizer.claims.lexicon import cue_forms, inflections
from summarizer.claims.text import find_quotes


def only(text: str) -> Claim:
    found = extract_claims(text)
    assert len(found) == 1, [(c.cue, c.content) for c in found]
    return found[0]


def assert_offsets(text: str, claim: Claim) -> None:
    for span in [claim.cue_span, claim.content_span, claim.speaker_span, *claim.content_parts]:
        if span is not None:
            assert text[span.start : span.end] == span.text


# --- the demo article -----------------------------------------------------------------


def test_demo_article_has_exactly_its_four_claims(demo_text: str) -> None:
    found = extract_claims(demo_text)
    assert [(c.speaker, c.cue_span.text) for c in found] == [
        ("Jens Stoltenberg", "outlined"),
        ("Jens Stoltenberg", "emphasized"),
        ("Jens Stoltenberg", "urged"),
        ("Dmytro Kuleba", "signaled"),
    ]
    assert [c.hedged for c in found] == [False, False, False, True]
    assert found[0].role == "Secretary General"
    assert found[3].role == "Foreign Minister"
    assert found[1].content == "increasing defense production is crucial"
    # "member states" is no cue: a +clause cue that is not followed by a clause does not cut the content
    assert found[0].content.endswith("expanded production capacity across member states")
    assert found[2].speaker_span and found[2].speaker_span.text == "the Secretary General"
    assert [c.cue for c in found] == ["outline", "emphasize", "urge", "signal"]
    assert [c.cue_class for c in found] == ["assertive", "assertive", "directive", "tentative"]
    for claim in found:
        assert_offsets(demo_text, claim)
        assert claim.kind == "indirect"


def test_demo_boilerplate_gives_no_claim(demo_text: str) -> None:
    boilerplate_start = demo_text.index("Previous Article")
    assert all(c.cue_span.start < boilerplate_start for c in extract_claims(demo_text))
    # The teaser line "Taxation rules ... explained" alone would be tagged if it were body text.
    assert extract_claims("The minister explained that taxation rules for lottery prizes had changed.")


# --- direct quotes -----------------------------------------------------------------


def test_quote_then_speaker_and_cue() -> None:
    text = '"6 months from today, our city will be an even healthier place," Bloomberg tweeted on Thursday.'
    claim = only(text)
    assert (claim.speaker, claim.cue, claim.kind) == ("Bloomberg", "tweet", "direct")
    assert claim.content == '"6 months from today, our city will be an even healthier place,"'
    assert_offsets(text, claim)


def test_quote_then_inverted_said_with_appositive() -> None:
    text = (
        '"China won\'t allow any new tobacco factories to be built, including joint ventures", said Xing Wangli, '
        "a spokesman for the State Tobacco Administration Monopoly quoted in China Daily."
    )
    claim = only(text)
    assert claim.speaker == "Xing Wangli"
    assert claim.kind == "direct"
    assert claim.content.startswith('"China won')


def test_speaker_colon_quote() -> None:
    text = "Lombardi said: \u201cI\u2019m not expecting anything.\u201d"
    claim = only(text)
    assert (claim.speaker, claim.kind) == ("Lombardi", "direct")
    assert claim.content == "\u201cI\u2019m not expecting anything.\u201d"


def test_quote_split_by_its_attribution() -> None:
    text = (
        "\u201cJudge,\u201d Brafman said, \u201cI have never had that happen in any case in thirty-seven years. "
        "I have never had a defendant who actually pled on the eve of trial lose his two points.\u201d"
    )
    claim = only(text)
    assert claim.speaker == "Brafman"
    assert claim.content_parts[0].text == "\u201cJudge,\u201d"
    assert claim.content_parts[1].text.endswith("two points.\u201d")
    assert claim.kind == "direct"
    assert_offsets(text, claim)


def test_quote_running_into_the_next_paragraph() -> None:
    text = (
        "Brafman said, \u201cThe zeal with which this case was brought is uncharacteristic of any case.\n\n"
        "\u201cIn this case we have found nothing like it.\u201d\n\nThe judge listened."
    )
    claim = only(text)
    assert claim.content_span.text.endswith("nothing like it.\u201d")
    assert claim.content_span.start == text.index("\u201cThe zeal")


def test_uk_single_quotes() -> None:
    text = "'We are not going to be bullied into a decision,' the minister told the BBC."
    claim = only(text)
    assert claim.kind == "direct"
    assert claim.content == "'We are not going to be bullied into a decision,'"
    assert claim.speaker == "the minister"


def test_quote_told_the_bbc_with_named_appositive() -> None:
    text = (
        '"In our opinion it is a generic designation," Hans Arne Kristiansen, a spokesman for the Danish Dairy '
        "Board, told the BBC."
    )
    claim = only(text)
    assert claim.speaker == "Hans Arne Kristiansen"
    assert claim.cue == "tell"


# --- reported speech -----------------------------------------------------------------


def test_reported_speech_with_that_and_hearer() -> None:
    text = (
        "McConnell told reporters that he had a conversation with the candidate Tuesday morning, the first "
        "time the two men spoke since December."
    )
    claim = only(text)
    assert (claim.speaker, claim.cue, claim.kind) == ("McConnell", "tell", "indirect")
    assert claim.content.startswith("he had a conversation")


def test_reported_speech_without_that_and_adjunct() -> None:
    text = "The Pentagon said its cost from April 1 through September 30 was about $1.1 billion."
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == ("Pentagon", "organisation")
    assert claim.content == "its cost from April 1 through September 30 was about $1.1 billion"


def test_said_in_a_statement_that_mixed_quote() -> None:
    text = (
        'The White House said in a statement that Obama "reiterated his strong support for the preservation '
        "of Tibet's unique religious, cultural, and linguistic traditions\" in China."
    )
    claim = only(text)
    assert claim.kind == "mixed"
    assert claim.content.startswith("Obama")


def test_adjuncts_between_cue_and_content() -> None:
    text = (
        "During a town hall-style meeting in Cedar Rapids, Iowa, Rubio told reporters Tuesday that the "
        "president\u2019s new executive actions on guns undermine Americans\u2019 constitutional right to bear arms."
    )
    claim = only(text)
    assert claim.speaker == "Rubio"
    assert claim.content.startswith("the president\u2019s new executive actions")


def test_said_would_without_that_is_one_mixed_claim_not_hedged() -> None:
    text = "He said it wouldn\u2019t happen if voters \u201ccontinue to elect corporate Democratic whores.\u201d"
    claim = only(text)
    assert claim.cue == "say"
    assert claim.kind == "mixed"
    assert claim.hedged is False  # "would" reports his prediction; "said" does not weaken it


def test_participle_clause_takes_the_sentence_subject() -> None:
    text = "Trump attacked Clinton on Tuesday, saying she had lied to the families of the victims."
    claim = only(text)
    assert claim.speaker == "Trump"
    assert claim.content == "she had lied to the families of the victims"


# --- according to, unnamed and institutional sources -----------------------------------------


def test_according_to_first() -> None:
    text = "According to a recent poll of Indiana voters, Trump garnered 30% of respondents\u2019 votes."
    claim = only(text)
    assert claim.kind == "according_to"
    assert claim.speaker_span and claim.speaker_span.text == "a recent poll of Indiana voters"
    assert claim.content.startswith("Trump garnered")


def test_according_to_last() -> None:
    text = "The GOP leaners in the area seem enamored with Trump, according to Politico."
    claim = only(text)
    assert (claim.speaker, claim.kind) == ("Politico", "according_to")
    assert claim.content == "The GOP leaners in the area seem enamored with Trump"


def test_clause_final_officials_said() -> None:
    text = (
        "About 270 people have now been resettled into the U.S. under the Central American Minors program, "
        "officials said."
    )
    claim = only(text)
    assert claim.speaker == "officials"
    assert claim.content.startswith("About 270 people")
    assert claim.kind == "indirect"


def test_sources_told_the_bbc() -> None:
    text = (
        "Government sources told the BBC they had reached a final settlement with the former spy, which he has "
        "been able to appeal."
    )
    claim = only(text)
    assert claim.speaker == "Government sources"
    assert claim.content.startswith("they had reached")


def test_officials_who_spoke_on_condition_of_anonymity() -> None:
    text = (
        "The training covers the monitoring and securing of stockpiles of weapons, said the officials, who spoke "
        "on condition of anonymity because they were not authorized to discuss the issue."
    )
    claim = only(text)
    assert claim.speaker_span and claim.speaker_span.text == "the officials"
    assert claim.content.startswith("The training covers")


def test_outlet_reports() -> None:
    text = "Citing local news outlets, the Associated Press reports that Hess almost missed Flight 804."
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == ("Associated Press", "organisation")
    assert claim.cue_class == "report"


def test_interview_with_between_cue_and_content() -> None:
    text = "Pate claimed in an interview with Breitbart News that he\u2019s not backing any particular candidate."
    claim = only(text)
    assert (claim.speaker, claim.cue) == ("Pate", "claim")
    assert claim.content == "he\u2019s not backing any particular candidate"


def test_as_x_put_it() -> None:
    text = "As Kuleba put it, the aid could arrive promptly after the New Year holidays."
    claim = only(text)
    assert claim.speaker == "Kuleba"
    assert claim.content.startswith("the aid could arrive")
    assert claim.hedged


# --- claims with no speaker -----------------------------------------------------------------


def test_it_is_expected_that_has_no_speaker() -> None:
    claim = only("It is expected that it will be made public next week.")
    assert claim.speaker is None and claim.speaker_span is None
    assert claim.content == "it will be made public next week"
    assert claim.hedged


def test_is_reported_to_has_no_speaker() -> None:
    text = (
        "The Paris-based exchange, owner of Liffe in London, is reported to be ready to raise \u00a31.4bn "
        "to fund a bid."
    )
    claim = only(text)
    assert claim.speaker is None
    assert "ready to raise" in claim.content


def test_reportedly() -> None:
    text = "The Club for Growth is reportedly spending $1.5 million on television advertisements."
    claim = only(text)
    assert claim.speaker is None and claim.cue == "reportedly"
    assert claim.hedged


# --- what is not a claim -----------------------------------------------------------------


def test_a_non_source_subject_is_no_claim() -> None:
    text = (
        "Recent communications between senior defense officials underscored the ongoing close coordination "
        "among NATO members and Kyiv."
    )
    assert extract_claims(text) == []


def test_cue_word_as_a_noun_is_no_claim() -> None:
    assert extract_claims("The reports were filed on Tuesday and his claims were dismissed.") == []


def test_nested_cue_inside_a_quote_is_not_a_second_claim() -> None:
    text = "Smith said, \u201cI think we will win, and I believe the voters know it.\u201d"
    claim = only(text)
    assert claim.cue == "say"


# --- speaker resolution -----------------------------------------------------------------


def test_pronoun_resolves_to_the_last_speaker() -> None:
    text = (
        "Senator Marco Rubio said the plan would fail. The vote is on Tuesday.\n\nHe added that the party was united."
    )
    found = extract_claims(text)
    assert [c.speaker for c in found] == ["Marco Rubio", "Marco Rubio"]
    assert found[1].speaker_span and found[1].speaker_span.text == "He"
    assert found[0].role == "Senator"


def test_surname_and_title_resolve_to_the_full_name() -> None:
    text = (
        "Ukrainian Foreign Minister Dmytro Kuleba met allies in Brussels.\n\n"
        "Kuleba said the talks went well. The Foreign Minister added that more aid was needed."
    )
    found = extract_claims(text)
    assert [c.speaker for c in found] == ["Dmytro Kuleba", "Dmytro Kuleba"]


# --- lexicon, hedges, quotes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "form"),
    [
        ("emphasize", "emphasised"),
        ("emphasize", "emphasizing"),
        ("say", "said"),
        ("deny", "denied"),
        ("admit", "admitted"),
        ("point out", "pointing out"),
        ("call on", "called on"),
        ("tell", "told"),
        ("signal", "signalled"),
        ("signal", "signaled"),
        ("criticize", "criticises"),
    ],
)
def test_cue_inflections_and_spellings(lemma: str, form: str) -> None:
    assert cue_forms()[tuple(form.split())].lemma == lemma


def test_regular_inflection() -> None:
    assert inflections("state") == {"state", "states", "stated", "stating"}
    assert inflections("deny") == {"deny", "denies", "denied", "denying"}
    assert inflections("stress") == {"stress", "stresses", "stressed", "stressing"}


def test_every_issue_cue_is_in_the_lexicon() -> None:
    required = [
        "say",
        "tell",
        "add",
        "state",
        "note",
        "explain",
        "claim",
        "argue",
        "insist",
        "emphasize",
        "emphasise",
        "stress",
        "underscore",
        "warn",
        "caution",
        "signal",
        "suggest",
        "hint",
        "indicate",
        "outline",
        "urge",
        "demand",
        "ask",
        "announce",
        "confirm",
        "deny",
        "reject",
        "acknowledge",
        "admit",
        "concede",
        "predict",
        "promise",
        "pledge",
        "vow",
        "threaten",
        "believe",
        "think",
        "expect",
        "report",
        "reveal",
        "write",
        "tweet",
        "accuse",
        "allege",
        "describe",
    ]
    forms = cue_forms()
    for verb in required:
        assert (verb,) in forms, verb
    for phrase in ("point out", "call on", "call for", "according to"):
        assert tuple(phrase.split()) in forms


def test_hedges_ignore_embedded_whether_clauses() -> None:
    assert is_hedged("aid could arrive promptly")
    assert is_hedged("the deal is expected to close in March")
    assert not is_hedged("allies to review agreements to determine whether Ukraine could access equipment")
    assert not is_hedged("increasing defense production is crucial")


def test_find_quotes_curly_straight_and_continued() -> None:
    text = 'He said \u201cWe will win,\u201d and "soon".\n\n\u201cPara one\n\n\u201cPara two.\u201d done.'
    quotes = [text[s:e] for s, e in find_quotes(text).spans]
    assert quotes == ["\u201cWe will win,\u201d", '"soon"', "\u201cPara one\n\n\u201cPara two.\u201d"]


def test_possessive_apostrophes_are_not_single_quotes() -> None:
    text = "The alliance\u2019s chief said NATO\u2019s members\u2019 budgets must grow."
    assert find_quotes(text).spans == ()


def test_json_fields(demo_text: str) -> None:
    data = extract_claims(demo_text)[3].to_dict()
    assert set(data) >= {
        "speaker",
        "speaker_span",
        "cue",
        "cue_class",
        "cue_span",
        "content",
        "content_span",
        "kind",
        "hedged",
        "sentence",
    }
    assert data["speaker_span"]["text"] == "Ukrainian Foreign Minister Dmytro Kuleba"
    assert demo_text[data["cue_span"]["start"] : data["cue_span"]["end"]] == "signaled"


def test_quote_continues_after_the_attribution() -> None:
    text = (
        "\u201cCNN has done an awful job this election,\u201d Barkley said. \u201cThey have followed ratings and "
        "sound bites this entire cycle.\u201d\n\nThe network did not respond."
    )
    claim = only(text)
    assert claim.speaker == "Barkley"
    assert [p.text for p in claim.content_parts] == [
        "\u201cCNN has done an awful job this election,\u201d",
        "\u201cThey have followed ratings and sound bites this entire cycle.\u201d",
    ]


def test_coordinated_cue_takes_the_sentence_subject() -> None:
    text = (
        "Wilson praised Rubio\u2019s positions on national defense and said the Florida senator can "
        "\u201cbring positive change\u201d to Washington."
    )
    claims = [c for c in extract_claims(text) if c.cue == "say"]
    assert len(claims) == 1
    assert claims[0].speaker == "Wilson"
    assert claims[0].content.startswith("the Florida senator can")
    assert claims[0].kind == "mixed"


def test_rule_writer_gloss_ends_content() -> None:
    # The demo article: ", highlighting ..." is the writer's comment, not Kuleba's claim.
    text = (
        "In related developments, Ukrainian Foreign Minister Dmytro Kuleba signaled that aid from the United "
        "States Congress could arrive promptly after the New Year holidays, highlighting the political and "
        "legislative processes that shape international support."
    )
    (claim,) = extract_claims(text)
    assert claim.content == "aid from the United States Congress could arrive promptly after the New Year holidays"
    assert text[claim.content_span.start : claim.content_span.end] == claim.content
