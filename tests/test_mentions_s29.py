"""Session 29: the brief's Mentioned list, names split or glued to a word that is no part of
them. Each rule with a sentence of the kind fixed and a near variant that must stay as it is."""

from summarizer.mentions import _sentences_over_a_short_quotation, find_mentions
from summarizer.model import ORGANISATION, OTHER, PERSON, PLACE


def mentioned(*sentences: str) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences)}


# --- rule `adjective_by_its_form_opens_no_name` (396: "Defiant Cheney (1)" beside "Dick Cheney") ---

CHENEY = "Former Vice President Dick Cheney spoke on Sunday."


def test_adjective_opening_a_sentence_before_a_surname_is_no_part_of_the_name() -> None:
    found = mentioned(CHENEY, "Defiant Cheney accepts no blame for Iraq.", "Cheney said the war was right.")
    assert "Defiant Cheney" not in found
    assert found["Dick Cheney"] == (PERSON, 3)


def test_known_first_name_before_the_surname_stays_another_person() -> None:
    found = mentioned(CHENEY, "Lynne Cheney accepts no blame for Iraq.", "Cheney said the war was right.")
    assert found["Lynne Cheney"] == (PERSON, 1)


def test_participle_opening_a_sentence_before_a_place_is_no_part_of_it() -> None:
    found = mentioned("Escaped Michigan inmate John Smith was caught.", "The judge set a date.")
    assert "Escaped Michigan" not in found
    assert found["Michigan"] == (PLACE, 1)
    found = mentioned("Alleged Boston bomber Dzhokhar Tsarnaev appeared in court.", "Boston is calm.")
    assert "Alleged Boston" not in found
    assert found["Boston"] == (PLACE, 2)


def test_listed_place_opening_with_such_a_word_stays_whole() -> None:
    assert mentioned("United States officials met on Monday.", "The talks went well.") == {
        "United States": (PLACE, 1)}


# --- rule `glued_opener_is_no_part_of_a_name`, a common word of the rules files (257: "Best Halloween (6)") ---

HALLOWEEN = ("With Halloween on a Monday, there is time to decorate.", "Children love Halloween parties.",
             "Make your own Halloween dinnerware.")


def test_common_word_opening_a_heading_before_a_name_written_alone_is_no_part() -> None:
    found = mentioned(*HALLOWEEN, "Best Halloween party decorations: ideas for your home.")
    assert "Best Halloween" not in found
    assert found["Halloween"] == (OTHER, 4)


def test_name_whose_rest_is_not_written_alone_stays() -> None:
    found = mentioned(*HALLOWEEN, "Best Buy sells decorations too.")
    assert found["Best Buy"] == (OTHER, 1)
    assert found["Halloween"] == (OTHER, 3)


# --- rule `weekday_opens_a_paper_s_name` (692: "Times (6)" of "the Sunday Times" and "the Times") ---


def test_weekday_after_the_opens_a_paper_s_name_and_the_paper_alone_counts_for_it() -> None:
    found = mentioned("In an interview with the Sunday Times, Assad spoke of war.",
                      "He told the Times that he would stay.", "Assad spoke to the Times again.")
    assert found["Sunday Times"] == (ORGANISATION, 3)
    assert "Times" not in found


def test_weekday_with_no_the_before_it_is_a_time() -> None:
    found = mentioned("On Sunday Reuters said the talks had failed.", "Reuters said more on Monday.",
                      "Reuters reported it first.")
    assert "Sunday Reuters" not in found


# --- rule `first_name_of_one_person_folds` for a first name ending as a people does (444: "Jean (4)") ---

KASEM = ("Casey Kasem is ill.", "His wife, Jean Kasem, moved him.")
JEAN_ALONE = ("His daughter sued her stepmother, Jean, on Friday.", "Jean picked out the most controversial one.",
              "Jean said nothing.", "Jean left.")


def test_first_name_alone_of_one_person_counts_for_the_full_name() -> None:
    found = mentioned(*KASEM, *JEAN_ALONE)
    assert "Jean" not in found
    assert found["Jean Kasem"] == (PERSON, 5)


