"""Claims faults left by earlier work, each fixed by a small named rule,
with a sentence of its kind and a near variant where the rule must not
fire. The sentences are written in the manner of the articles; none is read
from the shared data sets."""

from __future__ import annotations

from summarizer import Claim, extract_claims
from summarizer.summarizers.standalone import is_framing

from .claim_helpers import described, only


# Rule `relative_pronoun_is_never_the_speaker` (PolNeAR train nyt 2016-08-22 s30)
def test_rule_relative_pronoun_is_never_the_speaker() -> None:
    text = ("First there was the paper's deputy editor Bret Stephens, who, after trading insults with "
            "the host, said on the show that too much of the party became an echo chamber.")
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == ("Bret Stephens", "person"), described(text)
    assert claim.content == "too much of the party became an echo chamber"


def test_relative_with_no_aside_reads_as_before() -> None:
    claim = only("First there was the deputy editor Bret Stephens, who said on the show that the party had failed.")
    assert (claim.speaker, claim.content) == ("Bret Stephens", "the party had failed")


def test_health_body_written_who_is_no_relative() -> None:
    claim = only("In Geneva, WHO said the outbreak was slowing.")
    assert (claim.speaker, claim.speaker_kind) == ("WHO", "organisation")


# Rule `relative_pronoun_is_shown_as_none`
def test_rule_relative_pronoun_is_shown_as_none() -> None:
    text = "Officials met Smith in Paris and later Jones, 45, who, after the fight, said they were done."
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind, claim.speaker_span) == (None, "unresolved", None), described(text)
    assert claim.content == "they were done"


# Rule `list_of_names_is_one_source`, for the subject of a passive
def test_list_of_names_is_the_whole_subject_of_a_passive() -> None:
    text = "Smith, Jones and Brown are believed to have fled the country."
    claim = only(text)
    assert claim.content == "Smith, Jones and Brown are believed to have fled the country", described(text)


def test_opener_before_a_pair_is_no_listed_name() -> None:
    claim = only("On Monday, Jones and Brown are believed to have fled the country.")
    assert claim.content == "Jones and Brown are believed to have fled the country"


# Rule `verb_after_a_subject_pronoun` (CNN-Corpus dev 770 s6)
def test_rule_verb_after_a_subject_pronoun() -> None:
    text = ("He currently works in the political affairs office of the president and is believed to be "
            "close to the leader.")
    claim = only(text)
    assert claim.content == "He is believed to be close to the leader", described(text)
    assert claim.hedged


def test_pronoun_before_a_clause_verb_is_not_the_passives_subject() -> None:
    # the man is believed to be abroad, not "They"
    found = [c.content for c in only_believed("They fear the man fled and is believed to be abroad.")]
    assert found == ["to be abroad"]


def test_said_clause_before_a_joined_passive_gives_no_subject() -> None:
    found = [c.content for c in only_believed("She said the man fled and is believed to be in hiding.")]
    assert found == ["to be in hiding"]


def only_believed(text: str) -> list[Claim]:
    return [c for c in extract_claims(text) if c.cue == "believe"]


# Rule `bare_reply_word_is_no_claim` (CNN-Corpus dev 324 s30)
def test_rule_bare_reply_word_is_no_claim() -> None:
    text = ("Other pundits argued that women should carry weapons. No, Maxwell said. "
            "Men should stop raping, and that would solve it.")
    assert [c.speaker for c in extract_claims(text)] == ["Other pundits"], described(text)


def test_reply_after_a_question_in_the_sentence_stays() -> None:
    claim = only("Asked whether she would run again, Smith said no.")
    assert (claim.speaker, claim.content) == ("Smith", "no")


def test_quoted_reply_word_stays() -> None:
    claim = only('"No," Maxwell said.')
    assert (claim.speaker, claim.kind) == ("Maxwell", "direct")


def test_reply_words_are_one_list_for_framing_and_claims() -> None:
    assert is_framing("Of course!") and is_framing("Smith: Absolutely.")
    assert not is_framing("No one knew.")


# Rule `descriptor_opening_the_sentence_is_no_name` (CNN-Corpus dev 173)
def test_rule_descriptor_opening_the_sentence_is_no_name() -> None:
    claim = only("Broadcaster Lee Thomas said he had vitiligo.")
    assert (claim.speaker, claim.speaker_kind, claim.role) == ("Lee Thomas", "person", "broadcaster")


def test_descriptor_before_a_body_stays_the_bodys() -> None:
    assert only("Broadcaster Radio Free Asia said the show was cancelled.").speaker == "Broadcaster Radio Free Asia"


def test_descriptor_before_a_gendered_first_name_stays_as_written() -> None:
    # the cut would make the person a man, and a later "he" his (tests/test_resolve_s25.py HOYLE)
    assert only("Superintendent Sam Hoyle said schools would close.").speaker == "Superintendent Sam Hoyle"


# Rule `apposed_role_is_the_role` (CNN-Corpus dev 860 s14, 878)
def test_rule_apposed_role_is_the_role() -> None:
    claim = only('"It can cost you your life," the group\'s Middle East director, Sarah Leah Whitson, said.')
    assert (claim.speaker, claim.role) == ("Sarah Leah Whitson", "the group's Middle East director")
    claim = only('"It can cost you your life," Sarah Leah Whitson, the group\'s Middle East director, said.')
    assert (claim.speaker, claim.role) == ("Sarah Leah Whitson", "the group's Middle East director")


def test_body_and_person_apposed_show_no_role() -> None:
    claim = only("The agency and its director, John Brennan, said the plan would fail.")
    assert claim.role is None, (claim.speaker, claim.role)
