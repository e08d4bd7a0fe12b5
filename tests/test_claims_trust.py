"""Claims a reader can trust (issue 9): one test per failure seen on real
pages, each with a sentence of the same kind, and the rule registry.

Sentences are written after real news sentences (CNN, PolNeAR, web pages);
none is read from ../shared.
"""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims import SPEAKER_KINDS, is_hedged
from summarizer.claims.rules import RULES
from summarizer.mentions import find_mentions
from tests.claim_helpers import only, speakers

# --- pronouns agree in gender and number -------------------------------------------


def test_she_is_the_woman_named_in_her_sentence_not_the_last_man() -> None:
    text = (
        "Prince Harry and Meghan spoke to Oprah Winfrey about their life in the royal family.\n\n"
        "When Meghan joined the family, she said, \u201cI was naive about what it would be like.\u201d"
    )
    claim = only(text)
    assert claim.speaker == "Meghan"
    assert claim.speaker_kind == "person"


def test_he_skips_the_last_speaker_when_she_is_a_woman() -> None:
    text = (
        "Hillary Clinton said the plan would cost $2 trillion. Donald Trump disagreed at a rally in Ohio.\n\n"
        '"It is a disaster," he said.'
    )
    assert speakers(text) == ["Hillary Clinton", "Donald Trump"]


@pytest.mark.parametrize(
    ("introduction", "pronoun", "expected"),
    [
        ("Mrs. Jones met Mr. Patel on Monday.", "she", "Jones"),
        ("Mrs. Jones met Mr. Patel on Monday.", "he", "Patel"),
        ("The spokeswoman, Dana Reyes, met the chairman, Carl Ober, on Monday.", "she", "Dana Reyes"),
        ("The spokeswoman, Dana Reyes, met the chairman, Carl Ober, on Monday.", "he", "Carl Ober"),
    ],
)
def test_honorifics_and_role_nouns_give_the_gender(introduction: str, pronoun: str, expected: str) -> None:
    claim = only(f"{introduction} \u201cThe talks went well,\u201d {pronoun} said.")
    assert claim.speaker == expected


def test_unknown_gender_never_overrides_the_nearest_compatible_speaker() -> None:
    # Kersten's first name gives no gender: he is still the speaker "he" points to.
    text = (
        "\u201cThe numbers are rising,\u201d said Jason Kersten, a spokesman for the department.\n\n"
        "Mrs. Alvarez, who runs the shelter, was not available. \u201cWe are working on it,\u201d he said."
    )
    assert speakers(text) == ["Jason Kersten", "Jason Kersten"]


def test_two_people_of_unknown_gender_leave_he_unresolved() -> None:
    text = "Okonkwo met Lindqvist in Geneva on Monday. He said the talks had failed."
    claim = only(text)
    assert claim.speaker == "He"
    assert claim.speaker_kind == "unresolved"


# --- a name in the source beats a role seen before --------------------------------


def test_a_title_and_name_in_this_sentence_beat_an_earlier_person_with_the_title() -> None:
    text = (
        "The Senate rejected an amendment by Tourism Minister Randall Mitchell.\n\n"
        "Minister in the Ministry of Finance Brian Manning said, \u201cWe will bring it back next year.\u201d"
    )
    claim = extract_claims(text)[-1]
    assert (claim.speaker, claim.cue) == ("Brian Manning", "say")


# --- quote runs stop at the next attribution ----------------------------------------


def test_a_quote_run_stops_where_the_next_quote_has_its_own_speaker() -> None:
    text = (
        "\u201cThe vote was close,\u201d King said. \u201cWe expected that. We are ready for the next round,\u201d "
        "Chisholm said. \u201cNobody is giving up.\u201d"
    )
    found = extract_claims(text)
    assert [c.speaker for c in found] == ["King", "Chisholm"]
    assert found[0].content == "\u201cThe vote was close,\u201d"
    assert "We expected that" in found[1].content and "Nobody is giving up" in found[1].content


