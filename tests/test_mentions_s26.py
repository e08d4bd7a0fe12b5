"""Session 26 (mentions-s26): the brief's Mentioned lists, faults left on CNN-Corpus dev rows 449,
339, 330, 369, 265 and found on rows below 500: a surname glued to the last of its namesakes, a
listed first name typed a place, a glued dateline with "D.C.", an event, a team and a chapel typed
people. Each rule with a sentence of the kind fixed and a near variant that must stay as it is."""

from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.cleanup import dateline_length, dateline_places
from summarizer.mentions import find_mentions
from tests.claim_helpers import speakers_and_kinds


def mentioned(*sentences: str, speakers: tuple[str, ...] = (), bodies: tuple[str, ...] = ()
              ) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers, bodies)}


def names(sentence: str) -> list[str]:
    return [name.text for name in find_names(tokenize(sentence, 0, len(sentence)))]


# --- rule `surname_renamed_for_a_namesake_is_no_mention_of_them` (449: "Blanket Jackson (9)") ---


def test_surname_read_apart_is_no_mention_of_the_namesake_named_last() -> None:
    found = mentioned("Dr. Conrad Murray, who was Michael Jackson's personal physician, is refusing to testify.",
                      "Prince Jackson, the pop star's oldest son, is expected to testify about his father's last days.",
                      "The Jackson lawsuit contends that AEG Live is responsible for Jackson's death because it "
                      "hired Dr. Murray, who was administering propofol to Jackson each night.",
                      "Jackson died two weeks before his comeback concerts were to have debuted in London.",
                      "Prince, Paris and Blanket Jackson and their grandmother contend that AEG Live's pressure on "
                      "Murray to have Jackson ready for daily rehearsals led to his death.")
    assert found["Blanket Jackson"] == ("person", 1)
    assert "Jackson" not in found  # which of them, the list does not guess


def test_surname_typed_a_person_beside_namesakes_is_no_entry() -> None:
    found = mentioned("Conrad Murray was Michael Jackson's personal physician.",
                      "But lawyers for Jackson's mother, Katherine, called off their visit.",
                      "Katherine Jackson, his mother, filed the lawsuit.",
                      "Prince Jackson, the pop star's oldest son, is expected to testify.",
                      "The lawsuit contends that AEG Live is responsible for Jackson's death.",
                      "A jury found Murray guilty in his treatment of Jackson.",
                      "Jackson died two weeks before his comeback concerts.")
    assert "Jackson" not in found


def test_surname_of_one_person_near_variant_counts_for_him() -> None:
    found = mentioned("Conrad Murray was Michael Jackson's personal physician.",
                      "A jury found Murray guilty in his treatment of Jackson.",
                      "Jackson died two weeks before his comeback concerts.")
    assert found["Michael Jackson"] == ("person", 3)


# --- rule `listed_names_share_a_surname` (449: "Paris (1)" under Places) ---


def test_listed_first_names_before_a_surname_are_people() -> None:
    found = mentioned("Prince Jackson, the pop star's oldest son, is expected to testify.",
                      "Prince, Paris and Blanket Jackson and their grandmother contend that AEG Live is liable.")
    assert found["Paris Jackson"] == ("person", 1)
    assert found["Blanket Jackson"] == ("person", 1)
    assert "Paris" not in found


def test_listed_places_before_a_word_near_variant_no_one_named_in_full() -> None:
    found = mentioned("Flights from Rome, Paris and Berlin Brandenburg were cancelled on Monday.")
    assert "Paris Brandenburg" not in found
    assert found["Paris"][0] == "place"


# --- rule `abbreviation_dot_ends_no_glued_place` (339: "Washington D.C. Kim Jong Un (11)") ---


def test_glued_place_with_its_abbreviation_is_a_dateline() -> None:
    text = "Washington D.C. Kim Jong Un has further solidified his control over North Korea."
    assert text[dateline_length(text):].startswith("Kim Jong Un has")


def test_abbreviation_after_a_place_near_variant_a_body_goes_on() -> None:
    assert dateline_length("Washington D.C. police said on Sunday that two men were held.") == 0
    assert dateline_length("Washington D.C. He has begun working with a partner.") == 0


# --- rule `event_is_no_person` (330: "Sochi Olympics (2)" under People) ---


def test_olympics_is_no_person() -> None:
    found = mentioned("Shortly before this year's Sochi Olympics, Russian forces advanced.",
                      speakers=("Sochi Olympics",))
    assert found["Sochi Olympics"][0] == "other"


def test_olympics_near_variant_a_person_stays() -> None:
    found = mentioned("Shortly before the games, Sochi Olympic official Dmitry Chernyshenko said it was ready.",
                      speakers=("Dmitry Chernyshenko",))
    assert found["Dmitry Chernyshenko"][0] == "person"


