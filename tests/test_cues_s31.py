"""Session 31, cue words the lexicon lacked (PolNeAR train misses whose cue was no cue word): a
view given with "as" after its object ("sees the plan as a mistake"), words of speaking, judging or
taking sides ("bemoaned", "voiced", "pushed for", "groused that"), and ways of speaking beside a
quotation ('"...," remembered the aide'). Each cue has a sentence of its kind and a near variant
that must stay as it was; the sentences are written after one read of the articles, none is
copied whole from the data sets."""

from __future__ import annotations

import pytest

from summarizer import extract_claims
from summarizer.claims.lexicon import all_cue_forms, cue_forms, past_forms
from summarizer.claims.model import Claim


def _claims(text: str) -> list[Claim]:
    return list(extract_claims(text))


def _one(text: str) -> Claim:
    (claim,) = _claims(text)
    return claim


# --- rule view_as_names_a_view (+as: see, view, regard, paint) ---------------------------------------


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Senator Maria Lopez sees the recent gains as evidence that her message is reaching new voters.",
     "Maria Lopez", "see", "the recent gains as evidence that her message is reaching new voters"),
    ("Some party leaders view the governor's nomination as a hostile takeover.",
     "Some party leaders", "view", "the governor's nomination as a hostile takeover"),
    ("Portugal regards the disputed islands as part of its territory.",
     "Portugal", "regard", "the disputed islands as part of its territory"),
    ("Farm groups see rising costs and new tariffs as their top concerns.",
     "Farm groups", "see", "rising costs and new tariffs as their top concerns"),
    ("The mayor painted her rival as an out-of-touch insider.",
     "The mayor", "paint", "her rival as an out-of-touch insider"),
])
def test_a_view_with_as_after_its_object_is_a_claim(text: str, speaker: str, cue: str, content: str) -> None:
    claim = _one(text)
    assert claim.speaker_span is not None and speaker in text[claim.speaker_span.start : claim.speaker_span.end]
    assert (claim.cue, claim.cue_class, claim.content) == (cue, "belief" if cue != "paint" else "assertive", content)
    assert not claim.negated


def test_a_view_keeps_its_negation() -> None:
    claim = _one("Senator Maria Lopez does not see the merger as a threat to local jobs.")
    assert claim.cue == "see" and claim.negated
    assert claim.content == "the merger as a threat to local jobs"


@pytest.mark.parametrize("text", [
    # no "as": seeing and viewing are acts
    "Senator Maria Lopez saw a crowd of thousands at the rally.",
    "Visitors can view the paintings until June.",
    "The mayor painted the fence last summer.",
    # "as" that compares, tells a time or belongs to a participle
    "Passengers could see changes as early as next week.",
    "Witnesses saw the truck turn into the crowd as they left the fireworks show.",
    "Fans were happy to see the children dressed as pirates at the parade.",
    "Farmers will see prices rise as well.",
    # a passive names no one who holds the view
    "The company spent $2 million in Ohio, a state seen as critical for its plans.",
    "The senator, long viewed by many as their best hope, finished second.",
])
def test_no_view_without_its_as_or_its_holder(text: str) -> None:
    assert _claims(text) == []


def test_a_view_inside_another_claim_does_not_cut_it() -> None:
    text = ("Jay Morton says some airlines think free seats are good business, "
            "while others just don't see it as a priority.")
    (claim,) = _claims(text)
    assert claim.cue == "say" and claim.content.endswith("don't see it as a priority")


def test_as_cues_are_no_verbs_to_the_other_stages() -> None:
    # "saw" and "seen" stay participles and plain verbs to the name and junk stages: only the cue
    # finder meets them, before their "as"
    assert ("saw",) in all_cue_forms() and ("saw",) not in cue_forms()
    assert "saw" not in past_forms() and "seen" not in past_forms()


# --- new words of speaking, judging or taking sides --------------------------------------------------


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Governor Ann Reyes bemoaned the bitter tone of the campaign.", "bemoan", "the bitter tone of the campaign"),
    ("Governor Ann Reyes bashed the state for its plan to close rural clinics.",
     "bash", "the state for its plan to close rural clinics"),
    ("Governor Ann Reyes extolled the virtues of small towns.", "extol", "the virtues of small towns"),
    ("Governor Ann Reyes voiced concern over the court's ruling.", "voiced", "concern over the court's ruling"),
    ("Governor Ann Reyes advocated giving the city two more years to balance its budget.",
     "advocated", "giving the city two more years to balance its budget"),
    ("Governor Ann Reyes pushed for new campaign spending limits.", "push for", "new campaign spending limits"),
    ("Governor Ann Reyes hammered her rival for his vote against the budget.",
     "hammered", "her rival for his vote against the budget"),
    ("Governor Ann Reyes groused to reporters that the network ignores her.",
     "grouse", "the network ignores her"),
    # a "that" clause after a pronoun hearer (+that: "reassure people by explaining" is no claim)
    ("Governor Ann Reyes reassured them that the state would pay its debts.",
     "reassure", "the state would pay its debts"),
])
def test_new_cue_words_give_the_speakers_claim(text: str, cue: str, content: str) -> None:
    claim = _one(text)
    assert claim.speaker == "Ann Reyes"
    assert (claim.cue, claim.content) == (cue, content)


def test_a_new_cue_keeps_its_negation() -> None:
    claim = _one("Most members of the panel don't foresee that the former mayor will win.")
    assert claim.cue == "foresee" and claim.negated


@pytest.mark.parametrize("text", [
    # the same words as acts, nouns or without what makes them speech
    "Workers hammered the last nail into the roof.",
    "Volunteers knocked on doors for two hours.",
    "Immigration advocates met the governor on Monday.",
    "The officials tried to reassure people by explaining the rules.",
    "Marvel Comics released a new film on Friday.",
    "The city became the singer's muse.",
    "She remembers the day her father came home.",
    "A staffer emailed the list to the campaign.",
    "The police pushed the crowd back for an hour.",
])
def test_new_cue_words_as_acts_are_no_claims(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ('"Nobody believed it would work," remembered Tom Ellis, the company\'s former spokesman.',
     "Tom Ellis", "remember"),
    ('"Leave your weapons at home," opined the Daily Ledger.', "Daily Ledger", "opine"),
    ('"Imagine the two of them on one stage," mused radio host Stu Baines.', "Stu Baines", "muse"),
    ('"I\'m nearly there," exclaimed the jockey Frank Dolan.', "Frank Dolan", "exclaim"),
])
def test_ways_of_speaking_beside_a_quotation(text: str, speaker: str, cue: str) -> None:
    claim = _one(text)
    assert claim.speaker is not None and speaker in claim.speaker
    assert claim.cue == cue and claim.kind == "direct"


def test_a_view_ends_at_its_comma_and_the_clause_after_keeps_its_claim() -> None:
    claims = _claims("Voters see the mayor as better prepared, with 55 percent saying she is ready.")
    assert [(c.cue, c.content) for c in claims] == [
        ("see", "the mayor as better prepared"), ("say", "she is ready")]


def test_a_view_asked_about_is_no_claim() -> None:
    assert _claims("The company will have to explain why it sees censorship as the right answer.") == []
    # near variant: the view stated
    (claim,) = _claims("The company sees censorship as the right answer.")
    assert claim.cue == "see"
