"""Unresolved speakers a careful reader can name (resolve s19), each a named
rule with a sentence of its kind and a near variant that must stay as it is."""

from __future__ import annotations

import pytest

from tests.claim_helpers import last_speaker_and_kind

# --- organisation_acronyms.txt companies, read by rule `listed_body_written_as_a_word` (reader test:
# "Microsoft has a partnership with OpenAI, and the company said" showed "the company")

INVEST = ", and the company said it would invest more in the coming year."


@pytest.mark.parametrize(("text", "expected"), [
    ("Microsoft has a partnership with OpenAI" + INVEST, ("Microsoft", "organisation")),
    ("Google said on Monday that it would invest more in Ireland.", ("Google", "organisation")),
    ("Boeing said the jets would be delivered late.", ("Boeing", "organisation")),
])
def test_a_listed_company_is_a_body(text: str, expected: tuple[str, str]) -> None:
    assert last_speaker_and_kind(text) == expected


@pytest.mark.parametrize("text", [
    "Bill Gates founded Microsoft" + INVEST,  # a person opens the sentence
    "Microsoft and Google have deals with OpenAI" + INVEST,  # two bodies: which one?
    "Gowalla has a partnership with OpenAI" + INVEST,  # an unlisted word is no evidence
])
def test_the_company_stays_unresolved_without_one_typed_subject(text: str) -> None:
    assert last_speaker_and_kind(text)[1] == "unresolved"



# --- rule `body_in_the_last_speakers_apposition` (reader test, CNN-Corpus 944 s2: "The group is
# demanding" after the speaker's apposition named the Institute)

KURZBAN = ('"The claims are that the U.N. engaged in gross negligence," said Ira Kurzban, a lawyer '
           "and board member with the Boston-based Institute for Justice and Development in Haiti. ")
DEMANDING = "The group is demanding financial compensation for the victims."


def test_the_group_is_the_body_of_the_speakers_apposition() -> None:
    assert last_speaker_and_kind(KURZBAN + DEMANDING) \
        == ("Institute for Justice and Development in Haiti", "organisation")


@pytest.mark.parametrize("text", [
    KURZBAN.replace("board member with", "critic of") + DEMANDING,  # a critic is no member
    KURZBAN + "The company is demanding financial compensation for the victims.",  # no company
    KURZBAN.replace(" in Haiti.", " and the Red Cross.") + DEMANDING,  # two bodies
    KURZBAN + "Lawyers met on Monday. " + DEMANDING,  # not the sentence right after
    '"We will sue," said Jane Doe, a professor at Stanford. ' + DEMANDING,  # no kind of group
    KURZBAN + "On Monday, the group is demanding financial compensation for the victims.",
])
def test_the_group_stays_unresolved_without_one_body_the_speaker_belongs_to(text: str) -> None:
    assert last_speaker_and_kind(text)[1] == "unresolved"


# --- rule `they_goes_on_with_its_plural_subject` (web test, newrepublic: "Foreign policymakers
# largely assumed ..., and so they thought ..." left "they" unresolved)

ASSUMED = "Foreign policymakers largely assumed that all good things would go together"
THOUGHT = ", and so they thought opening China to trade would lead to democracy."


@pytest.mark.parametrize(("text", "expected"), [
    (ASSUMED + THOUGHT, ("Foreign policymakers", "unnamed")),
    ("Democratic leaders are wary of steering the party left, but they do not want to alienate voters.",
     ("Democratic leaders", "unnamed")),
])
def test_they_goes_on_with_the_plural_people_that_open_the_sentence(
        text: str, expected: tuple[str, str]) -> None:
    assert last_speaker_and_kind(text) == expected


@pytest.mark.parametrize("text", [
    ASSUMED.replace("all good things", "the diplomats") + THOUGHT,  # other people between
    ASSUMED.replace("all good things", "the governments") + THOUGHT,  # bodies between
    ASSUMED.replace("all good things", "Angela Merkel") + THOUGHT,  # a name between
    "That frustrates many analysts because they believe a shift will come.",  # the object, no subject
    "Republicans called the hearing because they felt the FBI was not forthcoming.",  # a party's people
    "Officials who met the envoys assumed that peace would come, and so they thought trade would grow.",
])
def test_they_stays_unresolved_without_one_plural_subject(text: str) -> None:
    assert last_speaker_and_kind(text)[1] == "unresolved"


# --- rule `listed_body_after_and_is_a_name_of_its_own` (make test, resolve s19: with Google listed,
# "Apple and Google said in a joint statement" showed "Google" alone)


@pytest.mark.parametrize("pair", ["Apple and Google", "Acme and Airbus", "Apple and Oxfam"])
def test_a_listed_body_after_and_speaks_with_the_first(pair: str) -> None:
    assert last_speaker_and_kind(pair + " said in a joint statement that they would stay open.") == (pair, "unnamed")


def test_an_unlisted_word_after_and_is_read_as_before() -> None:
    assert last_speaker_and_kind("The Center for Science and Democracy said it would stay open.") \
        == ("The Center for Science and Democracy", "unnamed")
