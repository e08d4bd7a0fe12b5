"""Real attributed claims the tagger missed (session 25, recall-s25): taking
sides and attacking in words ("lashed out at", "sided with", "attacked ...
for ..."), counted on PolNeAR train misses. "Attacked" is most often a
physical act in general news, so it is a claim only with the charge it makes
(rule `attack_needs_its_charge`, cues.txt +reason)."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import only


def _shown(sentence: str) -> tuple[str | None, str, str]:
    claim = only(sentence)
    speaker = claim.speaker or (claim.speaker_span.text if claim.speaker_span else None)
    return speaker, claim.cue, claim.content


# Rule `attack_needs_its_charge` (PolNeAR train: 'First, Donald Trump attacked former Republican
# presidential nominee Mitt Romney for being a "failed candidate."', "Sanders has attacked Clinton
# as being too cozy with Wall Street ...")
@pytest.mark.parametrize(("sentence", "speaker", "content"), [
    ('First, Donald Trump attacked former Republican presidential nominee Mitt Romney for being a '
     '"failed candidate."', "Donald Trump",
     'former Republican presidential nominee Mitt Romney for being a "failed candidate."'),
    ("Sanders has attacked Clinton as being too cozy with Wall Street.", "Sanders",
     "Clinton as being too cozy with Wall Street"),
    ("Patti Davis attacked Trump for comments made this week about Hillary Clinton.", "Patti Davis",
     "Trump for comments made this week about Hillary Clinton"),
])
def test_an_attack_with_its_charge_is_a_claim(sentence: str, speaker: str, content: str) -> None:
    assert _shown(sentence) == (speaker, "attacked", content)


@pytest.mark.parametrize("sentence", [
    # the near variants: an act, a time after "for", a passive (the one attacked is no speaker)
    "Gunmen attacked the country's main airport with mortars Saturday.",
    "Militants attacked the convoy for two hours.",
    "Rebels attacked the town for the second time this year.",
    "Rubio has been attacked for his votes on immigration.",
    "They attacked the USS Cole, killing 17 American sailors.",
    "The candidates traded personal attacks for much of the debate.",
])
def test_an_attack_without_a_charge_is_no_claim(sentence: str) -> None:
    assert [c.cue for c in extract_claims(sentence)] == []


# PolNeAR train: "Putin chides Turkey ... and lashed out at Turkey for having shot down a Russian
# bomber", CNN dev: "A judge later sided with the hospital in declaring her dead." Like the other
# stance cues (junk_readings.txt stance_cues), with a reason or a purpose after the object only
@pytest.mark.parametrize(("sentence", "speaker", "cue", "content"), [
    ("Putin lashed out at Turkey for having shot down a Russian bomber.", "Putin", "lash out at",
     "Turkey for having shot down a Russian bomber"),
    ("A judge later sided with the hospital in declaring her dead.", "A judge", "sided with",
     "the hospital in declaring her dead"),
])
def test_taking_sides_in_words_is_a_claim(sentence: str, speaker: str, cue: str, content: str) -> None:
    assert _shown(sentence) == (speaker, cue, content)


@pytest.mark.parametrize("sentence", [
    # "sides" and "side" as nouns: no cue ("sided with" is the only form listed)
    "He embraced his American and Cuban sides with equal gusto.",
    "The side with the most votes wins the seat.",
    # Rule `stance_on_a_bare_noun_phrase_is_no_claim`: whom, not what (PolNeAR train: "Donald Trump
    # lashed out at Khan", "Hillary Clinton, for her part, sided with Guardian.")
    "Donald Trump lashed out at Khan.",
    "Hillary Clinton, for her part, sided with Guardian.",
    # the charge is left to "saying" (tests/test_claims_late_s12.py)
    "Trump attacked Clinton on Tuesday.",
])
def test_side_as_a_noun_or_a_bare_stance_is_no_claim(sentence: str) -> None:
    assert [c.cue for c in extract_claims(sentence)] == []


def _claims(sentence: str) -> list[tuple[str | None, str, str]]:
    return [(c.speaker_span.text if c.speaker_span else None, c.cue, c.content) for c in extract_claims(sentence)]


# Rule `joined_name_with_its_apposition_ends_content` (PolNeAR train: "The White House contends that it
# is still on track to meet those targets, and Brian Deese, the White House climate change adviser,
# said he and his staff were preparing models ...")
def test_a_joined_name_with_its_apposition_opens_its_own_claim() -> None:
    assert _claims("The White House contends that it is still on track to meet those targets, and Brian Deese, "
                   "the White House climate change adviser, said he and his staff were preparing models.") == [
        ("The White House", "contend", "it is still on track to meet those targets"),
        ("Brian Deese, the White House climate change adviser", "say", "he and his staff were preparing models"),
    ]


def test_an_apposition_with_no_joined_name_stays_in_the_content() -> None:
    assert _claims("He said the plan, the third this year, failed.") == [
        ("He", "say", "the plan, the third this year, failed")]


# Rule `parenthetical_source_before_a_joined_speaker` (PolNeAR train: "The aircraft was insured at a
# value of $35 million in 2011, records show, and aviation experts say it is currently worth about
# $18 million.")
def test_a_joined_speaker_after_a_parenthetical_source_speaks_for_itself() -> None:
    assert _claims("The aircraft was insured at a value of $35 million in 2011, records show, and aviation "
                   "experts say it is currently worth about $18 million.") == [
        ("records", "show", "The aircraft was insured at a value of $35 million in 2011"),
        ("aviation experts", "say", "it is currently worth about $18 million"),
    ]


def test_a_joined_clause_with_no_speaker_stays_the_parenthetical_sources() -> None:
    (found,) = _claims("The deal was off, he said, and the talks would end.")
    assert found[:2] == ("he", "say") and found[2].startswith("The deal was off") \
        and found[2].endswith("and the talks would end")


def test_a_joined_pronoun_subject_goes_on_with_the_parenthetical_sources_words() -> None:
    # CNN dev 446: "she" is Rihanna, named in the content; the whole sentence is Anitai's
    (found,) = _claims("Rihanna has been in the game for a long time, Anitai said, and she wants people to know "
                       "that she makes her own decisions.")
    assert found[:2] == ("Anitai", "say") and found[2].endswith("she makes her own decisions")


# Rule `uncharged_attack_cuts_nothing` (PolNeAR train: "... complained ... that Sanders had ignored her
# call to admit his stance on the lawsuit is wrong and instead attacked his rival ..." lost its end)
def test_an_attack_inside_a_content_does_not_cut_it() -> None:
    (found,) = _claims("Smith complained that Sanders had ignored her call and instead attacked his rival.")
    assert found == ("Smith", "complain", "Sanders had ignored her call and instead attacked his rival")


def test_a_said_clause_after_and_still_ends_the_content() -> None:
    assert [c[1] for c in _claims("Smith complained that Sanders had ignored her call, and Jones said he lied.")] \
        == ["complain", "say"]


def test_reportedly_before_attacked_stays_a_cue() -> None:
    # tests/test_brief_s6.py: the evidential keeps its claim before the +reason cue
    assert [c[1] for c in _claims("A female police inspector was reportedly attacked.")] == ["reportedly"]
