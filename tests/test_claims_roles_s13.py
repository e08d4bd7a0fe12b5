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
    assert (claim.speaker, claim.role) == ("Juliet Eilperin", None)


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
