"""Session 20 (mentions2-s20): the brief's "Mentioned" list, round 2 (QA
rounds 55 and 56). Each rule has a sentence of its kind and a near variant
that stays as it was."""

from __future__ import annotations

from summarizer.brief import _group_by_speaker
from summarizer.mentions import find_mentions
from summarizer.model import BriefClaim


def mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


# --- rule `possessive_inside_a_thing_name_is_no_owner` (QA 55, 571: "John Pepper (6)", "Ghost (5)") ---------

PEPPER = ("It is based on a system called 'Pepper's Ghost' developed by Henry Dircks and John Pepper.",
          "When it was first developed, Pepper's Ghost was quite straightforward.",
          "He advanced the concept of Pepper's Ghost with video projection.")


def test_possessive_inside_a_thing_name_counts_for_the_thing() -> None:
    found = mentioned(*PEPPER)
    assert found["Pepper's Ghost"] == ("other", 3)
    assert found["John Pepper"] == ("person", 1)
    assert "Ghost" not in found


def test_possessive_before_a_word_named_alone_stays_an_owner() -> None:
    found = mentioned("Sen. John Pepper said Pepper's Office was closed.", "Pepper's Office reopened.",
                      "The Office said so.")
    assert "Pepper's Office" not in found
    found = mentioned("John Pepper spoke.", "Pepper's Ghost is a trick.")  # written once: no fixed name
    assert "Pepper's Ghost" not in found


# --- rule `quoted_title_is_no_person` (QA 56, 439: "Erin Burnett OutFront"; 581: "Steve Jobs Hoverbikes") --


def test_quoted_show_named_after_a_person_is_no_person() -> None:
    found = mentioned("Thursday night, Jason Benham told CNN's \"Erin Burnett OutFront\" that HGTV vetted them.")
    assert found["Erin Burnett OutFront"][0] == "other"
    found = mentioned("\"It would be like naming a company 'Steve Jobs Hoverbikes' 50 years from now,\" "
                      "Inman wrote.")
    assert found["Steve Jobs Hoverbikes"][0] == "other"


def test_quoted_two_word_name_stays_a_person() -> None:
    found = mentioned("He asked for a man called \"Erin Burnett\" at the desk.", "Burnett was not there.")
    assert found["Erin Burnett"][0] == "person"


# --- rule `compound_adjective_is_no_part_of_a_name` (QA 55, 606: "Paul Arzens-designed"; 746) --------------


def test_compound_adjective_is_no_part_of_a_name() -> None:
    found = mentioned("An oddity is the 1942 Paul Arzens-designed aluminum and Plexiglass bubble car.")
    assert "Paul Arzens-designed" not in found and found["Paul Arzens"][0] == "person"
    found = mentioned("Brian Concannon of the Boston-based Institute for Justice and Democracy said so.")
    assert "Institute for Justice" in found and "Boston-based Institute for Justice" not in found


def test_hyphened_names_stay() -> None:
    found = mentioned("Jean-Paul Sartre met Antoine de Saint-Exupery in Paris.")
    assert "Jean-Paul Sartre" in found and "Antoine de Saint-Exupery" in found


# --- rule `quoted_nickname_is_inside_the_name` (QA 56, 889: "Jean de Dieu" under People, "Uwimana (3)") -----


def test_quoted_nickname_is_inside_the_name() -> None:
    found = mentioned("Another founding team member, Jean de Dieu \"Rafiki\" Uwimana contracted malaria.",
                      "Uwimana recovered.", "Uwimana rode again.", "Uwimana won.")
    assert found["Jean de Dieu Uwimana"] == ("person", 4)
    assert "Jean de Dieu" not in found and "Uwimana" not in found


def test_quoted_word_after_no_person_stays() -> None:
    found = mentioned("They signed with Atlantic \"Rafiki\" Records last year.", "Records show it.")
    assert "Atlantic Records" not in found


# --- rule `word_before_a_web_address_is_no_part` (QA 56, 439: "Website GlobalFlare.com") ------------------


def test_word_before_a_web_address_is_no_part() -> None:
    found = mentioned("A video was posted in 2013.", "Website GlobalFlare.com, which emphasizes news, carried it.")
    assert "Website GlobalFlare.com" not in found and found["GlobalFlare.com"][0] == "organisation"


def test_name_before_no_web_address_stays() -> None:
    assert "Website Builder Pro" in mentioned("A video was posted.", "Website Builder Pro, which is new, has it.")


# --- rule `party_label_is_no_name` (QA 56, 401: "D-New York") ------------------------------------------------


def test_party_label_is_no_name() -> None:
    found = mentioned("\"You have the power,\" Rep. Charlie Rangel, D-New York, said on Thursday.")
    assert "D-New York" not in found and found["Charlie Rangel"][0] == "person"