def test_quote_runs_follow_paragraphs_of_crlf_text() -> None:
    text = (
        "\u201cWe will win,\u201d Smith said.\r\n\r\nThe polls close at eight.\r\n\r\n"
        "\u201cIt is over,\u201d Jones said."
    )
    found = extract_claims(text)
    assert [(c.speaker, c.content) for c in found] == [
        ("Smith", "\u201cWe will win,\u201d"),
        ("Jones", "\u201cIt is over,\u201d"),
    ]


# --- clause-final attribution with a long title ----------------------------------------


def test_clause_final_attribution_with_a_long_title_keeps_speaker_and_claim_apart() -> None:
    text = (
        "But burial operations have increased on the island in recent weeks, said Department of Correction "
        "spokesman Jason Kersten."
    )
    claim = only(text)
    assert claim.speaker == "Jason Kersten"
    assert claim.content == "burial operations have increased on the island in recent weeks"
    assert claim.speaker_kind == "person"


# --- negation is kept ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Police were unable to confirm details of the crash.", "were unable to confirm"),
        ("Residents did not believe the road would reopen before winter.", "did not believe"),
        ("Residents don't want the plant to close.", "don't want"),
        ("The minister declined to say whether the talks would resume.", "declined to say"),
        ("The company refused to confirm that it had been hacked.", "refused to confirm"),
        ("Trump never said that Mexico would pay for the wall.", "never said"),
        ("The senator would not say whether she would run.", "would not say"),
    ],
)
def test_negated_cues_are_flagged_and_shown(text: str, shown: str | None) -> None:
    negated = [c for c in extract_claims(text) if c.negated]
    assert negated, [(c.cue_text, c.content) for c in extract_claims(text)]
    claim = negated[-1]
    if shown:
        assert claim.cue_text == shown
    assert claim.to_dict()["negated"] is True
    assert claim.to_dict()["shown_cue"] == claim.cue_text


def test_negated_cue_keeps_the_content_as_written() -> None:
    claim = only("I don't want to run for president again, Smith told reporters.")
    assert claim.content.startswith("I don't want")
    claim = only("Smith said she did not want a recount.")
    assert not claim.negated  # the negation is inside the claim, which keeps it


def test_an_affirmative_cue_shows_as_written() -> None:
    claim = only("Police confirmed that two people had died.")
    assert not claim.negated
    assert claim.cue_text == "confirmed"


# --- junk speakers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("According to the owner, the shop will reopen in May.", "the owner", "unresolved"),
        ("Reached by phone, the owner said the shop would reopen in May.", "the owner", "unresolved"),
        ("Asked about the plan, Senator Maria Lopez said it was dead.", "Maria Lopez", "person"),
        ("In a statement, the company said it would appeal the ruling.", "the company", "unresolved"),
        ("But at the time, officials said the bridge was safe.", "officials", "unnamed"),
        ("PHILADELPHIA \u2014 The mayor said on Monday that the pool would stay closed.", "The mayor", "unresolved"),
        ("\u201cAmazing,\u201d said one fan outside the stadium.", "one fan", "unnamed"),
    ],
)
def test_a_speaker_is_a_person_an_organisation_or_an_unnamed_source(text: str, speaker: str, kind: str) -> None:
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == (speaker, kind)


def test_speaker_kinds() -> None:
    text = (
        "NATO said the exercise would begin on Monday. Jens Stoltenberg said allies were ready.\n\n"
        "Officials said the plan was on track. \u201cWe are ready,\u201d he said. It is expected that talks resume."
    )
    found = extract_claims(text)
    assert [c.speaker_kind for c in found] == ["organisation", "person", "unnamed", "person", "unresolved"]
    assert found[-1].speaker is None
    assert set(SPEAKER_KINDS) == {"person", "organisation", "unnamed", "unresolved"}
    assert all(c.to_dict()["speaker_kind"] == c.speaker_kind for c in found)


def test_a_book_title_is_not_a_speaker() -> None:
    text = (
        "Michael Bloomberg spoke at the library on Monday. In the book \u201cThe Wisdom of Michael Bloomberg,\u201d "
        "the editors write that he never gave up."
    )
    claim = only(text)
    assert claim.speaker != "Wisdom" and "Wisdom" not in (claim.speaker or "")


