"""Real attributions the tagger missed on PolNeAR dev (issue 9, session 8
recall): a speaker's own words in quotation marks inside a characterisation
("branded North Korea an "outlaw nation"", "likened the refugees to a
"vicious snake"", "hailed Trump as "The Comeback Kid""). Each rule has a
sentence of the kind it fixes and a near variant that must give no claim
(or stay as it was): without a quotation these verbs are acts, and a
quotation that names a thing or is the writer's scare quote is no one's
claim.

Sentences are written after real news sentences; none is read from ../shared.
"""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims.lexicon import cue_forms, past_forms

from .claim_helpers import described, only

# --- rule quoted_characterisation (cues.txt +quoted, cues.py characterisation_quotes_the_subject) ---


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Japan branded North Korea an \u201coutlaw nation in the neighborhood.\u201d",
            "Japan",
            "brand",
            "North Korea an \u201coutlaw nation in the neighborhood.\u201d",
        ),
        (
            "At a rally, Trump likened the refugees to a \u201cvicious snake\u201d in a song about a woman.",
            "Trump",
            "liken",
            "the refugees to a \u201cvicious snake\u201d",
        ),
        (
            "Twenty-two years ago, a Times article hailed Trump as \u201cThe Comeback Kid\u201d for his "
            "business success.",
            "a Times article",
            "hail",
            "Trump as \u201cThe Comeback Kid\u201d for his business success",
        ),
        (
            "In recent weeks, Reid has gone after Trump as a \u201chuman leech who will bleed the "
            "country\u201d and a \u201cspoiled brat.\u201d",
            "Reid",
            "go after",
            "Trump as a \u201chuman leech who will bleed the country\u201d and a \u201cspoiled brat.\u201d",
        ),
        (
            "Reid has been steadily pounding Trump as a \u201ccon artist\u201d for months.",
            "Reid",
            "pound",
            "Trump as a \u201ccon artist\u201d for months",
        ),
        (
            'Cruz exhorted Republicans to "vote your conscience" at the convention.',
            "Cruz",
            "exhort",
            'Republicans to "vote your conscience"',  # the circumstance after the quotation is the writer's
        ),
        (
            "When the subject comes up, Fiorina routinely characterizes herself as a \"change warrior\" "
            'who "saved the company."',
            "Fiorina",
            "characterize",
            'herself as a "change warrior" who "saved the company."',
        ),
        (
            "The governor lauded Mr. Clarke in his address for helping develop \"new and innovative ideas.\"",
            "The governor",
            "laud",
            'Mr. Clarke in his address for helping develop "new and innovative ideas."',
        ),
    ],
)
def test_a_characterisation_quoting_its_subject_is_a_claim(text: str, speaker: str, cue: str, content: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.cue, claim.content, claim.rule) == (
        speaker, cue, content, "quoted_characterisation"), described(text)


def test_an_abbreviation_in_the_object_does_not_end_the_clause() -> None:
    text = (
        "However, Matthews characterized Democratic vice presidential nominee Sen. Tim Kaine, D-Va., as, "
        "\u201ca little desperate there.\u201d"
    )
    claim = only(text)
    assert (claim.speaker, claim.cue) == ("Matthews", "characterize")
    assert claim.content == (
        "Democratic vice presidential nominee Sen. Tim Kaine, D-Va., as, \u201ca little desperate there.\u201d"
    )


def test_the_writers_words_after_a_dash_are_no_part_of_the_characterisation() -> None:
    text = (
        'Another critic, Laurence Tribe, likened the rules to "burning the Constitution" - a charge that '
        "might have stung."
    )
    claim = only(text)
    assert claim.cue == "liken"
    assert claim.content == 'the rules to "burning the Constitution"'


@pytest.mark.parametrize(
    "text",
    [
        # no quotation: an act or a stance on a noun phrase
        "Trump likened the plan to a tax.",
        "Japan branded North Korea an outlaw nation.",
        "Reid has gone after Trump as a con artist.",
        "Fiorina characterizes herself as a change warrior.",
        "The crowd hailed the troops as heroes.",
        "Cruz exhorted Republicans to vote their conscience.",
        # a quotation right after the cue, or after a naming word, names a thing or is a scare quote
        "Trump compared the \u201cJustice Against Sponsors of Terrorism Act\u201d to a bad deal.",
        "Critics compared the so-called \u201cJustice Against Sponsors of Terrorism Act\u201d to a bad deal.",
        "She compared a film called \u201c13th\u201d to a sermon.",
        # a title in capitals after "to" is a work, not the subject's words
        "He likened the plan to \u201cThe Art of the Deal.\u201d",
        # the quotation belongs to a new clause after a comma
        "He hailed Trump, whose \u201cMake America Great Again\u201d slogan was everywhere.",
        # a participle of another clause
        "And it accuses Sanders of being \u201ca lot like many other politicians,\u201d comparing his plan "
        "to Republican arguments \u201cthat tax cuts will juice the economy.\u201d",
    ],
)
def test_no_characterisation_claim_without_the_subjects_quoted_words(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.rule == "quoted_characterisation"], described(text)


def test_the_scare_quotes_of_the_brief_stay_claim_free() -> None:
    for text in (
        "The so-called \u201cJustice Against Sponsors of Terrorism Act\u201d passed the Senate.",
        "She made a film called \u201c13th\u201d about prisons.",
    ):
        assert extract_claims(text) == [], described(text)


def test_a_characterising_verb_is_a_word_like_any_other_elsewhere() -> None:
    # +quoted forms are no cue forms for the other stages ("the Trump brand", "10 pounds"), and their
    # irregular forms no past forms ("went", "gone"): "he went on the record endorsing ..." stays as it was
    assert ("brand",) not in cue_forms() and ("likened",) not in cue_forms()
    assert "went" not in past_forms() and "gone" not in past_forms()
    text = "Alabama Sen. Jeff Sessions caused quite a stir when he went on the record endorsing Donald Trump."
    assert extract_claims(text) == [], described(text)


# --- rule clause_cue_past_a_circumstance (cues.py), rule circumstance_before_the_content (grammar.py) ---


def test_a_clause_cue_takes_its_quotation_past_a_circumstance() -> None:
    text = (
        "His degree has not insulated him from being seen, as The New Yorker put it in a lengthy expose, "
        "\u201cthe operator.\u201d"
    )
    claim = only(text)
    assert (claim.speaker, claim.cue, claim.content) == ("New Yorker", "put it", "\u201cthe operator.\u201d")


def test_a_clause_cue_takes_its_that_clause_past_a_circumstance() -> None:
    text = "Judicial Watch stated in a release Tuesday that the hidden email was found in September 2014."
    claim = only(text)
    assert (claim.speaker, claim.cue, claim.content) == (
        "Judicial Watch", "state", "the hidden email was found in September 2014")


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause of the circumstance's noun, no content
        "The report is designed to put it in terms that will resonate with average Americans.",
        # a quotation that does not end the sentence: "states" is a noun
        'Member states in the union, "the core group," voted no.',
    ],
)
def test_no_clause_cue_past_a_circumstance_without_its_content(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_an_infinitive_before_a_quoted_title_is_no_circumstance() -> None:
    text = (
        "Harry Hurt III hoped to republish his Trump biography, ''Lost Tycoon,'' with his original "
        "publisher this year."
    )
    claim = only(text)
    assert claim.cue == "hope"
    assert claim.content.startswith("to republish his Trump biography")
