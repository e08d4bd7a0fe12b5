"""One entity, one entry in "Mentioned" (session 11, names): QA round 36
and the web tester's session 11. Each rule with a sentence of its kind and
a near variant that must stay as it was."""

from __future__ import annotations

from summarizer.brief import _full_names_of_short_ones
from summarizer.claims.names import find_names
from summarizer.claims.text import tokenize
from summarizer.mentions import find_mentions
from summarizer.model import ORGANISATION, PERSON, PLACE


def names(sentence: str, title_case: bool = False) -> list[str]:
    return [name.text for name in find_names(tokenize(sentence, 0, len(sentence)), title_case=title_case)]


def mentioned(*sentences: str, speakers: tuple[str, ...] = ()) -> dict[str, tuple[str, int]]:
    return {m.name: (m.kind, m.count) for m in find_mentions(sentences, speakers)}


# --- rule `listed_place_holds_in_a_title_case_line` ("States Drug Enforcement Agency") ---------


def test_a_listed_place_holds_its_words_in_a_title_case_line() -> None:
    assert names("They met after United States Drug Enforcement Agency officials arrested him.",
                 title_case=True) == ["United States Drug Enforcement Agency"]


def test_a_cue_word_still_ends_a_name_in_a_title_case_line() -> None:
    assert names("Lindsey Graham Says Trump Lies", title_case=True)[0] == "Lindsey Graham"


# --- rule `and_joins_a_name_its_initials_spell` ------------------------------------------------


def test_and_joins_a_name_that_its_bracketed_initials_spell() -> None:
    assert "Bahamas Alliance For Animal Rights and Kindness" in names(
        "Atlantis donated supplies to The Bahamas Alliance For Animal Rights and Kindness (Baark) this week.")
    assert "Annual International Conference and Exhibition" in names(
        "Speakers from the Annual International Conference and Exhibition (AICE) 2022 met.")


def test_and_parts_names_whose_initials_the_brackets_do_not_spell() -> None:
    assert names("Clinton and Trump (R) met.") == ["Clinton", "Trump", "R"]
    assert names("The Voice of America and Radio Free Europe (RFE) said.")[:2] == ["Voice of America",
                                                                                   "Radio Free Europe"]


# --- organisation_words.txt: "clinic" (rule `and_inside_an_agency`) ----------------------------


def test_a_clinic_named_through_and_is_one_name() -> None:
    assert names("Thanks for our Mobile Spay and Neuter Clinic, she said.")[-1] == "Mobile Spay and Neuter Clinic"


def test_people_before_a_clinic_stay_apart() -> None:
    assert names("Clinton and Mary Smith Clinic staff met.")[0] == "Clinton"


# --- rule `plural_short_form_counts_alone` ("Opposition MPs (7)") ------------------------------


def test_a_plural_of_capitals_counts_for_itself() -> None:
    found = mentioned("Opposition MPs are expected to support the bill.", "MPs will vote on Monday.",
                      "Many MPs said no.")
    # the lone "MPs" count for no longer name; "Opposition MPs" itself names a kind of people, no one
    # (mentions2-s18 rule `kind_of_people_by_a_short_form_is_no_name`)
    assert "Opposition MPs" not in found
    assert all(count < 3 for _, count in found.values())


def test_a_surname_still_counts_for_the_full_name() -> None:
    found = mentioned("Jens Stoltenberg spoke on Monday.", "Stoltenberg said the alliance was ready.")
    assert found["Jens Stoltenberg"] == (PERSON, 2)


# --- rule `middle_name_folds_into_full_name` ("Andrew Alturo Fahie", "Andrew Fahie") ----------


def test_a_name_without_its_middle_name_is_the_full_name() -> None:
    found = mentioned("Officials arrested Premier Andrew Alturo Fahie in Miami.",
                      "Premier Andrew Fahie was held on Thursday.", "Fahie denied it.")
    assert found["Andrew Alturo Fahie"] == (PERSON, 3)
    assert "Andrew Fahie" not in found


def test_a_name_two_middle_names_fit_stays_apart() -> None:
    found = mentioned("Premier John Paul Smith spoke.", "Premier John Peter Smith spoke.",
                      "Premier John Smith spoke too.")
    assert "John Smith" in found


# --- rule `short_form_is_its_initials` ("DEA", "NYCHA") ------------------------------------------


def test_a_short_form_counts_for_the_name_its_initials_spell() -> None:
    found = mentioned("Wednesday is a big day for the New York City Housing Authority and its residents.",
                      "NYCHA launched a 100-day engagement process.", "NYCHA said the vote was fair.")
    assert found["New York City Housing Authority"] == (ORGANISATION, 3)
    assert "NYCHA" not in found


def test_a_short_form_counts_for_the_name_after_a_place() -> None:
    found = mentioned("Officials of the United States Drug Enforcement Agency arrested him.",
                      "The DEA said he agreed to the deal.")
    assert found["United States Drug Enforcement Agency"] == (ORGANISATION, 2)
    assert "DEA" not in found


def test_a_short_form_two_names_spell_stays_apart() -> None:
    found = mentioned("The American Cancer Establishment and the Annual Chess Event both met.",
                      "ACE said it was ready.")
    assert found["American Cancer Establishment"][1] == 1


# --- rule `body_tail_drops_in_a_short_name` ("Amnesty", "Amnesty International") --------------


def test_a_body_named_without_its_tail_is_the_body() -> None:
    found = mentioned("Amnesty International said civilians were attacked daily.",
                      "In a statement last month, Amnesty said areas were controlled by militias.")
    assert found["Amnesty International"] == (ORGANISATION, 2)
    assert "Amnesty" not in found
    assert _full_names_of_short_ones({"Amnesty", "Amnesty International", "Ban Ki-moon"}) == {
        "Amnesty": "Amnesty International"}