def test_hyphened_name_of_no_party_stays() -> None:
    assert "Al-Shifa Hospital" in mentioned("Doctors at Al-Shifa Hospital said so.")


# --- rule `piece_of_a_name_over_of_is_no_name` with a name of several words before "of" (QA 56, 401) --------


def test_piece_after_a_name_of_two_words_and_of_is_no_name() -> None:
    found = mentioned("He can suspend deportations, known as Deferred Action of Childhood Arrivals.")
    assert "Childhood Arrivals" not in found


def test_name_after_a_title_of_two_words_and_of_stays() -> None:
    found = mentioned("He met the Prime Minister of Acme Holdings Group today.")
    assert "Acme Holdings Group" in found


# --- kinds: `air_after_a_place_is_an_airline`, body_ends motors and mission, first names (QA 55/56) ---------


def test_airline_mission_and_carmaker_are_organisations() -> None:
    found = mentioned("Samoa Air has taken the next lunge in the debate.",
                      "Elon Musk is CEO of SpaceX and Tesla Motors.",
                      "The victims filed petitions with the U.N. Stabilization Mission in Haiti.")
    assert found["Samoa Air"][0] == "organisation"
    assert found["Tesla Motors"][0] == "organisation"
    assert found["U.N. Stabilization Mission"][0] == "organisation"


def test_air_after_no_place_stays_untyped() -> None:
    assert mentioned("The MacBook Air is thin.")["MacBook Air"][0] == "other"


def test_first_names_of_round_56_make_people() -> None:
    found = mentioned("Ahmed Deif told CNN's Christiane Amanpour on Monday.",
                      "And Aleksandr Borodai, the self-declared \"Prime Minister\" of the group.")
    assert found["Christiane Amanpour"][0] == "person" and found["Aleksandr Borodai"][0] == "person"


# --- rule `quoted_name_after_a_is_no_body` (QA 55, 558: "Future Party" as an organisation) ---------------


def test_quoted_name_after_a_is_no_body() -> None:
    found = mentioned("The robots made their debut at a \"Future Party\" in Tokyo last year.")
    assert found["Future Party"][0] == "other"


def test_party_named_without_a_stays_a_body() -> None:
    found = mentioned("He joined the \"Future Party\" in Tokyo last year.")
    assert found["Future Party"][0] == "organisation"


# --- rule `middle_name_folds_into_full_name` for the brief's speakers (QA 56, 871: two Trenka entries) ------


def _claim(speaker: str, kind: str = "person") -> BriefClaim:
    return BriefClaim(speaker=speaker, role=None, cue="said", cue_class="assertive", content="it is a shift",
                      kind="indirect", hedged=False, citations=(1,), speaker_kind=kind)  # type: ignore[arg-type]


def test_speaker_without_a_middle_name_is_one_speaker() -> None:
    groups = _group_by_speaker([_claim("Jane Jeong Trenka"), _claim("Jane Trenka"), _claim("Jane Jeong Trenka")])
    assert [(group.speaker, len(group.claims)) for group in groups] == [("Jane Jeong Trenka", 3)]


def test_short_name_of_two_middle_names_stays_apart() -> None:
    groups = _group_by_speaker([_claim("John Paul Smith"), _claim("John Peter Smith"), _claim("John Smith")])
    assert sorted(group.speaker for group in groups) == ["John Paul Smith", "John Peter Smith", "John Smith"]


# --- rule `acronym_in_brackets_spells_the_whole_name` (QA 56, 871: "Mission" + "Promote Adoption") ----------


def test_acronym_in_brackets_spells_the_whole_name() -> None:
    found = mentioned("Steve Choi Morrison is the founder of the Mission to Promote Adoption in Korea (MPAK).",
                      "He lives in Korea now.")
    # the short form in brackets counts once more (`short_form_is_its_initials`), as "(FDA)" does
    assert found["Mission to Promote Adoption in Korea"] == ("organisation", 2)
    assert "Mission" not in found and "Promote Adoption" not in found


def test_words_the_acronym_does_not_spell_stay() -> None:
    found = mentioned("Steve Choi Morrison is the founder of the Mission to Promote Adoption in Korea (MPK).")
    assert "Mission to Promote Adoption in Korea" not in found


def test_whole_name_before_its_acronym_leaves_other_pieces_alone() -> None:
    found = mentioned("Any Green New Deal must be fair.", "Growth came to Europe, US and China.",
                      "The plan is that of the Green New Deal for Europe (GNDE).",
                      "The Green New Deal for Europe is the most ambitious plan.")
    assert found["Green New Deal"][1] == 1 and found["Europe"][1] == 1
