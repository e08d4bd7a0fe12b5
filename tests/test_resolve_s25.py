"""Sessions 24-25 speakers a reader names without doubt (QA rounds 66 and 67):
body descriptions the article named just before, a country's parliament, an
owner's initials before a body noun, an office named by its field. Each rule
with a sentence of its kind and a near variant that must stay as it is."""

from __future__ import annotations

from tests.claim_helpers import speakers_and_kinds

LEAD = "Officials met on Monday.\n\n"


# --- rule `body_the_article_called_so` (788 s8, 970 s40) --------------------------------------------

def test_group_named_in_its_sentence_the_article_called_a_group() -> None:
    text = ("Kenya's military tries to drive out the al Qaeda-linked militant group Al-Shabaab from Kismayo, "
            "a military spokesman said.\n\n"
            "The city is the group's last stronghold.\n\n"
            "But in a series of posts Saturday on a Twitter account often used by Al-Shabaab, the group said "
            'the Kenyan military is "waging a losing battle" in Kismayo.')
    assert speakers_and_kinds(LEAD + text)[-1] == ("Al-Shabaab", "organisation")


def test_agency_named_by_an_apposition_two_sentences_back() -> None:
    text = ("According to Interpol, the international police agency, it's very rare that victims can be "
            "visually identified.\n\n"
            "Interpol uses identifiers such as fingerprints to identify victims.\n\n"
            'The agency said on Saturday that it will be deploying a team to provide "on-site assistance".')
    assert speakers_and_kinds(LEAD + text)[-1] == ("Interpol", "organisation")


def test_group_the_article_never_called_so_stays_as_it_was() -> None:
    # near variant: Apple was never called "the group" (nor, then, Al-Shabaab here)
    text = ("Apple unveiled a phone on Monday.\n\n"
            'But in a post on a site often used by Apple, the group said the phone is "a winner".')
    assert speakers_and_kinds(LEAD + text)[-1] == ("the group", "unresolved")


def test_two_bodies_in_view_leave_the_group_as_it_was() -> None:
    # near variant: a second body named in the sentence before
    text = ("Kenya's military tries to drive out the militant group Al-Shabaab from Kismayo, "
            "a military spokesman said.\n\n"
            "Amnesty International condemned the fighting.\n\n"
            "In posts on an account used by Al-Shabaab, the group said it would fight on.")
    assert speakers_and_kinds(LEAD + text)[-1] == ("the group", "unresolved")


# --- rule `group_is_the_one_group_named_just_before` after "In it," (647 s14) -----------------------

def test_organization_after_an_opener_pointing_back() -> None:
    text = ("The American Psychological Association defines conversion therapy as aimed at changing sexual "
            "orientation, but adopted a resolution in 2009 condemning the practice.\n\n"
            'In it, the organization said "mental health professionals should avoid telling clients that '
            'they can change."')
    assert speakers_and_kinds(LEAD + text)[-1] == ("American Psychological Association", "organisation")


def test_organization_after_a_time_opener_stays_as_it_was() -> None:
    # near variant: "In 2010," points back to nothing
    text = ("The American Psychological Association adopted a resolution in 2009 condemning the practice.\n\n"
            'In 2010, the organization said "therapists should avoid telling clients that they can change."')
    assert speakers_and_kinds(LEAD + text)[-1] == ("the organization", "unresolved")


# --- academy and assembly as description heads (893 s18, s29) ---------------------------------------

def test_academy_and_assembly_are_the_bodies_their_names_hold() -> None:
    text = ("The discovery has earned three scientists the Nobel Prize in Physics, the Royal Swedish Academy "
            "of Sciences announced Tuesday.\n\n"
            '"And everything is possible again," the academy said in announcing the prize.\n\n'
            "The Nobel Assembly issued a statement after the award was announced.\n\n"
            "Since its members did not know of his death, the award will stand, the assembly said.")
    assert speakers_and_kinds(LEAD + text)[1:] == [("Royal Swedish Academy of Sciences", "organisation"),
                                   ("Nobel Assembly", "organisation")]


def test_academy_with_no_academy_named_stays_unresolved() -> None:
    # near variant: no body of the name in view
    text = "The prize was announced Tuesday.\n\nThe award will stand, the academy said."
    assert speakers_and_kinds(LEAD + text)[-1][0] is None or speakers_and_kinds(LEAD + text)[-1][1] == "unresolved"


# --- a country's parliament (884 s43, 919 s43): rule `description_names_its_body` --------------------

def test_a_peoples_parliament_names_itself() -> None:
    text = ("The number of immigrants spiked between 1999 and 2001, according to the Australian parliament.\n\n"
            "The Tanzanian parliament said it will convene a debate.")
    assert speakers_and_kinds(LEAD + text) \
        == [("Australian parliament", "organisation"), ("Tanzanian parliament", "organisation")]


def test_a_described_parliament_stays_as_written() -> None:
    # near variant: a word of description ("new") names no body
    assert speakers_and_kinds(LEAD + "The new parliament said it will convene a debate.")[-1][1] == "unresolved"


# --- rule `body_of_a_capitalised_owner_is_unnamed` with an owner's initials (788 s15, s16) -----------

def test_initials_before_a_lower_case_body_are_an_unnamed_body() -> None:
    text = ("Thousands have fled, according to the U.N. refugee agency.\n\n"
            "The U.N. refugee agency said it was worried.")
    assert speakers_and_kinds(LEAD + text) \
        == [("the U.N. refugee agency", "unnamed"), ("The U.N. refugee agency", "unnamed")]


