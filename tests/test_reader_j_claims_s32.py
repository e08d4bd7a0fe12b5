"""Claims a reader found missing, cut short or made of junk in features on a
go-kart racer, dog bites, a police trial and holiday grief. Each rule has a
sentence of its kind, written for the test, and a near variant where it must
not fire."""

from __future__ import annotations

from summarizer import extract_claims
from summarizer.mentions import find_mentions

from .claim_helpers import described, only


# Rule `possessive_her_opens_an_inverted_source`
def test_rule_possessive_her_opens_an_inverted_source() -> None:
    text = '"She is doing fine," said her father, Mark Lane.'
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind, claim.content) == ("Mark Lane", "person", '"She is doing fine,"'), \
        described(text)


def test_possessive_her_source_without_a_name_is_kept_as_written() -> None:
    claim = only('"She ran a clever race," added her jockey.')
    assert claim.speaker_span is not None and claim.speaker_span.text == "her jockey"
    assert claim.content == '"She ran a clever race,"'


def test_her_as_an_object_after_a_participle_is_still_no_source() -> None:
    # near variant: "reported her to the police" is an act; "her" is its object
    text = "The bank found the transfer, reported her to the police."
    assert not any(c.cue == "report" for c in extract_claims(text)), described(text)


def test_her_before_a_clause_after_the_cue_is_no_inverted_source() -> None:
    # near variant: "her group" is the subject of what she says, not a source after the cue
    text = 'Ann Ross, the network\'s "weaver," says her group "firmly" backs the tribe.'
    assert all(c.speaker_span is None or c.speaker_span.text != "her group" for c in extract_claims(text)), \
        described(text)


# Rules `inverted_description_before_a_bracket` and `long_body_name_is_one_affiliation`
def test_rule_inverted_description_before_a_bracket() -> None:
    text = ('"Children tease pets without meaning to," says animal trainer Laura Blake of the American '
            "Society for the Prevention of Cruelty to Farm Animals (ASPCFA.org).")
    claim = only(text)
    assert (claim.speaker, claim.content) == ("Laura Blake", '"Children tease pets without meaning to,"'), \
        described(text)


def test_rule_long_body_name_is_one_affiliation() -> None:
    text = ('"Children tease pets without meaning to," says animal trainer Laura Blake of the American '
            "Society for the Prevention of Cruelty to Farm Animals.")
    assert only(text).speaker == "Laura Blake", described(text)


def test_long_description_with_lower_case_words_after_of_stays_too_long() -> None:
    # near variant: past the limit, a lower-case tail is no body's name
    text = ('"Children tease pets without meaning to," says animal trainer Laura Blake of the society '
            "for the protection of domestic pets and farm animals of all kinds.")
    assert [c.speaker for c in extract_claims(text)] in ([], [None]), described(text)


# Rule `lone_capitals_label_over_a_headline_is_a_link`
LINK_ARTICLE = ("Dogs bite thousands of children every year.\n\n"
                "PNW: Trained dogs track rare turtles in the marsh.\n\n"
                "Most bites happen at home.")


def test_rule_lone_capitals_label_over_a_headline_is_a_link() -> None:
    assert extract_claims(LINK_ARTICLE) == [], described(LINK_ARTICLE)
    twice = LINK_ARTICLE + "\n\nPNW: Cats purr in calm moods."
    assert extract_claims(twice) == [], described(twice)


def test_capitals_label_of_a_transcript_or_a_party_stays_a_label() -> None:
    # near variants: a second voice labelled in capitals (a transcript), the label named in the
    # story (a party whose claim the headline gives), or a speaker's words (a comma)
    transcript = LINK_ARTICLE.replace("Most bites happen at home.", "SMITH: Most bites happen at home.")
    assert [c.speaker for c in extract_claims(transcript)] == ["PNW", "SMITH"], described(transcript)
    party = LINK_ARTICLE.replace("Most bites happen at home.", "The study was paid for by PNW.")
    assert [c.speaker for c in extract_claims(party)] == ["PNW"], described(party)
    talking = LINK_ARTICLE.replace("PNW: Trained dogs", "PNW: Well, trained dogs")
    assert [c.speaker for c in extract_claims(talking)] == ["PNW"], described(talking)


