"""QA round 13 (held-out CNN articles): rule `said_someone_who_is_inverted`
("..., said a woman who identified herself as the mother of the suspect" gave
the suspect, named before the comma, as the speaker and the woman as what he
said)."""

from __future__ import annotations

from tests.claim_helpers import only


def test_said_a_woman_who_after_a_comma_is_the_speaker() -> None:
    claim = only("But he grew up as Alton Nolen, a good kid raised in a loving home, said a woman who "
                 "identified herself as the mother of the suspect in an online posting.")
    assert claim.speaker == "a woman"
    assert claim.content.startswith("he grew up as Alton Nolen")


def test_a_person_who_with_a_verb_of_their_own_is_what_was_said() -> None:
    claim = only("Smith, a lawyer, said a woman who saw the crash had called the police.")
    assert claim.speaker == "Smith"
    assert claim.content == "a woman who saw the crash had called the police"


def test_a_cue_inside_an_if_that_means_whether_is_no_claim() -> None:
    # Rule `embedded_question_is_no_claim` (QA round 13: 448 [12] read as an order already given)
    from summarizer import extract_claims

    assert extract_claims("He will decide in February if he will order Brown to complete his sentence in prison.") == []
    assert extract_claims("It is not clear yet if the judge will order a new trial for Brown.") == []


def test_the_answer_after_an_asked_if_clause_stays() -> None:
    claim = only("Asked if she believed Putin wanted Trump to win, Clinton said she was not going to jump "
                 "to that conclusion.")
    assert claim.speaker == "Clinton"
    assert claim.content == "she was not going to jump to that conclusion"


def test_an_as_aside_inside_an_if_clause_is_a_claim() -> None:
    text = ("If polarization is not inherently problematic \u2014 as Klein elsewhere asserts \u2014 then why "
            "should we worry?")
    from summarizer import extract_claims

    assert [c.speaker for c in extract_claims(text)] == ["Klein"]


def test_an_adjective_in_ly_stays_in_the_content() -> None:
    # QA round 13 (158 [5]): "daily" was skipped as an adverb, giving the figures to all adolescent users
    claim = only("The study found daily adolescent users were 18 times more likely to become dependent.")
    assert claim.content.startswith("daily adolescent users")


def test_to_me_before_a_colon_is_the_hearer_not_the_content() -> None:
    # Rule `to_hearer_is_no_content` (QA round 13: 67 [1] "a young boy said to me: ...")
    claim = only('A young boy said to me: "The day we take peace as seriously as a football match, '
                 'we will achieve it."')
    assert claim.content.startswith('"The day we take peace')