def test_a_plain_lower_case_body_stays_unresolved() -> None:
    # near variant: no owner's initials
    assert speakers_and_kinds(LEAD + "The refugee agency said it was worried.")[-1][1] == "unresolved"


# --- rule `office_named_by_its_field_is_unnamed` (919 s31) --------------------------------------------

def test_minister_for_a_field_is_unnamed() -> None:
    text = ("The government referred CNN to an earlier statement in which the minister for natural "
            "resources denied the firm was a factor in the decision.")
    assert speakers_and_kinds(LEAD + text)[-1] == ("the minister for natural resources", "unnamed")


def test_minister_for_a_place_stays_unresolved() -> None:
    # near variant: a capitalised word after "for" is no field
    assert speakers_and_kinds(LEAD + "The minister for Kenya said it was fine.")[-1][1] == "unresolved"


def test_minister_of_a_field_held_by_a_named_person_is_that_person() -> None:
    # near variant: a person in view holds the office
    text = "Health Minister John Smith spoke on Monday.\n\nThe minister of health said it was fine."
    assert speakers_and_kinds(LEAD + text)[-1] == ("John Smith", "person")


# --- rule `described_person_named_next` (970 s27-s28) -------------------------------------------------

def test_spokesman_for_a_body_named_next_by_his_bare_title() -> None:
    text = ("The remains had not been moved, a spokesman for the Organization for Security and "
            "Co-Operation in Europe told CNN's Christian Amanpour.\n\n"
            "The bodies still have not been removed, spokesman Michael Bociurkiw said from the crash site.")
    assert speakers_and_kinds(LEAD + text) == [("Michael Bociurkiw", "person"), ("Michael Bociurkiw", "person")]


def test_owners_lawyer_with_another_lawyer_between_stays_unnamed() -> None:
    # near variant (471 s1-s3): a second lawyer written between the two
    text = ('The withdrawal "completely vindicated" the actor, Travolta\'s lawyer said Tuesday.\n\n'
            "The lawyer representing the therapists filed papers Tuesday.\n\n"
            '"We fully expect that my client will be vindicated," attorney Martin Singer said.')
    assert speakers_and_kinds(LEAD + text)[0] == ("Travolta's lawyer", "unnamed")


def test_spokesman_named_with_a_body_word_stays_unnamed() -> None:
    # near variant: "army spokesman" is no bare title; whose spokesman the first was, the text leaves open
    text = ("The remains had not been moved, a spokesman for the Organization for Security and "
            "Co-Operation in Europe told CNN.\n\n"
            "The bodies have not been removed, army spokesman John Doe said.")
    assert speakers_and_kinds(LEAD + text)[0][1] == "unnamed"


# --- rule `named_as_an_object_inside_its_claim_is_not_he` (801 s4) -----------------------------------

HOYLE = ("Malaysia said it would return Second Warrant Officer Muhammad Rizalman Ismail to New Zealand to "
         "assist authorities in their investigation into allegations against him.\n\n"
         "Superintendent Sam Hoyle said in a statement that Ismail would be arrested at the border.\n\n")


def test_man_named_inside_the_claim_is_not_he() -> None:
    text = HOYLE + "No date had yet been set for Ismail's return, he said."
    assert speakers_and_kinds(LEAD + text)[-1] == ("Superintendent Sam Hoyle", "person")


def test_man_named_inside_a_quotation_keeps_it_open() -> None:
    # near variant: inside a quotation a speaker may name himself; Ismail, a man, may be "he"
    text = HOYLE + "\"No date has been set for Ismail's return,\" he said."
    assert speakers_and_kinds(LEAD + text)[-1] == ("he", "unresolved")


def test_no_one_named_inside_the_claim_keeps_it_open() -> None:
    # near variant: nothing in the claim tells Hoyle, of unknown gender, from Ismail
    text = HOYLE + "No date had yet been set for the return, he said."
    assert speakers_and_kinds(LEAD + text)[-1] == ("he", "unresolved")


# --- rule `role_after_a_copula_marks_a_person` (919 s24-s26) ------------------------------------------

def test_head_of_a_council_is_a_person_he_points_to() -> None:
    text = ("Maasai gathered from all over the district.\n\n"
            "Elias Ngorisa is head of the Ngorongoro District Council.\n\n"
            "He has a notice which he says details the intended eviction.")
    assert speakers_and_kinds(LEAD + text)[-1] == ("Elias Ngorisa", "person")


def test_owner_of_a_company_after_a_copula_marks_no_person() -> None:
    # near variant: "owner" is no office only a person holds (a company may own another)
    text = ("Maasai gathered from all over the district.\n\n"
            "Elias Ngorisa is owner of the Ngorongoro Hunting Company.\n\n"
            "He has a notice which he says details the intended eviction.")
    assert speakers_and_kinds(LEAD + text)[-1] == ("he", "unresolved")


# --- rule `they_after_a_joint_source_of_names` (740 s31-s32) ------------------------------------------

def test_they_after_a_joint_source_of_names_is_that_source() -> None:
    text = ("RFUK and CED claim that not only can community mapping protect forest people's rights, but it "
            "can protect the rainforest itself.\n\n"
            "They say indigenous communities have a vested interest in conserving the rainforest.")
    assert speakers_and_kinds(LEAD + text)[-1] == ("RFUK and CED", "unnamed")


def test_they_after_a_joint_source_speaking_of_others_stays_unresolved() -> None:
    # near variant: the villagers spoken of may be "they" as well
    text = ("RFUK and CED claim that the villagers were moved from the forest.\n\n"
            "They say indigenous communities have a vested interest in conserving the rainforest.")
    assert speakers_and_kinds(LEAD + text)[-1] == ("They", "unresolved")
