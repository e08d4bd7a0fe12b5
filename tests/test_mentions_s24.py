"""Session 24 (mentions-s24): the brief's Mentioned lists, findings of reader rounds 66 and 67
(/work/briefing/qa-round66.md, qa-round67.md) and the closing note of session 23: bodies folded
into another, people typed as things, cut or junk names. Each rule with a sentence of the kind
fixed and a near variant that must stay as it is."""

from summarizer.mentions import find_mentions


def mentioned(*sentences: str, speakers: tuple[str, ...] = (), bodies: tuple[str, ...] = ()
              ) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers, bodies)}


# --- rule `legislature_alone_is_no_other_body` (428: "White House (6)" counted "the House") ---


def test_the_house_is_no_white_house() -> None:
    found = mentioned("Boehner said higher rates are unacceptable to Republicans who control the House.",
                      "He urged members to give him room to negotiate with the White House.",
                      "The bill must still pass the Republican-controlled House.")
    assert found["White House"] == ("organisation", 1)
    assert found["House"][0] == "organisation"


def test_the_house_near_variant_a_place_before_it_is_the_same_chamber() -> None:
    for first, second in (("The Texas House voted on Monday.", "Lawmakers in the House passed it on Tuesday."),
                          ("Lawmakers in the House passed it on Tuesday.", "The Texas House voted on Monday.")):
        found = mentioned(first, second)
        assert found["Texas House"] == ("organisation", 2)
        assert "House" not in found


# --- rule `titled_person_is_listed` (428: "President Obama" twice, no Obama among the People) ---


def test_one_word_person_with_a_title_is_listed() -> None:
    found = mentioned("It is up to President Obama to propose a way forward, McConnell said.",
                      "President Obama weighed in as well by placing calls to the leaders.")
    assert found["Obama"] == ("person", 2)


def test_one_word_person_near_variant_a_courtesy_title_in_a_quoted_song_is_no_person() -> None:
    found = mentioned("I want Bobby Vinton to pick up my head and sing 'Mr. Lonely.'")
    assert "Lonely" not in found


def test_one_word_person_near_variant_without_a_title_named_twice_is_not_listed() -> None:
    found = mentioned("It is up to Obama to propose a way forward, McConnell said.",
                      "Obama weighed in as well by placing calls to the leaders.")
    assert found.get("Obama", ("other", 0))[0] != "person"  # no title: the names layer cannot type it


# --- rule `platform_is_no_person` (788: "Twitter (3)" under People) ---


def test_platform_is_no_person() -> None:
    found = mentioned("The forces destroyed three bases, according to the military's official Twitter account.",
                      "In posts on a Twitter account used by the group, it said the army was losing.",
                      "Twitter postings from the prime minister congratulated the military.")
    assert found.get("Twitter", ("other", 0))[0] != "person"


def test_platform_near_variant_a_person_of_an_official_title_stays_a_person() -> None:
    found = mentioned("The forces destroyed three bases, according to the military's official Tom Oguna.")
    assert found["Tom Oguna"][0] == "person"


# --- rule `institution_is_an_organisation` with a faith's word (647: "Christian Church" a person) ---


def test_faith_word_before_an_institution_word_is_no_first_name() -> None:
    found = mentioned("Exodus apologised for years of judgment by the group and the Christian Church as a whole.")
    assert found["Christian Church"][0] == "organisation"


def test_faith_word_near_variant_a_first_name_before_church_is_a_person() -> None:
    found = mentioned("The singer Charlotte Church said she would perform in Cardiff.")
    assert found["Charlotte Church"][0] == "person"


# --- rule `paired_with_a_person_is_a_person` (893: "Konstantin Novoselov" under Other names) ---


def test_name_paired_with_a_person_is_a_person() -> None:
    found = mentioned("In 2010 the prize went to Andre Geim and Konstantin Novoselov for their work on graphene.")
    assert found["Konstantin Novoselov"][0] == "person"


def test_name_paired_near_variant_a_body_beside_a_person_stays() -> None:
    found = mentioned("In 2010 the prize went to Andre Geim and Rockefeller University for their work.")
    assert found["Rockefeller University"][0] == "organisation"
    found = mentioned("In 2010 the prize went to Andre Geim, Jane Doe and Konstantin Novoselov for their work.")
    assert found["Konstantin Novoselov"][0] != "organisation"


# --- rule `middle_initial_marks_a_person` (893: "Jules A. Hoffmann" under Other names) ---


def test_middle_initial_marks_a_person() -> None:
    found = mentioned("The committee named Jules A. Hoffmann the winner of the prize.")
    assert found["Jules A. Hoffmann"][0] == "person"


def test_middle_initial_near_variant_without_it_the_name_waits_for_evidence() -> None:
    found = mentioned("The committee named Jules Hoffmann the winner of the prize.")
    assert found["Jules Hoffmann"][0] == "other"


# --- rule `city_named_like_a_person_after_in_is_a_place` (801: "Wellington (3)" under Other names) ---


def test_city_named_like_a_person_after_in_is_a_place() -> None:
    found = mentioned("Ismail worked at Malaysia's High Commission in Wellington when he was arrested.",
                      "The attack in Wellington took place on May 9, police said.")
    assert found["Wellington"] == ("place", 2)


def test_city_named_like_a_person_near_variant_not_after_in_stays() -> None:
    found = mentioned("Wellington said the army would march at dawn.", "Wellington later denied it.",
                      "Historians still praise Wellington for the victory.")
    assert found.get("Wellington", ("other", 0))[0] != "place"