# --- rule `team_before_a_name_is_a_body` (369: "Team Obama (9)" under People) ---


def test_team_before_a_surname_is_a_body() -> None:
    found = mentioned("Team Obama, meanwhile, is holding fundraisers in homes across the country.",
                      "The team said it raised millions.", "Team Obama had a strong month.",
                      speakers=("Team Obama",))
    assert found["Team Obama"][0] == "organisation"


def test_team_near_variant_a_name_opening_with_no_team_word_stays() -> None:
    found = mentioned("Barack Obama, meanwhile, is holding fundraisers in homes.", speakers=("Barack Obama",))
    assert found["Barack Obama"][0] == "person"


# --- `venue_word_ends_no_person`: a chapel (265: "Elvis Chapel (2)" under People) ---


def test_chapel_is_a_venue() -> None:
    found = mentioned('It is the cost of the wedding package at "A Elvis Chapel" in Las Vegas.')
    assert found["Elvis Chapel"][0] == "place"


def test_chapel_near_variant_a_person_named_chapel_after_a_title() -> None:
    found = mentioned("Dr. Elvis Chapman said the wedding was lovely.", speakers=("Elvis Chapman",))
    assert found["Elvis Chapman"][0] == "person"


def test_washington_dc_is_a_place() -> None:
    found = mentioned("He spent two years in Seattle, Columbus, Ohio, and Washington D.C. before moving.")
    assert found["Washington D.C."][0] == "place"


def test_washington_dc_near_variant_the_person_stays() -> None:
    found = mentioned("George Washington said the war was over.", speakers=("George Washington",))
    assert found["George Washington"][0] == "person"


def test_dateline_with_its_abbreviation_is_listed_with_its_dot() -> None:
    found = find_mentions(["Kim Jong Un has further solidified his control over North Korea."],
                          dateline_places=dateline_places(
                              "Washington D.C. Kim Jong Un has further solidified his control over North Korea."))
    assert ("Washington D.C.", "place") in {(m.name, m.kind) for m in found}
    assert dateline_places("SOUTHWEST MIAMI-DADE, FLA. (WSVN) - A man was shot.") == ("SOUTHWEST MIAMI-DADE", "FLA")


# --- names rule `listed_name_holds_a_plural_possessive` (307: "Kurdistan Workers (1)") ---


def test_plural_possessive_inside_a_body_name() -> None:
    assert names("It is the resurgence of the Kurdistan Workers' Party (PKK).") == ["Kurdistan Workers' Party",
                                                                                   "PKK"]
    assert names("The Teachers' Union said it would strike.") == ["Teachers' Union"]


def test_plural_possessive_near_variant_no_listed_pair_ends_the_name() -> None:
    assert "Democrats' House" not in names("The Democrats' House majority fell in November.")


def test_body_word_of_a_longer_name_counts_for_no_other_body() -> None:
    found = mentioned("It is the resurgence of the Kurdistan Workers' Party (PKK).",
                      "The Democratic Union Party is its Syrian branch.")
    assert found["Democratic Union Party"] == ("organisation", 1)
    assert found["Kurdistan Workers' Party"][0] == "organisation"


# --- organisation_acronyms.txt pollsters (340, 358: speaker "Gallup" typed a person) ---


def test_pollster_is_a_body() -> None:
    sentence = "Gallup found that more Americans picked bad government."
    found = find_names(tokenize(sentence, 0, len(sentence)))
    assert (found[0].text, found[0].kind) == ("Gallup", "organisation")


def test_pollster_near_variant_a_person_of_that_surname() -> None:
    sentence = "George Gallup founded the firm in 1935."
    found = find_names(tokenize(sentence, 0, len(sentence)))
    assert found[0].kind != "organisation"


# --- rule `family_is_no_person` (180: "Martin family (1)" under People) ---


def test_family_is_no_person() -> None:
    found = mentioned("Trayvon Martin was shot in Sanford.", "The Martin family said they were heartbroken.",
                      speakers=("Martin family",))
    assert found["Martin family"][0] == "other"


def test_family_near_variant_a_person_stays() -> None:
    found = mentioned("Trayvon Martin was shot in Sanford.", "Tracy Martin said they were heartbroken.",
                      speakers=("Tracy Martin",))
    assert found["Tracy Martin"][0] == "person"


# --- rule `people_is_no_body` (919: "Maasai (13)" under Organisations) ---


def test_people_is_no_body() -> None:
    found = mentioned("The Maasai say they were never consulted.", "Maasai leaders met in Arusha.",
                      "The Tanzanian Maasai will lose their land.", bodies=("Maasai",))
    assert found["Maasai"] == ("other", 3)


def test_people_near_variant_a_body_named_after_them_stays() -> None:
    found = mentioned("The Maasai Association said it would sue.", bodies=("Maasai Association",))
    assert found["Maasai Association"][0] == "organisation"


