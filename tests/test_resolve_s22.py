"""Speaker resolution, session 22: speakers a reader can name that stayed
unresolved (QA rounds 58-60). Each rule with a sentence built like the
article's and near variants that must stay as they were (another relation,
another possessor, two candidates, a name inside a quotation)."""

from __future__ import annotations

from tests.claim_helpers import speakers_and_kinds


def _last(text: str) -> tuple[str | None, str]:
    return speakers_and_kinds(text)[-1]


# --- kin_description_is_the_relative_introduced (792 s27: "Kevin's father told WSET ...") ---------

KIN = ("Kevin Lunsmann, 14, escaped from his captors. {} "
       "The boy is now home with his family in Virginia. "
       "Kevin's father told WSET that the boy will eventually share his story.")


def test_kin_description_is_the_relative_apposed_before() -> None:
    text = KIN.format('"It was a tough time," Kevin\'s father, Heiko, told CNN.')
    assert _last(text) == ("Heiko", "person")


def test_kin_description_is_the_relative_apposed_after() -> None:
    text = KIN.format('"It was a tough time," Heiko Lunsmann, Kevin\'s father, told CNN.')
    assert _last(text) == ("Heiko Lunsmann", "person")


def test_kin_description_gives_the_relation_gender_to_a_he_after() -> None:
    # as in the article, the boy is named again just before ("the son, Kevin,")
    text = KIN.format('"It was a tough time," Kevin\'s father, Heiko, told CNN. Both she and the son, Kevin, '
                      'are U.S. passport holders.') + ' "I only know that he is a hero," he said.'
    assert _last(text) == ("Heiko", "person")


def test_another_relation_is_someone_else() -> None:
    text = KIN.format('"It was a tough time," Kevin\'s uncle, Heiko, told CNN.')
    assert _last(text) == ("Kevin's father", "unnamed")


def test_relative_of_another_person_is_someone_else() -> None:
    text = KIN.format('Anna Meyer was freed too. "It was a tough time," Anna\'s father, Heiko, told CNN.')
    assert _last(text) == ("Kevin's father", "unnamed")


def test_two_relatives_introduced_so_leave_the_description() -> None:
    text = KIN.format('"It was a tough time," Kevin\'s father, Heiko, told CNN. '
                      '"We prayed," Kevin\'s father, Tom, told ABC.')
    assert _last(text) == ("Kevin's father", "unnamed")


def test_relative_named_inside_a_quotation_is_not_introduced() -> None:
    text = KIN.format('"Kevin\'s father, Heiko, never gave up," his aunt Gerda Braun said.')
    assert _last(text) == ("Kevin's father", "unnamed")


def test_two_people_of_the_possessors_first_name_leave_the_description() -> None:
    text = KIN.format('"It was a tough time," Kevin\'s father, Heiko, told CNN. Kevin Meyer, a neighbour, '
                      'wept.')
    assert _last(text) == ("Kevin's father", "unnamed")


# --- joined_cue_keeps_the_apposed_name (721 s18: "One of her lawyers, Kazuyuki Minami, ..., but says") -

LAWYER = ("Igarashi was arrested on Monday. {}, acknowledges that not everyone will appreciate her work, "
          "but says that her case is about more than artistic expression.")


def test_joined_cue_keeps_the_name_apposed_to_one_of_a_group() -> None:
    assert speakers_and_kinds(LAWYER.format("One of her lawyers, Kazuyuki Minami")) \
        == [("Kazuyuki Minami", "person")] * 2


def test_joined_cue_keeps_the_name_apposed_to_a_role() -> None:
    assert _last(LAWYER.format("Her lawyer, Kazuyuki Minami")) == ("Kazuyuki Minami", "person")


def test_joined_cue_after_two_apposed_names_stays_as_written() -> None:
    text = LAWYER.format("Her lawyers, Kazuyuki Minami and Taro Sato,").replace(", acknowledges", " acknowledge") \
        .replace("but says", "but say")
    assert _last(text) == ("Her lawyers", "unnamed")


def test_joined_cue_after_a_clause_apposed_stays_as_written() -> None:
    assert _last(LAWYER.format("One of her lawyers, who asked not to be named")) == ("One of her lawyers", "unnamed")


def test_joined_cue_of_a_body_with_its_apposed_name_stays_a_body() -> None:
    text = ("Oil prices rose. The company, Exxon Mobil, acknowledges that not everyone will like the deal, "
            "but says that it is fair.")
    assert _last(text) == ("Exxon Mobil", "organisation")


# --- body_owning_the_last_speakers_role (881 s9: "..., Amnesty International's ... deputy director.") ---

RIGHTS = ('Rights group Amnesty International has condemned the sentence. In a statement, the rights group '
          'called the punishment "torture." "It would be torture," said Ann Harrison, {} deputy director. '
          '{}The rights group calls this an example of a retribution case.')
GOES_ON = '"That such a punishment might be carried out is shocking." '


