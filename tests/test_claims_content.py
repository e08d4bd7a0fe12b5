"""Where a claim's content ends (issue 9, round 4): the claim is the
proposition the source holds, not the circumstances the writer adds nor the
main clause that follows a fronted subordinate clause.

Sentences are written after real news sentences (PolNeAR, CNN, web pages);
none is read from ../shared.
"""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import speakers_and_contents


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # rule object_ends_content: a circumstance of time or occasion ends a noun-phrase claim
        ("Justice Frank Nervo rejected the argument in a ruling released Thursday.", "the argument"),
        ("Ed Schultz generally supported Democrats during his time on MSNBC.", "Democrats"),
        ("Clinton has not mentioned Machado since the Monday night debate.", "Machado"),
        # ... and so does a subordinate clause after it
        (
            "Trump accused Holt of being a Democrat, though a review of records shows he is a Republican.",
            "Holt of being a Democrat",
        ),
    ],
)
def test_a_noun_phrase_claim_ends_before_circumstances(text: str, content: str) -> None:
    assert speakers_and_contents(text)[0][1] == content


@pytest.mark.parametrize(
    "text",
    [
        # a clause keeps its circumstances: they may be the speaker's
        "Trump said he would cut taxes during his first year in office.",
        # a reason is part of the claim
        "Dayton says caucuses are such an unknown because so many things keep people from attending.",
        # an aside between commas does not end the claim
        "He also says the email scandal, while troublesome, was dealt with appropriately.",
        # an argument of the cue is no circumstance
        "She had posted comments on Facebook about the proposal to close the plant.",
    ],
)
def test_a_clause_or_argument_keeps_its_words(text: str) -> None:
    claim = extract_claims(text)[0]
    assert text.rstrip(".").endswith(claim.content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # rule fronted_clause_ends_content
        (
            "While Trump has railed against the special-interest provisions in the tax code, "
            "he has sought to protect breaks important to real estate.",
            "Trump",
            "the special-interest provisions in the tax code",
        ),
        (
            "Although a federal judge found that action unconstitutional, his decision was overturned on appeal.",
            "a federal judge",
            "action unconstitutional",
        ),
        (
            "When veterans ask for help, too many of their calls are not getting through to the hotline.",
            "veterans",
            "for help",
        ),
    ],
)
def test_a_fronted_clause_claims_up_to_its_comma(text: str, speaker: str, content: str) -> None:
    claim = extract_claims(text)[0]
    assert claim.speaker_span is not None
    assert (claim.speaker_span.text, claim.content) == (speaker, content)


def test_a_main_clause_after_the_fronted_clause_is_its_own_claim() -> None:
    text = "While Trump has railed against lobbyists, he has said he will protect breaks for real estate."
    assert speakers_and_contents(text) == [("Trump", "lobbyists"), ("Trump", "he will protect breaks for real estate")]


def test_a_relative_clause_claims_up_to_the_main_verb() -> None:
    # rule relative_clause_ends_content
    text = "Saudi Arabia, which has strongly denied any involvement in the attacks, lobbied against the bill."
    claim = extract_claims(text)[0]
    assert (claim.speaker, claim.content) == ("Saudi Arabia", "any involvement in the attacks")


def test_that_after_a_hearer_cue_is_no_hearer() -> None:
    # "warned that the exit ...": "that the" is not the hearer of "warned"
    assert speakers_and_contents("Smith warned that the exit will raise many questions.") == [
        ("Smith", "the exit will raise many questions")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # rule month_as_surname; a capitalised May after the first word is no auxiliary
        ("Prime Minister Theresa May said the deal is good for Britain.", "Theresa May"),
        # "went on to explain", "further asserted": no part of the speaker
        ("Ham went on to explain how cuts to military spending tied his hands.", "Ham"),
        ("Mook further asserted that Trump tells many lies.", "Mook"),
    ],
)
def test_speaker_words_around_the_cue(text: str, speaker: str) -> None:
    assert speakers_and_contents(text)[0][0] == speaker


def test_a_month_alone_is_still_no_name() -> None:
    claim = extract_claims("In May, Smith said the deal was good.")[0]
    assert claim.speaker == "Smith"


def test_a_fronted_clause_ends_at_a_comma_inside_its_quotation() -> None:
    text = "Though she called the bank\u2019s behavior \u201coutrageous,\u201d Clinton restricted her comments."
    assert extract_claims(text)[0].content == "the bank\u2019s behavior \u201coutrageous,\u201d"


def test_a_quotation_after_a_cue_in_a_fronted_clause_is_the_claim() -> None:
    text = "When Trump said, \u201cWe will win,\u201d he was right about the polls."
    assert speakers_and_contents(text) == [("Trump", "\u201cWe will win,\u201d")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # rule pronoun_ends_source: a fronted circumstance is no part of the source
        ("On September 27 they published a check announcing that the statement was true.", "they"),
        # (an inverted question, "But has he called for ...?", is the writer's: writers_question_is_no_claim)
        ("Only then has he called for changing the provisions that benefit him.", "he"),
    ],
)
def test_a_pronoun_ends_the_source(text: str, source: str) -> None:
    span = extract_claims(text)[0].speaker_span
    assert span is not None and span.text == source


def test_one_tweet_is_a_noun() -> None:
    # rule noun_after_modifier: "In one tweet Friday, Trump said: ..." is Trump's claim
    found = speakers_and_contents("In one tweet Friday, Trump said: \u201cDid she help her become a citizen?\u201d")
    assert found == [("Trump", "\u201cDid she help her become a citizen?\u201d")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # rule object_ends_content: the writer goes on after a noun-phrase claim
        ("The network criticized the remarks and went right back to its panel of guests.", "the remarks"),
        ("The senator endorsed Trump, providing a boost to the first-time candidate.", "Trump"),
        ("He cited the polls as he faces a critically important test in South Carolina.", "the polls"),
    ],
)
def test_a_noun_phrase_claim_ends_where_the_writer_goes_on(text: str, content: str) -> None:
    assert extract_claims(text)[0].content == content


