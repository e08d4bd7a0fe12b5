"""Speaker resolution, session 23: speakers a reader can name that stayed
unresolved (closing note s22; QA rounds 59, 62 and 63). Each rule with a
sentence built like the article's and near variants that must stay as they
were (another gender, another family name, two candidates, another body)."""

from __future__ import annotations

from tests.claim_helpers import speakers_and_kinds


def _last(text: str) -> tuple[str | None, str]:
    return speakers_and_kinds(text)[-1]


# --- kin_description_is_the_relative_introduced, its namesake named just after (939) ------------

WIFE = ("London The wife of British hostage Alan Henning pleaded Saturday with ISIS to release him. "
        '"I cannot see how it could help any cause to see a man like Alan dying," {} said, according to '
        "a message released by the UK Foreign Office. ISIS refers to itself as a state. "
        "Henning's wife said her husband was only trying to do good in Syria.")


def test_kin_subject_then_a_namesake_of_its_gender_is_that_relative() -> None:
    assert _last(WIFE.format("Barbara Henning")) == ("Barbara Henning", "person")


def test_kin_subject_then_a_namesake_of_the_other_gender_is_no_one() -> None:
    assert _last(WIFE.format("Robert Henning")) == ("Henning's wife", "unnamed")


def test_kin_subject_then_another_family_name_is_no_one() -> None:
    assert _last(WIFE.format("Barbara Smith")) == ("Henning's wife", "unnamed")


def test_kin_subject_then_a_namesake_given_another_relation_is_no_one() -> None:
    assert _last(WIFE.format("his daughter, Barbara Henning,")) == ("Henning's wife", "unnamed")


def test_kin_subject_then_a_namesake_beside_another_person_is_no_one() -> None:
    assert _last(WIFE.format("Barbara Henning and Jane Lee")) == ("Henning's wife", "unnamed")


def test_namesake_two_sentences_after_the_kin_subject_is_no_one() -> None:
    text = WIFE.format("Barbara Henning").replace("him. ", "him. The talks went on. ", 1)
    assert _last(text) == ("Henning's wife", "unnamed")


# --- kin_description_is_the_relative_introduced, after "his" (905 s9: "..., his father said.") ----

FATHER = ("Italian police visited the parents of Luigi Maraldi, whose name appeared on the manifest. "
          "Maraldi's father, Walter, told police that he had just spoken to his son, said the official. "
          "{} was vacationing in Thailand, his {} said.")


def test_his_relative_is_the_one_introduced_as_that_relative() -> None:
    assert _last(FATHER.format("Maraldi", "father")) == ("Walter", "person")


def test_his_other_relative_is_no_one_introduced() -> None:
    assert _last(FATHER.format("Maraldi", "uncle")) == (None, "unresolved")


def test_his_relative_beside_two_people_named_before_it_is_no_one() -> None:
    assert _last(FATHER.format("Maraldi and Tom Brown", "father")) == ("his father", "unnamed")


# --- nation_leader_is_the_one_so_titled (901 s45: "The Russian leader also dismissed claims ...") ---

LEADER = ("Russian President Vladimir Putin acknowledged that the Games could be a target. {}"
          "The Russian leader also dismissed claims that corruption has pushed up the cost of the games.")


def test_nation_leader_is_the_one_president_of_that_nation() -> None:
    assert _last(LEADER.format("")) == ("Vladimir Putin", "person")


def test_nation_leader_beside_a_president_of_another_nation_is_the_same() -> None:
    assert _last(LEADER.format("U.S. President Barack Obama called him. ")) == ("Vladimir Putin", "person")


def test_nation_leader_with_a_prime_minister_of_that_nation_stays_unresolved() -> None:
    text = LEADER.format("Russian Prime Minister Dmitry Medvedev visited Sochi. ")
    assert _last(text) == ("The Russian leader", "unresolved")


def test_nation_leader_with_an_opposition_leader_of_that_nation_stays_unresolved() -> None:
    text = LEADER.format("Russian opposition leader Alexei Navalny was jailed. ")
    assert _last(text) == ("The Russian leader", "unresolved")


def test_nation_leader_with_a_president_of_no_nation_stays_unresolved() -> None:
    assert _last(LEADER.format("President Barack Obama called him. ")) == ("The Russian leader", "unresolved")


def test_leader_of_another_nation_is_no_one() -> None:
    text = LEADER.format("").replace("The Russian leader", "The French leader")
    assert _last(text) == ("The French leader", "unresolved")


def test_minister_of_the_nation_is_no_leader() -> None:
    text = LEADER.format("").replace("Russian President Vladimir Putin", "Russian Foreign Minister Sergei Lavrov")
    assert _last(text) == ("The Russian leader", "unresolved")


# --- title_description_named_later, with a body's capitals (569 s5: "a USPS spokesman told CNN") --

SPOKESMAN = ("But a USPS spokesman told CNN that the list is still subject to change. The new subjects are part "
             "of an effort to raise revenues. \"It creates excitement,\" {} said.")


def test_body_spokesman_is_the_one_named_later_with_that_body() -> None:
    assert speakers_and_kinds(SPOKESMAN.format("USPS spokesman Roy Betts"))[0] == ("Roy Betts", "person")


def test_body_spokesman_is_not_one_of_another_body_named_later() -> None:
    assert speakers_and_kinds(SPOKESMAN.format("FedEx spokesman Roy Betts"))[0] == ("a USPS spokesman", "unnamed")


def test_body_spokesman_is_not_a_former_one_named_later() -> None:
    assert speakers_and_kinds(SPOKESMAN.format("former USPS spokesman Roy Betts"))[0] == ("a USPS spokesman", "unnamed")


def test_body_spokesman_with_two_spokesmen_named_stays_unnamed() -> None:
    text = SPOKESMAN.format("USPS spokesman Roy Betts") + " USPS spokesman Tom Lee agreed, he said."
    assert speakers_and_kinds(text)[0] == ("a USPS spokesman", "unnamed")


# --- described_person_of_the_other_gender_is_no_rival (858 s18: "after she reported ...") ---------

GULNAZ = ("Earlier this month, gunmen attacked a family in their home after {} rejected a man's bid to marry "
          "his daughter. In another case, a 21-year-old, identified only as Gulnaz for her own protection, was "
          "sentenced to 12 years in prison after {} reported that her cousin's husband had raped her.")


def test_she_after_a_man_described_is_the_woman_named() -> None:
    assert _last(GULNAZ.format("the father", "she")) == ("Gulnaz", "person")


def test_she_after_a_woman_described_stays_unresolved() -> None:
    assert _last(GULNAZ.format("the mother", "she")) == ("she", "unresolved")


def test_she_after_one_described_of_no_gender_stays_unresolved() -> None:
    assert _last(GULNAZ.format("the neighbor", "she")) == ("she", "unresolved")
