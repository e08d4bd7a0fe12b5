"""Session 13, round 2: the roles, labels and kinds a reader sees (QA round 40,
session 13 web test). Each rule: a sentence of its kind and a near variant
that stays as it was."""

from __future__ import annotations

from summarizer import extract_claims
from tests.claim_helpers import only

# --- Rule `role_as_written` (speakers.py) ------------------------------------------------------


def test_a_lower_case_role_before_the_name_is_shown() -> None:
    claim = only("CNN political editor Mark Preston said the race was close.")
    assert (claim.speaker, claim.role) == ("Mark Preston", "CNN political editor")
    claim = only("State Department spokeswoman Marie Harf said the talks would continue.")
    assert (claim.speaker, claim.role) == ("Marie Harf", "State Department spokeswoman")


def test_a_lower_case_role_in_apposition_is_shown() -> None:
    claim = only("Pat Rynard, managing editor of Iowa Starting Line, said the race was open.")
    assert (claim.speaker, claim.role) == ("Pat Rynard", "managing editor")
    claim = only("Jamie Lovegrove, a political reporter at the Post and Courier, said the vote was close.")
    assert (claim.speaker, claim.role) == ("Jamie Lovegrove", "political reporter")


def test_the_role_stays_with_the_speaker_in_later_claims() -> None:
    claims = extract_claims("CNN political editor Mark Preston said the race was close. "
                            "Preston said the polls were wrong.")
    assert [(c.speaker, c.role) for c in claims] == [("Mark Preston", "CNN political editor")] * 2


def test_a_listed_title_still_gives_the_role() -> None:
    claim = only("NATO Secretary General Jens Stoltenberg said the alliance was ready to help.")
    assert (claim.speaker, claim.role) == ("Jens Stoltenberg", "NATO Secretary General")
    claim = only("Evan Sparks, CEO of Determined AI, said the cost was high.")
    assert (claim.speaker, claim.role) == ("Evan Sparks", "CEO")


def test_a_role_cut_short_is_not_shown() -> None:
    # "secretary of state" is no role "state"; "bureau chief" is no bare "chief"
    claim = only("Former secretary of state Hillary Clinton said the deal was bad.")
    assert (claim.speaker, claim.role) == ("Hillary Clinton", None)
    claim = only("Post White House bureau chief Juliet Eilperin wrote that the meeting was long.")
    # kinds-s15 (rule `noun_modifiers_of_a_role` before the name): the whole phrase, never "chief"
    assert (claim.speaker, claim.role) == ("Juliet Eilperin", "Post White House bureau chief")



def test_a_role_head_cut_from_its_complement_is_not_shown() -> None:
    # review s13: a bare "owner" or "expert" misleads; a head before a body's name or noun stays
    claim = only("Tom Reed, the owner of the house that burned, said he lost everything.")
    assert (claim.speaker, claim.role) == ("Tom Reed", None)
    claim = only("Tom Reed, an expert on Iran at Harvard, said the talks would fail.")
    assert (claim.speaker, claim.role) == ("Tom Reed", None)
    claim = only("Tom Reed, a spokesman for the company, said the plant would close.")
    assert (claim.speaker, claim.role) == ("Tom Reed", "spokesman")

def test_a_listed_title_in_lower_case_is_one_role_phrase() -> None:
    # "Press Secretary" is a listed title: "press" belongs to the phrase
    claim = only("Clinton press secretary Brian Fallon said the attack was unfair.")
    assert (claim.speaker, claim.role) == ("Brian Fallon", "Clinton press secretary")


def test_a_role_before_a_surname_alone_is_not_shown() -> None:
    # "The federal judge Trump was referring to ...": the role is the judge's, not Trump's
    claim = only("The federal judge Smith said the case was closed.")
    assert claim.role is None


# --- titles.txt: Rabbi and Team Principal are listed titles -------------------------------------