# Rule `imperative_before_by_has_no_subject`
def test_rule_imperative_before_by_has_no_subject() -> None:
    assert extract_claims("Start by asking the owner if you can pet the dog.") == []
    assert extract_claims("Follow up by asking the owner if the dog has been vaccinated.") == []


def test_subject_and_verb_before_by_keep_the_claim() -> None:
    # near variant: "Smith began" is a subject and its verb; the participle is Smith's
    text = "Smith began by asking the owner if the dog was friendly."
    assert [c.speaker for c in extract_claims(text)] == ["Smith"], described(text)


# Rule `object_before_a_bare_participle_speaks`
def test_rule_object_before_a_bare_participle_speaks() -> None:
    text = "The two-day hearing included lawyers repeating a slur the officer is accused of using."
    claim = only(text)
    assert claim.speaker_span is not None and claim.speaker_span.text == "lawyers", described(text)


def test_noun_with_no_verb_before_it_keeps_its_subject() -> None:
    # near variant: "Officials warning of a storm" is the subject; the cue is "said"
    claim = only("Officials warning of a storm said it would hit on Monday.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Officials"
    assert claim.content == "it would hit on Monday"


# Rule `anonymity_request`, narrowed to a request not to be named
def test_says_not_to_be_is_advice_with_its_negation() -> None:
    text = "He also says not to be ashamed of the tears; let them come."
    claim = only(text)
    assert (claim.cue, claim.content) == ("say", "not to be ashamed of the tears"), described(text)


def test_asked_not_to_be_named_is_still_no_claim() -> None:
    # near variant: a request not to be named or identified says nothing
    assert extract_claims("The official asked not to be named.") == []
    assert extract_claims("The aide asked not to be identified because the talks were private.") == []
    assert [c.content for c in extract_claims("One aide, who asked not to be named, said the talks failed.")] \
        == ["the talks failed"]


# Rule `spelled_out_age`
def test_rule_spelled_out_age() -> None:
    text = 'Nine-year-old Danny "Dash" Moore waves to the crowd. "I like going fast," Danny said.'
    assert [c.speaker for c in extract_claims(text)] == ["Danny Moore"], described(text)
    names = {m.name for m in find_mentions(("Nine-year-old Danny Moore waves to the crowd.",
                                            "Moore raised money for the hospital."), ())}
    assert "Danny Moore" in names and not any("year-old" in n for n in names)


def test_age_in_digits_and_a_number_word_name_read_as_before() -> None:
    # near variants: the age in digits, and a number word that opens a body's name
    assert [c.speaker for c in extract_claims('9-year-old Danny Moore waves. "I like going fast," he said.')] \
        == ["Danny Moore"]
    claim = only("Seven Oaks School said the race was fair.")
    assert claim.speaker_span is not None and claim.speaker_span.text == "Seven Oaks School"


# Rule `quoted_name_ends_the_inverted_source`
def test_rule_quoted_name_ends_the_inverted_source() -> None:
    text = '"She was the one who got me," says the self-described "black sheep of the family."'
    claim = only(text)
    assert claim.speaker_span is not None, described(text)
    assert claim.speaker_span.text == 'the self-described "black sheep of the family."'
    assert claim.content == '"She was the one who got me,"'


def test_quotation_after_a_noun_is_no_part_of_the_source() -> None:
    # near variant: the description has its noun ("expert"); the quotation is not its name
    claim = only('"She was the one who got me," says the self-described expert "on most days."')
    assert claim.speaker_span is not None and claim.speaker_span.text == "the self-described expert"
