"""Fragment speakers, nouns read as cues, the writer's lead-in to a quotation
and a quotation listed twice (web test s14b). Each rule has an invented or
short sentence of its kind and a near variant that must stay as it was."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from tests.claim_helpers import cues, described, only

# --- Rule `connective_or_preposition_is_no_source` (junk.py) ---------------------------------


@pytest.mark.parametrize("text", [
    "What this means is that some neoliberals hold high the banner of inclusiveness and thus claim to be "
    "progressive reformers, but they then turn a blind eye to systemic changes.",
    "For all the rage Democrats felt toward George W. Bush in 2006 and Donald Trump in 2018, they have not "
    "attempted to gain leverage by endangering the financial system.",
])
def test_a_connective_or_an_opening_preposition_is_no_speaker(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_the_subject_beside_the_connective_stays() -> None:
    claim = only("Some neoliberals thus claim to be progressive reformers.")
    assert claim.speaker == "Some neoliberals"
    assert only("Thus, Smith said, the plan failed.").speaker == "Smith"
    # the preposition's phrase closed before the cue: the claim stays (unresolved)
    text = "For that she drew Trump's ire - he called her \"weak\" and said she had \"zero support\" in the state."
    assert "say" in cues(text), described(text)
    text = ("In addition to stating that unborn babies have no constitutional rights, Clinton has vowed to "
            "work to repeal the amendment.")
    assert "state" in cues(text), described(text)


# --- Rule `concessive_preposition_leaves_the_source` (grammar.trim_source) ----------------------


def test_despite_is_not_part_of_the_source() -> None:
    text = ("Klein attributes their choices to market incentives, despite empirical research suggesting that "
            "some conservative media companies are sacrificing market share.")
    claim = next(c for c in extract_claims(text) if c.cue == "suggest")
    assert claim.speaker == "empirical research"
    assert claim.speaker_span is not None
    assert text[claim.speaker_span.start : claim.speaker_span.end] == "empirical research"


def test_a_source_with_no_preposition_stays_whole() -> None:
    claim = only("Empirical research suggests that some media companies are sacrificing market share.")
    assert claim.speaker == "Empirical research"


# --- Rule `cue_word_in_a_compound_noun_is_no_cue` (junk.py, grammar.np_right, rules._verb_follows) --


def test_think_in_think_tanks_is_no_cue() -> None:
    text = "Centrist think tanks have argued that the concentration of power brings higher prices."
    assert "think" not in cues(text), described(text)
    assert only(text).cue == "argue"
    # the subject cut before "think tanks" ("Even centrist") is no speaker: no claim
    text = ("Even centrist think tanks like the Brookings Institution have recognized the dangerous rise of "
            "monopolies and argued that the concentration of economic power brings with it higher prices.")
    assert all(c.speaker != "Even centrist" for c in extract_claims(text)), described(text)


def test_think_before_a_clause_stays_a_cue() -> None:
    claim = only("Analysts think the tanks will roll into the city.")
    assert (claim.speaker, claim.cue) == ("Analysts", "think")
    text = ("Centrist economists have recognized the dangerous rise of monopolies and argued that the "
            "concentration of economic power brings with it higher prices.")
    assert only(text).speaker == "Centrist economists"


# --- Rule `cue_noun_as_an_infinitives_object_is_no_cue` (junk.py) ------------------------------


@pytest.mark.parametrize("text", [
    "After the Great Crash of 2008, neoliberals chafed at attempts to push forward aggressive Keynesian "
    "spending programs to spark demand.",
    "The plant expanded to fill orders from abroad.",
])
def test_a_cue_noun_after_an_infinitive_is_its_object(text: str) -> None:
    assert extract_claims(text) == [], described(text)


def test_the_infinitive_cue_itself_stays() -> None:
    assert cues("Protesters vowed to demand answers.") == ["vow"]
    assert cues("They went to demand that he resign.") == ["demand"]


# --- Rule `participle_joined_to_a_passive_is_passive` (rules.participle_clause) -------------------


def test_a_participle_joined_to_a_passive_is_no_claim() -> None:
    text = "CBS said \"specific creative elements\" would be determined and announced at a later date."
    assert cues(text) == ["say"], described(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("He was arrested and said he was innocent.", ["say"]),
    ("Charlotte Mayor Jennifer Roberts said Friday that she thinks the video should be released but said "
     "\"the question is the timing.\"", ["say", "say"]),
    ("Republican leaders both suggested the speechwriter be fired and defended Trump as a candidate.",
     ["suggest", "defend"]),
])
def test_a_verb_joined_to_the_subjects_clause_stays(text: str, expected: list[str]) -> None:
    assert cues(text) == expected, described(text)


# --- Rule `capitalised_share_is_no_name` (speakers.py) ---------------------------------------


@pytest.mark.parametrize("share", ["One-third", "Two-thirds", "Half"])
def test_a_share_of_a_group_is_unnamed_and_shown_whole(share: str) -> None:
    claim = only(f"{share} of Democratic voters believe that discrimination is a big problem.")
    assert claim.speaker == f"{share} of Democratic voters"
    assert claim.speaker_kind == "unnamed"


def test_a_capitalised_name_with_no_of_stays() -> None:
    claim = only("Half Moon Bay officials said the road is closed.")
    assert claim.speaker == "Half Moon Bay officials"


# --- Rule `lone_count_is_unresolved` (speakers.py) -------------------------------------------


def test_a_lone_one_is_unresolved() -> None:
    # (resolve s16: with "who asked not to be named" it is an unnamed source, rule
    # `anonymous_count_is_unnamed`; any other relative clause leaves it as it was)
    text = ("Vice-chancellors reacted with fury this week. One, who has led a college since 2010, said: \"The "
            "government looked to universities to sort out the mess.\"")
    claim = only(text)
    assert claim.speaker is None
    assert claim.speaker_kind == "unresolved"


def test_one_with_its_noun_and_another_stay_unnamed() -> None:
    text = ("Vice-chancellors reacted with fury this week. One vice-chancellor, who asked not to be named, "
            "said: \"The government looked to universities to sort out the mess.\"")
    claim = only(text)
    assert (claim.speaker, claim.speaker_kind) == ("One vice-chancellor", "unnamed")
    text = "\u201cIt is a scandal,\u201d one person wrote. \u201cShe looks happy,\u201d wrote another."
    claim = extract_claims(text)[1]
    assert (claim.speaker, claim.speaker_kind) == ("another", "unnamed")


# --- Rule `writers_lead_in_to_anothers_quotation_is_no_claim` (extract.py) ---------------------


def test_the_writers_we_know_before_anothers_quotation_is_no_claim() -> None:
    text = ("And of course, we know the next part of the story: \u201cI wrote a TV series called Fat Actress "
            "and made it really funny. I sold it that week,\u201d Alley said.")
    claim = only(text)
    assert (claim.speaker, claim.cue) == ("Alley", "say")


def test_a_first_person_quotation_nobody_else_takes_stays() -> None:
    claim = only("We know the answer: \u201cI wrote a TV series called Fat Actress and made it funny.\u201d")
    assert claim.cue == "know"
    claim = only("\u201cWe know the next part of the story: we lost,\u201d Alley said.")
    assert (claim.speaker, claim.cue) == ("Alley", "say")


# --- Rule `quote_run_stops_at_attribution`, after a paraphrase (quotes.py) ---------------------


def test_a_quotation_with_its_own_attribution_is_not_joined_to_the_paraphrase() -> None:
    text = ("Yamey is angry. He says it is unfair to think they will be content to live quietly on campus. "
            "\u201cFun won\u2019t kill you and it\u2019s greatly needed at this stressful time. Universities "
            "should be getting creative,\u201d he says.")
    first, second = extract_claims(text)
    assert first.content == "it is unfair to think they will be content to live quietly on campus"
    assert second.content.startswith("\u201cFun won\u2019t kill you")


def test_a_quotation_with_no_attribution_still_joins_the_paraphrase() -> None:
    text = ("Yamey is angry. He says it is unfair to think they will be content to live quietly on campus. "
            "\u201cFun won\u2019t kill you and it\u2019s greatly needed at this stressful time. Universities "
            "should be getting creative.\u201d")
    claim = only(text)
    assert claim.content.endswith("should be getting creative.\u201d")