def test_a_time_word_is_not_a_speaker() -> None:
    claim = only("At the time, Kelly said the deal was fair.")
    assert claim.speaker == "Kelly"


# --- one person, one name ------------------------------------------------------------------


def test_mr_surname_is_the_person_named_in_full_before() -> None:
    text = "David Marcus said the bank would grow. Mr. Marcus added that costs would fall."
    assert speakers(text) == ["David Marcus", "David Marcus"]


def test_one_person_across_four_forms_of_the_name() -> None:
    text = (
        "Michael Bloomberg said the city would recover. Bloomberg added that taxes would not rise. "
        "Mr. Bloomberg also said the subway would be fixed. \u201cWe will do it,\u201d said Michael R. Bloomberg."
    )
    assert set(speakers(text)) == {"Michael Bloomberg"}


def test_a_shorter_form_of_a_long_name_is_the_same_person() -> None:
    text = (
        "Luiz In\u00e1cio Lula da Silva said Brazil would grow. Later Luiz In\u00e1cio Lula said the plan "
        "would work. Lula said the vote was fair."
    )
    assert set(speakers(text)) == {"Luiz In\u00e1cio Lula da Silva"}


def test_mentions_and_claims_share_one_names_layer() -> None:
    sentences = [
        "Luiz In\u00e1cio Lula da Silva said Brazil would grow.",
        "Later Luiz In\u00e1cio Lula said the plan would work.",
        "Mr. Marcus spoke after David Marcus arrived.",
    ]
    names = {m.name: m.count for m in find_mentions(sentences)}
    assert names["Luiz In\u00e1cio Lula da Silva"] == 2
    assert names["David Marcus"] == 2
    assert "Luiz In\u00e1cio Lula" not in names


def test_abbreviations_from_the_rules_file_keep_their_dot() -> None:
    # "Del." (delegate) is in title_abbreviations.txt; the tokenizer builds from that file.
    claim = only("\u201cWe will not stand for this,\u201d said Del. Stacey Plaskett (D-Virgin Islands).")
    assert claim.speaker == "Stacey Plaskett"
    assert claim.role == "Del."


# --- patterns news really uses ---------------------------------------------------------


@pytest.mark.parametrize("surname", ["Reilly", "Kelly", "Daly"])
def test_surnames_that_look_like_adverbs(surname: str) -> None:
    claim = only(f"\u201cThe team played well tonight,\u201d {surname} said.")
    assert claim.speaker == surname


def test_middle_initial() -> None:
    claim = only("Janet L. Yellen said the economy was strong enough for a rate rise.")
    assert claim.speaker == "Janet L. Yellen"


def test_inverted_said_with_a_circumstance_after_the_name() -> None:
    claim = only("\u201cThe food here is the best,\u201d said Trump as he dined with supporters.")
    assert claim.speaker == "Trump"
    assert claim.content == "\u201cThe food here is the best,\u201d"


def test_nyt_two_apostrophe_quotes() -> None:
    text = "''That wasn't a good way to treat me,'' he complained to an American afterward."
    claim = only(text)
    assert claim.kind == "direct"
    assert claim.content == "''That wasn't a good way to treat me,''"


def test_he_continued() -> None:
    text = (
        "\u201cWe will build it,\u201d Smith said. \u201cAnd we will pay for it,\u201d he continued.\n\n"
        "Jones continued:\n\n\u201cNobody believes that.\u201d"
    )
    found = extract_claims(text)
    assert [(c.speaker, c.cue) for c in found] == [("Smith", "say"), ("Smith", "continue"), ("Jones", "continue")]
    assert found[2].content == "\u201cNobody believes that.\u201d"


def test_the_newspaper_is_the_newspaper_the_article_named() -> None:
    text = (
        "The Daily Ledger obtained the letter on Monday.\n\n"
        "The newspaper reported that the mayor had known about the leak for a year."
    )
    claim = only(text)
    assert claim.speaker == "Daily Ledger"
    assert claim.speaker_kind == "organisation"