def test_first_name_two_people_share_stays_apart() -> None:
    found = mentioned(*KASEM, "His friend Jean Smith came.", *JEAN_ALONE)
    assert found["Jean"] == (PERSON, 4)
    assert found["Jean Kasem"] == (PERSON, 1)


# --- rule `named_label_takes_no_short_form` (546: "Drive Safe Google Glass (16)") ---

GLASS = ("Google Glass adds prescription lenses.", "Many people wear Google Glass at work.",
         "Fusing Google Glass with lenses could help.", "Fusing Google Glass with hats could help too.",
         "Some stores sell Google Glass frames.")


def test_name_after_a_naming_word_takes_no_short_form() -> None:
    found = mentioned(*GLASS, "There is an app called Drive Safe Google Glass that wakes drivers.",
                      "Drivers like Google Glass.")
    assert found["Google Glass"] == (OTHER, 6)
    assert found["Drive Safe Google Glass"] == (OTHER, 1)


def test_longer_name_written_plainly_takes_its_short_form() -> None:
    found = mentioned("The St. Ives Apricot Scrub sold out.", "Apricot Scrub costs $5.")
    assert found == {"St. Ives Apricot Scrub": (OTHER, 2)}


# --- rule `city_named_like_a_person_after_in_is_a_place` for "Washington" (444: "Washington (2)" under Other names) ---


def test_washington_after_in_is_a_place() -> None:
    found = mentioned("His family is gathering at St. Anthony Hospital in Washington, where he is ill.",
                      "Washington is cold this week.")
    assert found["Washington"] == (PLACE, 2)


def test_washington_of_a_person_named_in_full_stays_the_person() -> None:
    found = mentioned("George Washington crossed the river.", "Washington led the army.", "Washington won the battle.")
    assert found == {"George Washington": (PERSON, 3)}


# --- rule `short_quotation_cut_by_its_mark_is_one_sentence` (480: "Totally Peaches (5)" beside "Peaches Geldof") ---

PEACHES = "Peaches Geldof, the daughter of Bob Geldof, has died, police said."
PEACHES_ALONE = ("Peaches wrote columns for newspapers.", "Friends said Peaches was kind.", "Peaches had two sons.")


def test_show_title_cut_after_its_exclamation_mark_is_no_name() -> None:
    found = mentioned(PEACHES, 'She hosted the show "OMG!', 'Totally Peaches" on Britain\'s ITV channel in 2011.',
                      *PEACHES_ALONE)
    assert "Totally Peaches" not in found
    assert found["Peaches Geldof"] == (PERSON, 4)


def test_quotation_that_goes_on_stays_cut() -> None:
    cut = ['"Stop!', 'Do not shoot at the crowd, whatever they say," he said.']
    assert _sentences_over_a_short_quotation(cut, [0, 0]) == (cut, [0, 0])
    shown = ['She hosted the show "OMG!', 'Totally Peaches" on ITV.', "She left."]
    assert _sentences_over_a_short_quotation(shown, [0, 0, 1]) == (
        ['She hosted the show "OMG! Totally Peaches" on ITV.', "She left."], [0, 1])


# --- rule `clipped_plural_is_the_place_or_body` (770: "United State (1)" beside "United States") ---


def test_place_written_short_of_its_plural_counts_for_it() -> None:
    found = mentioned("Iran's envoy may not travel to the United States.",
                      "Even if the United State granted him a visa, he could not move freely.")
    assert found == {"Iran": (PLACE, 1), "United States": (PLACE, 2)}


def test_person_named_short_of_a_plural_stays() -> None:
    found = mentioned("Peter Roberts spoke to the court.", "Peter Robert later denied it.")
    assert "Peter Robert" in found


# --- rule `piece_of_a_title_over_the_is_no_name` over three words (770: "Muslim Students Following (1)") ---


def test_name_cut_before_the_and_a_name_of_several_words_is_no_name() -> None:
    found = mentioned("Hamid Aboutalebi was a member of the Muslim Students Following the Imam's Line, the group "
                      "of militants who seized the embassy.")
    assert "Muslim Students Following" not in found


def test_name_before_the_and_a_phrase_that_goes_on_stays() -> None:
    found = mentioned("He met the Muslim Students Union the day before the vote.",
                      "The Muslim Students Union said it would meet again.")
    assert "Muslim Students Union" in found