@pytest.mark.parametrize(
    "text",
    [
        "Alastair Osman called him a kind, loving and admirable person.",
        "Chicago residents have accused Emanuel of covering up, delaying, and withholding facts.",
        "The Census Bureau says Millennials, numbering 75.3 million, surpassed Baby Boomers in 2015.",
        "Samantha Phillips said the heat and unsettled weather could last through the end of the week.",
    ],
)
def test_lists_and_subjects_are_no_new_predicate(text: str) -> None:
    assert text.rstrip(".").endswith(extract_claims(text)[0].content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # rule fronted_clause_ends_content, after a conjunction or a lead word
        (
            "But if Carson implied that he would not criticize Cruz, he did not follow that rule.",
            "he would not criticize Cruz",
        ),
        (
            "Years after Bill Clinton claimed that the era of big government was over, Obama won the nomination.",
            "the era of big government was over",
        ),
        # a fronted circumstance closes at its comma only before a main clause
        (
            "In addition to stating that unborn babies have no rights, Clinton has vowed to repeal the amendment.",
            "unborn babies have no rights",
        ),
    ],
)
def test_a_fronted_clause_after_a_lead_word(text: str, content: str) -> None:
    assert extract_claims(text)[0].content == content


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # cues.txt round 4: adjectives of belief before "that"
        ("Rubio is optimistic that he will do well in the New Hampshire primary.", "Rubio", "optimistic"),
        ("Regulators were concerned that the deal would leave no money for reclamation.", "Regulators", "concerned"),
    ],
)
def test_adjectives_of_belief_before_that(text: str, speaker: str, cue: str) -> None:
    claim = extract_claims(text)[0]
    assert (claim.speaker, claim.cue) == (speaker, cue)


def test_to_be_sure_is_no_claim() -> None:
    assert extract_claims("To be sure, the issue is complex and the agency has made progress.") == []


def test_a_plural_role_noun_opening_a_sentence_is_unnamed() -> None:
    claim = extract_claims("Regulators said that the deal would fail.")[0]
    assert claim.speaker_kind == "unnamed"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # rule fronted_circumstance_is_no_content: what opens the sentence before a
        # parenthetical cue's subject is a circumstance after these
        ("Later in the broadcast, Swanson endorsed evangelist Franklin Graham.", "evangelist Franklin Graham"),
        ("Moreover, despite the statements, the party called for a referendum.", "a referendum"),
    ],
)
def test_a_fronted_circumstance_is_no_part_of_the_claim(text: str, content: str) -> None:
    assert extract_claims(text)[0].content == content


def test_a_subject_before_a_parenthetical_cue_stays_in_the_claim() -> None:
    text = "Many of the closures, he said, have involved public and semi-private courses."
    claim = extract_claims(text)[0]
    assert claim.content == "Many of the closures have involved public and semi-private courses"


def test_a_participle_after_examples_is_not_the_subjects() -> None:
    # rule participle_after_examples
    text = (
        "McConnell and Ryan remain confident despite a few early supporters of the bill, such as "
        "Bob Corker and Lindsey Graham, now saying they think it should be changed."
    )
    spans = [c.speaker_span.text for c in extract_claims(text) if c.speaker_span]
    assert "McConnell and Ryan" not in spans


def test_it_does_not_point_to_a_transcript_label() -> None:
    text = (
        "PENCE: Well, the question really should be why they invited him.\n\n"
        "WALLACE: But, Governor, as the newspaper wrote, it shows that voters worry about his temperament."
    )
    assert "PENCE" not in [c.speaker for c in extract_claims(text) if c.cue != ":"]


def test_a_coordinated_verb_after_the_cue_is_no_claim() -> None:
    text = "The rule had exceptions that federal regulators were required to explain and implement with pages of rules."
    assert [c.content for c in extract_claims(text)] == []


def test_and_after_a_parenthetical_cue_goes_on_with_the_claim() -> None:
    text = "Half the aid was burial bags, he said, and much of the rest was water bottles."
    assert extract_claims(text)[0].content == "Half the aid was burial bags and much of the rest was water bottles"


def test_a_preposition_after_a_hearer_cue_is_no_hearer() -> None:
    text = "Mr Grayling used his speech to warn against a \u201cone-size-fits-all\u201d approach to lockdown."
    assert extract_claims(text)[0].content.startswith("against a")


def test_asking_not_to_be_named_is_no_claim() -> None:
    # rule anonymity_is_no_claim
    text = "One vice-chancellor, who asked not to be named, said: \u201cThe government looked to universities.\u201d"
    assert speakers_and_contents(text) \
        == [("One vice-chancellor", "\u201cThe government looked to universities.\u201d")]


def test_an_inverted_source_after_a_clause_is_the_speaker() -> None:
    text = (
        "While experts say it's better to get vitamins from your diet, there's an advantage to taking "
        "a multivitamin in this case, says Kostro Miller."
    )
    assert [c.speaker for c in extract_claims(text)] == ["Kostro Miller"]


def test_a_subject_before_an_aside_keeps_its_cue() -> None:
    text = (
        "\u201cOur assumption is that the veto will be overridden,\u201d "
        "Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday."
    )
    assert [c.speaker for c in extract_claims(text)] == ["Mitch McConnell"]