# --- rule `owned_report_is_a_document` widened (310: "Global Competitiveness Report" an organisation) ---


def test_owned_report_after_adjectives_is_a_document() -> None:
    found = mentioned("The World Economic Forum's most recent Global Competitiveness Report ranks Brazil 107.",
                      speakers=("Global Competitiveness Report",))
    assert found["Global Competitiveness Report"][0] == "other"


def test_report_named_alone_near_variant_stays_a_body() -> None:
    found = mentioned("Google's staff read the Drudge Report every day.", "The Drudge Report said so.",
                      bodies=("Drudge Report",))
    assert found["Drudge Report"][0] == "organisation"


# --- rule `plural_of_a_full_name_is_the_person` (180: "George Zimmermans (1)") ---


def test_plural_of_a_full_name_is_the_person() -> None:
    found = mentioned("George Zimmerman was acquitted on Saturday.",
                      '"The danger is not more riots, it is more George Zimmermans," he said.')
    assert "George Zimmermans" not in found
    assert found["George Zimmerman"] == ("person", 2)


def test_plural_of_a_full_name_near_variant_another_person_stays() -> None:
    found = mentioned("Peter Roberts said the bill would pass.", speakers=("Peter Roberts",))
    assert found["Peter Roberts"] == ("person", 1)


# --- rule `place_word_before_of_is_a_place` and "canal", "strait" ending a place (60) ---


def test_strait_of_and_canal_are_places() -> None:
    found = mentioned("Tankers pass through the Strait of Hormuz and the Suez Canal every day.")
    assert found["Strait of Hormuz"][0] == "place"
    assert found["Suez Canal"][0] == "place"


def test_place_word_before_of_near_variant_bank_and_peer_stay() -> None:
    found = mentioned("The Bank of England raised rates.", "The Duke of York spoke.",
                      speakers=("Duke of York",), bodies=("Bank of England",))
    assert found["Bank of England"][0] == "organisation"
    assert found["Duke of York"][0] == "person"


# --- rule `role_apposition_marks_a_person`, a role in lower case (180: "Cory Booker" Other names) ---


def test_lower_case_role_of_a_place_marks_a_person() -> None:
    found = mentioned('"We must work for freedom," Cory Booker, mayor of Newark, New Jersey said.')
    assert found["Cory Booker"][0] == "person"


def test_lower_case_apposition_near_variant_no_role_of_one() -> None:
    found = mentioned("Apple Music, home of the playlists, said it would grow.")
    assert found.get("Apple Music", ("",))[0] != "person"


# --- `venue_word_ends_no_person`: a shopping centre (304: "Westgate Shopping Center" an organisation) ---


def test_shopping_center_is_a_place() -> None:
    found = mentioned("Militants launched an attack on the Westgate Shopping Center in Nairobi.")
    assert found["Westgate Shopping Center"][0] == "place"


def test_center_near_variant_a_research_center_stays_a_body() -> None:
    found = mentioned("The Pew Research Center found that most adults agree.", bodies=("Pew Research Center",))
    assert found["Pew Research Center"][0] == "organisation"


# --- claims rule `region_closing_an_apposition_is_no_subject` (180 s46: the speaker "New Jersey") ---


def test_region_closing_an_apposition_is_no_speaker() -> None:
    assert speakers_and_kinds('"We must work for freedom," Cory Booker, mayor of Newark, New Jersey said.') \
        == [("Cory Booker", "person")]
    assert speakers_and_kinds("Stacy Baker of Columbia, South Carolina says she thinks Cruz can win.") \
        == [("Stacy Baker", "person")]


def test_region_near_variant_a_fronted_place_keeps_the_subject() -> None:
    text = 'Donald Trump won. Speaking earlier Tuesday in Florida, Trump insisted that he has "expanded the party."'
    assert speakers_and_kinds(text) == [("Donald Trump", "person")]
    assert speakers_and_kinds('Curiosity found clay in Yellowknife Bay, scientists said Monday.')[0][0] == "scientists"


# --- titles.txt "Administrator" (610, checked after tuning: the title glued to the name) ---


def test_administrator_is_a_title() -> None:
    found = mentioned("FAA Acting Administrator Michael Huerta said the rule was overdue.")
    assert found["Michael Huerta"][0] == "person"
    assert "FAA Acting Administrator Michael Huerta" not in found


def test_administration_near_variant_stays_a_body() -> None:
    found = mentioned("The Small Business Administration said so.", bodies=("Small Business Administration",))
    assert found["Small Business Administration"][0] == "organisation"


def test_event_word_alone_near_variant_olympics_alone_is_still_listed() -> None:
    found = mentioned("The Olympics opened on Friday in the city.", "Athletes at the Olympics were tested.",
                      "Tickets for the Olympics sold out.")
    assert "Olympics" in found
