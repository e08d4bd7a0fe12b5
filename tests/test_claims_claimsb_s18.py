"""Claim kinds of QA round 51 (session 18, claimsb-s18): each kind has a
sentence it changes and a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims.text import find_quotes
from tests.claim_helpers import described, last_speaker_and_kind, speakers_and_roles


# Rule `view_phrase_inside_a_quotation_frames_only_its_words` (QA round 51, 417 s6)
def test_a_view_phrase_inside_a_quotation_is_no_attribution_of_it() -> None:
    text = ("\"The court is a credit to our commitment to do justice by 'him who shall have borne the battle' "
            "in President Lincoln's words,'\" said Justice Antonin Scalia in April.")
    claims = extract_claims(text)
    assert [(c.speaker, c.cue, c.rule) for c in claims] == [("Antonin Scalia", "say", "inverted_attribution")], \
        described(text)
    assert claims[0].content.startswith('"The court is a credit'), described(text)


@pytest.mark.parametrize(("text", "triple"), [
    ("The plan, in Smith's view, is \"a disaster in the making.\"",
     ("Smith", "in view", 'is "a disaster in the making."')),
    ("In Mr. Connolly's view, the agreement will not survive the election.",
     ("Connolly", "in view", "the agreement will not survive the election")),
])
def test_a_view_phrase_outside_a_quotation_stays(text: str, triple: tuple[str, str, str]) -> None:
    assert described(text) == [triple], described(text)


def test_a_view_phrase_closing_a_quotation_leaves_the_attribution_after_it() -> None:
    text = "\"The nation must care for him who has borne the battle, in Lincoln's words,\" Smith said."
    assert [(c.speaker, c.cue) for c in extract_claims(text)] == [("Smith", "say")], described(text)


def test_a_view_phrase_framing_words_of_its_own_quotation_stays() -> None:
    text = "Smith spoke. \"The nation must care for him who has borne the battle, in Lincoln's words.\""
    assert described(text) == [("Lincoln", "in view", "\"The nation must care for him who has borne the battle")], \
        described(text)


MAIN_SPEAKER = ('"We are human beings, not animals," Mahmoud Al Houli told CNN by telephone.\n\n'
                'He said conditions in the town were "desperate," with food running low.\n\n')


# Rules `relative_cue_keeps_its_speaker` and `joined_cue_keeps_its_described_speaker` (QA round 51, 682 s7)
@pytest.mark.parametrize("sentence", [
    'On Tuesday, a United Nations official said it was "clear" that government forces were involved in the '
    'slaughter last Friday, which he said was "an abominable crime."',
    'On Tuesday, a United Nations official said it was "clear" that government forces were involved in the '
    'slaughter, and he said it was "an abominable crime."',
])
def test_he_of_a_second_cue_is_the_described_speaker_of_the_first(sentence: str) -> None:
    text = MAIN_SPEAKER + sentence
    assert last_speaker_and_kind(text) == ("a United Nations official", "unnamed"), described(text)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('On Tuesday, Rupert Colville said government forces were involved in the slaughter, which he said was '
     '"an abominable crime."', ("Rupert Colville", "person")),
    # a spokeswoman is no "he", and the sentence names no one who is: unresolved (claims2-s18, rule
    # `relative_cue_without_its_speaker_is_unresolved`), never the article's main speaker
    ('On Tuesday, a United Nations spokeswoman said government forces were involved in the slaughter, which he '
     'said was "an abominable crime."', ("he", "unresolved")),
    ('On Tuesday, a United Nations official said government forces were involved in the slaughter. He said it '
     'was "an abominable crime."', ("a United Nations official", "unnamed")),
])
def test_a_named_first_speaker_or_another_gender_stays(sentence: str, speaker: tuple[str, str]) -> None:
    text = MAIN_SPEAKER + sentence
    assert last_speaker_and_kind(text) == speaker, described(text)


# Rule `relay_after_a_brought_in_quotation_is_no_claim` (QA round 51, 528 s17), with "newsletter"
# a document (source_nouns.txt)
@pytest.mark.parametrize(("text", "triple"), [
    ('He was substituted a short time later after he asked: "Is this the final?" the newsletter reported.',
     ("he", "ask", '"Is this the final?"')),
    ('Asked about the ban, Trump said: "There will always be exceptions," the Times reported.',
     ("Trump", "say", '"There will always be exceptions,"')),
])
def test_a_relay_after_a_quotation_brought_in_leaves_it_to_its_speaker(
        text: str, triple: tuple[str, str, str]) -> None:
    assert described(text) == [triple], described(text)


@pytest.mark.parametrize(("text", "triple"), [
    ('"Is this the final?" the newsletter reported.', ("the newsletter", "report", '"Is this the final?"')),
    ('Francis criticized the rich, saying: "Today no one is safe," he said.',
     ("Francis", "say", '"Today no one is safe,"')),
])
def test_a_quotation_the_relay_alone_brings_in_stays(text: str, triple: tuple[str, str, str]) -> None:
    assert described(text) == [triple], described(text)


# Rule `quotation_after_a_colon_inside_a_quotation_nests` (QA round 51, 528 s19-24; claims/text.py)
@pytest.mark.parametrize("text", [
    '"That is in line with the principle: "When in doubt, sit them out". This topic has the highest '
    'priority," Blatter said.',
    "\u201cThat is in line with the principle: \u201cWhen in doubt, sit them out\u201d. This topic has the "
    "highest priority,\u201d Blatter said.",
])
def test_a_quotation_cited_after_a_colon_inside_a_quotation_keeps_it_whole(text: str) -> None:
    claims = extract_claims(text)
    assert [(c.speaker, c.cue) for c in claims] == [("Blatter", "say")], described(text)
    assert claims[0].content.endswith("highest priority,\u201d") or claims[0].content.endswith('priority,"'), \
        described(text)
    assert "principle:" in claims[0].content, described(text)


def test_a_cited_quotation_closing_its_paragraph_closes_the_outer_one() -> None:
    text = 'Blatter wrote in the newsletter.\n\n"That is the principle: "When in doubt, sit them out."\n\nNext.'
    assert find_quotes(text).spans == ((34, 88),)


@pytest.mark.parametrize("text", [
    '"We won," he said: "Next year we will win too."',
    'He said: "We will win." She said: "We will not."',
])
def test_a_quotation_after_a_colon_outside_a_quotation_is_its_own(text: str) -> None:
    assert len(find_quotes(text).spans) == 2


# Rule `participle_after_an_inverted_speaker` with `time_or_medium_leaves_the_inverted_source`
# (QA round 51, 456 s18): the participle's source ends where the inverted attribution's does
def test_a_participle_after_a_pair_of_inverted_writers_is_the_pairs() -> None:
    text = ('"Caesar could take on many roles," wrote Tim Brooks and Earle Marsh in the reference book, '
            'calling him a "comic genius."')
    assert [c.speaker for c in extract_claims(text)] == ["Tim Brooks and Earle Marsh"] * 2, described(text)


@pytest.mark.parametrize(("text", "speakers"), [
    ('"Caesar could take on many roles," said Tim Brooks in a statement, calling him a "comic genius."',
     ["Tim Brooks", "Tim Brooks"]),
    ('"There is less drive," said Pat Rynard, managing editor of Iowa Starting Line, explaining why the race '
     'is close.', ["Pat Rynard", "Pat Rynard"]),
])
def test_a_participle_after_one_inverted_speaker_stays(text: str, speakers: list[str]) -> None:
    assert [c.speaker for c in extract_claims(text)] == speakers, described(text)


# Rules `role_after_its_holders_possessive`, `two_roles_joined` and "to" in claim_grammar.txt
# affiliation_prepositions (web test s18, observer: the role written after the name was dropped)
@pytest.mark.parametrize(("text", "role"), [
    ("\u201cWe are fully mobilized,\u201d said Laurence des Cars, the museum\u2019s president and director, "
     "in an interview with Le Figaro.", "president and director"),
    ('"We are delighted," said Jean-Paul Claverie, advisor to Arnault.', "advisor"),
    ('"We are delighted," said John Smith, the company\u2019s chief executive.', "chief executive"),
    ('"We are delighted," said Jane Doe, the ambassador to France.', "ambassador"),
])
def test_a_role_written_after_the_name_is_shown(text: str, role: str) -> None:
    assert [r for _, r in speakers_and_roles(text)] == [role], described(text)


@pytest.mark.parametrize("text", [
    '"We won," said Jane Doe, the victim\u2019s mother.',
    '"We won," said Jane Doe, an adviser to the president.',
    '"We won," said Jane Doe, an expert on Iran at Harvard.',
])
def test_a_relation_or_a_role_cut_from_its_complement_shows_none(text: str) -> None:
    assert [r for _, r in speakers_and_roles(text)] == [None], described(text)


# Rule `cue_word_in_a_compound_noun_is_no_cue`, the walks' side (web test s18, newrepublic: the
# Brookings claim was missed)
def test_think_of_think_tanks_does_not_cut_the_subject_of_a_joined_cue() -> None:
    text = ("Even centrist think tanks like the Brookings Institution have recognized the dangerous rise of "
            "monopolies and argued that the concentration of economic power brings with it higher prices.")
    assert [(c.cue, c.content) for c in extract_claims(text)] == \
        [("argue", "the concentration of economic power brings with it higher prices")], described(text)


def test_i_think_before_tanks_still_opens_no_claim_of_the_tanks() -> None:
    text = "I think tanks will roll into the city."
    assert extract_claims(text) == [], described(text)