def test_a_body_whose_last_word_is_no_tail_stays_apart() -> None:
    found = mentioned("The Ford Foundation gave money.", "Gerald Ford spoke.", "Ford said he was proud.")
    assert "Ford Foundation" in found and found["Ford Foundation"][1] == 1
    assert _full_names_of_short_ones({"Ford", "Ford Foundation"}) == {}


# --- rule `faith_word_is_no_first_name` ("Christian Mukosa (2)") -------------------------------


def test_a_faith_word_does_not_count_for_a_full_name() -> None:
    found = mentioned("Areas were increasingly controlled by Christian militias.",
                      "The violence is cause for concern, said Christian Mukosa, a researcher.")
    assert found["Christian Mukosa"] == (PERSON, 1)


def test_a_faith_word_as_a_speaker_still_counts() -> None:
    found = mentioned("The violence is cause for concern, said Christian Mukosa, a researcher.",
                      "Christian said it would get worse.", speakers=("Christian Mukosa", "Christian"))
    assert found["Christian Mukosa"][1] >= 2 and "Christian" not in found


# --- places.txt: countries and cities of the news (Central African Republic, Bangui) ------------


def test_countries_and_cities_of_the_news_are_places() -> None:
    found = mentioned("The EU sent troops to the Central African Republic.",
                      "They will operate in the capital city of Bangui.", "A video parodied Dubai teens.")
    assert found["Central African Republic"] == (PLACE, 1)
    assert found["Bangui"] == (PLACE, 1)
    assert found["Dubai"] == (PLACE, 1)


def test_a_city_that_is_a_common_surname_is_not_listed_as_a_place() -> None:
    found = mentioned("Dr. Margaret Hamburg spoke.", "Hamburg said the drugs were fake.")
    assert found["Margaret Hamburg"][0] == PERSON


# --- titles.txt: "Honourable" ---------------------------------------------------------------------


def test_honourable_is_a_title() -> None:
    assert names("The Honourable Natalio Wheatley will act as premier.") == ["Natalio Wheatley"]


def test_a_name_without_honourable_is_the_same() -> None:
    assert names("Natalio Wheatley will act as premier.") == ["Natalio Wheatley"]


# --- rule `generic_body_of_two_sources_is_no_name` ("City Council (5)") -------------------------


def test_a_generic_body_two_articles_name_is_not_listed() -> None:
    found = {m.name for m in find_mentions(["The City Council met in St. Louis Park.", "Mayor Jake Spano spoke.",
                                            "The City Council in New York voted.", "Kristy Marmorato won."],
                                           sources=[0, 0, 1, 1])}
    assert "City Council" not in found


def test_a_generic_body_one_article_names_is_listed() -> None:
    found = {m.name for m in find_mentions(["The City Council met on Monday.", "The City Council voted.",
                                            "Kristy Marmorato won."], sources=[0, 0, 1])}
    assert "City Council" in found


# --- rule `people_before_a_body_is_no_part` ("Native American Supreme Court") ------------------


def test_a_people_before_a_generic_body_is_no_part_of_its_name() -> None:
    found = mentioned("She is the first Native American Supreme Court justice in the state.")
    assert "Native American Supreme Court" not in found and "Supreme Court" in found


def test_a_country_s_people_before_a_body_stays() -> None:
    found = mentioned("The South African Police Service said it had arrested two men.")
    assert "South African Police Service" in found


# --- rule `titled_speaker_is_a_person` (Aubyn Hill) ----------------------------------------------


def test_a_titled_speaker_whose_name_ends_in_a_place_word_is_a_person() -> None:
    found = mentioned("\u201cWe are ready,\u201d Minister the Hon. Aubyn Hill told reporters.",
                      speakers=("Aubyn Hill",))
    assert found["Aubyn Hill"][0] == PERSON


def test_a_name_ending_in_a_place_word_with_no_title_is_other() -> None:
    found = mentioned("They walked to Grace Park on Sunday.")
    assert found.get("Grace Park", ("other", 0))[0] != PERSON


# --- rule `state_of_names_a_place` ("Washington" of "the state of Washington") --------------------


def test_a_name_after_the_state_of_is_a_place() -> None:
    found = mentioned("The state of Washington has sworn in a new justice.",
                      "She spoke to Seth Goldstein, a rabbi based in Olympia, Washington.")
    assert found["Washington"][0] == PLACE
    assert found["Olympia"][0] == PLACE


def test_a_name_after_the_head_of_is_no_place() -> None:
    found = mentioned("The head of Kellogg spoke.", "Kellogg said sales rose.")
    assert found.get("Kellogg", ("other", 0))[0] != PLACE


# --- rule `body_tail_drops_in_a_short_name`, for the claim speakers ----------------------------------


def test_a_speaker_named_without_the_body_s_tail_is_the_body() -> None:
    from summarizer import extract_claims
    claims = extract_claims("Amnesty International said civilians were attacked daily.\n\n"
                            "In a statement last month, Amnesty said areas were controlled by militias.")
    assert [(c.speaker, c.speaker_kind) for c in claims] == [("Amnesty International", "organisation")] * 2


def test_a_speaker_whose_body_has_no_tail_stays_apart() -> None:
    from summarizer import extract_claims
    claims = extract_claims("The Ford Foundation gave money to the school.\n\nFord said the gift was large.")
    assert all(c.speaker != "Ford Foundation" for c in claims)