def test_two_newspapers_in_view_leave_the_newspaper_unresolved() -> None:
    text = (
        "The Daily Ledger and the Evening Post obtained the letter.\n\n"
        "The newspaper reported that the mayor had known about the leak for a year."
    )
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == ("The newspaper", "unresolved")


def test_dash_before_a_speaker() -> None:
    text = (
        "\u201cHe has empowered racists to be open with their prejudice. He represents our greatest "
        "shame.\u201d \u2015 Sonya Herridge\n\u201cI am ashamed.\u201d \u2015 Pamela Padilla"
    )
    found = extract_claims(text)
    assert [c.speaker for c in found] == ["Sonya Herridge", "Pamela Padilla"]
    assert found[0].content.startswith("\u201cHe has empowered") and found[0].content.endswith("shame.\u201d")


def test_colon_before_a_quote_mid_sentence() -> None:
    claim = only("Trump put it bluntly in a tweet on Monday and said: \u201cThe deal is dead.\u201d")
    assert claim.speaker == "Trump"
    assert claim.content == "\u201cThe deal is dead.\u201d"


def test_transcript_speaker_label() -> None:
    claim = only("PENCE: Well, the question really should be why the campaign invited him.")
    assert claim.speaker == "PENCE"
    assert claim.rule == "colon_attribution"


def test_in_someones_view() -> None:
    claim = only("In Mr. Connolly's view, the agreement will not survive the election.")
    assert claim.speaker == "Connolly"
    assert claim.content == "the agreement will not survive the election"


def test_noun_cue() -> None:
    claim = only("Elizabeth Warren spoke on Tuesday. Her concern is that the bank will not pay back its customers.")
    assert claim.speaker == "Elizabeth Warren"
    assert claim.content == "the bank will not pay back its customers"


def test_the_outer_cue_over_a_nested_one() -> None:
    claim = only("Trump said praise from Russian President Vladimir Putin would not affect his policy.")
    assert (claim.speaker, claim.cue) == ("Trump", "say")
    assert claim.content.startswith("praise from Russian President")


# --- hedging ---------------------------------------------------------------------------


def test_backshifted_would_after_a_past_cue_is_no_hedge() -> None:
    claim = only("Pistorius told reporters that Berlin would sign new orders for air defence systems.")
    assert not claim.hedged


@pytest.mark.parametrize("hedge", ["could", "may", "might"])
def test_modal_hedges_stay_hedges_after_a_past_cue(hedge: str) -> None:
    claim = only(f"Pistorius told reporters that Berlin {hedge} sign new orders for air defence systems.")
    assert claim.hedged


def test_reportedly_stays_a_hedge() -> None:
    claim = only("The Club for Growth is reportedly spending $1.5 million on ads against Trump.")
    assert claim.hedged
    assert is_hedged("the deal would close in March")  # no past cue: "would" hedges


# --- content --------------------------------------------------------------------------


def test_a_fronted_clause_is_not_part_of_the_claim() -> None:
    claim = only('Speaking in Brussels on Tuesday, Stoltenberg said allies "must move faster" on ammunition.')
    assert claim.speaker == "Stoltenberg"
    assert claim.content == 'allies "must move faster" on ammunition'
    assert "Speaking" not in claim.content


# --- the registry -----------------------------------------------------------------------


def test_rule_names_are_unique_and_priorities_ordered() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert [rule.priority for rule in RULES] == sorted(rule.priority for rule in RULES)


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_every_registered_rule_has_an_example_that_yields_it(rule: object) -> None:
    assert rule.examples  # type: ignore[attr-defined]
    for example in rule.examples:  # type: ignore[attr-defined]
        found = extract_claims(example)
        assert rule.name in [c.rule for c in found], (example, [(c.rule, c.cue) for c in found])  # type: ignore[attr-defined]


# --- seen on real pages ------------------------------------------------------------------


def test_known_as_is_no_cue() -> None:
    assert extract_claims("They are Heather Grant, 33, of Christiana and a man known as Nigel Ambersley.") == []


def test_a_police_title_introduces_the_person() -> None:
    claim = only('"We are looking for the driver," said Miami-Dade Police Detective Alvaro Zabaleta.')
    assert (claim.speaker, claim.role) == ("Alvaro Zabaleta", "Detective")