def test_rabbi_is_a_title_as_judge_is() -> None:
    claim = only("Rabbi Seth Goldstein said the community was shaken.")
    assert (claim.speaker, claim.role) == ("Seth Goldstein", "Rabbi")
    claim = only("Judge Mary Smith said the case was closed.")
    assert (claim.speaker, claim.role) == ("Mary Smith", "Judge")


def test_team_principal_is_a_role() -> None:
    claim = only("Team principal Ross Brawn said the car was fast.")
    assert (claim.speaker, claim.role) == ("Ross Brawn", "Team principal")
    claim = only("McLaren team principal Martin Whitmarsh said the car was fast.")
    assert (claim.speaker, claim.role) == ("Martin Whitmarsh", "McLaren team principal")


# --- Rule `listed_body_written_as_a_word` (names.py, organisation_acronyms.txt) -----------------


def test_a_listed_body_written_as_a_word_is_an_organisation() -> None:
    for text, speaker in (("Unicef said the children needed help.", "Unicef"),
                          ("Oxfam said the aid was too late.", "Oxfam"),
                          ("Nato said the alliance was ready.", "Nato")):
        claim = only(text)
        assert (claim.speaker, claim.speaker_kind) == (speaker, "organisation"), text


def test_an_unlisted_word_name_stays_as_it_was() -> None:
    claim = only("Gibbs said the children needed help.")
    assert (claim.speaker, claim.speaker_kind) == ("Gibbs", "person")


# --- Rule `named_place_speaks_for_its_institution` (names.py) ------------------------------------


def test_a_palace_or_an_airport_that_speaks_is_an_organisation() -> None:
    claim = only("Kensington Palace said the couple were delighted.")
    assert (claim.speaker, claim.speaker_kind) == ("Kensington Palace", "organisation")
    claim = only("Heathrow Airport said flights were delayed.")
    assert (claim.speaker, claim.speaker_kind) == ("Heathrow Airport", "organisation")


def test_a_person_whose_surname_is_a_place_word_stays_a_person() -> None:
    claim = only("Veronica Lake said the film was good.")
    assert (claim.speaker, claim.speaker_kind) == ("Veronica Lake", "person")
    claim = only('"Friends don\'t let friends drive drunk!" wrote Stevie Street, one of the commenters.')
    assert (claim.speaker, claim.speaker_kind) == ("Stevie Street", "person")


# --- organisation_words.txt: club; rule `capitalised_determiner_opens_a_body` (names.py) ----------


def test_a_club_runs_through_for() -> None:
    claim = only("The fiscally conservative Club for Growth Action reported spending $1.1 million on ads.")
    assert (claim.speaker, claim.speaker_kind) == ("Club for Growth Action", "organisation")


def test_a_capitalised_our_inside_a_sentence_opens_the_body() -> None:
    claims = extract_claims("The ads come from Our Principles PAC, a super PAC. Our Principles PAC, which was "
                            "founded by a former aide, said the ad was fair.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Our Principles PAC", "organisation")]


def test_our_opening_a_sentence_alone_stays_out_of_the_name() -> None:
    claim = only("Our Principles PAC said the ad was fair.")
    assert claim.speaker == "Principles PAC"


# --- Rule `place_before_a_title` in a line read as title case (names.py) ------------------------


def test_a_place_before_a_title_stays_in_the_role_in_a_capitalised_sentence() -> None:
    # most long words capitalised: the sentence reads as title case, the place still is the role's
    claim = only("Former Texas Gov. Rick Perry announced his endorsement of Sen. Ted Cruz for president on Sunday.")
    assert (claim.speaker, claim.role) == ("Rick Perry", "Former Texas Gov.")


def test_a_place_before_a_title_in_a_plain_sentence_stays() -> None:
    claim = only("Former Texas Gov. Rick Perry said the race was close.")
    assert (claim.speaker, claim.role) == ("Rick Perry", "Former Texas Gov.")