def test_rights_group_is_the_body_of_the_last_speakers_role() -> None:
    assert _last(RIGHTS.format("Amnesty International's Middle East", GOES_ON)) \
        == ("Amnesty International", "organisation")


def test_rights_group_after_another_sentence_stays_unresolved() -> None:
    text = RIGHTS.format("Amnesty International's Middle East", "The court has not commented. ")
    assert _last(text) == ("The rights group", "unresolved")


def test_rights_group_after_a_role_that_is_no_members_stays_unresolved() -> None:
    text = RIGHTS.format("a critic of Amnesty International's work and a former", GOES_ON)
    assert _last(text) == ("The rights group", "unresolved")


def test_rights_group_after_a_second_body_in_the_apposition_stays_unresolved() -> None:
    text = RIGHTS.format("Amnesty International's Human Rights Watch liaison and", GOES_ON)
    assert _last(text) == ("The rights group", "unresolved")


def test_body_never_described_so_is_not_the_rights_group() -> None:
    text = RIGHTS.format("Acme Corporation's Middle East", GOES_ON)
    assert _last(text) == ("The rights group", "unresolved")


# --- he_after_a_described_teller (964 s5: "Syria's oil minister said ... At the time, he said ...") ---

MINISTER = ("Venezuela has sent diesel to Syria. In late May, {} said that a tanker loaded with diesel had "
            "arrived in his country{}, the state-run news agency reported. {}At the time, {} said Venezuela was "
            "preparing another tanker.")


def test_he_after_a_described_teller_is_that_description() -> None:
    assert _last(MINISTER.format("Syria's oil minister", "", "", "he")) == ("Syria's oil minister", "unnamed")


def test_he_after_a_definite_teller_shows_the_description() -> None:
    assert _last(MINISTER.format("the oil minister", "", "", "he"))[0] == "the oil minister"


def test_he_after_a_teller_with_a_man_named_in_the_claim_is_not_the_teller() -> None:
    text = MINISTER.format("Syria's oil minister", " and that Bashar al-Assad welcomed it", "", "he")
    assert _last(text)[0] != "Syria's oil minister"  # the man named may be "he": the older rules decide


def test_he_after_a_teller_with_another_person_described_stays_unresolved() -> None:
    text = MINISTER.format("Syria's oil minister", " and that the president welcomed it", "", "he")
    assert _last(text) == ("he", "unresolved")


def test_he_after_another_sentence_between_stays_unresolved() -> None:
    text = MINISTER.format("Syria's oil minister", "", "The tanker was later seen in port. ", "he")
    assert _last(text) == ("he", "unresolved")


def test_he_after_a_teller_of_the_other_gender_stays_unresolved() -> None:
    assert _last(MINISTER.format("the ministry spokeswoman", "", "", "he"))[0] != "the ministry spokeswoman"


# --- they_also_of_the_same_cue (639 s33: "Court documents allege ... They also allege ...") ---------

DOCUMENTS = ("The tenants sued the landlord in 2003. {} that he told building staff he did not like some "
             "tenants. {}They also {} that his company refused to accept rent from the tenants.")


def test_they_also_with_the_same_cue_is_that_source() -> None:
    assert _last(DOCUMENTS.format("Court documents allege", "", "allege")) == ("Court documents", "unnamed")


def test_they_also_with_another_cue_stays_unresolved() -> None:
    assert _last(DOCUMENTS.format("Court documents allege", "", "say")) == ("They", "unresolved")


def test_they_also_after_a_sentence_between_stays_unresolved() -> None:
    text = DOCUMENTS.format("Court documents allege", "The case was settled in 2005. ", "allege")
    assert _last(text) == ("They", "unresolved")


def test_they_also_after_a_source_in_the_singular_stays_unresolved() -> None:
    assert _last(DOCUMENTS.format("The lawsuit alleges", "", "allege")) == ("They", "unresolved")


def test_they_without_also_stays_as_it_was() -> None:
    text = DOCUMENTS.format("Court documents allege", "", "allege").replace("They also", "They")
    assert _last(text) == ("They", "unresolved")


# --- identified_as_marks_a_person (858 s18: "a 21-year-old, identified only as Gulnaz, ...") ---------

GULNAZ = ("In another case, {} identified only as Gulnaz was sentenced to 12 years in prison after {} reported "
          "that her cousin's husband had raped her.")


def test_name_identified_after_an_age_is_that_person() -> None:
    assert _last(GULNAZ.format("a 21-year-old,", "she")) == ("Gulnaz", "person")


def test_name_identified_after_a_person_noun_is_that_person() -> None:
    assert _last(GULNAZ.format("a woman", "she")) == ("Gulnaz", "person")


def test_name_identified_after_a_man_is_no_she() -> None:
    assert _last(GULNAZ.format("a man", "she")) == ("she", "unresolved")


def test_name_identified_after_a_group_is_no_person() -> None:
    assert _last(GULNAZ.format("a group", "she")) == ("she", "unresolved")