def test_a_document_speaks_for_its_author() -> None:
    claim = only("Another slide shows that eight of 10 avocados eaten in the United States are grown in Mexico.")
    assert (claim.cue, claim.speaker, claim.speaker_kind) == ("show", "Another slide", "unnamed")


def test_sworn_in_is_no_cue() -> None:
    assert extract_claims("Raquel Montoya-Lewis was sworn in as the first Native American justice in Washington.") == []


# --- round 3: subjects across asides -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is overselling the gains.",
         "Lindsey Graham"),
        ("Sandra Inman, a Cruz supporter from Jackson, Miss., attending the convention, said she could not "
         "support Trump.", "Sandra Inman"),
        ("Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union, said he already "
         "received overtime.", "Paul Porter"),
        ("Hogan Gidley, a former director of the state party, whose roots are in the evangelical community, said "
         "the base was angry.", "Hogan Gidley"),
        ("Ted Cruz, when asked what is wrong with the plan, responded that the businessman was right.", "Ted Cruz"),
        ("VFI Chief Executive, Padraig Cribben, said: \u201cIt is impossible to overstate the impact.\u201d",
         "Padraig Cribben"),
    ],
)
def test_subject_across_asides(sentence: str, speaker: str) -> None:
    """Rule subject_across_asides: the name that opens the sentence speaks after a chain of asides."""
    assert only(sentence).speaker == speaker


def test_participle_after_a_closing_quote_and_an_adverb_aside() -> None:
    claim = only(
        "Donald Trump has delivered an impassioned defense of \u201cNew York values,\u201d saying the city "
        "embodied the bravery of America."
    )
    assert (claim.speaker, claim.rule) == ("Donald Trump", "participle_clause")
    claim = only(
        "Trump, meanwhile, was making a fresh pitch to Sanders voters, refusing to concede that their backers "
        "would not vote for him."
    )
    assert claim.speaker == "Trump" and claim.negated


def test_a_fronted_circumstance_is_no_subject() -> None:
    found = extract_claims("Beyond the footage, the affidavit cited interviews with Fields and said that he had "
                           "bruises.")
    assert [c.speaker for c in found] == ["the affidavit", "the affidavit"]
    assert found[0].content == "interviews with Fields"


# --- round 4: names and descriptions -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # rule party_in_a_body: a party word opens a body's name, not a person's
        (
            "The Republican National Committee said that Mills had a conflict of interest in her role.",
            "Republican National Committee",
        ),
        ("Republican Donald Trump said he would win the state.", "Donald Trump"),
        # an indefinite article inside a name after "for"
        (
            "The Committee for a Responsible Federal Budget reported that the plans would cost $150 billion.",
            "Committee for a Responsible Federal Budget",
        ),
        # a participle's subject is a noun phrase, not a clause
        (
            "The Republican National Committee is filing a complaint Monday, claiming that Mills had a conflict.",
            "Republican National Committee",
        ),
        # organisation_descriptions.txt: "the fund" is the one fund the article named
        (
            "The International Monetary Fund said it is lowering its forecast for growth this year. "
            "The fund warned that the exit will raise many questions in the coming years.",
            "International Monetary Fund",
        ),
    ],
)
def test_bodies_are_named_in_full(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_a_role_before_a_verb_is_no_apposition_of_a_place() -> None:
    # "in Chelsea, the mayor also said": Chelsea is not the mayor
    text = (
        "An explosion that Mayor Bill de Blasio described as \u201can intentional act\u201d injured 29 people. "
        "At a press conference in Chelsea, the mayor also said that it was too early to tell."
    )
    assert speakers(text)[-1] == "Bill de Blasio"


def test_the_person_a_spokeswoman_speaks_for_is_not_the_speaker() -> None:
    # rule place_of_a_role: "a spokeswoman for X" is not X
    claim = only("A spokeswoman for Hillary Clinton says neither the nominee nor her campaign helped her.")
    assert claim.speaker != "Hillary Clinton" and claim.speaker_kind == "unnamed"