# --- rule `faith_word_before_a_name_is_no_part` (960: "Muslim Seleka (5)" under People) ---


def test_faith_word_before_a_name_is_no_part() -> None:
    found = mentioned("The truce between the Muslim Seleka militia and the Christian militias allowed aid in.",
                      "Thousands sought refuge from the Seleka militias in September.",
                      "A standoff developed between the Seleka and the peacekeepers.",
                      "Families fled as Seleka militias marauded through the town.")
    assert "Muslim Seleka" not in found


def test_faith_word_near_variant_a_body_never_written_without_it_stays_whole() -> None:
    found = mentioned("The Muslim Brotherhood said it would boycott the vote.",
                      "Leaders of the Muslim Brotherhood met on Monday.")
    assert found["Muslim Brotherhood"][0] == "organisation"


# --- rule `code_between_numbers_is_no_short_form` (CNN-Corpus 663: "(18 USC 1361)") ---


def test_code_between_numbers_is_no_short_form() -> None:
    found = mentioned("The U.S. Constitution protects speech, the lawyer said.",
                      "They were charged with damaging federal property (18 USC 1361) on Monday.")
    assert found["U.S. Constitution"][1] == 1


def test_code_between_numbers_near_variant_initials_alone_still_fold() -> None:
    found = mentioned("The New York City Housing Authority said repairs would start.",
                      "NYCHA said the work would take a year.")
    assert found["New York City Housing Authority"][1] == 2


def test_name_before_a_chapter_and_verse_is_no_name() -> None:
    found = mentioned("The archbishop read him a lesson from John 15:1-5 at the font.",
                      "Music was by the composer John Rutter, who wrote an anthem for the day.")
    assert found["John Rutter"] == ("person", 1)


def test_name_before_a_chapter_near_variant_a_plain_number_after_it_stays() -> None:
    found = mentioned("John Rutter wrote the anthem.", "Later Rutter 15 times thanked the choir, John said.")
    assert found["John Rutter"][1] >= 2


# --- rule `name_cut_before_its_word_in_lower_case_is_the_longer_name` (801: "Ministry of Foreign") ---


def test_name_cut_before_its_word_in_lower_case_is_the_longer_name() -> None:
    found = mentioned("Malaysia's Ministry of Foreign Affairs said it would cooperate.",
                      "A statement from the Ministry of Foreign affairs said the diplomat would return.")
    assert found["Malaysia's Ministry of Foreign Affairs"] == ("organisation", 2)
    assert "Ministry of Foreign" not in found


def test_name_cut_near_variant_another_word_after_it_stays_apart() -> None:
    found = mentioned("The Ministry of Foreign Affairs said it would cooperate.",
                      "The Ministry of Foreign Trade said exports had fallen.")
    assert found["Ministry of Foreign Affairs"] == ("organisation", 1)
    assert found["Ministry of Foreign Trade"] == ("organisation", 1)


# --- rule `lower_case_al_opens_the_name` (890: "Qaeda (4)" under Other names) ---


def test_lower_case_al_opens_the_name() -> None:
    found = mentioned("He was among the most dangerous of al Qaeda terrorists.",
                      "The magazine was published by al Qaeda in the Arabian Peninsula.",
                      "Analysts said al Qaeda would find a new editor.")
    assert found["al Qaeda"] == ("organisation", 3)
    assert "Qaeda" not in found


def test_lower_case_al_near_variant_a_name_also_written_alone_stays() -> None:
    found = mentioned("President Bashar al Assad spoke on Monday.", "Assad said the war would go on.",
                      "Critics of Assad rejected the speech.")
    assert "al Assad" not in found


# --- rule `country_code_ends_an_acronym_whole` (740: RFUK not folded into "Rainforest Foundation UK") ---


def test_country_code_ends_an_acronym_whole() -> None:
    found = mentioned("Rainforest Foundation UK organizes mapping projects in the Congo Basin.",
                      "RFUK trains local people to use GPS devices, the group said.",
                      "The maps RFUK made were shown to officials.")
    assert found["Rainforest Foundation UK"] == ("organisation", 3)


def test_country_code_near_variant_other_initials_stay_apart() -> None:
    found = mentioned("Rainforest Foundation UK organizes mapping projects in the Congo Basin.",
                      "RFNO trains local people to use GPS devices, the group said.",
                      "The maps RFNO made were shown to officials.")
    assert found["Rainforest Foundation UK"] == ("organisation", 1)


# --- rule `told_a_bodys_name_is_a_person` (970: "Hala Gorani" under Other names) ---


def test_told_a_bodys_name_is_a_person() -> None:
    found = mentioned("Keeping the site sterile is vital, the former spokesman told CNN's Hala Gorani.",
                      "CNN reported the remains had not been moved.")
    assert found["Hala Gorani"][0] == "person"


def test_told_a_bodys_name_near_variant_a_show_of_no_told_stays() -> None:
    found = mentioned("Viewers watched CNN's Hala Gorani on Monday.", "CNN reported the remains had not been moved.")
    assert found["Hala Gorani"][0] == "other"


def test_name_cut_near_variant_a_name_of_no_of_stays_apart() -> None:
    found = mentioned("Boot Camp lets you run Windows on a Mac.", "Resize the Boot Camp partition first.",
                      "The Boot Camp Partition holds the system.")
    assert "Boot Camp" in found
